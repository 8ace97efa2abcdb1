"""Importing a checked meeting export into the store: all or nothing, never silently overwriting.

Rules:
- Rows are matched by id. New rows are added. A row whose id is already here and says the same is
  left alone; one that differs is a conflict (services/exchange_merge.py): it keeps the local
  version unless the caller's choices say TAKE_THEIRS for its id, and every conflict is listed in
  the result, taken or kept. Importing the same file twice adds nothing the second time.
- Withdrawing wins: a contribution withdrawn in the file is withdrawn here too; one withdrawn here
  is never given words again.
- A person new to this laptop is created with full name = the name they are credited as, credited
  by full name, so they appear exactly as in the file and no fuller name is ever invented.
- A person already known here keeps their local record. If they join this meeting through the
  import, they are credited as in the file (see _credit_for_known_person).
- A communication profile in the file (there only because the person agreed to share it) is
  recorded for a person who has none on this laptop; a profile already here is kept as it is.
  Consent to share it again is not copied: it is asked on this laptop.
- Everything that could refuse the import is checked before the write transaction opens, so a
  refused import leaves the database file byte-for-byte unchanged.
"""

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace

from ..domain.credit import CreditStyle, credit_name
from ..domain.errors import ValidationError
from ..domain.ids import utc_now
from ..domain.markers import next_free_marker
from ..domain.messages import Report
from ..domain.models import Attendee, Person, Prompt
from ..store import Store
from .exchange_format import ExportedPerson, MeetingExport
from .exchange_merge import Choice, Conflict, ConflictKind, find_conflicts, withdrawn_here


@dataclass(frozen=True)
class ImportResult:
    """What an import did. People are counted as attendees of the meeting."""

    meeting_id: str
    title: str
    meeting_added: bool
    people_added: int
    prompts_added: int
    contributions_added: int
    already_here: int
    profiles_added: int = 0  # communication profiles recorded for people who had none here
    conflicts: tuple[Conflict, ...] = ()  # rows here that differ from the file, taken or kept
    taken: frozenset[str] = frozenset()  # ids of the conflicts where the file's version was taken
    withdrawn_here: int = 0  # contributions withdrawn in the file, so withdrawn here too

    @property
    def kept(self) -> tuple[Conflict, ...]:
        """The conflicts where this laptop's version was kept (chosen, or nobody chose)."""
        return tuple(c for c in self.conflicts if c.id not in self.taken)

    @property
    def added(self) -> int:
        return self.people_added + self.prompts_added + self.contributions_added + self.profiles_added

    def report(self) -> Report:
        """What was added, as (code, params) sentences for app.messages.sentences(): the command
        line and the screens say it in the person's language."""
        report: Report = [
            (
                "import.done",
                {
                    "title": self.title,
                    "people": self.people_added,
                    "prompts": self.prompts_added,
                    "contributions": self.contributions_added,
                    "already": self.already_here,
                },
            )
        ]
        if self.profiles_added:
            report.append(("import.profiles_added", {"count": self.profiles_added}))
        if self.withdrawn_here:
            report.append(("import.withdrawn_here", {"count": self.withdrawn_here}))
        for conflict in self.conflicts:
            done = "took" if conflict.id in self.taken else "kept"
            report.append(
                (
                    f"import.{done}_{conflict.kind.value}",
                    {"ref": conflict.id, "mine": conflict.local, "theirs": conflict.incoming},
                )
            )
        return report


def _credit_for_known_person(full_name: str, exported: ExportedPerson) -> tuple[CreditStyle, str]:
    """How to credit a person already known here who joins this meeting through an import.

    Their way of being credited travels with them when it gives the same name from the local full
    name (Sam Brown + first name = "Sam"). Otherwise they are credited by the name in the file as a
    chosen name: never by a fuller name than the file shows, which they may not have agreed to.
    """
    style = exported.credit_style
    if style is not CreditStyle.CHOSEN_NAME and credit_name(full_name, style) == exported.credited_as:
        return style, ""
    return CreditStyle.CHOSEN_NAME, exported.credited_as


