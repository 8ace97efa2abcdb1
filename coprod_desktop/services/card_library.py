"""Every picture card on this laptop: the built-in catalogue and the cards people brought.

Screens, search and printouts ask the library, so a card someone brought in is found, shown and
printed exactly like a built-in one.
"""

from dataclasses import dataclass
from pathlib import Path

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
        self.refresh()

    def refresh(self) -> None:
        """Re-read the cards people brought (after an import or a removal)."""
        brought = [c for c in self.store.cards.all() if c.id not in self.catalogue]
        self.brought = sorted(brought, key=lambda c: (c.category.casefold(), c.label.casefold()))
        self.cards = [*self.catalogue.cards, *self.brought]
        self._by_id = {c.id: c for c in self.cards}
        groups = dict.fromkeys(c.category for c in self.brought)
        self.categories = [*self.catalogue.categories, *(Category(name, name) for name in groups)]

    def __contains__(self, card_id: object) -> bool:
        return card_id in self._by_id

    def get(self, card_id: str) -> Card:
        try:
            return self._by_id[card_id]
        except KeyError:
            # A card added since the last refresh (e.g. by an import in another window).
            self.refresh()
            if card_id in self._by_id:
                return self._by_id[card_id]
            raise NotFound(f"There is no picture card {card_id!r}.") from None

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
