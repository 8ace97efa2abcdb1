"""Backups made with SQLite's online backup API, each checked before it gets its name.

A plain file copy of a live WAL database can miss commits still in the -wal file; the backup API
copies a consistent snapshot including them. Every backup is written under a hidden temporary name,
checked (store/backup_check.py) and only then renamed, so a file under a backup's name is whole.

Where they go:
- beside the database, "<stem>.<reason>-<time>.backup.db": the backup taken before a schema
  upgrade (and any other kept for good). Rotation never touches these.
- in the folder "<stem> backups" beside the database: the automatic ones (meeting start and end,
  daily) and "Back up now". Rotation (domain/backup_rotation.py) deletes only in this folder, so a
  mistake in it can never remove the upgrade backups, a set-aside file or the database itself, and
  the dozens of files it holds over a year do not crowd the database's folder.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.backup_rotation import backups_to_keep

STAMP = "%Y%m%dT%H%M%S%fZ"
UPGRADE = "before-upgrade"
# Reasons an automatic or "Back up now" backup is made for (part of its name, in the rotation folder).
ROTATED_REASONS = ("meeting-start", "meeting-end", "daily", "now", "command")


@dataclass(frozen=True)
class BackupInfo:
    """One backup found for a database: where, when it was made (UTC) and why (its reason word).

    *rotated*: in the rotation folder, so rotation may delete it in time.
    """

    path: Path
    made_at: datetime
    reason: str
    rotated: bool


def _suffix(db_path: Path) -> str:
    return db_path.suffix or ".db"


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime(STAMP)


def backup_path_for(db_path: Path, reason: str, now: datetime | None = None) -> Path:
    """Where a backup of *db_path* taken now for *reason* goes: beside it, named by time."""
    return db_path.with_name(f"{db_path.stem}.{reason}-{_stamp(now)}.backup{_suffix(db_path)}")


def backup_folder(db_path: Path) -> Path:
    """The folder of the rotated backups of *db_path*: "<stem> backups" beside it."""
    return db_path.with_name(f"{db_path.stem} backups")


def rotated_backup_path_for(db_path: Path, reason: str, now: datetime | None = None) -> Path:
    """Where a rotated backup of *db_path* taken now for *reason* goes (the folder is made 0700)."""
    folder = backup_folder(db_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder / f"{db_path.stem}.{reason}-{_stamp(now)}.backup{_suffix(db_path)}"


def backup_database(conn: sqlite3.Connection, destination: Path) -> Path:
    """Copy the database behind *conn* to *destination* (which must not exist), checked. Returns it.

    Raises FileExistsError if *destination* exists, BackupNotChecked (a StoreError) if the copy
    does not check out and BackupNotSaved if it cannot be written: no file is left at
    *destination* unless it is a whole, checked copy.
    """
    from .backup_check import write_checked_backup

    write_checked_backup(conn, destination)
    return destination


def _parse(db_path: Path, path: Path, rotated: bool) -> BackupInfo:
    middle = path.name[len(db_path.stem) + 1 : -len(f".backup{_suffix(db_path)}")]
    reason, _, stamp = middle.rpartition("-")
    try:
        made_at = datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
    except ValueError:  # a name we did not give: when it was last written will do
        with contextlib.suppress(OSError):
            return BackupInfo(path, datetime.fromtimestamp(path.stat().st_mtime, UTC), middle, rotated)
        return BackupInfo(path, datetime.fromtimestamp(0, UTC), middle, rotated)
    return BackupInfo(path, made_at, reason, rotated)


def find_backups(db_path: Path) -> list[BackupInfo]:
    """Every backup of *db_path*: beside it and in its rotation folder, newest first."""
    pattern = f"{db_path.stem}.*.backup{_suffix(db_path)}"
    found = [_parse(db_path, path, False) for path in db_path.parent.glob(pattern)]
    folder = backup_folder(db_path)
    if folder.is_dir():
        found += [_parse(db_path, path, True) for path in folder.glob(pattern)]
    return sorted(found, key=lambda info: (info.made_at, info.path.name), reverse=True)


def list_backups(db_path: Path) -> list[Path]:
    """The paths of every backup of *db_path* (see find_backups), newest first."""
    return [info.path for info in find_backups(db_path)]


def rotate_backups(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Delete the rotated backups of *db_path* the rotation no longer keeps; returns them.

    Only files in the rotation folder are ever deleted. Temporary files of a backup that was cut
    off (the process killed) are removed too once a day old: one that young may still be in hand.
    """
    now = now or datetime.now(UTC)
    rotated = {info.path: info.made_at for info in find_backups(db_path) if info.rotated}
    keep = backups_to_keep(rotated, now)
    deleted = []
    for path in rotated:
        if path not in keep:
            path.unlink(missing_ok=True)
            deleted.append(path)
    folder = backup_folder(db_path)
    if folder.is_dir():
        for partial in folder.glob(".*.partial*"):
            with contextlib.suppress(OSError):
                if now.timestamp() - partial.stat().st_mtime > 24 * 3600:
                    partial.unlink()
    return deleted


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Put *backup* in place of the database at *db_path*, keeping the damaged file.

    The current file (and its -wal/-shm) is renamed aside, never deleted or overwritten, so
    nothing is lost even if the backup turns out to be the wrong one. Returns where it went.

    The backup is copied beside the file first, and only a complete copy is moved into place: if
    anything fails (a folder that cannot be written, a full disk) an OSError or sqlite3.Error is
    raised with the database file where and as it was.
    """
    stamp = _stamp(None)
    aside = db_path.with_name(f"{db_path.stem}.set-aside-{stamp}{_suffix(db_path)}")
    incoming = db_path.with_name(f"{db_path.stem}.restoring-{stamp}{_suffix(db_path)}")
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
