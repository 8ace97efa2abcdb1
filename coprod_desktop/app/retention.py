"""How long meetings are kept, and cleaning up the ones past it: the period (a setting of the
database, so the window and the command line agree), the meetings past it at a date, and deleting
the ones chosen so that their words are gone from the file. Qt-free.

Nothing is deleted by the period alone: it lists meetings, and the facilitator chooses. The window
and the command line make a checked backup first (app/backups.py), which keeps the data until the
backup rotation lets it go. People are never deleted here: their consent history and profile are
their own. How many are left with no meeting is reported, so they can be erased from "People on
this laptop" if wanted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..domain.errors import NotFound
from ..domain.retention import CHOICES, is_past

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["CHOICES", "CleanUpResult", "PastMeeting", "RetentionOperations"]


@dataclass(frozen=True)
class PastMeeting:
    """A meeting past the period: its id, title, ISO date and how many contributions it holds."""

    id: str
    title: str
    date: str
    contributions: int


@dataclass(frozen=True)
class CleanUpResult:
    """What a clean-up deleted, and how many people it left taking part in no meeting."""

    meetings: int
    contributions: int
    people_without_meetings: int


class RetentionOperations:
    """The period meetings are kept for, and the clean-up. Each write is one transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def period(self) -> int | None:
        """Months meetings are kept for; None (the default): until someone deletes them."""
        return self._store.settings.retention_months()

    def set_period(self, months: int | None) -> int | None:
        """Keep meetings for *months* (None: until deleted), as kept. Raises ValidationError
        "retention.months_invalid" (nothing changes); announces the setting after the commit."""
        with self._store.transaction():
            return self._store.settings.set_retention_months(months)

    def meetings_past(self, today: date, months: int | None = None) -> list[PastMeeting]:
        """The meetings past the period at *today* (oldest first), each with its contributions
        counted. *months* overrides the kept period (the command line's --older-than-months);
        with no period nothing is listed."""
        months = self.period() if months is None else months
        if months is None:
            return []
        counts = self._store.retention.contribution_counts()
        past = [
            PastMeeting(m.id, m.title, m.date, counts.get(m.id, 0))
            for m in self._store.meetings.all()
            if is_past(m.date, months, today)
        ]
        return sorted(past, key=lambda m: m.date)

    def clean_up(self, meeting_ids: list[str]) -> CleanUpResult:
        """Delete the meetings *meeting_ids* (with their prompts, attendance and contributions) in
        one transaction, then merge the search index and checkpoint the log, so that their words
        are in neither the database file nor its -wal file (secure_delete zeroes freed pages).

        Raises NotFound "meeting.missing" for an id that is not a meeting: then nothing is deleted.
        Announces each meeting as removed after the commit. People are kept.
        """
        ids = list(dict.fromkeys(meeting_ids))  # each once, in order
        for meeting_id in ids:
            if not self._store.meetings.exists(meeting_id):
                raise NotFound("meeting.missing", id=meeting_id)
        if not ids:
            return CleanUpResult(0, 0, 0)
        counts = self._store.retention.contribution_counts()
        contributions = sum(counts.get(meeting_id, 0) for meeting_id in ids)
        took_part = self._store.retention.people_in(ids)
        with self._store.transaction():
            for meeting_id in ids:
                self._store.meetings.delete(meeting_id)
        left = self._store.retention.without_meetings(took_part)
        # After the commit: the deletes' own triggers merge the index too, but one more merge
        # costs a few milliseconds and does not depend on them; the checkpoint then empties the log.
        self._store.retention.merge_search_index()
        self._store.retention.erase_checkpoint()
        return CleanUpResult(len(ids), contributions, len(left))
