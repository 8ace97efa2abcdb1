"""Backups made with SQLite's online backup API.

A plain file copy of a live WAL database can miss commits still in the -wal file; the backup API
copies a consistent snapshot including them.
"""

import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_path_for(db_path: Path, reason: str) -> Path:
    """Where a backup of *db_path* taken now for *reason* goes: beside it, named by time."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return db_path.with_name(f"{db_path.stem}.{reason}-{stamp}.backup{db_path.suffix or '.db'}")


def backup_database(conn: sqlite3.Connection, destination: Path) -> Path:
    """Copy the database behind *conn* to *destination* (which must not exist). Returns it."""
    if destination.exists():
        raise FileExistsError(destination)
    target = sqlite3.connect(destination)
    try:
        conn.backup(target)
    finally:
        target.close()
    return destination


def list_backups(db_path: Path) -> list[Path]:
    """Backups of *db_path* found beside it, newest first."""
    pattern = f"{db_path.stem}.*.backup{db_path.suffix or '.db'}"
    return sorted(db_path.parent.glob(pattern), reverse=True)


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Put *backup* in place of the database at *db_path*, keeping the damaged file.

    The current file (and its -wal/-shm) is renamed aside, never deleted or overwritten, so
    nothing is lost even if the backup turns out to be the wrong one. Returns where it went.

    The backup is copied beside the file first, and only a complete copy is moved into place: if
    anything fails (a folder that cannot be written, a full disk) an OSError or sqlite3.Error is
    raised with the database file where and as it was.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = db_path.with_name(f"{db_path.stem}.set-aside-{stamp}{db_path.suffix or '.db'}")
    incoming = db_path.with_name(f"{db_path.stem}.restoring-{stamp}{db_path.suffix or '.db'}")
    source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        target = sqlite3.connect(incoming)
        try:
            source.backup(target)
        finally:
            target.close()
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", "-wal", "-shm"):
            current = Path(str(db_path) + suffix)
            if current.exists():
                current.rename(Path(str(aside) + suffix))
                moved.append((current, Path(str(aside) + suffix)))
        incoming.rename(db_path)
    except BaseException:
        for current, moved_to in reversed(moved):  # put back what was moved, as it was
            moved_to.rename(current)
        incoming.unlink(missing_ok=True)
        raise
    return aside
