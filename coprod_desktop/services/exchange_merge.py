"""Comparing a meeting export with the same meeting on this laptop: what differs, row by row.

Rows are matched by id. A row in the file that is also here but says something different is a
Conflict: the meeting's title, date, place or language; a prompt's words, picture or place in the
agenda; a contribution's words, cards or confirmation; how a person is credited. The person
importing chooses, per conflict, to keep this laptop's version (KEEP_MINE, also what happens when
nobody chooses) or to take the file's (TAKE_THEIRS). Nothing here writes.

Withdrawing is never a conflict: a contribution withdrawn on either side stays withdrawn. One
withdrawn in the file is withdrawn here too (withdrawn_here); one withdrawn here is never given the
file's words, and is not offered as a choice.
"""

from dataclasses import dataclass
from enum import StrEnum

from ..domain.models import Attendee, Contribution, Prompt
from ..store import Store
from .exchange_format import ExportedPerson, MeetingExport

SUMMARY_MAX = 120  # characters of text shown for each side of a conflict


class ConflictKind(StrEnum):
    MEETING = "meeting"
    PROMPT = "prompt"
    CONTRIBUTION = "contribution"
    CREDIT = "credit"  # how a person is credited in the meeting


class Choice(StrEnum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"


@dataclass(frozen=True)
class Conflict:
    """One row that differs: its kind, its id (the meeting's, prompt's, contribution's or person's)
    and a short plain summary of each side, built from the data itself (no words of the app)."""

    kind: ConflictKind
    id: str
    local: str
    incoming: str


def find_conflicts(store: Store, export: MeetingExport) -> list[Conflict]:
    """The rows of *export* that are here already and differ, in the file's order: the meeting,
    then prompts, contributions and people. Empty when the meeting is new to this laptop."""
    meeting = export.meeting
    if not store.meetings.exists(meeting.id):
        return []
    conflicts: list[Conflict] = []
    here = store.meetings.get(meeting.id)
    mine = [here.title, here.date, here.place]
    theirs = [meeting.title, meeting.date, meeting.place]
    if export.carries_state:  # a version 1 file does not say the meeting's language
        mine.append(here.language)
        theirs.append(meeting.language)
    if mine != theirs:
        shown = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
        conflicts.append(
            Conflict(
                ConflictKind.MEETING, meeting.id, _joined(mine[i] for i in shown), _joined(theirs[i] for i in shown)
            )
        )
    prompts = {p.id: p for p in store.prompts.for_meeting(meeting.id)}
    for incoming in export.prompts:
        local = prompts.get(incoming.id)
        if local is not None and _prompt_key(local) != _prompt_key(incoming):
            conflicts.append(
                Conflict(
                    ConflictKind.PROMPT,
                    incoming.id,
                    _prompt_summary(local, store.cards.get(local.card_id).label if local.card_id else ""),
                    _prompt_summary(incoming, export.card_label(incoming.card_id) if incoming.card_id else ""),
                )
            )
    contributions = local_contributions(store, meeting.id)
    for incoming in export.contributions:
        local = contributions.get(incoming.id)
        if local is None or local.is_withdrawn or incoming.is_withdrawn:
            continue  # new, or withdrawn on one side: withdrawing wins, nothing to choose
        if _contribution_key(local, export.carries_state) != _contribution_key(incoming, export.carries_state):
            conflicts.append(
                Conflict(
                    ConflictKind.CONTRIBUTION,
                    incoming.id,
                    _contribution_summary(local, [store.cards.get(c).label for c in local.card_ids]),
                    _contribution_summary(incoming, [export.card_label(c) for c in incoming.card_ids]),
                )
            )
    attendees = {a.person_id: a for a in store.people.attendees(meeting.id)}
    for person in export.people:
        local_attendee = attendees.get(person.id)
        if local_attendee is not None and _credit_differs(local_attendee, person):
            conflicts.append(Conflict(ConflictKind.CREDIT, person.id, local_attendee.credited_as, person.credited_as))
    return conflicts


def withdrawn_here(store: Store, export: MeetingExport) -> list[Contribution]:
    """The file's withdrawn contributions that still stand here: withdrawing wins, so the import
    withdraws them here too, without asking."""
    if not store.meetings.exists(export.meeting.id):
        return []
    local = local_contributions(store, export.meeting.id)
    return [c for c in export.contributions if c.is_withdrawn and c.id in local and not local[c.id].is_withdrawn]


def local_contributions(store: Store, meeting_id: str) -> dict[str, Contribution]:
    """Every contribution of the meeting here, standing or withdrawn, by id."""
    both = store.contributions.for_meeting(meeting_id) + store.contributions.withdrawn(meeting_id)
    return {c.id: c for c in both}


def _credit_differs(local: Attendee, incoming: ExportedPerson) -> bool:
    # Someone not named here by their own consent ("Anonymous 2") stays so: consent, not a file,
    # decides whether they are named, so there is nothing to choose.
    return not local.withheld_name and local.credited_as != incoming.credited_as


def _prompt_key(p: Prompt) -> tuple:
    return (p.text, p.card_id, p.position)


def _contribution_key(c: Contribution, with_confirmation: bool) -> tuple:
    # A version 1 file does not say whether it was confirmed: only words and cards are compared.
    return (c.text, c.card_ids, c.is_confirmed if with_confirmation else None)


def _joined(parts) -> str:
    return _short(" · ".join(p for p in parts if p) or "—")


def _prompt_summary(p: Prompt, card_label: str) -> str:
    # Its place in the agenda as people count (1, 2, 3...), its words, its picture in brackets.
    return _short(f"{p.position + 1}. {p.text}" + (f" [{card_label}]" if card_label else ""))


def _contribution_summary(c: Contribution, labels: list[str]) -> str:
    cards = f" [{', '.join(labels)}]" if labels else ""
    return _short(c.text + cards + (" ✓" if c.is_confirmed else ""))


def _short(text: str) -> str:
    text = " ".join(text.split())  # one line: a multi-line prompt or contribution is shown on one
    return text if len(text) <= SUMMARY_MAX else text[: SUMMARY_MAX - 1] + "…"
