"""`coprod-desktop cleanup`, run as a real process: it lists meetings older than the period (the
app's setting or --older-than-months), deletes them only with --yes and after a checked backup, and
refuses bad input with exit code 2 and one line, changing nothing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_desktop.app.retention import RetentionOperations
from coprod_desktop.store import open_store
from coprod_desktop.store.backup import find_backups
from coprod_desktop.store.backup_check import read_contents


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
def db(tmp_path) -> Path:
    """A database with a meeting from 2019 (its words unusual) and one dated next year."""
    path = tmp_path / "meetings.db"
    with open_store(path) as store:
        old = store.meetings.create("Frobnicatewidget review", "2019-04-02")
        sam = store.people.add_attendee(old.id, "Sam Brown", "first_name")
        store.contributions.add(old.id, sam.person_id, "The snorkelmarmot idea")
        store.meetings.create("Next year", "2099-01-01")
    return path


def titles(path: Path) -> list[str]:
    with open_store(path, lock=False) as store:
        return sorted(m.title for m in store.meetings.all())


def test_with_no_period_set_nothing_is_listed(db):
    result = run("cleanup", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "no period is set" in result.stdout
    assert titles(db) == ["Frobnicatewidget review", "Next year"]


def test_lists_by_the_option_and_deletes_nothing_without_yes(db):
    result = run("cleanup", "--db", str(db), "--older-than-months", "12")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[1:] == ["2019-04-02", "Frobnicatewidget review", "contributions: 1"]
    assert lines[1] == "meetings older than 12 months: 1"
    assert "nothing was deleted" in lines[2]
    assert titles(db) == ["Frobnicatewidget review", "Next year"]
    assert find_backups(db) == []


def test_the_apps_period_is_used_when_no_option_is_given(db):
    with open_store(db) as store:
        RetentionOperations(store).set_period(72)
    result = run("cleanup", "--db", str(db))
    assert "meetings older than 72 months: 1" in result.stdout


def test_yes_backs_up_then_deletes_and_the_words_leave_the_file(db):
    result = run("cleanup", "--db", str(db), "--older-than-months", "24", "--yes")
    assert result.returncode == 0, result.stderr
    assert "meetings deleted: 1, contributions: 1" in result.stdout
    assert "people left with no meeting: 1" in result.stdout
    assert titles(db) == ["Next year"]
    [backup] = find_backups(db)
    assert f"backup: {backup.path}" in result.stdout
    assert backup.reason == "command"
    assert read_contents(backup.path).meeting_count == 2  # made before, holding the meeting still
    on_disk = db.read_bytes() + (Path(f"{db}-wal").read_bytes() if Path(f"{db}-wal").exists() else b"")
    assert b"snorkelmarmot" not in on_disk and b"Frobnicatewidget" not in on_disk


@pytest.mark.parametrize("value", ["0", "-3", "twelve", "1.5", "99999"])
def test_a_bad_number_of_months_is_refused_and_nothing_changes(db, value):
    expect_refusal(run("cleanup", "--db", str(db), f"--older-than-months={value}", "--yes"), "number of months")
    assert titles(db) == ["Frobnicatewidget review", "Next year"]


def test_a_missing_database_is_refused_and_not_created(tmp_path):
    missing = tmp_path / "nothing here.db"
    result = run("cleanup", "--db", str(missing), "--older-than-months", "6", "--yes")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not missing.exists()


def test_an_unknown_option_is_one_line(db):
    expect_refusal(run("cleanup", "--db", str(db), "--months", "6"), "unrecognized arguments")
