"""A person's take-home sheet: what they said, and what the group decided.

"Thank you, Sam" and the meeting in one line; what Sam said, prompt by prompt, with Sam's own
cards beside Sam's words; what Sam agreed with (each credited to its speaker as that person chose:
it is what Sam agreed with); what the group decided and what happens next; the next meeting and
who to contact. Nobody else's contributions. In Sam's language (their communication profile's,
else the meeting's), at their print size (large print when the profile asks), addressed as they
like to be called. Someone who said nothing gets a kind sheet, never an empty one.
"""

from __future__ import annotations

from ...domain.models import Attendee, Contribution
from ...store.store import Store
from ..catalogue import CardCatalogue
from ..take_home import format_for
from .facts import MeetingFacts, Wording
from .model import Block, Document, DocumentKind, Heading, Line


def build_take_home(store: Store, meeting_id: str, person_id: str, catalogue: CardCatalogue) -> Document:
    """The take-home sheet of *person_id* in *meeting_id*. Raises NotFound for unknown ids, or
    for a person not taking part in the meeting."""
    facts = MeetingFacts.read(store, meeting_id, catalogue)
    return take_home_document(facts, facts.attendee(person_id))


def build_take_homes(store: Store, meeting_id: str, catalogue: CardCatalogue) -> list[tuple[Attendee, Document]]:
    """Everyone's take-home sheet, in the meeting's order of people; the meeting is read once."""
    facts = MeetingFacts.read(store, meeting_id, catalogue)
    return [(attendee, take_home_document(facts, attendee)) for attendee in facts.attendees]


def take_home_document(facts: MeetingFacts, attendee: Attendee) -> Document:
    """One person's sheet from facts already read."""
    person_id, meeting = attendee.person_id, facts.meeting
    profile = facts.profile(person_id)
    wording = Wording(facts, facts.language_of(person_id), reader=person_id)
    words = wording.words
    sheet = format_for(meeting, attendee.person, profile, attendee.credited_as)
    # Translators: the first line of a person's take-home sheet, in large type; {name} is the name
    # they like to be called. (A name ending in a full stop, such as "T.N.", loses it here: "Thank
    # you, T.N." rather than "T.N..".)
    thanks = words.fill("TakeHome", "Thank you, {name}.", name=sheet.addressed_as.removesuffix("."))
    blocks: list[Block] = [Heading(thanks, level=1), Line(_came_to(wording))]
    if facts.details.purpose:
        blocks.append(Line(words.fill("Summary", "Why we met: {purpose}", purpose=facts.details.purpose)))

    theirs = [c for c in facts.contributions if c.person_id == person_id]
    if theirs:
        blocks += _what_they_said(wording, theirs)
    else:
        # Translators: on the sheet of someone who took part without adding anything.
        blocks.append(Line(words.text("TakeHome", "Thank you for coming."), strong=True))
        # Translators: on the sheet of someone who took part without adding anything: kind, not a failure.
        blocks.append(Line(words.text("TakeHome", "You did not add anything this time. That is fine.")))
        # Translators: on the sheet of someone who took part without adding anything.
        blocks.append(Line(words.text("TakeHome", "Being there is taking part.")))

    agreed = [c for c in facts.contributions if person_id in c.agreed_by and c.person_id != person_id]
    if agreed:
        # Translators: heading over what other people said that this person agreed with.
        blocks.append(Heading(words.text("TakeHome", "What you agreed with")))
        blocks += [wording.said(c, notes=False) for c in agreed]

    blocks += wording.what_happens_next()
    blocks += wording.picture_credits()
    return Document(
        kind=DocumentKind.TAKE_HOME,
        title=thanks,
        # Translators: the PDF's subject for one person's take-home sheet.
        subject=words.text("TakeHome", "Your take-home sheet"),
        language=wording.language,
        author=facts.organisation,
        blocks=tuple(blocks),
        body_points=sheet.body_point_size,
        footer=meeting.title,
        file_stem=facts.file_stem(f"{attendee.credited_as} take-home"),
        keywords=(meeting.title, attendee.credited_as),
    )


def _came_to(wording: Wording) -> str:
    """The meeting in one line: its title, its date and (when set) its place."""
    meeting, words = wording.facts.meeting, wording.words
    if meeting.place:
        # Translators: the meeting in one line on a take-home sheet; {title} is the meeting's title.
        return words.fill(
            "TakeHome", "You came to “{title}” on {date} at {place}.",
            title=meeting.title, date=wording.when(), place=meeting.place,
        )  # fmt: skip
    # Translators: the meeting in one line on a take-home sheet, when it has no place set.
    return words.fill("TakeHome", "You came to “{title}” on {date}.", title=meeting.title, date=wording.when())


def _what_they_said(wording: Wording, theirs: list[Contribution]) -> list[Block]:
    """Their contributions prompt by prompt (in the meeting's order), their cards beside their words."""
    words, facts = wording.words, wording.facts
    # Translators: heading over a person's own contributions on their take-home sheet.
    blocks: list[Block] = [Heading(words.text("TakeHome", "What you said"))]
    by_prompt, elsewhere = facts.contributions_by_prompt()
    mine = {c.id for c in theirs}
    for prompt, contributions in by_prompt:
        said = [c for c in contributions if c.id in mine]
        if said:
            blocks.append(Heading(prompt.text, level=3, picture=wording.picture(prompt.card_id)))
            blocks += [wording.said(c) for c in said]
    said = [c for c in elsewhere if c.id in mine]
    if said:
        # Translators: heading over what a person said that was not an answer to a question.
        blocks.append(Heading(words.text("TakeHome", "Other things you said"), level=3))
        blocks += [wording.said(c) for c in said]
    if theirs[0].person_id not in facts.quotes_withheld:  # not so when they asked to keep them in the room
        # Translators: on a person's take-home sheet, after their own words.
        blocks.append(Line(words.text("TakeHome", "Your words are in the group summary too.")))
    return blocks
