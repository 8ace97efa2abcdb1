"""What the room display may show, taken from the room session: the one place that decides it.

The room display is projected for everyone in the room, so it shows only the prompt, the people as
each chose to be credited (with their marker), the contributions to this prompt and the one being
written down now. Never a full name against a person's credit choice, never settings, other
meetings, file paths or messages meant for the facilitator. Building the content here, from plain
data, keeps that rule in a Qt-free class a test can check field by field: the display's view draws
a DisplayContent and nothing else.

How the room took each contribution is shown too: confirmed by the person ("yes, that's right"),
who supported them to make it (a role and the name the supporter gave), and who agrees with it
(people of the meeting, as they chose to be credited). The end-of-meeting review builds the same
content for any prompt (app/meeting_review.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.heard import Heard, who_was_heard
from ..domain.markers import Marker
from ..domain.models import Attendee, Contribution

if TYPE_CHECKING:
    from .room_session import RoomSession


@dataclass(frozen=True)
class ShownPerson:
    person_id: str
    name: str  # as they chose to be credited
    marker: Marker
    heard: bool  # has spoken (or passed) on this prompt: shown gently, never as "behind"
    speaking: bool
    invited: bool = False  # invited to speak next: their tile is outlined and says so in words
    passed: bool = False  # said "not now" on this prompt: counts as heard, never shown as a failure
    queue_place: int = 0  # 0: not asking to speak; 1, 2, ...: their place among those waiting


@dataclass(frozen=True)
class ShownContribution:
    contribution_id: str
    name: str
    marker: Marker
    words: str
    card_ids: tuple[str, ...]
    confirmed: bool = False  # the person said "yes, that's right"
    support_role: str | None = None  # a SupportRole value: who helped them make it, if anyone
    support_name: str = ""  # the supporter's name as they want it shown ('' for the role alone)
    agreed: tuple[tuple[str, Marker], ...] = ()  # people who agree: credited name and marker, in order


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
    read_back: ShownContribution | None = None  # just saved: "yes, that's right" or "change it"?
    correcting_id: str | None = None  # the contribution on the wall being corrected now
    review: bool = False  # built for the end-of-meeting review (no draft, no read-back)
    queue: tuple[ShownPerson, ...] = ()  # people waiting to speak, first asked first


EMPTY = DisplayContent("", None, 0, 0, (), (), None)


class Credits:
    """The meeting's people as the display may name them: credited name and marker, worked out
    once per content rather than once per contribution (a prompt may hold thousands)."""

    def __init__(self, attendees: Iterable[Attendee]) -> None:
        self.by_person: dict[str, tuple[str, Marker]] = {a.person_id: (a.credited_as, a.marker) for a in attendees}

    def contribution(self, c: Contribution) -> ShownContribution | None:
        """*c* as shown, or None for someone no longer in the meeting (not named on the wall)."""
        credit = self.by_person.get(c.person_id)
        if credit is None:
            return None
        support, agreed_by = c.support, c.agreed_by
        return ShownContribution(
            c.id,
            credit[0],
            credit[1],
            c.text,
            c.card_ids,
            c.confirmed_at is not None,
            support.role.value if support else None,
            support.name if support else "",
            tuple(self.by_person[p] for p in agreed_by if p in self.by_person) if agreed_by else (),
        )

    def contributions(self, said: Iterable[Contribution]) -> tuple[ShownContribution, ...]:
        shown = (self.contribution(c) for c in said)
        return tuple(s for s in shown if s is not None)


def shown_people(
    attendees: Sequence[Attendee],
    heard: Heard,
    *,
    speaker_id: str | None = None,
    invited_id: str | None = None,
    queue: Sequence[str] = (),
) -> tuple[ShownPerson, ...]:
    """The people's tiles in order: heard (spoke or passed), passed, speaking, invited, queue place."""
    places = {person_id: n for n, person_id in enumerate(queue, start=1)}
    passed = set(heard.passed)
    return tuple(
        ShownPerson(
            a.person_id,
            a.credited_as,
            a.marker,
            heard.is_heard(a.person_id),
            a.person_id == speaker_id,
            invited=a.person_id == invited_id,
            passed=a.person_id in passed,
            queue_place=places.get(a.person_id, 0),
        )
        for a in attendees
    )


def in_queue_order(people: Sequence[ShownPerson]) -> tuple[ShownPerson, ...]:
    return tuple(sorted((p for p in people if p.queue_place), key=lambda p: p.queue_place))


def display_content(session: RoomSession) -> DisplayContent:
    """What the room display shows for *session* now (an empty room when no meeting is open).

    Reads nothing from the store except, rarely, the contribution being read back when it is not
    among the current prompt's (it was moved): call it once per change, not once per paint.
    """
    if not session.is_open:
        return EMPTY
    credits = Credits(session.attendees)
    shown = credits.contributions(session.contributions)
    heard = who_was_heard(
        [a.person_id for a in session.attendees],
        [c.person_id for c in session.contributions],
        [p.person_id for p in session.passes],
    )
    people = shown_people(
        session.attendees,
        heard,
        speaker_id=session.speaker_id,
        invited_id=session.invited_id,
        queue=[p for p in session.queue if p in credits.by_person],
    )
    speaker = session.speaker
    draft = None
    if speaker is not None:
        draft = ShownDraft(speaker.credited_as, speaker.marker, session.words, tuple(session.cards))
    read_back = None
    # The read-back gives way once the next contribution is being written down (the facilitator
    # moved on without an answer): the room follows what is being said now.
    moved_on = draft is not None and (draft.words.strip() or draft.card_ids)
    if session.awaiting_id is not None and not moved_on:
        awaiting = next((s for s in reversed(shown) if s.contribution_id == session.awaiting_id), None)
        if awaiting is None:
            saved = session.awaiting
            awaiting = credits.contribution(saved) if saved is not None else None
        read_back = awaiting
    prompt = session.prompt
    return DisplayContent(
        prompt_text=prompt.text if prompt else "",
        prompt_card_id=prompt.card_id if prompt else None,
        prompt_number=session.index + 1 if prompt else 0,
        prompt_count=len(session.prompts),
        people=people,
        contributions=shown,
        draft=draft,
        read_back=read_back,
        correcting_id=session.correcting_id,
        queue=in_queue_order(people),
    )
