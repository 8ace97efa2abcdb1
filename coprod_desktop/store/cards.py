"""Picture cards known to this database. The built-in catalogue is synced in at start-up."""

from collections.abc import Iterable

from ..domain.errors import NotFound
from ..domain.models import Card
from ._base import Repository

_FIELDS = ("id", "label", "category", "image", "licence", "author", "source")


def _card(row: dict) -> Card:
    synonyms = tuple(s for s in row["synonyms"].split("\n") if s)
    return Card(**{k: row[k] for k in _FIELDS}, synonyms=synonyms)


def card_row(card: Card) -> dict:
    """The cards-table row for *card* (synonyms one per line)."""
    return {**{k: getattr(card, k) for k in _FIELDS}, "synonyms": "\n".join(card.synonyms)}


class Cards(Repository):
    def sync(self, cards: Iterable[Card]) -> int:
        """Insert or refresh the given cards (the built-in catalogue). Returns how many changed."""
        wanted = {c.id: c for c in cards}
        have = {c.id: c for c in self.all()}
        changed = [c for c in wanted.values() if have.get(c.id) != c]
        if changed:
            with self.writing():
                self.db["cards"].upsert_all([card_row(c) for c in changed], pk="id")
        return len(changed)

    def all(self) -> list[Card]:
        return [_card(r) for r in self.rows("SELECT * FROM cards ORDER BY category, label")]

    def get(self, card_id: str) -> Card:
        rows = self.rows("SELECT * FROM cards WHERE id = ?", (card_id,))
        if not rows:
            raise NotFound("card.missing", card=card_id)
        return _card(rows[0])

    def known_ids(self, card_ids: Iterable[str]) -> set[str]:
        ids = list(dict.fromkeys(card_ids))
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        return {r["id"] for r in self.rows(f"SELECT id FROM cards WHERE id IN ({marks})", tuple(ids))}
