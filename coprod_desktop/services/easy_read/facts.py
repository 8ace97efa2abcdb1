"""Everything a document needs about one meeting, read once from the store, and the sentences the
summary and the take-home sheets share.

MeetingFacts reads the meeting, its details, the organisation, who took part (with how each chose
to be credited), the prompts and the standing contributions (withdrawn ones never: the store's
for_meeting leaves them out) in a handful of queries, so thirty take-home sheets cost one read.
Pictures are looked up once per card and kept.

Wording holds the sentences in one language: the credit line ("Sam said:", "... with support from
Jo (interpreter):"), how the room took a contribution ("✓ Confirmed…", "Ann and Jo agree."), the
section headings both the summary and the take-home use, and each card as a Picture with its
label in that language. People are only ever named by Attendee.credited_as: never their full
name unless that is how they chose to be credited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ...domain.errors import NotFound
from ...domain.filenames import safe_file_stem
from ...domain.models import Attendee, Card, Contribution, Meeting, MeetingDetails, Prompt
from ...domain.profile import CommunicationProfile
from ...domain.support import SupportRole
from ...store.store import Store
from ..catalogue import OPENMOJI_ATTRIBUTION, CardCatalogue
from ..translations import ContentTranslations, translatable
from .model import Block, Heading, Items, Line, Picture, Said, SmallPrint

# Translators: the role of someone who helped a person say something, inside "with support from Jo
# (interpreter)" or "with support from their interpreter".
SUPPORT_ROLES = dict(zip(SupportRole, translatable("Summary", "supporter", "advocate", "interpreter"), strict=True))
FILE_STEM_LIMIT = 120  # a meeting's date, its title and a person's name, still short enough for any disk


@dataclass
class MeetingFacts:
    """One meeting as the documents see it. Build with MeetingFacts.read(store, meeting_id, catalogue)."""

    store: Store
    catalogue: CardCatalogue
    meeting: Meeting
    details: MeetingDetails
    organisation: str
    attendees: tuple[Attendee, ...]
    prompts: tuple[Prompt, ...]
    contributions: tuple[Contribution, ...]
    profiles: dict[str, CommunicationProfile] = field(default_factory=dict)
    # People who took back consent to their words being used outside the room (ConsentKind.QUOTES):
    # documents for the group show a sentence in place of their words and cards.
    quotes_withheld: frozenset[str] = frozenset()
    _cards: dict[str, Card | None] = field(default_factory=dict, repr=False)
    _sources: dict[str, Path | bytes | None] = field(default_factory=dict, repr=False)
    by_person: dict[str, Attendee] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.by_person = {a.person_id: a for a in self.attendees}

    @classmethod
    def read(cls, store: Store, meeting_id: str, catalogue: CardCatalogue) -> MeetingFacts:
        """Read the meeting once. Raises NotFound for an unknown meeting."""
        meeting = store.meetings.get(meeting_id)
        attendees = tuple(store.people.attendees(meeting_id))
        return cls(
            store=store,
            catalogue=catalogue,
            meeting=meeting,
            details=store.meeting_details.get(meeting_id),
            organisation=store.settings.organisation(),
            attendees=attendees,
            prompts=tuple(store.prompts.for_meeting(meeting_id)),
            contributions=tuple(store.contributions.for_meeting(meeting_id)),
            profiles=store.profiles.for_people(a.person_id for a in attendees),
            quotes_withheld=store.consent.withholding((a.person_id for a in attendees), "quotes"),
        )

    # Who.

    def attendee(self, person_id: str) -> Attendee:
        """The person as they take part in this meeting. Raises NotFound when they do not."""
        try:
            return self.by_person[person_id]
        except KeyError:
            raise NotFound("person.not_in_meeting") from None

    def profile(self, person_id: str) -> CommunicationProfile:
        """Their communication profile (an empty one when none was recorded)."""
        return self.profiles.get(person_id) or CommunicationProfile()

    def language_of(self, person_id: str) -> str:
        """The language of their own documents: their profile's, else the meeting's."""
        return self.profile(person_id).language or self.meeting.language

    # What.

    def contributions_by_prompt(self) -> tuple[list[tuple[Prompt, list[Contribution]]], list[Contribution]]:
        """Each prompt (in order) with its contributions (in the order made), and those under no
        prompt (or under a prompt that has gone), which are still printed, on their own."""
        under: dict[str, list[Contribution]] = {p.id: [] for p in self.prompts}
        elsewhere: list[Contribution] = []
        for contribution in self.contributions:
            under.get(contribution.prompt_id or "", elsewhere).append(contribution)
        return [(p, under[p.id]) for p in self.prompts], elsewhere

    def prompt(self, prompt_id: str | None) -> Prompt | None:
        return next((p for p in self.prompts if p.id == prompt_id), None)

    # Pictures.

    def card(self, card_id: str) -> Card | None:
        """The card (built-in or brought), or None when it is gone."""
        if card_id not in self._cards:
            try:
                self._cards[card_id] = self.store.cards.get(card_id)
            except NotFound:
                self._cards[card_id] = self.catalogue.get(card_id) if card_id in self.catalogue else None
        return self._cards[card_id]

    def picture_source(self, card_id: str) -> Path | bytes | None:
        """The print picture: the built-in card's PNG, or the stored picture of a card someone brought."""
        if card_id not in self._sources:
            source: Path | bytes | None = None
            if card_id in self.catalogue:
                path = self.catalogue.png_path(card_id)
                source = path if path.is_file() else None
            else:
                try:
                    source, _media_type = self.store.imported_cards.picture(card_id)
                except NotFound:
                    source = None
            self._sources[card_id] = source
        return self._sources[card_id]

    def file_stem(self, *parts: str) -> str:
        """A file-name stem from the meeting's date and title and *parts*, made safe for any disk."""
        # The meeting's title is shortened, never the person or what the file is: "… - Sam take-home".
        meeting = safe_file_stem(
            f"{self.meeting.date} {self.meeting.title}", fallback=f"{self.meeting.date} meeting", limit=70
        )
        stem = " - ".join([meeting, *(safe_file_stem(p, fallback="", limit=50) for p in parts if p)])
        return safe_file_stem(stem, fallback=f"{self.meeting.date} meeting", limit=FILE_STEM_LIMIT)


