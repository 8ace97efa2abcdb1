"""Backups as the window and the commands use them: made beside the window's writer, listed with
what each holds, what a restore would change said before it is done, and restored."""

import stat
from datetime import UTC, datetime, timedelta

import pytest

from coprod_desktop.app import backups
from coprod_desktop.app.opening import DatabaseInUse
from coprod_desktop.domain.backup_contents import MeetingChange
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.store import open_store
from coprod_desktop.store.backup import backup_folder
from coprod_desktop.store.backup_check import NotABackup


def test_a_backup_beside_the_windows_writer_holds_every_saved_contribution(store, meeting):
    m = meeting["meeting"]
    for words in ("One", "Two", "Three"):
        store.contributions.add(m.id, meeting["sam"].person_id, words)
    made = backups.make_backup(store.path, backups.MEETING_START, beside_writer=True)
    assert made.path.parent == backup_folder(store.path)
    assert (made.meetings, made.contributions) == (1, 3)
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    [entry] = backups.list_backups(store.path)
    assert (entry.path, entry.reason, entry.meetings, entry.contributions) == (made.path, "meeting-start", 1, 3)
    assert entry.rotated and entry.readable


def test_back_up_to_never_replaces_a_file_unless_asked(store, meeting, tmp_path):
    out = tmp_path / "usb" / "meetings copy.db"
    out.parent.mkdir()
    made = backups.back_up_to(store.path, out, beside_writer=True)
    assert made.path == out and stat.S_IMODE(out.stat().st_mode) == 0o600
    with pytest.raises(ValidationError, match="is there already"):
        backups.back_up_to(store.path, out, beside_writer=True)
    store.contributions.add(meeting["meeting"].id, meeting["sam"].person_id, "Later")
    again = backups.back_up_to(store.path, out, replace=True, beside_writer=True)
    assert again.contributions == 1
    assert sorted(p.name for p in out.parent.iterdir()) == ["meetings copy.db"]  # nothing temporary left
    with pytest.raises(ValidationError):
        backups.back_up_to(store.path, tmp_path / "copy.txt", beside_writer=True)
    assert backups.list_backups(store.path) == []  # a copy saved elsewhere is not in the rotation


def test_the_confirmation_says_what_a_restore_would_lose_and_bring_back(store, meeting):
    m = meeting["meeting"]
    sam = meeting["sam"].person_id
    store.contributions.add(m.id, sam, "Before")
    gone = store.meetings.create("Gone since", "2026-11-20")
    made = backups.make_backup(store.path, beside_writer=True)
    for words in ("After one", "After two", "After three"):
        store.contributions.add(m.id, sam, words)
    store.meetings.delete(gone.id)
    store.meetings.create("Garden planning", "2026-12-01")
    assert backups.restore_changes(store.path, made.path) == [
        MeetingChange("Garden planning", 0, 0, "lost"),  # made after the backup
        MeetingChange("Gone since", 0, 0, "regained"),  # deleted after the backup
        MeetingChange("Planning the day centre", 3, 0),  # 3 contributions made since
    ]
    assert backups.restore_changes(store.path, backups.make_backup(store.path, beside_writer=True).path) == []


def test_restore_is_refused_while_the_window_has_the_file_and_works_after(store, meeting, db_path, catalogue):
    made = backups.make_backup(db_path, beside_writer=True)
    store.meetings.create("After the backup", "2026-12-01")
    with pytest.raises(DatabaseInUse):
        backups.restore(db_path, made.path)
    store.close()
    aside = backups.restore(db_path, made.path)
    with open_store(db_path) as restored:
        assert [x.title for x in restored.meetings.all()] == ["Planning the day centre"]
    with open_store(aside, lock=False) as kept:
        assert "After the backup" in [x.title for x in kept.meetings.all()]


def test_a_file_that_is_not_a_backup_is_refused_before_anything_changes(store, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 500)
    with pytest.raises(NotABackup):
        backups.restore_changes(store.path, junk)
    store.close()
    before = store.path.read_bytes()
    with pytest.raises(NotABackup):
        backups.restore(store.path, junk)
    assert store.path.read_bytes() == before


def test_a_daily_backup_is_due_once_a_day(store):
    assert backups.daily_backup_due(store.path)
    made = backups.make_backup(store.path, backups.DAILY, beside_writer=True)
    assert not backups.daily_backup_due(store.path)
    assert backups.daily_backup_due(store.path, made.made_at + timedelta(days=1, seconds=1))
    assert not backups.daily_backup_due(store.path, datetime.now(UTC) + timedelta(hours=23))
