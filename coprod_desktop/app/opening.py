"""Opening the meeting database, the way every entry point needs it: the window, its background
jobs and the command line.

- open_workspace / open_for_writing: the one writer. It takes the writer lock, checks every page
  of the file, backs up and upgrades an older schema, and brings the built-in cards up to date.
  open_workspace opens a file that cannot be written (its permissions, its folder or its medium)
  read-only instead: the window then says so (Workspace.read_only) and refuses to edit. A lost or
  foreign write-ahead log is refused (RecentChangesMissing) until the person chooses to open the
  file as it is (accept_missing_changes).
- check_database / newest_good_backup: what `coprod-desktop check` reports and which backup the
  window offers, without changing anything.
- open_for_reading: a reader (the command line's meetings, summary, export and audio). It never
  writes: a read-only connection, no lock, no upgrade. A file of an older schema is refused with a
  plain message (OlderDatabase: open it in the app once, and the writer upgrades it) rather than
  read by code written for the current one. It checks every page, as the one open of its command.
- open_for_job: a background job's own connection (a SQLite connection belongs to one thread)
  while the window has the file open. Read-only like any reader; it skips the whole-file check,
  which the window's writer ran when it opened the file, so a PDF costs no quick_check.
- backups / restore_backup: the backups beside a file, and putting one back.

The store (and sqlite-utils with it, about 80 ms of imports) is imported when a database is opened,
not when this module is: the command line imports this module, and the window paints before the
database work starts. The errors the ui and the command line tell apart are re-exported here (the
ui never imports the store); naming one imports the store.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..services.catalogue import CardCatalogue
    from ..store import Store
    from ..store.checkup import DatabaseReport
    from ..store.database import (
        DamagedDatabase,
        DatabaseInUse,
        FolderNotWritable,
        NewerDatabase,
        NoDatabase,
        NotAMeetingDatabase,
        OlderDatabase,
        ReadOnlyDatabase,
        RecentChangesMissing,
        StoreError,
        StoreWriteError,
        UnknownVersion,
    )
    from .workspace import Workspace

__all__ = [
    "ENV_VAR",
    "DamagedDatabase",
    "DatabaseInUse",
    "FolderNotWritable",
    "NewerDatabase",
    "NoDatabase",
    "NotAMeetingDatabase",
    "OlderDatabase",
    "ReadOnlyDatabase",
    "RecentChangesMissing",
    "Store",
    "StoreError",
    "StoreWriteError",
    "UnknownVersion",
    "backups",
    "check_database",
    "database_path",
    "default_database_path",
    "newest_good_backup",
    "open_for_job",
    "open_for_reading",
    "open_for_writing",
    "open_workspace",
    "restore_backup",
]

ENV_VAR = "COPROD_DB"

# The store's errors that callers tell apart, by name: loaded from store.database on first use.
_STORE_ERRORS = frozenset(
    {
        "DamagedDatabase",
        "DatabaseInUse",
        "FolderNotWritable",
        "NewerDatabase",
        "NoDatabase",
        "NotAMeetingDatabase",
        "OlderDatabase",
        "ReadOnlyDatabase",
        "RecentChangesMissing",
        "StoreError",
        "StoreWriteError",
        "UnknownVersion",
    }
)


def __getattr__(name: str) -> Any:
    if name in _STORE_ERRORS:
        from ..store import database

        return getattr(database, name)
    if name == "Store":  # for type hints in the ui, which never imports the store itself
        from ..store.store import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def default_database_path() -> Path:
    """COPROD_DB if set, else coprod.db in the platform's per-user app-data folder."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("CoProd Desktop", appauthor=False)) / "coprod.db"


def database_path(db: str | Path | None) -> Path:
    """--db if given, else COPROD_DB, else the per-user default."""
    return Path(db).expanduser() if db else default_database_path()


def open_for_reading(path: Path) -> Store:
    """Open an existing database read-only, checking every page. Never creates, locks or upgrades.

    A file in a place that cannot be written (a shared folder, a read-only stick) is read as it
    is, as the window's read-only mode reads it, when no write-ahead log needs reading."""
    from ..store.store import open_store_for_reading

    path = Path(path)
    return open_store_for_reading(path, every_page=True, read_only_place=_place_read_only(path))


