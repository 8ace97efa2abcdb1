"""Meetings: title, date, place, and the language and speech defaults."""

from dataclasses import replace

from ..domain.dates import parse_meeting_date
from ..domain.errors import NotFound
from ..domain.ids import new_id, utc_now
from ..domain.models import Meeting
from ..domain.speech import check_language, check_rate, check_volume
from ..domain.text import PLACE_MAX, TITLE_MAX, optional_text, required_text
from ._base import Repository

_FIELDS = ("id", "title", "date", "place", "created_at", "updated_at", "language", "speech_rate", "speech_volume")


def _meeting(row: dict) -> Meeting:
    return Meeting(**{k: row[k] for k in _FIELDS})


class Meetings(Repository):
    def create(self, title: str, date: str, place: str = "") -> Meeting:
        """Create a meeting. Raises ValidationError for an empty title or a bad date."""
        now = utc_now()
        meeting = Meeting(
            id=new_id(),
            title=required_text(title, field="meeting.title", limit=TITLE_MAX),
            date=parse_meeting_date(date),
            place=optional_text(place, field="meeting.place", limit=PLACE_MAX),
            created_at=now,
            updated_at=now,
        )
        with self.writing():
            self.db["meetings"].insert(meeting.__dict__)
        self.announce("meeting", "added", meeting.id, meeting.id)
        return meeting

    def update(self, meeting_id: str, title: str, date: str, place: str = "") -> Meeting:
        """Change a meeting's title, date and place."""
        meeting = replace(
            self.get(meeting_id),
            title=required_text(title, field="meeting.title", limit=TITLE_MAX),
            date=parse_meeting_date(date),
            place=optional_text(place, field="meeting.place", limit=PLACE_MAX),
            updated_at=utc_now(),
        )
        with self.writing():
            self.db["meetings"].update(meeting_id, meeting.__dict__)
        self.announce("meeting", "updated", meeting.id, meeting.id)
        return meeting

    def set_speech(self, meeting_id: str, language: str, rate: int, volume: float) -> Meeting:
        """Set the meeting's language and default reading speed and volume."""
        old = self.get(meeting_id)
        values = {
            "language": check_language(language),
            "speech_rate": check_rate(rate),
            "speech_volume": check_volume(volume),
        }
        with self.writing():
            self.db["meetings"].update(meeting_id, {**values, "updated_at": utc_now()})
        self.announce("meeting", "updated", old.id, old.id)
        return self.get(meeting_id)

    def get(self, meeting_id: str) -> Meeting:
        """The meeting with *meeting_id*; raises NotFound."""
        rows = self.rows("SELECT * FROM meetings WHERE id = ?", (meeting_id,))
        if not rows:
            raise NotFound("meeting.missing", id=meeting_id)
        return _meeting(rows[0])

    def exists(self, meeting_id: str) -> bool:
        return bool(self.rows("SELECT 1 AS x FROM meetings WHERE id = ?", (meeting_id,)))

    def all(self) -> list[Meeting]:
        """All meetings, the most recent date first."""
        return [_meeting(r) for r in self.rows("SELECT * FROM meetings ORDER BY date DESC, created_at DESC")]

    def delete(self, meeting_id: str) -> None:
        """Delete a meeting with its prompts, attendance and contributions. People are kept."""
        self.get(meeting_id)
        with self.writing():
            self.db.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
        self.announce("meeting", "removed", meeting_id, meeting_id)
