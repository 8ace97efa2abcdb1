"""Backups and restoring one: nothing is ever deleted or overwritten."""

import sqlite3

import pytest

from coprod_desktop.store import DamagedDatabase, open_store
from coprod_desktop.store.backup import backup_database, backup_path_for, list_backups, restore_backup


def test_backup_includes_commits_still_in_the_wal(db_path):
    with open_store(db_path) as store:
        meeting = store.meetings.create("Kept", "2026-11-26")
        # the commit may still be in meetings.db-wal: the backup API must see it anyway
        copy = backup_database(store.db.conn, backup_path_for(db_path, "manual"))
    with open_store(copy, lock=False) as restored:
        assert restored.meetings.get(meeting.id).title == "Kept"
    assert list_backups(db_path) == [copy]


def test_restoring_a_backup_sets_the_damaged_file_aside(db_path):
    with open_store(db_path) as store:
        meeting = store.meetings.create("Before the damage", "2026-11-26")
        backup = backup_database(store.db.conn, backup_path_for(db_path, "manual"))
    damaged = b"SQLite format 3\x00" + b"\x00" * 500
    db_path.write_bytes(damaged)
    with pytest.raises(DamagedDatabase, match=backup.name):
        open_store(db_path)
    aside = restore_backup(db_path, backup)
    assert aside.read_bytes() == damaged
    with open_store(db_path) as store:
        assert store.meetings.get(meeting.id).title == "Before the damage"


def test_a_restore_that_fails_leaves_the_file_where_and_as_it_was(db_path):
    with open_store(db_path) as store:
        store.meetings.create("Before the damage", "2026-11-26")
    damaged = b"SQLite format 3\x00" + b"\x00" * 500
    db_path.write_bytes(damaged)
    not_a_backup = backup_path_for(db_path, "manual")
    not_a_backup.write_bytes(b"this is no database" * 100)
    before = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(sqlite3.DatabaseError):
        restore_backup(db_path, not_a_backup)
    assert db_path.read_bytes() == damaged
    assert sorted(p.name for p in db_path.parent.iterdir()) == before  # nothing set aside, no half copy
