"""Checks on opening a database file (issue 12, "Durability"): an unknown version, a damaged,
truncated, empty or random file, a lost or foreign -wal file. Each refusal leaves the folder byte
for byte as it was (no -wal or -shm made); the writer's close copies its log into the file.

Real files only: the lost log comes from a child process killed (SIGKILL) after its commits.
"""

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coprod_desktop.store import open_store
from coprod_desktop.store.backup import backup_database, backup_path_for
from coprod_desktop.store.database import (
    DamagedDatabase,
    NotAMeetingDatabase,
    RecentChangesMissing,
    UnknownVersion,
)
from coprod_desktop.store.store import Store


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in *folder* and the SHA-256 of its bytes. For two files only their being there
    counts: the writer lock's file holds the id of the process that took it last, and SQLite's
    -shm file is shared memory, an index of the -wal file that any reader of the log rebuilds."""
    return {
        p.name: "there" if p.name.endswith((".lock", "-shm")) else hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def titles(store) -> list[str]:
    return sorted(m.title for m in store.meetings.all())


def make_db(path: Path, count: int = 3) -> None:
    with open_store(path) as store:
        for i in range(count):
            store.meetings.create(f"Meeting {i}", "2026-11-26")


def assert_refused_untouched(path: Path, error: type, code: str | None = None):
    before = folder_state(path.parent)
    with pytest.raises(error) as caught:
        open_store(path)
    assert folder_state(path.parent) == before  # byte-identical, nothing made beside it
    if code:
        assert caught.value.code == code
    return caught.value


# --- the schema version -------------------------------------------------------------------------


def set_user_version(path: Path, value: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {value}")
    conn.close()


@pytest.mark.parametrize("value", [999, 1, -5])
def test_a_user_version_we_never_wrote_is_refused_and_the_file_untouched(db_path, value):
    make_db(db_path)
    set_user_version(db_path, value)
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["meetings.db", "meetings.db.lock"]
    error = assert_refused_untouched(db_path, UnknownVersion, "database.unknown_version")
    assert error.params == {"name": "meetings.db"}


def test_a_user_version_set_in_the_log_only_is_refused_too(db_path):
    # The header on disk says 0; the write-ahead log (a crash before any checkpoint) says 999.
    make_db(db_path)
    code = f"""
        import os, sqlite3
        conn = sqlite3.connect({str(db_path)!r})
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("PRAGMA user_version = 999")
        conn.commit()
        os._exit(0)  # no close: the change stays in the -wal file
    """
    subprocess.run([sys.executable, "-c", textwrap.dedent(code)], check=True)
    assert Path(str(db_path) + "-wal").stat().st_size > 0
    assert_refused_untouched(db_path, UnknownVersion)


def test_another_programs_file_with_a_user_version_is_another_programs(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    assert_refused_untouched(db_path, NotAMeetingDatabase, "database.other_program")


# --- damaged, truncated, empty, random ----------------------------------------------------------


def test_random_bytes_are_refused_untouched_and_the_backup_named_nowhere_changed(db_path):
    make_db(db_path)
    with open_store(db_path) as store:
        backup_database(store.db.conn, backup_path_for(db_path, "manual"))
    db_path.write_bytes(os.urandom(8192))
    assert_refused_untouched(db_path, NotAMeetingDatabase, "database.not_a_database")


@pytest.mark.parametrize("keep", [0.5, 0.37])
def test_a_truncated_file_is_damaged_and_untouched(db_path, keep):
    make_db(db_path, 40)
    data = db_path.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    cut = int(len(data) * keep)
    if keep == 0.5:
        cut -= cut % page  # cut at a page boundary: only the whole-file check can tell
    db_path.write_bytes(data[:cut])
    assert_refused_untouched(db_path, DamagedDatabase)


def test_a_header_only_file_is_damaged(db_path):
    db_path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 40)
    assert_refused_untouched(db_path, DamagedDatabase)


def test_an_empty_file_is_damaged_and_never_opened_as_an_empty_database(db_path):
    db_path.write_bytes(b"")
    assert_refused_untouched(db_path, DamagedDatabase, "database.empty")


def test_a_damaged_page_in_the_middle_is_found_by_the_whole_file_check(db_path):
    make_db(db_path, 200)
    data = bytearray(db_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    assert len(data) >= 4 * page
    data[2 * page : 3 * page] = b"\xa5" * page
    db_path.write_bytes(bytes(data))
    assert_refused_untouched(db_path, DamagedDatabase)


# --- the write-ahead log ------------------------------------------------------------------------

KILLED_WRITER = """
    import os, signal
    from pathlib import Path
    from coprod_desktop.store import open_store
    store = open_store(Path({path!r}))
    for i in range({count}):
        store.meetings.create(f"Said {{i}}", "2026-11-26")
    print("saved", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def killed_writer(path: Path, count: int = 50) -> None:
    """A child process saves *count* meetings (each acknowledged) and is killed before closing."""
    code = textwrap.dedent(KILLED_WRITER.format(path=str(path), count=count))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert result.stdout.strip() == "saved"


def test_closing_the_writer_copies_the_log_into_the_file(db_path):
    make_db(db_path, 50)
    # Nothing but the file (and the lock) is left: the log is empty and gone, the marker removed.
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["meetings.db", "meetings.db.lock"]
    conn = sqlite3.connect(db_path.as_uri() + "?mode=ro&immutable=1", uri=True)  # the file alone
    assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 50
    conn.close()


def test_after_a_crash_with_the_log_in_place_everything_is_there(db_path):
    make_db(db_path, 0)
    killed_writer(db_path)
    assert Path(str(db_path) + "-wal").stat().st_size > 0
    with open_store(db_path) as store:
        assert len(titles(store)) == 50


@pytest.mark.parametrize("ending", ["", "raise SystemExit('a script that forgot close()')"])
def test_a_program_ending_without_close_is_not_taken_for_a_lost_log(db_path, ending):
    """Before: SQLite merged and deleted the -wal as the connection was freed at exit, the open
    marker stayed, and the next open said recent changes may be missing when nothing was."""
    make_db(db_path, 0)
    code = textwrap.dedent(
        f"""
        from pathlib import Path
        from coprod_desktop.store import open_store
        store = open_store(Path({str(db_path)!r}))
        for i in range(20):
            store.meetings.create(f"Said {{i}}", "2026-11-26")
        {ending}
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == (1 if ending else 0), result.stderr
    assert not Path(str(db_path) + ".open").exists()
    with open_store(db_path) as store:
        assert len(titles(store)) == 20


def test_a_lost_log_is_noticed_not_opened_silently(db_path):
    """Before: the file opened without a word, holding 10 of 50 acknowledged meetings' worth."""
    make_db(db_path, 0)
    killed_writer(db_path)
    Path(str(db_path) + "-wal").unlink()
    error = assert_refused_untouched(db_path, RecentChangesMissing, "database.wal_lost")
    assert error.params == {"name": "meetings.db"}
    # A reader is told the same (the check command and the window's read-only mode use it).
    with pytest.raises(RecentChangesMissing):
        Store(db_path, read_only=True, accept_missing_changes=False)
    # When the person chooses to open it as it is, it opens, and is watched again from then on.
    with Store(db_path, accept_missing_changes=True) as store:
        assert len(titles(store)) < 50
    with open_store(db_path) as store:  # closed cleanly: no longer "lost"
        pass


def test_a_restored_file_is_not_taken_for_one_that_lost_its_log(db_path, tmp_path):
    make_db(db_path, 2)
    backup = backup_path_for(db_path, "manual")
    with open_store(db_path) as store:
        backup_database(store.db.conn, backup)
    killed_writer(db_path)
    # The file is replaced (as restore does: another file moved into its name), its log with it.
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    db_path.rename(tmp_path / "aside.db")
    os.link(backup, tmp_path / "incoming.db")
    (tmp_path / "incoming.db").rename(db_path)
    with open_store(db_path) as store:
        assert len(titles(store)) == 2


def test_a_log_that_is_not_the_files_own_is_noticed_and_kept(db_path):
    make_db(db_path, 0)
    killed_writer(db_path, 5)
    wal = Path(str(db_path) + "-wal")
    data = bytearray(wal.read_bytes())
    data[16:24] = os.urandom(8)  # another log's salts: its header checksum no longer holds
    wal.write_bytes(bytes(data))
    assert_refused_untouched(db_path, RecentChangesMissing, "database.wal_mismatch")
    # Opened as it is, the foreign log is set aside, never deleted or written over.
    with Store(db_path, accept_missing_changes=True) as store:
        titles(store)
    kept = list(db_path.parent.glob("meetings.db-wal.set-aside-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(data)


def test_a_log_of_another_page_size_is_not_the_files_own(db_path):
    make_db(db_path, 1)
    other = db_path.with_name("other.db")
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    Path(str(db_path) + "-wal").write_bytes(Path(str(other) + "-wal").read_bytes())
    conn.close()
    assert_refused_untouched(db_path, RecentChangesMissing, "database.wal_mismatch")
