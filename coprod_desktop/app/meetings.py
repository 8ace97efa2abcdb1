"""Meeting details: the list of meetings, and creating or changing one with its speech settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.models import Meeting

if TYPE_CHECKING:
    from ..store import Store


class MeetingOperations:
    """Read and write a meeting's details. Each write is one transaction, announced after commit."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def all(self) -> list[Meeting]:
        """Every meeting, the most recent date first."""
        return self._store.meetings.all()

    def get(self, meeting_id: str) -> Meeting:
        """The meeting with *meeting_id*; raises NotFound."""
        return self._store.meetings.get(meeting_id)

    def create(self, title: str, date: str, place: str, *, language: str, rate: int, volume: float) -> Meeting:
        """Create a meeting with its reading language, speed and volume, all or nothing.

        Raises ValidationError (nothing is created) for an empty title, a bad date or bad speech
        settings; StoreWriteError when the file cannot be written.
        """
        with self._store.transaction():
            meeting = self._store.meetings.create(title, date, place)
            return self._store.meetings.set_speech(meeting.id, language, rate, volume)

    def update(
        self, meeting_id: str, title: str, date: str, place: str, *, language: str, rate: int, volume: float
    ) -> Meeting:
        """Change a meeting's details and speech settings together, all or nothing."""
        with self._store.transaction():
            self._store.meetings.update(meeting_id, title, date, place)
            return self._store.meetings.set_speech(meeting_id, language, rate, volume)
