"""The composition root's Qt-free half: opening the store the way every entry point needs it.

The window (ui/app.py) and the headless commands (cli.py) both come through here, so the rules
for which database, whether to create it and when to refresh the built-in cards live in one place.
"""

from pathlib import Path

from .services.catalogue import load_catalogue
from .store import Store, open_store
from .store.location import default_database_path


def database_path(db: str | Path | None) -> Path:
    """--db if given, else COPROD_DB, else the per-user default."""
    return Path(db).expanduser() if db else default_database_path()


def open_for_reading(path: Path) -> Store:
    """Open an existing database without taking the writer lock (never creates one)."""
    return open_store(path, create=False, lock=False)


def open_for_writing(path: Path) -> Store:
    """Open (creating if needed) with the writer lock, and bring the built-in cards up to date."""
    store = open_store(path, create=True, lock=True)
    try:
        store.cards.sync(load_catalogue().cards)
    except BaseException:
        store.close()
        raise
    return store
