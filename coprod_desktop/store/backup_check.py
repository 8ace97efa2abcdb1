"""Writing a backup so that it is whole or not there at all, and reading what a backup holds.

A backup is written under a hidden temporary name in the folder it is going to, created readable
by its owner only (it holds people's names and words). The copy is then checked: SQLite's
integrity_check over every page, and the rows of every table counted and compared with the source
as it was copied (the counts are taken inside the same read transaction the backup API copies, so
a write in the window meanwhile cannot make a good copy look wrong). Only a copy that passes is
given its final name; one that fails is deleted and BackupNotChecked raised. A process killed
half-way leaves at most the hidden temporary file, never a file under a backup's name.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from pathlib import Path

from ..domain.backup_contents import Contents, MeetingContents
from ..domain.messages import os_reason
from .database import StoreError
from .write_errors import write_error_code

PARTIAL = ".partial"


class BackupNotChecked(StoreError):
    """A backup was written but did not check out (damaged, or rows missing): it was deleted."""

    default_code = "backup.check_failed"


class BackupNotSaved(StoreError):
    """A backup could not be written at all (folder, disk full, ...). Nothing was left behind."""

    default_code = "backup.not_saved"


class NotABackup(StoreError):
    """A file offered as a backup is not a whole meeting database."""

    default_code = "backup.not_whole"


def partial_path_for(destination: Path) -> Path:
    """The hidden temporary name a backup to *destination* is written under."""
    return destination.with_name(f".{destination.name}.{secrets.token_hex(4)}{PARTIAL}")


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """The number of rows of every table of *conn*'s main database, by table name."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    counts = {}
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        counts[name] = conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
    return counts


def _integrity(conn: sqlite3.Connection) -> bool:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    return rows == [("ok",)]


def _create_private(path: Path) -> None:
    # O_EXCL: never reuse a file someone else made; 0600 from the start, not changed afterwards.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every system (or file system) can sync a folder
        _sync(folder)


def _give_final_name(partial: Path, destination: Path) -> None:
    """Move the checked copy to *destination*, never replacing a file that is there."""
    try:
        os.link(partial, destination)  # fails if destination exists, atomically
    except FileExistsError:
        raise
    except OSError:
        # A file system without hard links (a FAT-formatted USB stick): check, then rename.
        if destination.exists():
            raise FileExistsError(destination) from None
        os.rename(partial, destination)
    else:
        partial.unlink()
    _sync_folder(destination.parent)


def _copy_and_count(source: sqlite3.Connection, target: sqlite3.Connection) -> dict[str, int]:
    """Copy *source* into *target*, returning *source*'s row counts in the snapshot copied."""
    if source.in_transaction:  # the caller's transaction is the snapshot
        counts = table_counts(source)
        source.backup(target)
        return counts
    source.execute("BEGIN")  # deferred: the first read below starts the snapshot
    try:
        counts = table_counts(source)
        source.backup(target)  # on the same connection, inside the same read transaction
    finally:
        source.execute("COMMIT")
    return counts


def write_checked_backup(source: sqlite3.Connection, destination: Path) -> dict[str, int]:
    """Copy the database behind *source* to *destination*, checked; returns its row counts.

    *destination* must not exist (FileExistsError). Raises BackupNotChecked when the copy fails its
    check and BackupNotSaved when it cannot be written; either way nothing is left behind.
    """
    if destination.exists():
        raise FileExistsError(destination)
    partial = partial_path_for(destination)
    try:
        _create_private(partial)
        target = sqlite3.connect(partial)
        try:
            counts = _copy_and_count(source, target)
            # One self-contained file (the copy would otherwise be in WAL mode like its source):
            # nothing beside it to lose when it is carried on a USB stick or opened read-only.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        check_copy(partial, counts, name=destination.name)
        _sync(partial)
        _give_final_name(partial, destination)
    except OSError as exc:
        if isinstance(exc, FileExistsError) and exc.args and exc.args[0] == destination:
            raise
        raise BackupNotSaved("backup.not_saved", name=destination.name, reason=os_reason(exc)) from None
    except sqlite3.Error as exc:
        raise BackupNotSaved("backup.not_saved", name=destination.name, reason=write_error_code(exc)) from None
    finally:
        for leftover in [partial] + [Path(f"{partial}{end}") for end in ("-journal", "-wal", "-shm")]:
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return counts


def check_copy(path: Path, expected: dict[str, int] | None, *, name: str) -> dict[str, int]:
    """Check the database file at *path*: every page (integrity_check) and, when *expected* is
    given, the same rows in every table. Returns its counts; raises BackupNotChecked if not."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            whole = _integrity(conn)
            counts = table_counts(conn) if whole else {}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        whole, counts = False, {}
    if not whole or (expected is not None and counts != expected):
        raise BackupNotChecked("backup.check_failed", name=name)
    return counts


def check_backup_file(path: Path) -> None:
    """Check that *path* is a whole meeting database (before restoring it): NotABackup if not."""
    from .migrations import APPLICATION_ID

    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            whole = _integrity(conn)
            ours = whole and conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        ours = False
    if not path.is_file() or not ours:
        raise NotABackup("backup.not_whole", file=path.name)


def read_contents(path: Path) -> Contents:
    """The meetings and contributions in the database file at *path*, read-only.

    Raises sqlite3.DatabaseError for a file that is not a meeting database.
    """
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return contents_of(conn)
    finally:
        conn.close()


def contents_of(conn: sqlite3.Connection) -> Contents:
    """The meetings and contributions behind *conn* (see read_contents)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(contributions)")}
    # Withdrawn contributions are kept as empty rows (migration 0005): they are not counted.
    live = "WHERE withdrawn_at IS NULL" if "withdrawn_at" in columns else ""
    ids: dict[str, set[str]] = {}
    for meeting_id, contribution_id in conn.execute(f"SELECT meeting_id, id FROM contributions {live}"):
        ids.setdefault(meeting_id, set()).add(contribution_id)
    meetings = {
        meeting_id: MeetingContents(meeting_id, title, date, frozenset(ids.get(meeting_id, ())))
        for meeting_id, title, date in conn.execute("SELECT id, title, date FROM meetings")
    }
    return Contents(meetings)
