"""A healthy database in a folder the user cannot write to: said as such, never called damaged, and
nothing opened, restored or changed.

Root ignores permissions, so each case runs in a child process as a user who can be refused (see
tests/unprivileged.py); the folder really is read-only to that user.
"""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from unprivileged import give_to_runner, run_unprivileged, runner_folder

from coprod_desktop.store import open_store
from coprod_desktop.store.backup import backup_database, backup_path_for


@pytest.fixture
def readonly_folder():
    """A folder holding a healthy meetings.db (with a backup and a lock file), read-only to the child."""
    with runner_folder() as folder:
        db = folder / "meetings.db"
        with open_store(db) as store:
            store.meetings.create("Tea and talk", "2026-11-26")
            backup_database(store.db.conn, backup_path_for(db, "manual"))
        assert Path(str(db) + ".lock").exists()  # left behind, as after any session
        give_to_runner(folder)
        folder.chmod(0o555)
        yield folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def run_json(code: str, folder: Path) -> dict:
    result = run_unprivileged(textwrap.dedent(code), folder)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


OPEN_AS_WRITER = """
    import json, sys
    from pathlib import Path
    from coprod_desktop.app.opening import open_for_writing, StoreError
    db = Path("meetings.db").resolve()
    try:
        open_for_writing(db).close()
        print(json.dumps({"opened": True}))
    except StoreError as exc:
        print(json.dumps({"opened": False, "error": type(exc).__name__, "code": exc.code, "params": exc.params}))
"""


def test_the_writer_says_the_folder_cannot_be_written(readonly_folder):
    before = snapshot(readonly_folder)
    said = run_json(OPEN_AS_WRITER, readonly_folder)
    assert said["opened"] is False
    assert said["error"] == "FolderNotWritable"
    assert said["code"] == "database.folder_not_writable"
    assert said["params"] == {"name": "meetings.db", "folder": str(readonly_folder)}
    assert snapshot(readonly_folder) == before


READ_IT = """
    import json
    from pathlib import Path
    from coprod_desktop.app.opening import open_for_reading, StoreError
    try:
        with open_for_reading(Path("meetings.db").resolve()) as store:
            print(json.dumps({"titles": [m.title for m in store.meetings.all()]}))
    except StoreError as exc:
        print(json.dumps({"error": type(exc).__name__, "code": exc.code}))
"""


def test_a_reader_reads_it_as_it_is_and_leaves_nothing_beside_it(readonly_folder):
    # Closed cleanly, the file alone holds everything: it is read as it is (immutable), with no
    # -shm file, which could not be made here. The commands and the window's read-only mode do so.
    before = snapshot(readonly_folder)
    said = run_json(READ_IT, readonly_folder)
    assert said == {"titles": ["Tea and talk"]}
    assert snapshot(readonly_folder) == before


KILLED_WRITER = """
    import os, signal
    from pathlib import Path
    from coprod_desktop.store import open_store
    store = open_store(Path({path!r}))
    store.meetings.create("Said just before the crash", "2026-11-26")
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_reader_with_a_log_to_read_is_told_the_folder_not_that_the_file_is_damaged(readonly_folder):
    # After a crash the newest changes are in the -wal, and SQLite must write its -shm file beside
    # it even to read it: a reader cannot read it here, and says why.
    readonly_folder.chmod(0o755)
    db = readonly_folder / "meetings.db"
    subprocess.run([sys.executable, "-c", textwrap.dedent(KILLED_WRITER.format(path=str(db)))], timeout=60)
    assert Path(str(db) + "-wal").stat().st_size > 0
    Path(str(db) + "-shm").unlink(missing_ok=True)
    give_to_runner(readonly_folder)
    readonly_folder.chmod(0o555)
    before = snapshot(readonly_folder)
    said = run_json(READ_IT, readonly_folder)
    assert said == {"error": "FolderNotWritable", "code": "database.folder_not_writable"}
    assert snapshot(readonly_folder) == before


RESTORE_IT = """
    import json
    from pathlib import Path
    from coprod_desktop.app.opening import backups, restore_backup, StoreError
    db = Path("meetings.db").resolve()
    try:
        restore_backup(db, backups(db)[0])
        print(json.dumps({"restored": True}))
    except StoreError as exc:
        print(json.dumps({"restored": False, "error": type(exc).__name__, "code": exc.code}))
"""


def test_restoring_a_backup_there_fails_plainly_and_changes_nothing(readonly_folder):
    before = snapshot(readonly_folder)
    said = run_json(RESTORE_IT, readonly_folder)
    assert said == {"restored": False, "error": "FolderNotWritable", "code": "database.folder_not_writable"}
    assert snapshot(readonly_folder) == before
