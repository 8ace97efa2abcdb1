"""`takehome`, `certificate` and `summary --language`: run as real processes, as people run them.
What they print is the files written, one per line; bad input exits 2 with one line."""

import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from coprod_desktop.store import open_store


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "coprod_desktop", *args], capture_output=True, text=True, timeout=120, env=os.environ
    )


def refused(result: subprocess.CompletedProcess, words: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert words in lines[0], lines[0]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("handouts")
    db = folder / "demo.db"
    made = run("demo", "--db", str(db))
    assert made.returncode == 0, made.stderr
    return db, made.stdout.strip()


def test_takehome_writes_a_sheet_for_everyone_and_keeps_what_is_there(demo, tmp_path):
    db, meeting_id = demo
    first = run("takehome", meeting_id, "-o", str(tmp_path), "--db", str(db))
    assert first.returncode == 0, first.stderr
    paths = first.stdout.splitlines()
    assert len(paths) == 6 and all(p.endswith("take-home.pdf") for p in paths)
    again = run("takehome", meeting_id, "-o", str(tmp_path), "--db", str(db), "--html")
    assert again.returncode == 0, again.stderr
    written = again.stdout.splitlines()
    assert all(p.endswith(" (2).pdf") for p in written if p.endswith(".pdf"))  # the first ones are kept
    assert sum(p.endswith("take-home.html") for p in written) == 6
    assert len(list(tmp_path.iterdir())) == 6 + 12


def test_one_person_and_their_certificate(demo, tmp_path):
    db, meeting_id = demo
    with open_store(db, lock=False) as store:
        tn = next(a for a in store.people.attendees(meeting_id) if a.credited_as == "T.N.")
    result = run("certificate", meeting_id, "-o", str(tmp_path), "--person", tn.person_id, "--db", str(db))
    assert result.returncode == 0, result.stderr
    [path] = result.stdout.splitlines()
    text = PdfReader(path).pages[0].extract_text()
    assert "T.N." in text and "Tomasz" not in text
    assert len(PdfReader(path).pages) == 1


def test_summary_in_welsh(demo, tmp_path):
    db, meeting_id = demo
    out = tmp_path / "crynodeb.pdf"
    result = run("summary", meeting_id, "-o", str(out), "--language", "cy", "--db", str(db))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(out))
    assert "Tudalen 1" in reader.pages[0].extract_text()  # the footer's "Page 1 of N" in Welsh


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("takehome", "{m}", "-o", "{missing}"), "missing"),
        (("takehome", "no-such-meeting", "-o", "{tmp}"), "no meeting"),
        (("takehome", "{m}", "-o", "{tmp}", "--person", "nobody"), "not taking part"),
        (("certificate", "{m}"), "-o"),
        (("summary", "{m}", "-o", "{tmp}/s.pdf", "--language", "xx"), "xx"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(demo, tmp_path, args, words):
    db, meeting_id = demo
    filled = [a.format(m=meeting_id, tmp=tmp_path, missing=tmp_path / "missing") for a in args]
    refused(run(*filled, "--db", str(db)), words)
    assert list(tmp_path.iterdir()) == []


def test_export_as_csv(demo, tmp_path):
    db, meeting_id = demo
    out = tmp_path / "said.csv"
    result = run("export", meeting_id, "-o", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Prompt,Person,Words,Cards,Time")
    assert len(lines) == 1 + 15  # the demo's 15 contributions, one row each
    refused(run("export", meeting_id, "-o", str(tmp_path / "said.txt"), "--db", str(db)), ".json")
