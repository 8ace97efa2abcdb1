"""Readers never write; only the writer, holding the lock, checks every page, backs up and upgrades.

The command line's meetings, summary, export and audio and the window's background jobs read the
database this way, often while the window holds it open as the writer.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from coprod_desktop.app.opening import (
    DamagedDatabase,
    OlderDatabase,
    StoreWriteError,
    open_for_job,
    open_for_reading,
    open_for_writing,
)
from coprod_desktop.store import open_store
from coprod_desktop.store.backup import list_backups
from coprod_desktop.store.migrations import KNOWN

SAVED_0004 = Path(__file__).parent / "data" / "schema-0004.db"


def applied_migrations(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        conn.close()


def files_beside(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_reading_an_older_schema_leaves_it_as_it_is(tmp_path):
    copy = tmp_path / "schema-0004.db"
    shutil.copy(SAVED_0004, copy)
    before = copy.read_bytes()
    # The spelling every reader used before (open_store(..., lock=False)) upgraded the file to 0005
    # and wrote a backup beside it, without the writer lock.
    with pytest.raises(OlderDatabase) as refused:
        open_store(copy, create=False, lock=False).close()
    assert refused.value.code == "database.older"
    assert refused.value.params["name"] == "schema-0004.db"
    with pytest.raises(OlderDatabase):
        open_for_reading(copy)
    assert copy.read_bytes() == before
    assert applied_migrations(copy)[-1].startswith("0004")
    assert list_backups(copy) == []
    assert not Path(str(copy) + ".lock").exists()


def test_the_writer_upgrades_what_a_reader_refused(tmp_path):
    copy = tmp_path / "schema-0004.db"
    shutil.copy(SAVED_0004, copy)
    with pytest.raises(OlderDatabase):
        open_for_reading(copy)
    open_for_writing(copy).close()
    assert applied_migrations(copy) == KNOWN
    assert list_backups(copy)
    with open_for_reading(copy) as reader:
        [meeting] = reader.meetings.all()
        assert reader.contributions.count(meeting.id) == 15


def test_a_reader_takes_no_lock_and_cannot_write(db_path):
    with open_store(db_path) as store:
        meeting = store.meetings.create("Tea and talk", "2026-11-26")
    Path(str(db_path) + ".lock").unlink()
    with open_for_reading(db_path) as reader:
        assert reader.meetings.get(meeting.id).title == "Tea and talk"
        with pytest.raises(StoreWriteError) as refused:
            reader.meetings.create("Not saved", "2026-11-27")
        assert refused.value.code == "database.read_only"
    assert not Path(str(db_path) + ".lock").exists()
    with open_store(db_path) as store:
        assert [m.title for m in store.meetings.all()] == ["Tea and talk"]


def test_a_reader_reads_beside_the_open_writer(db_path):
    with open_store(db_path) as writer:
        meeting = writer.meetings.create("Tea and talk", "2026-11-26")
        with open_for_job(db_path) as job, open_for_reading(db_path) as reader:
            assert job.meetings.get(meeting.id).title == "Tea and talk"
            assert reader.meetings.get(meeting.id).title == "Tea and talk"
        writer.meetings.create("Still the writer", "2026-11-27")


def damage_a_data_page(db_path: Path) -> None:
    """Overwrite the last page (rows of the prompts table) with noise; the header and the schema
    pages stay intact, so only a check of every page finds the damage."""
    page_size = sqlite3.connect(db_path).execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db_path.read_bytes())
    data[-page_size + 8 :] = b"\xa5" * (page_size - 8)
    db_path.write_bytes(bytes(data))


def test_the_whole_file_is_checked_once_per_open_not_once_per_job(db_path):
    with open_store(db_path) as store:
        meeting = store.meetings.create("x", "2026-11-26")
        for i in range(80):
            store.prompts.add(meeting.id, f"Prompt {i} " + "x" * 400)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_a_data_page(db_path)
    before = db_path.read_bytes()
    # The writer and a command's reader each check every page when they open the file ...
    with pytest.raises(DamagedDatabase):
        open_store(db_path)
    with pytest.raises(DamagedDatabase):
        open_for_reading(db_path)
    # ... a job beside the window's writer (which checked the file) reads the header and schema only.
    with open_for_job(db_path) as job:
        assert job.meetings.get(meeting.id).title == "x"
    assert db_path.read_bytes() == before


def test_a_failed_write_in_a_transaction_is_the_stores_write_error(store):
    heard = []
    store.subscribe(heard.append)
    store.db.execute("PRAGMA query_only = ON")  # SQLite itself now refuses every write
    with pytest.raises(StoreWriteError) as refused:
        with store.transaction():
            store.db.execute(
                "INSERT INTO meetings (id, title, date, place, created_at, updated_at)"
                " VALUES ('m1', 'Never', '2026-11-26', '', '', '')"
            )
    assert refused.value.code == "database.read_only"
    assert heard == []
    store.db.execute("PRAGMA query_only = OFF")
    assert store.meetings.all() == []


def test_a_busy_database_in_a_transaction_is_the_stores_write_error(store):
    """Another program holds the write lock: the screens get the store's error, not sqlite3's."""
    store.db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(store.path, isolation_level=None)
    try:
        with pytest.raises(StoreWriteError) as refused:
            with store.transaction():
                other.execute("BEGIN IMMEDIATE")  # after our BEGIN, before our first write
                store.db.execute(
                    "INSERT INTO meetings (id, title, date, place, created_at, updated_at)"
                    " VALUES ('m1', 'Never', '2026-11-26', '', '', '')"
                )
        assert refused.value.code == "database.busy"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.meetings.all() == []
