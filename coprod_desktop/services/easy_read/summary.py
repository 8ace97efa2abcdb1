"""The group summary as an Easy Read document: everything said in a meeting, each contribution
credited as its maker chose.

Top to bottom: the title, date and place; why we met and what we talked about (the prompts); who
took part; each prompt with its picture and what people said under it (credit, words, their cards
beside the words, and how the room took it); what we decided, what happens next, the next meeting
and who to contact (each left out when not set); a thank-you; who made the pictures.
"""

from __future__ import annotations

from ...domain.models import Contribution
from ...store.store import Store
from ..catalogue import CardCatalogue
from .facts import MeetingFacts, Wording
from .model import Block, Document, DocumentKind, Heading, Items, Line

# English sources of words printed in the meeting's language (context "Summary").
NO_CONTRIBUTIONS = "Nobody added anything here."
OTHER_HEADING = "Other things people said"


def build_summary(store: Store, meeting_id: str, catalogue: CardCatalogue, *, language: str | None = None) -> Document:
    """The group summary of *meeting_id* in *language* (else the meeting's). Raises NotFound."""
    facts = MeetingFacts.read(store, meeting_id, catalogue)
    return summary_document(facts, language=language)


def summary_document(facts: MeetingFacts, *, language: str | None = None) -> Document:
    """The group summary from facts already read."""
    wording = Wording(facts, language or facts.meeting.language)
    words, meeting, details = wording.words, facts.meeting, facts.details
    blocks: list[Block] = [Heading(meeting.title, level=1), Line(wording.when())]
    if meeting.place:
        blocks.append(Line(meeting.place, own_words=True))
    if details.purpose:
        # Translators: why the meeting was held; {purpose} is the facilitator's own short line.
        blocks.append(Line(words.fill("Summary", "Why we met: {purpose}", purpose=details.purpose)))
    if facts.prompts:
        # Translators: heading over the list of questions the meeting talked about.
        blocks += [Heading(words.text("Summary", "What we talked about")), Items(tuple(p.text for p in facts.prompts))]

    blocks.append(Heading(words.text("Summary", "Who took part")))
    if facts.attendees:
        blocks.append(Items(tuple(a.credited_as for a in facts.attendees)))
    else:
        blocks.append(Line(words.text("Summary", "Nobody has been added to this meeting yet.")))

    # Each prompt is a section of its own, with its picture: one level of headings is easier to
    # follow than "What people said" over them all, and the first prompt then starts on page 1.
    by_prompt, elsewhere = facts.contributions_by_prompt()
    for prompt, contributions in by_prompt:
        blocks.append(Heading(prompt.text, level=2, picture=wording.picture(prompt.card_id)))
        blocks += _contributions(wording, contributions)
    if elsewhere:
        # Translators: heading over what people said that was not an answer to a question.
        blocks.append(Heading(words.text("Summary", OTHER_HEADING), level=2))
        blocks += _contributions(wording, elsewhere)

    blocks += wording.what_happens_next()
    # Translators: the last line of the group summary.
    blocks.append(Line(words.text("Summary", "Thank you to everyone who took part."), strong=True))
    blocks += wording.picture_credits()
    return Document(
        kind=DocumentKind.SUMMARY,
        title=meeting.title,
        # Translators: the PDF's subject, shown in a PDF reader's document properties.
        subject=words.text("Summary", "Meeting summary"),
        language=wording.language,
        author=facts.organisation,
        blocks=tuple(blocks),
        footer=meeting.title,
        file_stem=facts.file_stem("summary"),
        keywords=(meeting.title, meeting.place) if meeting.place else (meeting.title,),
    )


def _contributions(wording: Wording, contributions: list[Contribution]) -> list[Block]:
    if not contributions:
        # Translators: under a question nobody answered.
        return [Line(wording.text("Summary", NO_CONTRIBUTIONS))]
    return [wording.said(c) for c in contributions]
