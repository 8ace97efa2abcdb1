"""`coprod-desktop people MEETING_ID`: who took part, with the ids `audio` (and `takehome --person`)
need, each named only as they chose to be credited. Run as a real process, as people run it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_desktop.store import open_store


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "coprod_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def expect_refusal(result: subprocess.CompletedProcess, words: str) -> None:
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert words in lines[0]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("people") / "demo.db"
    result = run("demo", "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db, result.stdout.strip()


def test_people_lists_each_person_once_with_their_id_credit_and_marker(demo_db):
    db, meeting_id = demo_db
    result = run("people", meeting_id, "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    with open_store(db, lock=False) as store:
        attendees = store.people.attendees(meeting_id)
    # In the order they were added, one line each, three columns.
    assert [row[0] for row in rows] == [a.person_id for a in attendees]
    assert [row[1] for row in rows] == ["Sam", "Priya Shah", "Gwen M", "T.N.", "Dot", "Ahmed"]
    assert all(len(row) == 3 for row in rows)
    assert rows[3][2] == attendees[3].marker.describe()  # e.g. "orange circle, TN"


def test_nobody_is_named_against_their_choice(demo_db):
    db, meeting_id = demo_db
    shown = run("people", meeting_id, "--db", str(db)).stdout
    for hidden in ("Okafor", "Morgan", "Gwen Morgan", "Tomasz", "Nowak", "Dorothy", "Ellis", "Karim"):
        assert hidden not in shown
    assert "Priya Shah" in shown  # she chose her full name


def test_the_ids_listed_are_the_ones_audio_takes(demo_db, tmp_path):
    db, meeting_id = demo_db
    first = run("people", meeting_id, "--db", str(db)).stdout.splitlines()[0].split("\t")[0]
    # A refusal for the file name, not for the person: the id is one audio knows.
    result = run("audio", meeting_id, first, "-o", str(tmp_path / "x.mp3"), "--db", str(db))
    assert result.returncode == 2 and "not taking part" not in result.stderr and ".wav" in result.stderr


def test_a_meeting_with_nobody_yet_lists_nothing(tmp_path):
    db = tmp_path / "empty.db"
    with open_store(db) as store:
        meeting = store.meetings.create("Nobody yet", "2026-12-01", "")
    result = run("people", meeting.id, "--db", str(db))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_db_option_before_the_command_and_from_the_environment(demo_db):
    db, meeting_id = demo_db
    assert "Gwen M" in run("--db", str(db), "people", meeting_id).stdout
    assert "Gwen M" in run("people", meeting_id, env={"COPROD_DB": str(db)}).stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["people", "00000000-0000-4000-8000-000000000000"], "no meeting with the id"),
        (["people", "not-an-id"], "no meeting with the id"),
        (["people"], "required"),
        (["people", "{meeting}", "extra"], "unrecognized arguments"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_changes_nothing(demo_db, args, words):
    db, meeting_id = demo_db
    before = db.read_bytes()
    expect_refusal(run(*[a.format(meeting=meeting_id) for a in args], "--db", str(db)), words)
    assert db.read_bytes() == before


def test_an_unknown_meeting_is_said_in_the_environments_language(demo_db):
    db, _ = demo_db
    env = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "cy_GB.UTF-8"}
    result = run("people", "not-an-id", "--db", str(db), env=env)
    expect_refusal(result, "not-an-id")
    assert "no meeting with the id" not in result.stderr  # Welsh, not English


def test_a_missing_or_damaged_database_is_refused_and_left_alone(tmp_path):
    missing = tmp_path / "none.db"
    expect_refusal(run("people", "any", "--db", str(missing)), "There is no meeting database")
    assert not missing.exists()
    damaged = tmp_path / "bad.db"
    damaged.write_bytes(b"plain text, not a database" * 20)
    expect_refusal(run("people", "any", "--db", str(damaged)), "not a CoProd Desktop meeting database")
    assert damaged.read_bytes() == b"plain text, not a database" * 20


def test_help_lists_the_people_command():
    result = run("--help")
    assert "people MEETING_ID" in result.stdout
    assert run("people", "--help").returncode == 0


def test_the_readme_lists_the_people_command():
    readme = Path(__file__).resolve().parents[2] / "README.md"
    assert "coprod-desktop people MEETING_ID [--db FILE]" in readme.read_text(encoding="utf-8")
