"""Backups and restoring one: nothing is ever deleted or overwritten."""

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
