"""Which picture cards a meeting shows in the room, so the screen stays simple.

A meeting shows every category unless it has chosen some; single cards can be hidden too.
"""

from collections.abc import Iterable

from ..domain.models import Card
from ._base import Repository


class MeetingCards(Repository):
    def categories(self, meeting_id: str) -> set[str] | None:
        """The categories the meeting shows, or None for all of them."""
        rows = self.rows("SELECT category FROM meeting_card_categories WHERE meeting_id = ?", (meeting_id,))
        return {r["category"] for r in rows} or None

    def hidden(self, meeting_id: str) -> set[str]:
        rows = self.rows("SELECT card_id FROM meeting_hidden_cards WHERE meeting_id = ?", (meeting_id,))
        return {r["card_id"] for r in rows}

    def choose(self, meeting_id: str, categories: Iterable[str] | None, hidden: Iterable[str] = ()) -> None:
        """Show only *categories* (None: all) and hide the cards in *hidden*."""
        with self.writing():
            self.db.execute("DELETE FROM meeting_card_categories WHERE meeting_id = ?", (meeting_id,))
            self.db.execute("DELETE FROM meeting_hidden_cards WHERE meeting_id = ?", (meeting_id,))
            self.db.conn.executemany(
                "INSERT INTO meeting_card_categories (meeting_id, category) VALUES (?, ?)",
                [(meeting_id, c) for c in sorted(set(categories or ()))],
            )
            self.db.conn.executemany(
                "INSERT INTO meeting_hidden_cards (meeting_id, card_id) VALUES (?, ?)",
                [(meeting_id, c) for c in sorted(set(hidden))],
            )
        self.announce("meeting", "updated", meeting_id, meeting_id)

    def visible(self, meeting_id: str, cards: Iterable[Card]) -> list[Card]:
        """The cards of *cards* this meeting shows, in the order given."""
        categories, hidden = self.categories(meeting_id), self.hidden(meeting_id)
        return [c for c in cards if (categories is None or c.category in categories) and c.id not in hidden]
