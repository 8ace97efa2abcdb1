"""A check of a meeting database that changes nothing: what `coprod-desktop check` reports.

The file is never opened for writing: the same checks as opening it (header, write-ahead log,
every page, schema version) run on a connection that cannot write and leaves nothing beside it
(store/health.py). A backup is "good" when it passes the same checks.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import health
from .backup import list_backups
from .database import (
    NoDatabase,
    RecentChangesMissing,
    StoreError,
    _check_existing_file,
    _check_identity,
    _database,
    _refusal,
)
from .migrations import KNOWN, migrations


@dataclass(frozen=True)
class DatabaseReport:
    """What the check found. *problem* and *log_problem* are None when all is well."""

    path: Path
    problem: StoreError | None
    log_problem: RecentChangesMissing | None
    newest_migration: str | None  # "0007_meeting_details": its number and name
    up_to_date: bool
    backup: Path | None
    backup_time: datetime | None

    @property
    def healthy(self) -> bool:
        return self.problem is None and self.log_problem is None


def _newest_migration(conn: sqlite3.Connection) -> str | None:
    applied = [m.name for m in migrations.applied(_database(conn))]
    return max(applied) if applied else None


def _examine(path: Path) -> str | None:
    """The newest migration applied to *path*; raises the StoreError that opening it would raise."""
    _check_existing_file(path)
    try:
        with health.checking_connection(path) as conn:
            _check_identity(conn, path)
            return _newest_migration(conn)
    except sqlite3.Error as exc:
        raise _refusal(exc, path) from None


def _log_problem(path: Path) -> RecentChangesMissing | None:
    header = health.read_header(path)
    if header is not None and not health.wal_matches(path, header):
        return RecentChangesMissing("database.wal_mismatch", name=path.name)
    if health.wal_lost(path):  # a window with the file open has its -wal: never "lost"
        return RecentChangesMissing("database.wal_lost", name=path.name)
    return None


def is_good_backup(backup: Path) -> bool:
    """True when *backup* is a whole meeting database: it opens read-only and passes quick_check."""
    try:
        _examine(Path(backup))
    except (StoreError, OSError):
        return False
    return True


def newest_good_backup(path: Path, skip: frozenset[Path] = frozenset()) -> Path | None:
    """The newest backup of *path* that is good (see is_good_backup), leaving out *skip*."""
    for item in list_backups(Path(path)):
        backup = Path(getattr(item, "path", item))  # a Path, or a backup's description with its .path
        if backup not in skip and is_good_backup(backup):
            return backup
    return None


def check_database(path: Path) -> DatabaseReport:
    """Check the database at *path* without changing it. Raises NoDatabase when there is none."""
    path = Path(path)
    if not path.exists():
        raise NoDatabase("database.missing", path=str(path))
    problem: StoreError | None = None
    newest = None
    try:
        newest = _examine(path)
    except StoreError as exc:
        problem = exc
    backup = newest_good_backup(path)
    return DatabaseReport(
        path=path,
        problem=problem,
        log_problem=_log_problem(path) if not path.is_dir() else None,
        newest_migration=newest,
        up_to_date=newest == KNOWN[-1],
        backup=backup,
        backup_time=datetime.fromtimestamp(backup.stat().st_mtime) if backup else None,
    )
