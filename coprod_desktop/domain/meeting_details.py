"""Checking a meeting's details (purpose, decisions, what happens next, next meeting, contact, times)
before they are kept: each is short, plain text, and the times make sense.

The details are printed on every take-home sheet, so they are held to Easy Read lengths: a line
that does not fit a sheet's row is refused with a plain message rather than cut short in print.
"""

import re

from .errors import ValidationError
from .models import MeetingDetails
from .text import clean_text, optional_text

LINE_MAX = 200  # one short sentence: purpose, next meeting, contact, each decision or next step
ITEMS_MAX = 12  # a list longer than this is no longer Easy Read
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


def check_details(details: MeetingDetails) -> MeetingDetails:
    """*details* cleaned (spaces trimmed, empty items dropped), or ValidationError with a plain code."""
    starts, ends = check_time(details.starts_at, "starts"), check_time(details.ends_at, "ends")
    if starts and ends and ends <= starts:
        raise ValidationError("meeting.times_backwards", starts=starts, ends=ends)
    return MeetingDetails(
        meeting_id=details.meeting_id,
        purpose=optional_text(details.purpose, field="meeting.purpose", limit=LINE_MAX),
        decisions=_items(details.decisions, "meeting.decision"),
        next_steps=_items(details.next_steps, "meeting.next_step"),
        next_meeting=optional_text(details.next_meeting, field="meeting.next_meeting", limit=LINE_MAX),
        contact=optional_text(details.contact, field="meeting.contact", limit=LINE_MAX),
        starts_at=starts,
        ends_at=ends,
    )


def check_time(value: str, which: str) -> str:
    """A time of day typed as "14:00", "9:30" or "14.00", as "HH:MM"; '' when empty.

    Raises ValidationError "meeting.time_not_understood" (params value) otherwise.
    """
    text = clean_text(value or "")
    if not text:
        return ""
    match = _TIME.match(text)
    if match is None:
        raise ValidationError("meeting.time_not_understood", value=text, which=which)
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def lines_of(text: str) -> tuple[str, ...]:
    """The non-empty lines of a box where each line is one item."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _items(items: tuple[str, ...], field: str) -> tuple[str, ...]:
    kept = tuple(optional_text(item, field=field, limit=LINE_MAX) for item in items)
    kept = tuple(item for item in kept if item)
    if len(kept) > ITEMS_MAX:
        raise ValidationError(f"{field}s_too_many", count=len(kept), limit=ITEMS_MAX)
    return kept
