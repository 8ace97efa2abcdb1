"""Opening the meeting database, the way every entry point needs it: the window, its background
jobs and the command line.

- open_workspace / open_for_writing: the one writer. It takes the writer lock, checks every page
  of the file, backs up and upgrades an older schema, and brings the built-in cards up to date.
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
    from ..store.database import (
        DamagedDatabase,
        DatabaseInUse,
        FolderNotWritable,
        NewerDatabase,
        NoDatabase,
        NotAMeetingDatabase,
        OlderDatabase,
        StoreError,
        StoreWriteError,
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
    "Store",
    "StoreError",
    "StoreWriteError",
    "backups",
    "database_path",
    "default_database_path",
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
        "StoreError",
        "StoreWriteError",
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
    """Open an existing database read-only, checking every page. Never creates, locks or upgrades."""
    from ..store.store import open_store_for_reading

    return open_store_for_reading(Path(path), every_page=True)


def open_for_job(path: Path) -> Store:
    """A background job's own read-only connection to the database the window has open.

    Checks that the file is ours and of the current schema, but not every page: the window's
    writer did that when it opened the file (once per open, not once per job).
    """
    from ..store.store import open_store_for_reading

    return open_store_for_reading(Path(path), every_page=False)


def open_for_writing(path: Path, catalogue: CardCatalogue | None = None) -> Store:
    """Open (creating if needed) as the one writer, and bring the built-in cards up to date.

    *catalogue* is the built-in catalogue (loaded here when not given).
    """
    from ..store import open_store

    if catalogue is None:
        from ..services.catalogue import load_catalogue

        catalogue = load_catalogue()
    store = open_store(Path(path), create=True)
    try:
        store.cards.sync(catalogue.cards)
    except BaseException:
        store.close()
        raise
    return store


def open_workspace(path: Path, catalogue: CardCatalogue) -> Workspace:
    """The window's Workspace over the database at *path*, opened as the one writer."""
    from .workspace import Workspace

    store = open_for_writing(path, catalogue)
    try:
        return Workspace(store, catalogue)
    except BaseException:
        store.close()
        raise


def backups(path: Path) -> list[Path]:
    """The backups of the database at *path* found beside it, newest first."""
    from ..store.backup import list_backups

    return list_backups(Path(path))


def restore_backup(path: Path, backup: Path) -> Path:
    """Put *backup* in place of the database at *path*; returns where the old file was set aside.

    Nothing is deleted. If it cannot be done a StoreError says why (FolderNotWritable, or a
    StoreWriteError for a full disk and the like), and the database file is where and as it was.
    """
    import sqlite3

    from ..domain.messages import os_reason
    from ..store.backup import restore_backup as restore
    from ..store.database import StoreWriteError, check_folder_writable
    from ..store.write_errors import write_error_code

    path = Path(path)
    check_folder_writable(path)
    try:
        return restore(path, Path(backup))
    except OSError as exc:
        raise StoreWriteError("database.cannot_write_beside", name=path.name, reason=os_reason(exc)) from None
    except sqlite3.Error as exc:
        raise StoreWriteError("database.cannot_write_beside", name=path.name, reason=write_error_code(exc)) from None
