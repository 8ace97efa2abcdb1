"""`everyone`, `record PERSON_ID -o DIR` and `erase PERSON_ID [--anonymise] --yes`, run as real processes."""

import json
import os
import subprocess
import sys

from person_fixtures import PRIYA, PRIYA_WORDS, busy_meeting

from coprod_desktop.services.catalogue import load_catalogue
from coprod_desktop.store import open_store


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "coprod_desktop", *args],
        capture_output=True, text=True, timeout=120, env={**os.environ, "LANGUAGE": "en"},
    )  # fmt: skip


def _made(tmp_path):
    db = tmp_path / "people.db"
    with open_store(db) as store:
        store.cards.sync(load_catalogue().cards)
        ids = busy_meeting(store)
    return db, ids


def test_everyone_record_and_erase(tmp_path):
    db, ids = _made(tmp_path)
    listed = run("everyone", "--db", str(db))
    assert listed.returncode == 0, listed.stderr
    assert f"{ids['priya']}\t{PRIYA}" in listed.stdout.splitlines()

    out = tmp_path / "out"
    out.mkdir()
    saved = run("record", ids["priya"], "-o", str(out), "--db", str(db))
    assert saved.returncode == 0, saved.stderr
    assert sorted(p.rsplit("/", 1)[-1] for p in saved.stdout.splitlines()) == [
        "Priya Zephyrine - photo.png", "Priya Zephyrine - record.json", "Priya Zephyrine - record.pdf",
    ]  # fmt: skip
    data = json.loads((out / "Priya Zephyrine - record.json").read_text("utf-8"))
    assert data["meetings"][0]["contributions"][0]["words"] == PRIYA_WORDS

    refused = run("erase", ids["priya"], "--db", str(db))
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.strip().count("\n") == 0 and "Nothing was changed" in refused.stderr
    assert PRIYA in run("everyone", "--db", str(db)).stdout

    erased = run("erase", ids["priya"], "--yes", "--db", str(db))
    assert erased.returncode == 0, erased.stderr
    assert "erased" in erased.stdout
    assert PRIYA not in run("everyone", "--db", str(db)).stdout
    assert PRIYA.encode() not in db.read_bytes()

    again = run("erase", ids["priya"], "--yes", "--db", str(db))
    assert again.returncode == 2 and "Traceback" not in again.stderr


def test_anonymise_from_the_command_line(tmp_path):
    db, ids = _made(tmp_path)
    done = run("erase", ids["priya"], "--anonymise", "--yes", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "anonymised" in done.stdout
    assert f"{ids['priya']}\tFormer participant" in run("everyone", "--db", str(db)).stdout
    assert PRIYA.encode() not in db.read_bytes()
