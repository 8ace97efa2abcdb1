"""The Store: one open meeting database and its repositories."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ._base import Change
from .cards import Cards
from .contributions import Contributions
from .database import open_database
from .imported_cards import ImportedCards
from .imports import Imports
from .meeting_cards import MeetingCards
from .meetings import Meetings
from .people import People
from .photos import Photos
from .profiles import Profiles
from .prompts import Prompts

Listener = Callable[[Change], None]


class Store:
    """Repositories over one database connection. Belongs to the thread that opened it."""

    def __init__(self, path: Path, *, create: bool = True, lock: bool = True) -> None:
        self.path = Path(path)
        self.db, self._lock = open_database(self.path, create=create, lock=lock)
        self._listeners: list[Listener] = []
        self._pending: list[Change] = []
        self.meetings = Meetings(self.db, self._notify)
        self.people = People(self.db, self._notify)
        self.prompts = Prompts(self.db, self._notify)
        self.cards = Cards(self.db, self._notify)
        self.contributions = Contributions(self.db, self._notify)
        self.imports = Imports(self.db, self._notify)
        self.imported_cards = ImportedCards(self.db, self._notify)
        self.meeting_cards = MeetingCards(self.db, self._notify)
        self.photos = Photos(self.db, self._notify)
        self.profiles = Profiles(self.db, self._notify)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several repository writes into one all-or-nothing transaction.

        Changes announced inside it reach listeners only after the outermost commit, and never if
        it rolls back: a screen must not show what is not yet (or never will be) on disk.
        """
        outermost = not self.db.conn.in_transaction
        try:
            with self.db.atomic():
                yield
        except BaseException:
            if outermost:
                self._pending.clear()
            raise
        if outermost:
            pending, self._pending = self._pending, []
            for change in pending:
                self._send(change)

    def subscribe(self, listener: Listener) -> None:
        """Call *listener* with each Change after it is committed."""
        self._listeners.append(listener)

    def _notify(self, change: Change) -> None:
        if self.db.conn.in_transaction:
            self._pending.append(change)  # inside transaction(): sent after its commit
        else:
            self._send(change)

    def _send(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def close(self) -> None:
        self.db.conn.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: Path, *, create: bool = True, lock: bool = True) -> Store:
    """Open the meeting database at *path*. Raises StoreError subclasses with plain messages."""
    return Store(path, create=create, lock=lock)
