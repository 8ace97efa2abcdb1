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
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = db_path.with_name(f"{db_path.stem}.set-aside-{stamp}{db_path.suffix or '.db'}")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        if db_path.exists():
            db_path.rename(aside)
            for suffix in ("-wal", "-shm"):
                side = Path(str(db_path) + suffix)
                if side.exists():
                    side.rename(Path(str(aside) + suffix))
        target = sqlite3.connect(db_path)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    return aside
