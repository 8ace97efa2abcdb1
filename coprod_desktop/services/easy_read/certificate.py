"""A record of involvement: a one-page certificate a person can show to a college or an employer.

Their name as they chose to be credited, the meeting, its date and place, the time they gave (when
the meeting's start and end times are set), the questions they gave their views on, and the
organisation that ran it. In their language (their profile's, else the meeting's).
"""

from __future__ import annotations

from ...domain.models import Attendee
from ...store.store import Store
from ..catalogue import CardCatalogue
from ..take_home import format_for
from ..translations import duration_words
from .facts import MeetingFacts, Wording
from .model import Block, Document, DocumentKind, Heading, Items, Line


def build_certificate(store: Store, meeting_id: str, person_id: str, catalogue: CardCatalogue) -> Document:
    """The record of involvement of *person_id* in *meeting_id*. Raises NotFound for unknown ids,
    or for a person not taking part in the meeting."""
    facts = MeetingFacts.read(store, meeting_id, catalogue)
    return certificate_document(facts, facts.attendee(person_id))


def build_certificates(store: Store, meeting_id: str, catalogue: CardCatalogue) -> list[tuple[Attendee, Document]]:
    """Everyone's record of involvement, in the meeting's order of people; the meeting is read once."""
    facts = MeetingFacts.read(store, meeting_id, catalogue)
    return [(attendee, certificate_document(facts, attendee)) for attendee in facts.attendees]


def certificate_document(facts: MeetingFacts, attendee: Attendee) -> Document:
    """One person's record of involvement from facts already read."""
    meeting, person_id = facts.meeting, attendee.person_id
    wording = Wording(facts, facts.language_of(person_id))
    words, name = wording.words, attendee.credited_as
    # Translators: the title of a one-page certificate that a person took part in a meeting.
    title = words.text("Certificate", "Record of involvement")
    blocks: list[Block] = [
        Heading(title, level=1),
        Line(name, strong=True, own_words=True),
        # Translators: on a certificate; {name} is the name the person chose to be credited by.
        Line(words.fill("Certificate", "{name} took part in a co-production meeting.", name=name)),
        # Translators: on a certificate; {title} is the meeting's title.
        Line(words.fill("Certificate", "Meeting: {title}", title=meeting.title)),
        # Translators: on a certificate; {date} is the meeting's date in words.
        Line(words.fill("Certificate", "Date: {date}", date=wording.when())),
    ]
    if meeting.place:
        # Translators: on a certificate; {place} is where the meeting was held.
        blocks.append(Line(words.fill("Certificate", "Place: {place}", place=meeting.place)))
    minutes = facts.details.minutes
    if minutes is not None and minutes > 0:
        # Translators: on a certificate; {time} is how long the meeting lasted, e.g. "1 hour 30 minutes".
        blocks.append(Line(words.fill("Certificate", "Time given: {time}", time=duration_words(minutes, words))))

    theirs = [c for c in facts.contributions if c.person_id == person_id]
    prompt_ids = list(dict.fromkeys(c.prompt_id for c in theirs if facts.prompt(c.prompt_id) is not None))
    if prompt_ids:
        # Translators: on a certificate, over the list of questions the person answered.
        blocks.append(Heading(words.fill("Certificate", "{name} gave their views on:", name=name)))
        blocks.append(Items(tuple(p.text for p in facts.prompts if p.id in prompt_ids)))
    if any(c.card_ids for c in theirs):
        # Translators: on a certificate: the person used picture cards to say what they think.
        blocks.append(Line(words.text("Certificate", "They chose pictures to share their views.")))
    if any(person_id in c.agreed_by for c in facts.contributions):
        # Translators: on a certificate: the person added their marker to other people's ideas.
        blocks.append(Line(words.text("Certificate", "They agreed with other people's ideas.")))
    if theirs and person_id not in facts.quotes_withheld:  # not so when they asked to keep them in the room
        # Translators: on a certificate: what the person said is written in the meeting's summary.
        blocks.append(Line(words.text("Certificate", "Their words are in the meeting summary.")))
    if facts.organisation:
        # Translators: on a certificate; {organisation} ran the meeting and gives the certificate.
        blocks.append(Line(words.fill("Certificate", "Given by {organisation}.", organisation=facts.organisation)))
    # Translators: on a certificate, beside a line to sign on.
    blocks.append(Line(words.fill("Certificate", "Signed: {line}", line="_" * 24)))
    return Document(
        kind=DocumentKind.CERTIFICATE,
        title=title,
        subject=title,
        language=wording.language,
        author=facts.organisation,
        blocks=tuple(blocks),
        body_points=format_for(meeting, attendee.person, facts.profile(person_id), name).body_point_size,
        footer=meeting.title,
        file_stem=facts.file_stem(f"{name} certificate"),
        keywords=(meeting.title, name),
    )
