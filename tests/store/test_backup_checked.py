"""Checked backups: written under a hidden name, checked, then named; whole or not there at all."""

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest

from coprod_desktop.store import backup_check, open_store
from coprod_desktop.store.backup import (
    backup_database,
    backup_folder,
    backup_path_for,
    find_backups,
    list_backups,
    rotate_backups,
    rotated_backup_path_for,
)
from coprod_desktop.store.backup_check import BackupNotChecked, NotABackup, check_backup_file, check_copy, read_contents


def _rows(path, sql):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_backup_is_private_whole_and_holds_every_row(store, meeting):
    store.contributions.add(meeting["meeting"].id, meeting["sam"].person_id, "Kept in the backup")
    copy = backup_database(store.db.conn, rotated_backup_path_for(store.path, "now"))
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert _rows(copy, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(copy, "SELECT text FROM contributions") == [("Kept in the backup",)]
    assert backup_check.table_counts(store.db.conn) == check_copy(copy, None, name=copy.name)
    assert [p.name for p in copy.parent.iterdir()] == [copy.name]  # no temporary file left


def test_a_copy_that_fails_its_check_is_deleted_and_said(store, meeting, monkeypatch):
    monkeypatch.setattr(backup_check, "_integrity", lambda conn: False)
    destination = rotated_backup_path_for(store.path, "now")
    with pytest.raises(BackupNotChecked) as raised:
        backup_database(store.db.conn, destination)
    assert destination.name in str(raised.value)
    assert list(destination.parent.iterdir()) == []  # neither the final name nor the temporary one
    assert list_backups(store.path) == []


def test_a_copy_missing_rows_fails_its_check(store, meeting, monkeypatch):
    real = backup_check.table_counts
    calls = []

    def counts_one_row_more_in_the_source(conn):  # as if a row never reached the copy
        counts = real(conn)
        calls.append(1)
        if len(calls) == 1:
            counts["contributions"] += 1
        return counts

    monkeypatch.setattr(backup_check, "table_counts", counts_one_row_more_in_the_source)
    with pytest.raises(BackupNotChecked):
        backup_database(store.db.conn, backup_path_for(store.path, "manual"))
    assert list_backups(store.path) == []


def test_a_backup_never_replaces_a_file(store, meeting):
    destination = backup_path_for(store.path, "manual")
    destination.write_bytes(b"someone's file")
    with pytest.raises(FileExistsError):
        backup_database(store.db.conn, destination)
    assert destination.read_bytes() == b"someone's file"


def test_every_kind_of_backup_is_found_newest_first_with_when_and_why(store, db_path):
    then = datetime(2026, 11, 1, 9, 30, tzinfo=UTC)
    upgrade = backup_database(store.db.conn, backup_path_for(db_path, "before-upgrade", then))
    daily = backup_database(store.db.conn, rotated_backup_path_for(db_path, "daily", then + timedelta(days=1)))
    start = backup_database(store.db.conn, rotated_backup_path_for(db_path, "meeting-start", then + timedelta(days=2)))
    found = find_backups(db_path)
    assert [(b.path, b.reason, b.rotated) for b in found] == [
        (start, "meeting-start", True),
        (daily, "daily", True),
        (upgrade, "before-upgrade", False),
    ]
    assert found[-1].made_at == then
    assert daily.parent == backup_folder(db_path) == db_path.with_name("meetings backups")


def test_rotation_deletes_only_old_rotated_backups(store, db_path):
    now = datetime(2026, 12, 3, 12, tzinfo=UTC)
    upgrade = backup_database(store.db.conn, backup_path_for(db_path, "before-upgrade", now - timedelta(days=900)))
    kept = [
        backup_database(store.db.conn, rotated_backup_path_for(db_path, "daily", now - timedelta(days=d)))
        for d in range(3)
    ]
    same_week_old = [
        backup_database(store.db.conn, rotated_backup_path_for(db_path, "daily", datetime(2026, 11, day, tzinfo=UTC)))
        for day in (16, 17, 18)
    ]
    too_old = backup_database(store.db.conn, rotated_backup_path_for(db_path, "daily", now - timedelta(days=500)))
    deleted = rotate_backups(db_path, now)
    assert sorted(deleted) == sorted([*same_week_old[:2], too_old])
    assert set(list_backups(db_path)) == {upgrade, *kept, same_week_old[2]}


def test_a_file_that_is_not_a_whole_backup_is_refused(tmp_path, store):
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    with pytest.raises(NotABackup):
        check_backup_file(junk)
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotABackup):
        check_backup_file(foreign)
    good = backup_database(store.db.conn, backup_path_for(store.path, "manual"))
    check_backup_file(good)


def test_contents_count_standing_contributions_per_meeting(store, meeting):
    m = meeting["meeting"]
    store.contributions.add(m.id, meeting["sam"].person_id, "One")
    store.contributions.add(m.id, meeting["ann"].person_id, "Two")
    contents = read_contents(store.path)
    assert contents.meeting_count == 1
    assert contents.contribution_count == 2
    assert contents.meetings[m.id].title == "Planning the day centre"


CHILD = r"""
import sys
from pathlib import Path
from coprod_desktop.store import open_store
from coprod_desktop.store.backup import backup_database, rotated_backup_path_for

db = Path(sys.argv[1])
with open_store(db) as store:
    print("ready", flush=True)
    while True:
        backup_database(store.db.conn, rotated_backup_path_for(db, "daily"))
"""


def _big_database(db_path):
    with open_store(db_path) as store:
        meeting = store.meetings.create("Big", "2026-11-26")
        person = store.people.add_attendee(meeting.id, "Sam Brown", "first_name")
        words = "x" * 4000
        with store.db.conn:
            for _ in range(2000):
                store.contributions.add(meeting.id, person.person_id, words)
        return backup_check.table_counts(store.db.conn)


def test_a_backup_killed_half_way_leaves_no_file_under_a_backup_name(db_path):
    expected = _big_database(db_path)  # about 8 MB: a backup takes long enough to be cut off
    env = {**os.environ, "PYTHONPATH": str(os.getcwd())}
    for attempt in range(6):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(db_path)], stdout=subprocess.PIPE, env=env)
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(0.05 + 0.07 * attempt)
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        for backup in list_backups(db_path):
            assert check_copy(backup, expected, name=backup.name) == expected
    # the killed copies were under hidden temporary names, which are never listed
    left = [p.name for p in backup_folder(db_path).iterdir() if p not in list_backups(db_path)]
    assert left, "no kill landed in the middle of a backup"
    assert all(name.startswith(".") for name in left)