def _place_read_only(path: Path) -> bool:
    """True when the file or its folder cannot be written: no -shm file can be made beside it."""
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK))


def open_for_job(path: Path) -> Store:
    """A background job's own read-only connection to the database the window has open.

    Checks that the file is ours and of the current schema, but not every page: the window's
    writer did that when it opened the file (once per open, not once per job).
    """
    from ..store.store import Store

    path = Path(path)
    # A window opened read-only (a file or folder that cannot be written) may have no -shm file,
    # and none can be made: its jobs then read the file as the window does (immutable).
    return Store(path, read_only=True, every_page=False, read_only_place=_place_read_only(path))


def open_for_writing(
    path: Path, catalogue: CardCatalogue | None = None, *, accept_missing_changes: bool = False
) -> Store:
    """Open (creating if needed) as the one writer, and bring the built-in cards up to date.

    *catalogue* is the built-in catalogue (loaded here when not given). *accept_missing_changes*:
    open a file whose write-ahead log is lost or not its own as it is (see open_workspace).
    """
    from ..store.store import Store

    if catalogue is None:
        from ..services.catalogue import load_catalogue

        catalogue = load_catalogue()
    store = Store(Path(path), create=True, accept_missing_changes=accept_missing_changes)
    try:
        store.cards.sync(catalogue.cards)
    except BaseException:
        store.close()
        raise
    return store


def open_workspace(path: Path, catalogue: CardCatalogue, *, accept_missing_changes: bool = False) -> Workspace:
    """The window's Workspace over the database at *path*, opened as the one writer.

    A file that cannot be written (ReadOnlyDatabase, or FolderNotWritable for an existing file) is
    opened read-only instead, with every page checked: workspace.read_only is then True and every
    write would fail, so the window refuses to edit. *accept_missing_changes*: the person chose to
    open a file whose write-ahead log is lost or not its own as it is.
    """
    from ..store.database import FolderNotWritable, ReadOnlyDatabase
    from .workspace import Workspace

    path = Path(path)
    try:
        store = open_for_writing(path, catalogue, accept_missing_changes=accept_missing_changes)
    except (ReadOnlyDatabase, FolderNotWritable):
        if not path.is_file():
            raise
        from ..store.store import Store

        store = Store(path, read_only=True, read_only_place=True, accept_missing_changes=accept_missing_changes)
    try:
        return Workspace(store, catalogue)
    except BaseException:
        store.close()
        raise


def newest_good_backup(path: Path, skip: frozenset[Path] = frozenset()) -> Path | None:
    """The newest backup of *path* that opens read-only and passes the whole-file check."""
    from ..store.checkup import newest_good_backup as newest

    return newest(Path(path), skip)


def check_database(path: Path) -> DatabaseReport:
    """Check the database at *path* (every page, its version, its write-ahead log, its newest good
    backup) without changing anything. Raises NoDatabase when there is no file."""
    from ..store.checkup import check_database as check

    return check(Path(path))


def backups(path: Path) -> list[Path]:
    """The backups of the database at *path*, newest first: beside it (those taken before an
    upgrade) and in its "<stem> backups" folder (automatic ones and "Back up now")."""
    from ..store.backup import list_backups

    return list_backups(Path(path))


def restore_backup(path: Path, backup: Path) -> Path:
    """Put *backup* in place of the database at *path*; returns where the old file was set aside.

    The backup is checked first (every page, and that it is a meeting database): one that is not
    whole is refused (NotABackup) with nothing changed. Nothing is deleted. If it cannot be done a
    StoreError says why (FolderNotWritable, or a StoreWriteError for a full disk and the like), and
    the database file is where and as it was.
    """
    import sqlite3

    from ..domain.messages import os_reason
    from ..store.backup import restore_backup as restore
    from ..store.backup_check import check_backup_file
    from ..store.database import StoreWriteError, check_folder_writable
    from ..store.write_errors import write_error_code

    path = Path(path)
    check_backup_file(Path(backup))
    check_folder_writable(path)
    try:
        return restore(path, Path(backup))
    except OSError as exc:
        raise StoreWriteError("database.cannot_write_beside", name=path.name, reason=os_reason(exc)) from None
    except sqlite3.Error as exc:
        raise StoreWriteError("database.cannot_write_beside", name=path.name, reason=write_error_code(exc)) from None
