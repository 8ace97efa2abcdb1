"""The Store: one open meeting database and its repositories."""

import atexit
import sqlite3
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ._base import Change, _plain_write_error
from .agreements import Agreements
from .cards import Cards
from .consent_events import ConsentRecords
from .contributions import Contributions
from .database import close_database, open_database, open_database_for_reading
from .erasure import Erasure
from .imported_cards import ImportedCards
from .imports import Imports
from .involvement import Involvement
from .meeting_cards import MeetingCards
from .meeting_details import MeetingDetailsRepository
from .meetings import Meetings
from .passes import Passes
from .people import People
from .photos import Photos
from .profiles import Profiles
from .prompts import Prompts
from .retention import Retention
from .search import Search
from .settings import Settings

Listener = Callable[[Change], None]


class Store:
    """Repositories over one database connection. Belongs to the thread that opened it.

    The writer (the default) holds the writer lock, creates the file if *create*, checks it and
    upgrades it. With *read_only* the connection cannot write at all and nothing is upgraded;
    *every_page*, *read_only_place* and *accept_missing_changes* are open_database_for_reading's
    (the last is open_database's too).
    """

    def __init__(
        self,
        path: Path,
        *,
        create: bool = True,
        read_only: bool = False,
        every_page: bool = True,
        read_only_place: bool = False,
        accept_missing_changes: bool | None = None,
    ) -> None:
        self.path = Path(path)
        if read_only:
            self.db = open_database_for_reading(
                self.path,
                every_page=every_page,
                read_only_place=read_only_place,
                accept_missing_changes=accept_missing_changes,
            )
            self._lock = None
        else:
            self.db, self._lock = open_database(
                self.path, create=create, lock=True, accept_missing_changes=bool(accept_missing_changes)
            )
            # A script, or an error that ends the program, without close(): SQLite would then merge
            # and delete the -wal by itself as the connection is freed, leaving the open marker, and
            # the next open would wrongly say that recent changes may be missing. Closed at exit,
            # the marker goes with a complete checkpoint, as after any clean close.
            # (Held weakly: a store dropped without close() is not kept open until the end.)
            self._exit_hook = _close_at_exit(weakref.ref(self))
            atexit.register(self._exit_hook)
        self._closed = False
        self.read_only = read_only
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
        self.agreements = Agreements(self.db, self._notify)
        self.passes = Passes(self.db, self._notify)
        self.meeting_details = MeetingDetailsRepository(self.db, self._notify)
        self.settings = Settings(self.db, self._notify)
        self.search = Search(self.db, self._notify)
        self.involvement = Involvement(self.db, self._notify)
        self.retention = Retention(self.db, self._notify)
        self.consent = ConsentRecords(self.db, self._notify)
        self.erasure = Erasure(self.db, self._notify)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several repository writes into one all-or-nothing transaction.

        Changes announced inside it reach listeners only after the outermost commit, and never if
        it rolls back: a screen must not show what is not yet (or never will be) on disk.
        """
        outermost = not self.db.conn.in_transaction
        try:
            try:
                with self.db.atomic():
                    yield
            except (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError):
                raise  # a broken rule or a mistake in our code, not a failed write
            except sqlite3.DatabaseError as exc:
                # As Repository.writing does: a failed write or commit (disk full, read-only, busy,
                # a file gone bad) becomes the store's write error, which every screen handles.
                raise _plain_write_error(exc) from None
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
        if self._closed:
            return
        self._closed = True
        if not self.read_only:
            atexit.unregister(self._exit_hook)
        if self.read_only:
            self.db.conn.close()
        else:
            close_database(self.db.conn, self.path)  # a full checkpoint first: see close_database
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _close_at_exit(ref: "weakref.ref[Store]") -> Callable[[], None]:
    def close() -> None:
        store = ref()
        if store is None:
            return
        try:
            store.close()
        except Exception:  # at exit, another thread's connection: SQLite frees it
            pass

    return close


def open_store(path: Path, *, create: bool = True, lock: bool = True) -> Store:
    """Open the meeting database at *path* as its one writer. Raises StoreError subclasses.

    lock=False opens it as a reader instead (read-only, never created or upgraded, every page
    checked), as open_store_for_reading does: only a writer holding the lock may change the file.
    """
    if not lock:
        return open_store_for_reading(path)
    return Store(path, create=create)


def open_store_for_reading(path: Path, *, every_page: bool = True, read_only_place: bool = False) -> Store:
    """Open the existing meeting database at *path* read-only. Raises StoreError subclasses.

    A lost or foreign write-ahead log is refused (RecentChangesMissing), as the writer refuses it:
    a reader must not show a file missing its last saved changes as if it were whole, and its
    connection would make an empty log beside the file, hiding the loss from the next writer.
    """
    return Store(
        path, read_only=True, every_page=every_page, read_only_place=read_only_place, accept_missing_changes=False
    )
