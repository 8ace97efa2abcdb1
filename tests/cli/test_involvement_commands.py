"""`coprod-desktop involvement PERSON_ID` and `coprod-desktop finance --from --to -o FILE.csv`:
for staff, run as a real process. Bad input: exit 2, one plain line, nothing written."""

import csv
import os
import stat
import subprocess
import sys

import pytest

from coprod_desktop.domain.involvement import Rates
from coprod_desktop.store import open_store


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "coprod_desktop", *args], capture_output=True, text=True, timeout=120, env=os.environ
    )


def expect_refusal(result: subprocess.CompletedProcess, words: str) -> None:
    assert result.returncode == 2, result.stdout
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert words in lines[0]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = tmp_path_factory.mktemp("involvement") / "demo.db"
    result = run("demo", "--db", str(db))
    assert result.returncode == 0, result.stderr
    meeting_id = result.stdout.strip()
    with open_store(db) as store:
        sam = store.people.attendees(meeting_id)[0]
        store.involvement.set_rates(Rates(45, 2000, 0))
        store.involvement.set_recognition(sam.person_id, "payment")
        store.involvement.set_role(meeting_id, sam.person_id, "co_facilitator")
        store.involvement.add_expense(meeting_id, sam.person_id, "mileage", miles=10)
        date = store.meetings.get(meeting_id).date
        full_name = sam.person.full_name
    return db, meeting_id, sam.person_id, date, full_name


def test_involvement_prints_the_record(demo):
    db, _, person_id, date, full_name = demo
    result = run("involvement", person_id, "--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Name: {full_name}"
    assert "Recognition: Payment for their time" in lines
    assert "Meetings: 1" in lines
    assert "Roles: Co-facilitator" in lines
    assert any(line.startswith("Time given: ") for line in lines)
    assert any(line.startswith("Contributions: ") for line in lines)
    assert lines[-1].startswith(f"{date}\t") and "Co-facilitator" in lines[-1]


def test_involvement_of_an_unknown_person_is_refused(demo):
    db = demo[0]
    expect_refusal(run("involvement", "nobody", "--db", str(db)), "not known")


def test_finance_writes_the_csv_privately(demo, tmp_path):
    db, _meeting_id, person_id, date, full_name = demo
    out = tmp_path / "finance.csv"
    result = run("finance", "--from", date, "--to", date, "-o", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Person id" and rows[0][-1] == "Total (pence)"
    sam = next(row for row in rows if row[0] == person_id)
    assert sam[1] == full_name and sam[4] == "Co-facilitator" and sam[6] == "Payment"
    assert sam[9:11] == ["10", "450"]
    assert len(rows) == 7  # the demo's six people


@pytest.mark.parametrize(
    ("dates", "words"),
    [
        (("2026-12-01", "2026-11-01"), "end date comes before"),
        (("26/11/2026", "2026-12-01"), "is not a date"),
    ],
)
def test_finance_refuses_bad_dates(demo, tmp_path, dates, words):
    out = tmp_path / "finance.csv"
    expect_refusal(run("finance", "--from", dates[0], "--to", dates[1], "-o", str(out), "--db", str(demo[0])), words)
    assert not out.exists()


def test_finance_never_replaces_a_file_and_needs_csv(demo, tmp_path):
    db, *_ = demo
    out = tmp_path / "finance.csv"
    out.write_text("the last one")
    expect_refusal(
        run("finance", "--from", "2020-01-01", "--to", "2030-01-01", "-o", str(out), "--db", str(db)),
        "is there already",
    )
    assert out.read_text() == "the last one"
    expect_refusal(
        run("finance", "--from", "2020-01-01", "--to", "2030-01-01", "-o", str(tmp_path / "f.txt"), "--db", str(db)),
        ".csv",
    )
    expect_refusal(run("finance", "--from", "2020-01-01", "-o", str(tmp_path / "g.csv"), "--db", str(db)), "--to")
    assert list(tmp_path.iterdir()) == [out]
