"""What every repository shares: the database, change notification and safe writes."""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from ..domain.changes import Change, ChangeAction, ChangeKind
from .database import StoreWriteError
from .write_errors import write_error_code


def _plain_write_error(exc: sqlite3.Error) -> StoreWriteError:
    """The store's write error for a failed SQLite write: a code, never SQLite's own words."""
    return StoreWriteError(write_error_code(exc))


class Repository:
    def __init__(self, db: Database, notify: Callable[[Change], None]) -> None:
        self.db = db
        self._notify = notify

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One transaction. Commits on success; on failure rolls back and raises StoreWriteError."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.IntegrityError:
            raise
        except sqlite3.OperationalError as exc:
            raise _plain_write_error(exc) from None

    def announce(
        self, kind: ChangeKind | str, action: ChangeAction | str, meeting_id: str | None, item_id: str
    ) -> Change:
        change = Change(kind, action, meeting_id, item_id)
        self._notify(change)
        return change

    def erase_checkpoint(self) -> None:
        """After erasing someone's data: copy the WAL into the main file and empty it.

        With secure_delete the main file's pages are zeroed, but the WAL still holds earlier copies
        of them until a checkpoint; TRUNCATE leaves no old frames behind.
        """
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def rows(self, sql: str, params: tuple = ()) -> list[dict]:
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
