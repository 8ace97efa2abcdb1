"""The composition root's Qt-free half: opening the store the way every entry point needs it.

The window (ui/app.py) and the headless commands (cli.py) both come through here, so the rules
for which database, whether to create it and when to refresh the built-in cards live in one place.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import Store

# The store (and sqlite-utils with it, about 80 ms of imports) is imported when a database is
# opened, not when this module is: the window can then appear before the database work starts.

ENV_VAR = "COPROD_DB"


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
    """Open an existing database without taking the writer lock (never creates one)."""
    from .store import open_store

    return open_store(path, create=False, lock=False)


def open_for_writing(path: Path) -> Store:
    """Open (creating if needed) with the writer lock, and bring the built-in cards up to date."""
    from .services.catalogue import load_catalogue
    from .store import open_store

    store = open_store(path, create=True, lock=True)
    try:
        store.cards.sync(load_catalogue().cards)
    except BaseException:
        store.close()
        raise
    return store
