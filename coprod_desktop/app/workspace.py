"""One open meeting database and the use cases over it: what the ui is handed.

The composition root opens the store (app.opening) and wraps it in a Workspace; windows get the
Workspace (or only the part of it they need) and never the store itself. Every write goes through
one of the operations here, which owns its transaction; what changed reaches every screen as a
typed Change (domain.changes) through subscribe(), after the commit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.changes import Change

if TYPE_CHECKING:
    from ..services.catalogue import CardCatalogue
    from ..store import Store


class Workspace:
    """The use cases of one open meeting database. Belongs to the thread that opened it."""

    def __init__(self, store: Store, catalogue: CardCatalogue) -> None:
        from ..services.card_library import CardLibrary

        self._store = store
        self.catalogue = catalogue
        self.library = CardLibrary(store, catalogue)
        # Set-up: meeting details, people and consent, prompts, the cards a meeting shows, and
        # bringing cards in. The library reads the cards again after any card change (subscribed
        # first, so it is current before any screen redraws).
        from .bringing import BringingOperations
        from .consent import ConsentOperations
        from .involvement import InvolvementOperations
        from .meeting_cards import MeetingCardOperations
        from .meeting_import import MeetingImportOperations
        from .meetings import MeetingOperations
        from .people import PeopleOperations, ProfileOperations
        from .photos import PhotoOperations
        from .prompts import PromptOperations
        from .retention import RetentionOperations

        store.subscribe(self.library.on_change)
        self.meetings = MeetingOperations(store)
        self.people = PeopleOperations(store)
        self.profiles = ProfileOperations(store)
        self.photos = PhotoOperations(store)
        self.consent = ConsentOperations(store)
        self.prompts = PromptOperations(store)
        self.meeting_cards = MeetingCardOperations(store)
        self.bringing = BringingOperations(store, catalogue)
        self.meeting_import = MeetingImportOperations(store)  # meetings exported on another laptop
        self.involvement = InvolvementOperations(store)  # roles, time given, recognition, expenses
        self.retention = RetentionOperations(store)  # how long meetings are kept, and cleaning up
        from .erasure import ErasureOperations
        from .person_record import PersonRecordOperations

        self.person_records = PersonRecordOperations(store, catalogue)  # everyone here, and saving one's record
        self.erasure = ErasureOperations(store)  # erasing or anonymising a person

        # The room: one session, shared by every view of the room (console and display). Made
        # here, before any view subscribes, so it has taken each change in before they redraw.
        from .room_session import RoomSession

        self.room = RoomSession(store, self.library)

        # Printing and exporting: file names to suggest, and jobs to run off the GUI thread.
        from .documents import DocumentJobs

        self.documents = DocumentJobs(store, catalogue)

    @property
    def path(self) -> Path:
        """The database file (background jobs open their own read-only connection to it)."""
        return self._store.path

    @property
    def read_only(self) -> bool:
        """True when the file can only be read (app.opening.open_workspace): every write would fail."""
        return self._store.read_only

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        """Call *listener* with each Change, after it is committed."""
        self._store.subscribe(listener)

    def close(self) -> None:
        self._store.close()
