"""Every picture card on this laptop: the built-in catalogue and the cards people brought.

Screens, search and printouts ask the library, so a card someone brought in is found, shown and
printed exactly like a built-in one. The library keeps itself current from the change stream:
on_change (subscribed by the workspace) marks it out of date when a card changes, and it reads the
cards again the next time it is asked, once however many cards a board brought.
"""

from dataclasses import dataclass
from pathlib import Path

from ..domain.changes import Change, ChangeKind
from ..domain.errors import NotFound
from ..domain.models import Card
from ..store import Store
from .catalogue import CardCatalogue, Category


@dataclass(frozen=True)
class Picture:
    """Where a card's picture is: an SVG file (built-in) or stored bytes (brought in)."""

    svg: Path | None = None
    data: bytes | None = None
    media_type: str = ""


class CardLibrary:
    def __init__(self, store: Store, catalogue: CardCatalogue) -> None:
        self.store = store
        self.catalogue = catalogue
        self.reads = 0  # how many times the brought cards were read (tests check it is once per change)
        self._stale = True

    def on_change(self, change: Change) -> None:
        """A committed change: after any change to a card, read the cards again when next asked."""
        if change.kind == ChangeKind.CARD:
            self._stale = True

    def refresh(self) -> None:
        """Read the cards people brought now (the change stream normally does this: see on_change)."""
        brought = [c for c in self.store.cards.all() if c.id not in self.catalogue]
        self._brought = sorted(brought, key=lambda c: (c.category.casefold(), c.label.casefold()))
        self._cards = [*self.catalogue.cards, *self._brought]
        self._by_id = {c.id: c for c in self._cards}
        groups = dict.fromkeys(c.category for c in self._brought)
        self._categories = [*self.catalogue.categories, *(Category(name, name) for name in groups)]
        self._stale = False
        self.reads += 1

    def _current(self) -> None:
        if self._stale:
            self.refresh()

    @property
    def brought(self) -> list[Card]:
        """The cards people brought, by group and then by words."""
        self._current()
        return self._brought

    @property
    def cards(self) -> list[Card]:
        """Every card: the built-in ones first, then the brought ones."""
        self._current()
        return self._cards

    @property
    def categories(self) -> list[Category]:
        self._current()
        return self._categories

    def __contains__(self, card_id: object) -> bool:
        self._current()
        return card_id in self._by_id

    def get(self, card_id: str) -> Card:
        self._current()
        try:
            return self._by_id[card_id]
        except KeyError:
            raise NotFound("card.missing", card=card_id) from None

    def in_category(self, category: str) -> list[Card]:
        return [c for c in self.cards if c.category == category]

    def picture(self, card_id: str) -> Picture:
        if card_id in self.catalogue:
            return Picture(svg=self.catalogue.svg_path(card_id))
        data, media_type = self.store.imported_cards.picture(card_id)
        return Picture(data=data, media_type=media_type)

    def for_meeting(self, meeting_id: str) -> list[Card]:
        """The cards the meeting chose to show in the room."""
        return self.store.meeting_cards.visible(meeting_id, self.cards)
