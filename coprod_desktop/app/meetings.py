"""Meeting details: the list of meetings (and searching what was said in them), creating or
changing one with its speech settings, what its take-home sheets say around what people said, and
the organisation printed as their author."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.models import Meeting, MeetingDetails

if TYPE_CHECKING:
    from ..store import Store
    from ..store.search import SearchHit


class MeetingOperations:
    """Read and write a meeting's details. Each write is one transaction, announced after commit."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def all(self) -> list[Meeting]:
        """Every meeting, the most recent date first."""
        return self._store.meetings.all()

    def search_contributions(self, text: str, limit: int = 200) -> list[SearchHit]:
        """What was said in any meeting that holds every word of *text* (in its words or its cards'
        labels; case and accents ignored, the last word as a prefix), newest meeting first, each
        hit credited as the person chose. Empty text finds nothing; nothing typed raises."""
        return self._store.search.search(text, limit)

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

    def details(self, meeting_id: str) -> MeetingDetails:
        """What the meeting's take-home sheets say around what people said (purpose, decisions,
        what happens next, next meeting, contact, times): empty until set. Raises NotFound."""
        return self._store.meeting_details.get(meeting_id)

    def save_details(self, details: MeetingDetails, *, organisation: str | None = None) -> MeetingDetails:
        """Keep the meeting's details for the take-home sheets, checked and cleaned, and with
        *organisation* (when given) the organisation's name too: one transaction, all or nothing.

        Raises ValidationError (nothing is kept) for a line too long, too many items, a time not
        understood or an end before the start, or an organisation's name too long; NotFound for an
        unknown meeting; StoreWriteError when the file cannot be written. Announces the meeting
        (and the setting) as updated after the commit.
        """
        with self._store.transaction():
            saved = self._store.meeting_details.save(details)
            if organisation is not None:
                self._store.settings.set_organisation(organisation)
            return saved

    def organisation(self) -> str:
        """The organisation's name, printed as the author of every document ('' when not set).
        It belongs to the database (the laptop), not to one meeting."""
        return self._store.settings.organisation()

    def set_organisation(self, name: str) -> str:
        """Set the organisation's name (plain, one line), as kept. Raises ValidationError (nothing
        changes) when it is too long; announces the setting after the commit."""
        with self._store.transaction():
            return self._store.settings.set_organisation(name)
