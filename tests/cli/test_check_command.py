"""`coprod-desktop check`: integrity, version, the -wal file and the newest good backup, run as a
real process on real files. Exit 0 all well, 1 a problem it reports, 2 bad input; the file and
its folder are never changed."""

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from coprod_desktop.store import open_store
from coprod_desktop.store.backup import backup_database, backup_path_for
from coprod_desktop.store.migrations import KNOWN


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_GB.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "coprod_desktop", *args], capture_output=True, text=True, timeout=120, env=env
    )


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def make_db(path: Path, backup: bool = True) -> Path | None:
    with open_store(path) as store:
        store.meetings.create("Tea and talk", "2026-11-26")
        if backup:
            return backup_database(store.db.conn, backup_path_for(path, "manual"))
    return None


def test_a_healthy_file_is_reported_and_exits_0(db_path):
    backup = make_db(db_path)
    before = folder_state(db_path.parent)
    result = run("check", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Whole-file check: no damage found."
    newest = KNOWN[-1]
    assert lines[1] == f"Version: {len(KNOWN)} ({newest}), the newest this program knows."
    assert lines[2] == "Latest changes (the -wal file): in order."
    assert lines[3].startswith(f"Newest good backup: {backup} (saved ")
    assert lines[-1] == "All is well."
    assert result.stderr == ""
    assert folder_state(db_path.parent) == before


def test_a_damaged_newer_backup_is_not_the_newest_good_one(db_path):
    good = make_db(db_path)
    time.sleep(0.01)
    bad = backup_path_for(db_path, "manual")
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    result = run("check", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert f"Newest good backup: {good} (saved " in result.stdout
    assert str(bad) not in result.stdout


def test_no_backup_is_said(db_path):
    make_db(db_path, backup=False)
    result = run("check", "--db", str(db_path))
    assert result.returncode == 0
    assert "No good backup was found." in result.stdout.splitlines()


def test_random_bytes_are_a_problem_reported_with_exit_1_and_left_alone(db_path):
    backup = make_db(db_path)
    db_path.write_bytes(os.urandom(8192))
    before = folder_state(db_path.parent)
    result = run("check", "--db", str(db_path))
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "meetings.db is not a CoProd Desktop meeting database. It was left as it is."
    assert f"Newest good backup: {backup}" in result.stdout
    assert lines[-1] == "meetings.db has a problem (see above)."
    assert folder_state(db_path.parent) == before


def test_an_unknown_user_version_is_a_problem(db_path):
    make_db(db_path, backup=False)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = folder_state(db_path.parent)
    result = run("check", "--db", str(db_path))
    assert result.returncode == 1
    assert "its version number is not one this program knows" in result.stdout
    assert folder_state(db_path.parent) == before


def test_a_lost_log_is_a_problem(db_path):
    make_db(db_path, backup=False)
    code = f"""
        import os, signal
        from pathlib import Path
        from coprod_desktop.store import open_store
        store = open_store(Path({str(db_path)!r}))
        for i in range(20):
            store.meetings.create(f"Said {{i}}", "2026-11-26")
        os.kill(os.getpid(), signal.SIGKILL)
    """
    killed = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], timeout=60)
    assert killed.returncode == -signal.SIGKILL
    Path(str(db_path) + "-wal").unlink()
    result = run("check", "--db", str(db_path))
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == "Whole-file check: no damage found."
    assert "Some recent changes may be missing" in result.stdout


def test_no_such_file_is_bad_input_exit_2_and_nothing_made(tmp_path):
    missing = tmp_path / "nothing.db"
    result = run("check", "--db", str(missing))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip() == f"coprod-desktop: There is no meeting database at {missing}."
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_help_says_what_the_exit_codes_mean():
    result = run("check", "--help")
    assert result.returncode == 0
    words = " ".join(result.stdout.split())
    assert "1 the file has a problem" in words
    assert "check" in run("--help").stdout
