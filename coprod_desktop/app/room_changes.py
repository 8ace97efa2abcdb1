"""Which parts of a room view a committed change touches: the routing every view of the room shares.

The room session has already taken the change in (see RoomSession.on_change); a view asks
parts_to_redraw() what to draw again, and draws it from the session. Kept apart from the views so
the console and the display route changes the same way, and so the rules are tested without Qt.
"""

from __future__ import annotations

from enum import Flag, auto
from typing import TYPE_CHECKING

from ..domain.changes import Change, ChangeAction, ChangeKind

if TYPE_CHECKING:
    from .room_session import RoomSession


class RoomPart(Flag):
    NOTHING = 0
    TITLE = auto()  # the meeting's title
    PEOPLE = auto()  # the person tiles (names, markers, photos, profile flags)
    PROMPT = auto()  # the prompt, its picture and where we are in the agenda
    CARDS = auto()  # the picture cards offered (a card changed, or which cards the meeting shows)
    WALL = auto()  # the contributions to the current prompt, drawn again
    NEW_CONTRIBUTION = auto()  # one contribution added to the current prompt (item_id): appended
    EVERYTHING = TITLE | PEOPLE | PROMPT | CARDS | WALL


def parts_to_redraw(change: Change, session: RoomSession) -> RoomPart:
    """What *change* means for a view of *session* (after the session has taken it in)."""
    if not session.is_open:
        return RoomPart.NOTHING
    meeting_id = session.meeting.id if session.meeting else None
    ours = change.meeting_id is not None and change.meeting_id == meeting_id
    kind = change.kind
    if kind is ChangeKind.CARD:
        return RoomPart.CARDS  # library cards belong to no meeting: any may be on this screen
    if kind is ChangeKind.MEETING:
        # Its title, language (card words, voices) or the cards it shows.
        return RoomPart.EVERYTHING if ours else RoomPart.NOTHING
    if kind is ChangeKind.ATTENDEE:
        return RoomPart.PEOPLE | RoomPart.WALL if ours else RoomPart.NOTHING  # credits show on the wall
    if kind in (ChangeKind.PERSON, ChangeKind.PROFILE):
        return RoomPart.PEOPLE if session.attendee(change.item_id) is not None else RoomPart.NOTHING
    if kind is ChangeKind.PROMPT:
        return RoomPart.PROMPT | RoomPart.WALL if ours else RoomPart.NOTHING
    if kind is ChangeKind.CONTRIBUTION and ours:
        if change.action is ChangeAction.ADDED:
            return RoomPart.NEW_CONTRIBUTION if session.contribution(change.item_id) else RoomPart.NOTHING
        return RoomPart.WALL
    if kind is ChangeKind.AGREEMENT and ours:
        return RoomPart.WALL  # who agrees shows with each contribution
    if kind is ChangeKind.PASS and ours:
        return RoomPart.PEOPLE  # the tiles say, gently, who has been heard
    return RoomPart.NOTHING
