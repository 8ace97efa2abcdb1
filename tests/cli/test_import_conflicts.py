"""`coprod-desktop import` of a file that differs from the meeting here: each difference printed on
its own line with its id, kept unless chosen, exit 2 and nothing changed for a bad choice."""

import json
import os
import subprocess
import sys

import pytest

from coprod_desktop.store import open_store


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "coprod_desktop", *args], capture_output=True, text=True, timeout=120, env=env
    )


@pytest.fixture
def changed(tmp_path):
    """A demo meeting here, and its file changed elsewhere: a new title and one contribution's words."""
    db = tmp_path / "here.db"
    made = run("demo", "--db", str(db))
    assert made.returncode == 0, made.stderr
    meeting_id = made.stdout.strip()
    out = tmp_path / "meeting.coprod.json"
    assert run("export", meeting_id, "-o", str(out), "--db", str(db)).returncode == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["meeting"]["title"] = "Changed elsewhere"
    said = next(c for c in doc["contributions"] if c["text"])
    said["text"] = "Words changed elsewhere"
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return {"db": db, "file": out, "meeting_id": meeting_id, "said": said["id"]}


def _state(db, meeting_id, contribution_id):
    store = open_store(db)
    try:
        return store.meetings.get(meeting_id).title, store.contributions.get(contribution_id).text
    finally:
        store.close()


def test_differences_are_printed_one_per_line_and_kept(changed):
    before = _state(changed["db"], changed["meeting_id"], changed["said"])
    result = run("import", str(changed["file"]), "--db", str(changed["db"]))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Imported “")
    assert any(line.startswith(f"Kept this laptop’s meeting details ({changed['meeting_id']}):") for line in lines)
    kept = [line for line in lines if f"({changed['said']})" in line]
    assert len(kept) == 1 and kept[0].startswith("Kept this laptop’s contribution")
    assert "“Words changed elsewhere" in kept[0]
    assert _state(changed["db"], changed["meeting_id"], changed["said"]) == before
    # --keep-mine-all says the same and changes nothing either.
    assert run("import", str(changed["file"]), "--db", str(changed["db"]), "--keep-mine-all").stdout == result.stdout


def test_take_theirs_for_one_id_then_all(changed):
    title_before, _ = _state(changed["db"], changed["meeting_id"], changed["said"])
    result = run("import", str(changed["file"]), "--db", str(changed["db"]), "--take-theirs", changed["said"])
    assert result.returncode == 0, result.stderr
    assert any(
        line.startswith(f"Took the file’s contribution ({changed['said']})") for line in result.stdout.splitlines()
    )
    assert _state(changed["db"], changed["meeting_id"], changed["said"]) == (title_before, "Words changed elsewhere")

    everything = run("import", str(changed["file"]), "--db", str(changed["db"]), "--take-theirs-all")
    assert everything.returncode == 0, everything.stderr
    assert _state(changed["db"], changed["meeting_id"], changed["said"]) == (
        "Changed elsewhere",
        "Words changed elsewhere",
    )
    again = run("import", str(changed["file"]), "--db", str(changed["db"]))
    assert again.stdout.splitlines()[1:] == []  # nothing differs any more


@pytest.mark.parametrize(
    "extra",
    [
        ["--take-theirs", "no-such-id"],
        ["--keep-mine-all", "--take-theirs-all"],
        ["--take-theirs-all", "--take-theirs", "x"],
    ],
)
def test_a_bad_choice_is_exit_2_one_line_and_changes_nothing(changed, extra):
    before = changed["db"].read_bytes()
    result = run("import", str(changed["file"]), "--db", str(changed["db"]), *extra)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert changed["db"].read_bytes() == before
