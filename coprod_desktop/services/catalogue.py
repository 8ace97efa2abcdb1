"""The built-in picture-card catalogue.

assets/cards/catalogue.json lists every card: stable id, English label, other words people use for
it (synonyms, for search and words-to-cards), category, the OpenMoji code point it is drawn from,
and its licence and author. Each card has an SVG (crisp at any size on screen) and a 512 px PNG
rendered from it (reportlab cannot draw SVG; 512 px prints at over 400 dpi at the 3 cm size the
summary uses). Ids never change once shipped: meetings refer to them.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..domain.errors import NotFound
from ..domain.models import Card
from .assets import assets_dir

OPENMOJI_ATTRIBUTION = (
    "Picture cards: OpenMoji – the open-source emoji and icon project (openmoji.org). Licence: CC BY-SA 4.0."
)


@dataclass(frozen=True)
class Category:
    id: str
    label: str


class CardCatalogue:
    """The cards that ship with the app, in catalogue order, with their image files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        data = json.loads((folder / "catalogue.json").read_text(encoding="utf-8"))
        self.categories = [Category(c["id"], c["label"]) for c in data["categories"]]
        self.cards = [
            Card(
                id=c["id"],
                label=c["label"],
                category=c["category"],
                image=c["image"],
                licence=c["licence"],
                author=c["author"],
                source=c["source"],
                synonyms=tuple(c.get("synonyms", ())),
            )
            for c in data["cards"]
        ]
        self._by_id = {card.id: card for card in self.cards}

    def get(self, card_id: str) -> Card:
        try:
            return self._by_id[card_id]
        except KeyError:
            raise NotFound("card.missing", card=card_id) from None

    def __contains__(self, card_id: object) -> bool:
        return card_id in self._by_id

    def in_category(self, category_id: str) -> list[Card]:
        return [c for c in self.cards if c.category == category_id]

    def svg_path(self, card_id: str) -> Path:
        """The SVG drawing of the card, for the screen."""
        return self.folder / self.get(card_id).image

    def png_path(self, card_id: str) -> Path:
        """The 512 px PNG of the card, for print."""
        return self.folder / "png" / f"{card_id}.png"

    def attribution(self, card_ids: list[str] | None = None) -> list[str]:
        """Attribution lines for the given cards (all cards if None), one per distinct author/licence."""
        cards = self.cards if card_ids is None else [self._by_id[i] for i in card_ids if i in self._by_id]
        lines = []
        for card in cards:
            line = OPENMOJI_ATTRIBUTION if card.source == "openmoji" else f"{card.author}. Licence: {card.licence}."
            if line not in lines:
                lines.append(line)
        return lines


@cache
def load_catalogue() -> CardCatalogue:
    """The built-in catalogue (read once per process)."""
    return CardCatalogue(assets_dir() / "cards")
