"""A meeting's details for the take-home sheets: purpose, decisions, what happens next, the next
meeting, who to contact, and when it started and ended."""

import json

from ..domain.errors import NotFound
from ..domain.ids import utc_now
from ..domain.meeting_details import check_details
from ..domain.models import MeetingDetails
from ._base import Repository


class MeetingDetailsRepository(Repository):
    def get(self, meeting_id: str) -> MeetingDetails:
        """The details of *meeting_id*: empty details when none were set. Raises NotFound for an
        unknown meeting (through the meetings table, so a typo is not read as 'nothing set')."""
        rows = self.rows("SELECT * FROM meeting_details WHERE meeting_id = ?", (meeting_id,))
        if not rows:
            if not self.rows("SELECT 1 AS x FROM meetings WHERE id = ?", (meeting_id,)):
                raise NotFound("meeting.missing", id=meeting_id)
            return MeetingDetails(meeting_id=meeting_id)
        row = rows[0]
        return MeetingDetails(
            meeting_id=meeting_id,
            purpose=row["purpose"],
            decisions=tuple(json.loads(row["decisions"])),
            next_steps=tuple(json.loads(row["next_steps"])),
            next_meeting=row["next_meeting"],
            contact=row["contact"],
            starts_at=row["starts_at"],
            ends_at=row["ends_at"],
        )

    def save(self, details: MeetingDetails) -> MeetingDetails:
        """Keep *details* (checked first: ValidationError leaves what was kept as it was)."""
        checked = check_details(details)
        self.get(checked.meeting_id)  # NotFound for an unknown meeting
        row = {
            "meeting_id": checked.meeting_id,
            "purpose": checked.purpose,
            "decisions": json.dumps(list(checked.decisions), ensure_ascii=False),
            "next_steps": json.dumps(list(checked.next_steps), ensure_ascii=False),
            "next_meeting": checked.next_meeting,
            "contact": checked.contact,
            "starts_at": checked.starts_at,
            "ends_at": checked.ends_at,
            "updated_at": utc_now(),
        }
        with self.writing():
            self.db["meeting_details"].upsert(row, pk="meeting_id")
        self.announce("meeting", "updated", checked.meeting_id, checked.meeting_id)
        return checked
