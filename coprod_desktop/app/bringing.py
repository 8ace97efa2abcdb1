"""Bringing cards in: storing a board or a picture as cards, a person's photo, and saving a
meeting's cards as a board.

Reading and cleaning a file (services.obf.read_board, services.picture_import.load_picture) touch no
database and run off the GUI thread; the operations here store what was read, on the store's own
thread. Cards brought for a meeting are shown in its room in the same transaction, even when the
meeting shows only some groups.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.models import Attendee, Card

# The board and picture services (and Pillow with them) are imported when first used, not when the
# workspace is built: the window appears sooner.
if TYPE_CHECKING:
    from ..services.catalogue import CardCatalogue
    from ..services.images import PreparedImage
    from ..services.obf import BoardImport, ParsedBoards
    from ..store import Store


@dataclass(frozen=True)
class PictureCardDetails:
    """What the facilitator said about a picture: its words, group, who is in it, whose it is."""

    label: str
    category: str
    shows_person_id: str | None  # a photo of this person: needs their photo consent
    author: str = ""
    licence: str = ""


class BringingOperations:
    """Stores what was brought in. Each operation is one transaction, announced after commit."""

    def __init__(self, store: Store, catalogue: CardCatalogue) -> None:
        self._store = store
        self._catalogue = catalogue

    # asking about a picture ---------------------------------------------------------------------
    def people_and_consent(self, meeting_id: str) -> tuple[list[Attendee], dict[str, bool]]:
        """The people in the meeting and whether each has given photo consent (for the question
        "is it a photo of someone here?")."""
        attendees = self._store.people.attendees(meeting_id)
        return attendees, {a.person_id: self._store.photos.consent(a.person_id) for a in attendees}

    def check_photo_consent(self, person_id: str, meeting_id: str | None = None) -> None:
        """Refuse (ValidationError) before any file of theirs is read, unless they consent."""
        from ..services.picture_import import check_photo_consent

        check_photo_consent(self._store, person_id, meeting_id)

    def called(self, person_id: str, meeting_id: str | None = None) -> str:
        """How to name the person in a message (as credited in *meeting_id*)."""
        return self._store.photos.called(person_id, meeting_id)

    def meeting_title(self, meeting_id: str) -> str:
        """The meeting's title (to name a board saved from it); NotFound if it is gone."""
        return self._store.meetings.get(meeting_id).title

    # storing ------------------------------------------------------------------------------------
    def store_board(self, meeting_id: str | None, parsed: ParsedBoards) -> BoardImport:
        """Store boards already read by read_board as cards, all or nothing, and show their groups
        in *meeting_id*'s room."""
        from ..services.obf import store_board

        with self._store.transaction():
            result = store_board(self._store, parsed)
            if meeting_id is not None:
                self._show_in_meeting(meeting_id, result.cards)
        return result

    def store_picture(self, meeting_id: str | None, picture: PreparedImage, details: PictureCardDetails) -> Card:
        """Store a cleaned picture as a card (the same picture again gives back its card).

        A photo of a person is checked against their consent again inside the transaction, so
        consent taken back while the file was read refuses it (ValidationError), storing nothing.
        """
        from ..services.picture_import import add_card_picture

        with self._store.transaction():
            card = add_card_picture(
                self._store,
                picture,
                label=details.label,
                category=details.category,
                shows_person_id=details.shows_person_id,
                meeting_id=meeting_id,
                licence=details.licence,
                author=details.author,
            )
            if meeting_id is not None:
                self._show_in_meeting(meeting_id, [card])
        return card

    def store_person_photo(self, meeting_id: str | None, person_id: str, picture: PreparedImage) -> None:
        """Store (or replace) a person's photo; refused without their consent."""
        with self._store.transaction():
            self._store.photos.set_photo(person_id, picture, meeting_id=meeting_id)

    def _show_in_meeting(self, meeting_id: str, cards: Iterable[Card]) -> None:
        """Cards brought for a meeting show in its room, even if it shows only some groups."""
        chosen = self._store.meeting_cards.categories(meeting_id)
        if chosen is None:
            return  # it shows every group already
        groups = {card.category for card in cards}
        if not groups <= chosen:
            self._store.meeting_cards.choose(meeting_id, chosen | groups, self._store.meeting_cards.hidden(meeting_id))

    # saving a board -----------------------------------------------------------------------------
    def board_writer(self, meeting_id: str, out: Path) -> Callable[[], Path]:
        """A job that saves the meeting's cards as an .obz board at *out* and returns its path.

        Run it off the GUI thread: it opens its own read-only connection (a connection belongs to
        one thread) and touches nothing of this store's.
        """
        db_path, catalogue = self._store.path, self._catalogue

        def write() -> Path:
            from ..services.obf import export_meeting_cards
            from ..store.store import open_store_for_reading

            # Its own read-only connection: it takes no lock and never writes.
            with open_store_for_reading(db_path) as store:
                return export_meeting_cards(store, meeting_id, out, catalogue)

        return write
