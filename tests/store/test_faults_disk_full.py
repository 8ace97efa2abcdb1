"""A full disk, made real: the database lives on a small tmpfs that fills up.

Saving when the disk is full gives the plain code database.disk_full (store/write_errors.py) and
every contribution saved before it is still there; a backup that cannot be written leaves no file
under a backup's name. Mounting needs root: the tests run as root here and on CI, and are
skipped only when not root.
"""

import os
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest

from coprod_desktop.app.backups import make_backup
from coprod_desktop.store import open_store
from coprod_desktop.store.backup import backup_folder, list_backups
from coprod_desktop.store.database import StoreError, StoreWriteError

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small tmpfs to fill needs root (CI runs as root)")

WORDS = "We would like the garden open at weekends. " * 100  # about 4 KB


@pytest.fixture
def small_disk():
    """An 8 MB tmpfs, unmounted afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="coprod-full-"))
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)
        folder.rmdir()


def _fill_until_full(store, meeting_id: str, person_id: str) -> tuple[list[str], StoreWriteError]:
    saved = []
    for _ in range(10_000):
        try:
            saved.append(store.contributions.add(meeting_id, person_id, WORDS).id)
        except StoreWriteError as exc:
            return saved, exc
    raise AssertionError("the disk never filled")


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_saving_on_a_full_disk_says_so_plainly_and_keeps_what_was_saved(small_disk):
    db = small_disk / "meetings.db"
    store = open_store(db)
    try:
        meeting = store.meetings.create("Day centre", "2026-11-26")
        person = store.people.add_attendee(meeting.id, "Sam Brown", "first_name")
        saved, error = _fill_until_full(store, meeting.id, person.person_id)
        assert len(saved) > 10
        assert error.code == "database.disk_full"
        # Still readable in the same session: everything acknowledged is there, the failed one is not.
        rows = {r[0] for r in store.db.execute("SELECT id FROM contributions").fetchall()}
        assert set(saved) <= rows and len(rows) == len(saved)
        # Trying again while still full says the same, and changes nothing.
        with pytest.raises(StoreWriteError) as again:
            store.contributions.add(meeting.id, person.person_id, WORDS)
        assert again.value.code == "database.disk_full"
    finally:
        store.close()
    assert _integrity(db) == "ok"
    with open_store(db) as reopened:
        rows = {r[0] for r in reopened.db.execute("SELECT id FROM contributions").fetchall()}
    assert rows == set(saved)


def test_a_backup_that_does_not_fit_leaves_no_file_under_a_backup_name(small_disk):
    db = small_disk / "meetings.db"
    with open_store(db) as store:
        meeting = store.meetings.create("Day centre", "2026-11-26")
        person = store.people.add_attendee(meeting.id, "Sam Brown", "first_name")
        for _ in range(100):
            store.contributions.add(meeting.id, person.person_id, WORDS)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # Leave room for half a copy of the database: the backup starts, then runs out of space.
        free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
        (small_disk / "filler").write_bytes(b"\0" * (free - db.stat().st_size // 2))
        with pytest.raises(StoreError) as caught:
            make_backup(db, "now", beside_writer=True)
        assert caught.value.code == "backup.not_saved"
        assert caught.value.params.get("reason") == "database.disk_full", caught.value.params
        assert list_backups(db) == []
        folder = backup_folder(db)
        left = [p.name for p in folder.iterdir()] if folder.is_dir() else []
        assert all(name.startswith(".") for name in left), left  # at most a hidden temporary file
        # The database itself is unharmed and still takes contributions once there is room again.
        (small_disk / "filler").unlink()
        store.contributions.add(meeting.id, person.person_id, "Still saving")
    assert _integrity(db) == "ok"
