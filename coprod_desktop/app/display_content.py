"""What the room display may show, taken from the room session: the one place that decides it.

The room display is projected for everyone in the room, so it shows only the prompt, the people as
each chose to be credited (with their marker), the contributions to this prompt and the one being
written down now. Never a full name against a person's credit choice, never settings, other
meetings, file paths or messages meant for the facilitator. Building the content here, from plain
data, keeps that rule in a Qt-free class a test can check field by field: the display's view draws
a DisplayContent and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.heard import who_was_heard
from ..domain.markers import Marker

if TYPE_CHECKING:
    from .room_session import RoomSession


@dataclass(frozen=True)
class ShownPerson:
    person_id: str
    name: str  # as they chose to be credited
    marker: Marker
    heard: bool  # has spoken (or passed) on this prompt: shown gently, never as "behind"
    speaking: bool


@dataclass(frozen=True)
class ShownContribution:
    contribution_id: str
    name: str
    marker: Marker
    words: str
    card_ids: tuple[str, ...]


@dataclass(frozen=True)
class ShownDraft:
    """The contribution being written down now, so the person sees their words as they are typed."""

    name: str
    marker: Marker
    words: str
    card_ids: tuple[str, ...]


@dataclass(frozen=True)
class DisplayContent:
    prompt_text: str
    prompt_card_id: str | None
    prompt_number: int  # 1-based; 0 when the meeting has no prompts
    prompt_count: int
    people: tuple[ShownPerson, ...]
    contributions: tuple[ShownContribution, ...]  # oldest first
    draft: ShownDraft | None


def display_content(session: RoomSession) -> DisplayContent:
    """What the room display shows for *session* now (an empty room when no meeting is open)."""
    if not session.is_open:
        return DisplayContent("", None, 0, 0, (), (), None)
    attendees = {a.person_id: a for a in session.attendees}
    shown = tuple(
        ShownContribution(c.id, attendees[c.person_id].credited_as, attendees[c.person_id].marker, c.text, c.card_ids)
        for c in session.contributions
        if c.person_id in attendees  # someone removed from the meeting is not named on the wall
    )
    heard = who_was_heard([a.person_id for a in session.attendees], [c.person_id for c in session.contributions])
    people = tuple(
        ShownPerson(
            a.person_id, a.credited_as, a.marker, heard.is_heard(a.person_id), a.person_id == session.speaker_id
        )
        for a in session.attendees
    )
    speaker = session.speaker
    draft = None
    if speaker is not None:
        draft = ShownDraft(speaker.credited_as, speaker.marker, session.words, tuple(session.cards))
    prompt = session.prompt
    return DisplayContent(
        prompt_text=prompt.text if prompt else "",
        prompt_card_id=prompt.card_id if prompt else None,
        prompt_number=session.index + 1 if prompt else 0,
        prompt_count=len(session.prompts),
        people=people,
        contributions=shown,
        draft=draft,
    )
