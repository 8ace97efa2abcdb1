"""Backups as the window and the command line use them: make one (checked), list them with what
each holds, say what restoring one would change, and restore one. Qt-free.

Each operation is a plain function of the database file, like the document jobs: it opens its own
read-only connection (SQLite's backup API copies from a reader while the window's writer has the
file open) and closes it again, so the ui runs it on a worker thread and the command line runs it
directly. *beside_writer*: the window has the file open and checked it when it did, so the whole-
file check on opening is skipped (the copy itself is still checked in full).

Automatic and "Back up now" backups go into the rotation folder, which is then rotated (see
store/backup.py); "Back up to…" saves one file where asked, which rotation never touches.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import ValidationError

if TYPE_CHECKING:
    from ..domain.backup_contents import Contents, MeetingChange

SUFFIX = ".db"
MEETING_START, MEETING_END, DAILY, NOW, COMMAND = "meeting-start", "meeting-end", "daily", "now", "command"


@dataclass(frozen=True)
class BackupMade:
    """A checked backup just written: where, when, and how many meetings and contributions it holds."""

    path: Path
    made_at: datetime
    meetings: int
    contributions: int


@dataclass(frozen=True)
class BackupEntry:
    """One backup of a database, for the restore list.

    *reason*: why it was made ("meeting-start", "meeting-end", "daily", "now", "command",
    "before-upgrade", or another word from its name). *meetings* and *contributions* are None
    when the file cannot be read (it is then not offered as a good backup).
    """

    path: Path
    made_at: datetime
    reason: str
    rotated: bool
    meetings: int | None
    contributions: int | None

    @property
    def readable(self) -> bool:
        return self.meetings is not None


def _reader(db_path: Path, beside_writer: bool):
    from .opening import open_for_job, open_for_reading

    return open_for_job(db_path) if beside_writer else open_for_reading(db_path)


def _made(path: Path, made_at: datetime) -> BackupMade:
    from ..store.backup_check import read_contents

    contents = read_contents(path)
    return BackupMade(path, made_at, contents.meeting_count, contents.contribution_count)


def make_backup(db_path: Path, reason: str = NOW, *, beside_writer: bool = False) -> BackupMade:
    """A checked backup of *db_path* into its rotation folder, then the rotation applied.

    Raises a StoreError (BackupNotChecked, BackupNotSaved, or one from opening the file) with
    nothing left behind under a backup's name.
    """
    from ..store.backup import backup_database, rotate_backups

    db_path = Path(db_path)
    now = datetime.now(UTC)
    with _reader(db_path, beside_writer) as store:
        destination = _rotated_destination(db_path, reason, now)
        backup_database(store.db.conn, destination)
    with contextlib.suppress(OSError):  # an old backup that cannot be deleted yet is no failure
        rotate_backups(db_path, now)
    return _made(destination, now)


def _rotated_destination(db_path: Path, reason: str, now: datetime) -> Path:
    from ..domain.messages import os_reason
    from ..store.backup import rotated_backup_path_for
    from ..store.backup_check import BackupNotSaved

    try:
        return rotated_backup_path_for(db_path, reason, now)
    except OSError as exc:  # the folder cannot be made
        raise BackupNotSaved("backup.not_saved", name=f"{db_path.stem} backups", reason=os_reason(exc)) from None


def backup_output_path(value: str | Path) -> Path:
    """Where "Back up to…" or `backup -o FILE` saves: a .db file in an existing folder."""
    from .documents import output_path

    return output_path(value, SUFFIX)


def back_up_to(db_path: Path, out: str | Path, *, replace: bool = False, beside_writer: bool = False) -> BackupMade:
    """A checked backup of *db_path* saved as *out* (a USB stick, say), readable by its owner only.

    *out* must end in .db. An existing file is refused (ValidationError "backup.exists") unless
    *replace* (the person was asked): then the checked copy is made beside it and moved over it,
    so the old file stays whole until the new one is. Rotation never deletes these.
    """
    from ..store.backup import backup_database
    from ..store.backup_check import partial_path_for

    target = backup_output_path(out)
    if target.exists() and not replace:
        raise ValidationError("backup.exists", file=target.name)
    now = datetime.now(UTC)
    with _reader(Path(db_path), beside_writer) as store:
        if not target.exists():
            backup_database(store.db.conn, target)
        else:
            fresh = partial_path_for(target).with_suffix(".db")
            backup_database(store.db.conn, fresh)
            try:
                os.replace(fresh, target)
            except OSError:
                fresh.unlink(missing_ok=True)
                raise
    return _made(target, now)


def daily_backup_due(db_path: Path, now: datetime | None = None) -> bool:
    """True when no automatic or "Back up now" backup of *db_path* was made in the last day."""
    from ..store.backup import find_backups

    now = now or datetime.now(UTC)
    return not any(b.rotated and now - b.made_at < timedelta(days=1) for b in find_backups(Path(db_path)))


def back_up_if_due(db_path: Path, *, beside_writer: bool = False) -> BackupMade | None:
    """The daily backup while the app is open: made only when none was made in the last day."""
    if not daily_backup_due(db_path):
        return None
    return make_backup(db_path, DAILY, beside_writer=beside_writer)


def list_backups(db_path: Path) -> list[BackupEntry]:
    """Every backup of *db_path* (beside it and in its rotation folder), newest first, with what each holds."""
    from ..store.backup import find_backups

    entries = []
    for info in find_backups(Path(db_path)):
        contents = _contents_or_none(info.path)
        entries.append(
            BackupEntry(
                info.path,
                info.made_at,
                info.reason,
                info.rotated,
                contents.meeting_count if contents else None,
                contents.contribution_count if contents else None,
            )
        )
    return entries


def _contents_or_none(path: Path) -> Contents | None:
    import sqlite3

    from ..store.backup_check import read_contents

    try:
        return read_contents(path)
    except sqlite3.Error:
        return None


def restore_changes(db_path: Path, backup: Path) -> list[MeetingChange]:
    """What restoring *backup* over *db_path* would change, meeting by meeting (empty: nothing).

    The backup is checked first (NotABackup if it is not a whole meeting database). A current file
    that cannot be read (damaged) counts as holding nothing: everything in the backup comes back.
    """
    from ..domain.backup_contents import Contents
    from ..domain.backup_contents import restore_changes as changes
    from ..store.backup_check import check_backup_file, read_contents

    check_backup_file(Path(backup))
    current = _contents_or_none(Path(db_path)) if Path(db_path).exists() else None
    return changes(current or Contents({}), read_contents(Path(backup)))


def restore(db_path: Path, backup: Path) -> Path:
    """Put *backup* in place of *db_path* (checked first); returns where the old file was set aside.

    Refused (DatabaseInUse) while a window has the file open: the window closes its workspace
    first, so that nothing it holds is written over the restored file. Nothing is deleted.
    """
    from ..store.database import take_writer_lock
    from .opening import restore_backup

    db_path = Path(db_path)
    lock = take_writer_lock(db_path)
    try:
        return restore_backup(db_path, Path(backup))
    finally:
        lock.release()
