"""Read-only files and a lost write-ahead log, as a user whom file permissions really refuse.

Root ignores permissions, so every case runs in a child process as `nobody` (tests/unprivileged.py).
The read-only folder cases are in tests/store/test_folder_permissions.py and the read-only file
opened by the window in tests/app/test_opening_read_only.py; the lost log as root in
tests/store/test_opening_checks.py. Here: the log lost or kept after a crash, with the file
read-only or not, and a backups folder the user cannot write.
"""

import textwrap
from pathlib import Path

import pytest
from test_folder_permissions import run_json, snapshot
from test_opening_checks import killed_writer, make_db
from unprivileged import give_to_runner, run_unprivileged, runner_folder

from coprod_desktop.store import open_store
from coprod_desktop.store.backup import backup_folder

OPEN = """
    import json
    from pathlib import Path
    from coprod_desktop.app.opening import open_for_reading, open_for_writing, StoreError
    db = Path("meetings.db").resolve()
    said = {{}}
    for how, opener in (("reader", open_for_reading), ("writer", open_for_writing)):
        try:
            with opener(db) as store:
                said[how] = {{"titles": len(store.meetings.all())}}
        except StoreError as exc:
            said[how] = {{"error": type(exc).__name__, "code": exc.code}}
    print(json.dumps(said))
"""


@pytest.fixture
def crashed():
    """A folder (the child's user owns it) holding meetings.db after a writer was killed with 50
    acknowledged meetings in its log."""
    with runner_folder() as folder:
        db = folder / "meetings.db"
        make_db(db, 0)
        killed_writer(db, 50)
        assert Path(f"{db}-wal").stat().st_size > 0
        give_to_runner(folder)
        yield folder


def _files(folder: Path) -> dict[str, bytes]:
    """The folder's files, less the lock (a refused writer may reclaim the dead writer's stale lock)."""
    return {name: data for name, data in snapshot(folder).items() if not name.endswith(".lock")}


def _opened(folder: Path) -> dict:
    return run_json(textwrap.dedent(OPEN.format()), folder)


@pytest.mark.parametrize("file_mode", [0o600, 0o400])
def test_a_lost_log_is_said_to_a_normal_user_and_nothing_is_touched(crashed, file_mode):
    Path(crashed / "meetings.db-wal").unlink()
    (crashed / "meetings.db").chmod(file_mode)
    before = _files(crashed)
    said = _opened(crashed)
    # Never opened as if nothing happened (that would show 0 of the 50 saved meetings): the reader
    # (exports, printing, the check) says the log is lost; the writer says that, or that the file
    # is read-only when it is.
    assert said["reader"] == {"error": "RecentChangesMissing", "code": "database.wal_lost"}, said
    writer_code = "database.wal_lost" if file_mode == 0o600 else "database.read_only_file"
    assert said["writer"]["code"] == writer_code, said
    assert _files(crashed) == before  # nothing repaired in place, no empty log made, nothing deleted


def test_a_kept_log_on_a_read_only_file_shows_everything_or_says_why(crashed):
    (crashed / "meetings.db").chmod(0o400)
    before = {name: data for name, data in _files(crashed).items() if not name.endswith("-shm")}
    said = _opened(crashed)
    for how in ("reader", "writer"):
        # Either every acknowledged meeting is there, or a plain reason: never a part of them.
        assert said[how].get("titles") == 50 or "code" in said[how], (how, said)
    assert "titles" not in said["writer"]  # a read-only file is never opened for writing
    assert {name: data for name, data in _files(crashed).items() if not name.endswith("-shm")} == before


BACK_UP = """
    import json
    from pathlib import Path
    from coprod_desktop.app.backups import make_backup
    from coprod_desktop.store import open_store
    from coprod_desktop.store.database import StoreError
    db = Path("meetings.db").resolve()
    with open_store(db) as store:
        try:
            make_backup(db, "now", beside_writer=True)
            print(json.dumps({"made": True}))
        except StoreError as exc:
            print(json.dumps({"made": False, "code": exc.code, "reason": exc.params.get("reason")}))
"""


def test_a_backups_folder_the_user_cannot_write_fails_plainly_with_no_file_left():
    with runner_folder() as folder:
        db = folder / "meetings.db"
        with open_store(db) as store:
            store.meetings.create("Tea and talk", "2026-11-26")
        backups = backup_folder(db)
        backups.mkdir()
        give_to_runner(folder)
        backups.chmod(0o500)
        said = run_json(BACK_UP, folder)
        assert said["made"] is False, said
        assert said["code"] in ("backup.not_saved", "database.folder_not_writable"), said
        assert list(backups.iterdir()) == []
        # And the database is still whole and writable by that user.
        result = run_unprivileged(
            "from coprod_desktop.store import open_store\n"
            "s = open_store('meetings.db'); s.meetings.create('After', '2026-11-27'); s.close(); print('ok')",
            folder,
        )
        assert result.stdout.strip() == "ok", result.stderr[-2000:]
