"""Opening databases: the safe cases and every kind of file we must refuse without touching it."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from coprod_desktop.store import (
    DamagedDatabase,
    DatabaseInUse,
    NewerDatabase,
    NoDatabase,
    NotAMeetingDatabase,
    open_store,
)


def test_new_database_has_safe_pragmas(db_path):
    with open_store(db_path) as store:
        pragma = lambda name: store.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("application_id") == 0x436F5072


def test_reopen_keeps_data(db_path):
    with open_store(db_path) as store:
        meeting = store.meetings.create("Tea and talk", "2026-11-26", "Hall")
    with open_store(db_path) as store:
        assert store.meetings.get(meeting.id).title == "Tea and talk"


def test_missing_file_is_not_created_when_reading(tmp_path):
    path = tmp_path / "nothing.db"
    with pytest.raises(NoDatabase, match="There is no meeting database"):
        open_store(path, create=False)
    assert not path.exists()


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", DamagedDatabase, "is empty"),
        (b"hello, this is a text file\n" * 40, NotAMeetingDatabase, "not a CoProd Desktop meeting database"),
        (b"SQLite format 3\x00" + b"\xff" * 100, DamagedDatabase, "damaged"),
    ],
)
def test_bad_files_are_refused_and_left_as_they_are(db_path, content, error, message):
    db_path.write_bytes(content)
    with pytest.raises(error, match=message):
        open_store(db_path)
    assert db_path.read_bytes() == content


def test_truncated_database_is_refused(db_path):
    with open_store(db_path) as store:
        meeting = store.meetings.create("x", "2026-11-26")
        for i in range(60):
            store.prompts.add(meeting.id, f"Prompt {i} " + "x" * 400)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    before = db_path.read_bytes()
    with pytest.raises(DamagedDatabase):
        open_store(db_path)
    assert db_path.read_bytes() == before


def test_foreign_sqlite_database_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NotAMeetingDatabase, match="another program"):
        open_store(db_path)
    assert db_path.read_bytes() == before


def test_newer_schema_is_refused(db_path):
    with open_store(db_path) as store:
        store.db["_sqlite_migrations"].insert(
            {"migration_set": "coprod", "name": "9999_from_the_future", "applied_at": "2030-01-01"}
        )
    with pytest.raises(NewerDatabase, match="newer version of CoProd Desktop"):
        open_store(db_path)


def test_second_writer_is_refused_until_the_first_closes(db_path):
    first = open_store(db_path)
    with pytest.raises(DatabaseInUse, match="already open"):
        open_store(db_path)
    first.close()
    open_store(db_path).close()


def test_lock_of_a_killed_process_is_reclaimed(db_path):
    script = textwrap.dedent(
        f"""
        import sys, time
        from coprod_desktop.store import open_store
        store = open_store({str(db_path)!r})
        print("open", flush=True)
        time.sleep(60)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseInUse):
            open_store(db_path)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    open_store(db_path).close()  # the dead process's lock is gone
