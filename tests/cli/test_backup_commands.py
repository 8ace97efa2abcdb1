"""`coprod-desktop backup` and `coprod-desktop restore`, run as real processes: a checked backup
that says what it holds, never replacing a file; a restore that keeps the current file aside."""

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_desktop.store import open_store
from coprod_desktop.store.backup import backup_folder, list_backups


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "coprod_desktop", *args], capture_output=True, text=True, timeout=120, env={**os.environ}
    )


def expect_refusal(result: subprocess.CompletedProcess, words: str) -> None:
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert words in lines[0]


@pytest.fixture
def demo_db(tmp_path):
    db = tmp_path / "demo.db"
    result = run("demo", "--db", str(db))
    assert result.returncode == 0, result.stderr
    with open_store(db, lock=False) as store:
        contributions = store.db.conn.execute(
            "SELECT count(*) FROM contributions WHERE withdrawn_at IS NULL"
        ).fetchone()[0]
    return db, result.stdout.strip(), contributions


def test_backup_goes_into_the_rotation_folder_and_says_what_it_holds(demo_db):
    db, _, contributions = demo_db
    result = run("backup", "--db", str(db))
    assert result.returncode == 0, result.stderr
    path_line, holds = result.stdout.splitlines()
    made = backup_folder(db) / os.path.basename(path_line)
    assert str(made) == path_line and made.is_file()
    assert holds.startswith(f"meetings: 1, contributions: {contributions}")
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert list_backups(db) == [made]


def test_backup_to_a_file_never_replaces_one(demo_db, tmp_path):
    db, _, _ = demo_db
    out = tmp_path / "stick" / "copy.db"
    out.parent.mkdir()
    result = run("backup", "--db", str(db), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == str(out)
    assert sqlite3.connect(out).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    before = out.read_bytes()
    expect_refusal(run("backup", "--db", str(db), "-o", str(out)), "copy.db is there already")
    assert out.read_bytes() == before
    expect_refusal(run("backup", "--db", str(db), "-o", str(tmp_path / "copy.txt")), ".db")
    assert not (tmp_path / "copy.txt").exists()


def test_backup_of_a_missing_database_is_refused(tmp_path):
    expect_refusal(run("backup", "--db", str(tmp_path / "none.db")), "none.db")
    assert not backup_folder(tmp_path / "none.db").exists()


def test_restore_puts_a_backup_back_and_keeps_the_current_file(demo_db):
    db, meeting_id, _ = demo_db
    made = run("backup", "--db", str(db)).stdout.splitlines()[0]
    with open_store(db) as store:
        store.meetings.create("Added after the backup", "2026-12-01")
    result = run("restore", made, "--db", str(db))
    assert result.returncode == 0, result.stderr
    aside = result.stdout.splitlines()[1].rsplit(" ", 1)[1]
    with open_store(db, lock=False) as store:
        assert [m.title for m in store.meetings.all()] == [store.meetings.get(meeting_id).title]
    with open_store(Path(aside), lock=False) as kept:
        assert "Added after the backup" in [m.title for m in kept.meetings.all()]


def test_restore_refuses_a_file_that_is_not_a_whole_backup(demo_db, tmp_path):
    db, _, _ = demo_db
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    before, names = db.read_bytes(), sorted(p.name for p in tmp_path.iterdir())
    expect_refusal(run("restore", str(junk), "--db", str(db)), "junk.db is not a whole backup")
    expect_refusal(run("restore", str(tmp_path / "missing.db"), "--db", str(db)), "missing.db")
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == names  # nothing set aside, no half copy