def import_meeting(store: Store, export: MeetingExport, choices: Mapping[str, Choice] | None = None) -> ImportResult:
    """Add the meeting in *export* to *store*, in ONE transaction; return what was done.

    *choices* maps conflict ids (find_conflicts) to KEEP_MINE or TAKE_THEIRS; a conflict with no
    choice keeps the local version. Every conflict is in the result either way.
    Raises ValidationError (plain, one line) when a picture card is not on this laptop, an id in
    the file already belongs to a different meeting here, or a choice names no conflict; nothing is
    written then. A failure while writing rolls the whole import back (StoreWriteError for a full
    disk or read-only file).
    """
    meeting = export.meeting
    title = meeting.title
    _check_cards(store, export, title)
    choices = dict(choices or {})

    prompts_here = store.imports.prompts_here(p.id for p in export.prompts)
    contributions_here = store.imports.contributions_here(c.id for c in export.contributions)
    for code, here in (
        ("import.other_meeting_prompt", prompts_here),
        ("import.other_meeting_contribution", contributions_here),
    ):
        if any(owner != meeting.id for owner in here.values()):
            raise ValidationError(code, title=title)

    meeting_here = store.meetings.exists(meeting.id)
    local = store.people.attendees(meeting.id) if meeting_here else []
    known = store.imports.people_here(p.id for p in export.people)

    attendees, new_people = _joining(export, local, known, meeting_here)
    new_prompts = _new_prompts(store, export, prompts_here, meeting_here)
    new_contributions = [c for c in export.contributions if c.id not in contributions_here]

    shared = {p.id: p.profile for p in export.people if p.profile is not None}

    conflicts = find_conflicts(store, export) if meeting_here else []
    differing = {c.id for c in conflicts}
    unknown = next((ref for ref in choices if ref not in differing), None)
    if unknown is not None:
        raise ValidationError("import.not_a_conflict", title=title, ref=unknown)
    taken = frozenset(ref for ref, choice in choices.items() if Choice(choice) is Choice.TAKE_THEIRS)
    withdrawals = withdrawn_here(store, export) if meeting_here else []

    try:
        # One transaction for the records and the profiles: all of it is imported, or none.
        with store.transaction():
            store.imports.add_records(
                meeting=None if meeting_here else meeting,
                people=new_people,
                attendees=attendees,
                prompts=new_prompts,
                contributions=new_contributions,
            )
            profiles_added = store.profiles.add_imported(shared) if shared else []
            if withdrawals:
                store.imports.withdraw(withdrawals)
            if taken:
                _take_theirs(store, export, [c for c in conflicts if c.id in taken], known)
    except sqlite3.IntegrityError:
        # Only if the database changed between the checks above and the write: it rolled back.
        raise ValidationError("import.clash", title=title) from None

    if withdrawals:
        store.imports.erase_checkpoint()  # the withdrawn words are gone from the WAL too
    title_here = store.meetings.get(meeting.id).title
    total = len(export.people) + len(export.prompts) + len(export.contributions)
    added = len(attendees) + len(new_prompts) + len(new_contributions)
    return ImportResult(
        meeting_id=meeting.id,
        title=title_here,
        meeting_added=not meeting_here,
        people_added=len(attendees),
        prompts_added=len(new_prompts),
        contributions_added=len(new_contributions),
        already_here=total - added,
        profiles_added=len(profiles_added),
        conflicts=tuple(conflicts),
        taken=taken,
        withdrawn_here=len(withdrawals),
    )


def _check_cards(store: Store, export: MeetingExport, title: str) -> None:
    """Every picture card used must be on this laptop: the file carries no pictures, only ids."""
    used = list(
        dict.fromkeys(
            [p.card_id for p in export.prompts if p.card_id]
            + [card for c in export.contributions for card in c.card_ids]
        )
    )
    here: set[str] = set()
    for start in range(0, len(used), 500):  # under SQLite's limit on parameters per statement
        here |= store.cards.known_ids(used[start : start + 500])
    missing = next((card for card in used if card not in here), None)
    if missing is not None:
        raise ValidationError("import.card_missing", title=title, label=export.card_label(missing), card=missing)


def _joining(
    export: MeetingExport, local: list[Attendee], known: dict[str, Person], meeting_here: bool
) -> tuple[list[Attendee], list[Person]]:
    """Attendance rows for people in the file not yet in the meeting, and the people new to this laptop."""
    attending = {a.person_id for a in local}
    # Markers must stay distinct in a meeting: a newcomer keeps theirs unless someone here has it.
    taken = [(a.marker_colour, a.marker_shape) for a in local]
    after = max((a.position for a in local), default=-1) + 1
    now = utc_now()
    attendees: list[Attendee] = []
    new_people: list[Person] = []
    joining = sorted((p for p in export.people if p.id not in attending), key=lambda p: p.position)
    for index, exported in enumerate(joining):
        person = known.get(exported.id)
        if person is None:
            person = Person(exported.id, exported.credited_as, now)
            new_people.append(person)
            style, chosen = CreditStyle.FULL_NAME, ""
        else:
            style, chosen = _credit_for_known_person(person.full_name, exported)
        marker = (exported.marker_colour, exported.marker_shape)
        if marker in taken:
            marker = next_free_marker(taken)
        taken.append(marker)
        # Into a new meeting the file's positions are kept; into a meeting already here, newcomers
        # go after the people already listed, in the file's order.
        position = after + index if meeting_here else exported.position
        attendees.append(Attendee(export.meeting.id, person, style, chosen, marker[0], marker[1], position))
    return attendees, new_people


def _new_prompts(store: Store, export: MeetingExport, here: dict[str, str], meeting_here: bool) -> list[Prompt]:
    """Prompts in the file not yet here; appended after the local agenda when the meeting is here."""
    new = sorted((p for p in export.prompts if p.id not in here), key=lambda p: p.position)
    if not meeting_here:
        return new
    after = max((p.position for p in store.prompts.for_meeting(export.meeting.id)), default=-1) + 1
    return [replace(p, position=after + index) for index, p in enumerate(new)]


def _take_theirs(store: Store, export: MeetingExport, chosen: list[Conflict], known: dict[str, Person]) -> None:
    """Overwrite the chosen rows with the file's version (inside the import's transaction)."""
    ids = {kind: {c.id for c in chosen if c.kind is kind} for kind in ConflictKind}
    meeting = None
    if ids[ConflictKind.MEETING]:
        meeting = export.meeting
        if not export.carries_state:  # a version 1 file does not say the language: keep this one
            meeting = replace(meeting, language=store.meetings.get(meeting.id).language)
    credits = []
    for person in export.people:
        if person.id in ids[ConflictKind.CREDIT]:
            style, chosen_name = _credit_for_known_person(known[person.id].full_name, person)
            credits.append((export.meeting.id, person.id, style.value, chosen_name))
    store.imports.take_theirs(
        meeting=meeting,
        prompts=[p for p in export.prompts if p.id in ids[ConflictKind.PROMPT]],
        # A version 1 file says nothing of confirmation: the file's words are not confirmed here.
        contributions=[c for c in export.contributions if c.id in ids[ConflictKind.CONTRIBUTION]],
        credits=credits,
    )
