"""A file that can only be read (its permissions, or a read-only folder or medium) is opened
read-only by the window: its meetings are there, every write is refused plainly, and nothing in
the folder changes. Before (issue 12) it opened as if writable and each save then failed.

Root ignores permissions, so each case runs in a child process as a user who can be refused (see
tests/unprivileged.py).
"""

import json
import textwrap
from pathlib import Path

import pytest
from unprivileged import give_to_runner, run_unprivileged, runner_folder

from coprod_desktop.store import open_store

OPEN_IN_THE_WINDOW = """
    import json
    from pathlib import Path
    from coprod_desktop.app.opening import open_for_job, open_for_writing, open_workspace, StoreError
    from coprod_desktop.services.catalogue import load_catalogue

    db = Path("meetings.db").resolve()
    said = {}
    try:
        open_for_writing(db).close()
        said["writer"] = "opened"
    except StoreError as exc:
        said["writer"] = exc.code
    workspace = open_workspace(db, load_catalogue())
    said["read_only"] = workspace.read_only
    said["titles"] = [m.title for m in workspace.meetings.all()]
    try:
        workspace.meetings.create("Not saved", "2026-11-27", "", language="en", rate=160, volume=1.0)
        said["write"] = "saved"
    except StoreError as exc:
        said["write"] = exc.code
    with open_for_job(db) as job:  # a PDF's own connection beside the window
        said["job_titles"] = [m.title for m in job.meetings.all()]
    workspace.close()
    print(json.dumps(said))
"""


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def folder():
    with runner_folder() as made:
        db = made / "meetings.db"
        with open_store(db) as store:
            store.meetings.create("Tea and talk", "2026-11-26")
        give_to_runner(made)
        yield made


def run_json(folder: Path) -> dict:
    result = run_unprivileged(textwrap.dedent(OPEN_IN_THE_WINDOW), folder)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_read_only_file_opens_read_only_and_refuses_writes_plainly(folder):
    (folder / "meetings.db").chmod(0o444)
    before = snapshot(folder)
    said = run_json(folder)
    assert said == {
        "writer": "database.read_only_file",
        "read_only": True,
        "titles": ["Tea and talk"],
        "write": "database.read_only",
        "job_titles": ["Tea and talk"],
    }
    assert snapshot(folder) == before  # nothing made beside it, the file byte for byte as it was


def test_a_file_in_a_read_only_folder_opens_read_only(folder):
    folder.chmod(0o555)
    before = snapshot(folder)
    said = run_json(folder)
    assert said == {
        "writer": "database.folder_not_writable",
        "read_only": True,
        "titles": ["Tea and talk"],
        "write": "database.read_only",
        "job_titles": ["Tea and talk"],
    }
    assert snapshot(folder) == before


def test_a_writable_file_still_opens_for_writing(folder):
    said = run_json(folder)
    assert said["writer"] == "opened"
    assert said["read_only"] is False
    assert said["write"] == "saved"
