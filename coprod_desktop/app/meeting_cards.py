"""Which picture cards a meeting shows in the room, and removing a card someone brought."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store import Store


class MeetingCardOperations:
    """Each write is one transaction, announced after commit (MEETING for a choice, CARD for a removal)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def categories(self, meeting_id: str) -> set[str] | None:
        """The groups the meeting shows, or None for all of them."""
        return self._store.meeting_cards.categories(meeting_id)

    def hidden(self, meeting_id: str) -> set[str]:
        """The single cards the meeting hides."""
        return self._store.meeting_cards.hidden(meeting_id)

    def choose(self, meeting_id: str, categories: Iterable[str] | None, hidden: Iterable[str] = ()) -> None:
        """Show only *categories* (None: every group) and hide the cards in *hidden*."""
        with self._store.transaction():
            self._store.meetings.get(meeting_id)  # NotFound rather than rows for no meeting
            self._store.meeting_cards.choose(meeting_id, categories, hidden)

    def remove_brought(self, card_id: str) -> None:
        """Remove a card someone brought; refused (ValidationError) while a meeting uses it,
        NotFound for a built-in card."""
        with self._store.transaction():
            self._store.imported_cards.remove(card_id)