class Wording:
    """The sentences the summary and the take-home sheets share, in one language.

    *cards_used* collects, in order of first use, every card a document shows, for its credits.
    *reader*: the person a document is for (their take-home sheet), who always sees their own words;
    anyone else's words are left out when that person did not consent to quotes.
    """

    def __init__(self, facts: MeetingFacts, language: str, *, reader: str | None = None) -> None:
        self.facts = facts
        self.language = language
        self.reader = reader
        self.words = ContentTranslations.for_language(language)
        self.cards_used: list[str] = []

    def text(self, context: str, source: str) -> str:
        return self.words.text(context, source)

    def name_of(self, person_id: str) -> str:
        """The name they chose to be credited by."""
        attendee = self.facts.by_person.get(person_id)
        if attendee is not None:
            return attendee.credited_as
        # Translators: stands for a person who has since been taken off the meeting's list.
        return self.words.text("Summary", "Someone no longer on the list")

    def when(self) -> str:
        """The meeting's date in words."""
        return self.words.long_date(self.facts.meeting.date)

    def picture(self, card_id: str | None) -> Picture | None:
        """The card as a Picture with its label in this language (None for no card)."""
        if not card_id:
            return None
        if card_id not in self.cards_used:
            self.cards_used.append(card_id)
        card = self.facts.card(card_id)
        label = self.words.card_label(card) if card else card_id
        return Picture(label, self.facts.picture_source(card_id))

    def withheld(self, contribution: Contribution) -> bool:
        """Whether its words and cards stay in the room: its maker said no to quotes, and this
        document is not their own."""
        person_id = contribution.person_id
        return person_id in self.facts.quotes_withheld and person_id != self.reader

    def said(self, contribution: Contribution, *, notes: bool = True) -> Said:
        """A contribution: its credit, the words, the cards beside them, and how the room took it.

        When its maker did not consent to quotes (see withheld), it keeps its place and credit but
        shows one sentence instead of their words and cards."""
        attendee = self.facts.by_person.get(contribution.person_id)
        withheld = self.withheld(contribution)
        if withheld:
            # Translators: in place of a person's words, when they asked that their words are not
            # used outside the meeting.
            words, pictures = self.words.text("Summary", "Not shared outside the room, as they asked."), ()
        else:
            words = contribution.text
            pictures = tuple(p for p in (self.picture(c) for c in contribution.card_ids) if p is not None)
        return Said(
            credit=self.credit_text(contribution, self.name_of(contribution.person_id), said_words=withheld),
            words=words,
            pictures=pictures,
            notes=self.room_notes(contribution) if notes else (),
            marker=attendee.marker if attendee else None,
        )

    def credit_text(self, contribution: Contribution, name: str, *, said_words: bool = False) -> str:
        """ "Sam said:", or with who supported them: "Sam said, with support from Jo (interpreter):".

        *said_words*: credit it as words even when it was pictures only (their words are withheld)."""
        words, support = self.words, contribution.support
        role = words.text("Summary", SUPPORT_ROLES[support.role]) if support else ""
        if contribution.text or said_words:
            if support and support.name:
                # Translators: above a person's words, made with someone's help; {supporter} is the
                # helper's name, {role} their role (supporter, advocate, interpreter).
                return words.fill(
                    "Summary", "{name} said, with support from {supporter} ({role}):", name=name,
                    supporter=support.name, role=role,
                )  # fmt: skip
            if support:
                # Translators: above a person's words, made with the help of someone not named.
                return words.fill("Summary", "{name} said, with support from their {role}:", name=name, role=role)
            # Translators: above a person's words; {name} is the name they chose to be credited by.
            return words.fill("Summary", "{name} said:", name=name)
        if support and support.name:
            # Translators: above the picture cards a person chose with someone's help.
            return words.fill(
                "Summary", "{name} chose these pictures, with support from {supporter} ({role}):", name=name,
                supporter=support.name, role=role,
            )  # fmt: skip
        if support:
            return words.fill(
                "Summary", "{name} chose these pictures, with support from their {role}:", name=name, role=role
            )
        # Translators: above the picture cards a person chose, when they said no words.
        return words.fill("Summary", "{name} chose these pictures:", name=name)

    def room_notes(self, contribution: Contribution) -> tuple[str, ...]:
        """Confirmed by the person, and who agrees, in words (never a mark alone)."""
        words, lines = self.words, []
        if contribution.is_confirmed:
            # Translators: under a contribution the person heard read back and said was right.
            lines.append(words.text("Summary", "✓ Confirmed: they said this is right."))
        by_person = self.facts.by_person
        names = [by_person[p].credited_as for p in contribution.agreed_by if p in by_person]
        if len(names) == 1:
            # Translators: under a contribution; {name} added their marker to say they agree.
            lines.append(words.fill("Summary", "{name} agrees.", name=names[0]))
        elif names:
            # Translators: joins the last two of several names: "Priya, Sam and Dot".
            joined = words.fill("Summary", "{names} and {last}", names=", ".join(names[:-1]), last=names[-1])
            # Translators: under a contribution; {names} is a list of people who agree with it.
            lines.append(words.fill("Summary", "{names} agree.", names=joined))
        return tuple(lines)

    def what_happens_next(self) -> list[Block]:
        """What the group decided, what happens next, the next meeting and who to contact: each
        left out when the meeting's details do not say."""
        details, words, blocks = self.facts.details, self.words, []
        if details.decisions:
            # Translators: heading over the list of what the group decided in the meeting.
            blocks += [Heading(words.text("Summary", "What we decided")), Items(details.decisions)]
        if details.next_steps:
            # Translators: heading over the list of actions after the meeting.
            blocks += [Heading(words.text("Summary", "What happens next")), Items(details.next_steps)]
        if details.next_meeting:
            # Translators: heading over when and where the group meets next (the facilitator's words).
            blocks += [Heading(words.text("Summary", "Our next meeting")), Line(details.next_meeting, own_words=True)]
        if details.contact:
            # Translators: heading over who to contact about the meeting, and how.
            blocks += [Heading(words.text("Summary", "Who to contact")), Line(details.contact, own_words=True)]
        return blocks

    def picture_credits(self) -> list[Block]:
        """Who made the pictures used, as their licences ask: OpenMoji for the built-in cards, and
        each brought card's own author and licence (said to be unknown when nobody said)."""
        words, facts = self.words, self.facts
        lines = [
            # Translators: credit for the OpenMoji pictures, as their licence asks. Keep "OpenMoji",
            # "openmoji.org" and "CC BY-SA 4.0" as they are.
            words.text("Summary", OPENMOJI_ATTRIBUTION) if line == OPENMOJI_ATTRIBUTION else line
            for line in facts.catalogue.attribution([c for c in self.cards_used if c in facts.catalogue])
        ]
        # Translators: in a picture's credit, for who made it or its licence when nobody said.
        not_given = words.text("Summary", "not given")
        for card_id in self.cards_used:
            card = facts.card(card_id)
            if card_id not in facts.catalogue and card:
                # Translators: credit for a picture someone brought: its label, who made it, its licence.
                line = words.fill(
                    "Summary",
                    "“{label}”: {author}. Licence: {licence}.",
                    label=card.label,
                    author=card.author or not_given,
                    licence=card.licence or not_given,
                )
                if line not in lines:
                    lines.append(line)
        if not lines:
            return []
        # Translators: heading over the credits for the pictures used.
        return [SmallPrint(words.text("Summary", "About the pictures"), tuple(lines))]
