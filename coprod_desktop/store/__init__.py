"""SQLite persistence through sqlite-utils. Imports the domain only: never Qt."""

from .database import (
    DamagedDatabase,
    DatabaseInUse,
    NewerDatabase,
    NoDatabase,
    NotAMeetingDatabase,
    StoreError,
    StoreWriteError,
)
from .store import Change, Store, open_store

__all__ = [
    "Change",
    "DamagedDatabase",
    "DatabaseInUse",
    "NewerDatabase",
    "NoDatabase",
    "NotAMeetingDatabase",
    "Store",
    "StoreError",
    "StoreWriteError",
    "open_store",
]
