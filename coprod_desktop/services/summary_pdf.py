"""The group summary: one PDF of everything said in a meeting, each contribution credited.

Layout follows Easy Read practice: pictures on the left, words on the right; big type; one thing
per line; plenty of white space. Every person is shown by the name they chose to be credited by
and by their marker, drawn and put into words (never colour alone). No Qt: the application layer's
document jobs (app/documents.py) call write_summary and summary_pdf_bytes.

The sheet is in the meeting's language: fixed words, the date and card labels come from the
content translations (services/translations.py). A right-to-left language mirrors the page:
pictures and markers on the right, words lined up on the right, text shaped (pdf_rtl).
"""

import io
from collections import defaultdict
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Indenter, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from ..domain.errors import NotFound
from ..domain.models import Attendee, Card, Contribution, Meeting, Prompt
from ..domain.support import SupportRole
from ..store.store import Store
from .catalogue import OPENMOJI_ATTRIBUTION, CardCatalogue
from .fonts import para_markup, primary_font
from .pdf_drawing import MarkerFlowable, PictureFlowable
from .pdf_page import CONTENT_WIDTH, RULE, Styles, SummaryWriteError, build_pdf, make_styles, pdf_bytes
from .pdf_rtl import ShapedParagraph, has_rtl
from .translations import ContentTranslations, translatable

__all__ = ["SummaryWriteError", "summary_pdf_bytes", "write_summary"]

PROMPT_CARD = 30 * mm  # the picture beside a prompt
CARD = 24 * mm  # each picture a person chose
CARD_CELL = 37 * mm  # a picture with its label under it, and room around
MARKER = 10 * mm  # a person's marker beside their words
INDENT = MARKER + 4 * mm  # words and pictures line up to the right of the marker

KEEP_WHOLE_CHARS = 400  # about six lines of 16 pt text
KEEP_WHOLE_CARDS = 8  # two rows of pictures

# English sources of words printed in the meeting's language (context "Summary").
NO_CONTRIBUTIONS = "Nobody added anything here."
OTHER_HEADING = "Other things people said"
# Translators: the role of someone who helped a person say something, inside "with support from Jo
# (interpreter)" or "with support from their interpreter".
SUPPORT_ROLES = dict(zip(SupportRole, translatable("Summary", "supporter", "advocate", "interpreter"), strict=True))


def write_summary(store: Store, meeting_id: str, out_path: Path, catalogue: CardCatalogue) -> Path:
    """Write the group summary PDF of meeting *meeting_id* to *out_path* and return the path.

    Raises NotFound for an unknown meeting. Saves atomically (see pdf_page.build_pdf): an existing
    file at *out_path* is replaced only by a complete PDF. Raises an OSError subclass with a plain
    message when the folder cannot be written.
    """
    summary = _Summary(store, store.meetings.get(meeting_id), catalogue)  # raises NotFound
    return build_pdf(Path(out_path), summary.story(), **summary.document_details())


def summary_pdf_bytes(store: Store, meeting_id: str, catalogue: CardCatalogue) -> bytes:
    """The group summary PDF of meeting *meeting_id*, in memory (for printing: no file is left
    anywhere with people's words in it). Raises NotFound for an unknown meeting."""
    summary = _Summary(store, store.meetings.get(meeting_id), catalogue)
    return pdf_bytes(summary.story(), **summary.document_details())


class _Summary:
    """Builds the story (the list of flowables) for one meeting."""

    def __init__(self, store: Store, meeting: Meeting, catalogue: CardCatalogue) -> None:
        self.store = store
        self.meeting = meeting
        self.catalogue = catalogue
        self.words = ContentTranslations.for_language(meeting.language)
        self.rtl = self.words.rtl
        self.styles: Styles = make_styles(rtl=self.rtl)
        self.attendees = store.people.attendees(meeting.id)
        self.by_person: dict[str, Attendee] = {a.person_id: a for a in self.attendees}
        self.prompts = store.prompts.for_meeting(meeting.id)
        self.contributions = store.contributions.for_meeting(meeting.id)
        self.cards_used: list[str] = []  # in order of first use, for the attribution
        self._cards: dict[str, Card | None] = {}

    def document_details(self) -> dict[str, str]:
        """The PDF's title, subject and language, for pdf_page."""
        # Translators: the PDF's subject, shown in a PDF reader's document properties.
        subject = self.words.text("Summary", "Meeting summary")
        return {"title": self.meeting.title, "subject": subject, "language": self.meeting.language}

    def story(self) -> list[Flowable]:
        story = self._heading_block() + self._people_block()
        under: dict[str | None, list[Contribution]] = defaultdict(list)
        prompt_ids = {p.id for p in self.prompts}
        for contribution in self.contributions:
            # A contribution whose prompt has gone is still shown, with the other things people said.
            under[contribution.prompt_id if contribution.prompt_id in prompt_ids else None].append(contribution)
        for prompt in self.prompts:
            heading = self._prompt_heading(prompt)
            story += self._section(heading, under[prompt.id])
        if under[None]:
            # Translators: heading over what people said that was not an answer to a question.
            heading = self._para(self.words.text("Summary", OTHER_HEADING), self.styles.heading, rtl=self.rtl)
            story += self._section([heading], under[None])
        story += self._attribution_block()
        return story

    # Parts of the page, top to bottom.

    def _heading_block(self) -> list[Flowable]:
        s = self.styles
        when = self.words.long_date(self.meeting.date)
        if self.meeting.place:
            when = f"{when}\n{self.meeting.place}"
        return [self._para(self.meeting.title, s.title), self._para(when, s.subtitle), Spacer(1, 6 * mm)]

    def _people_block(self) -> list[Flowable]:
        s, words = self.styles, self.words
        story: list[Flowable] = [self._para(words.text("Summary", "Who took part"), s.heading, rtl=self.rtl)]
        if not self.attendees:
            nobody = words.text("Summary", "Nobody has been added to this meeting yet.")
            return [*story, self._para(nobody, s.body, rtl=self.rtl)]
        # Two people to a row keeps a group of 15 on one page without shrinking the type.
        column = CONTENT_WIDTH / 2
        cells = [self._person_cell(a, column) for a in self.attendees]
        rows = [self._row(cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2]))) for i in range(0, len(cells), 2)]
        table = Table(rows, colWidths=[column, column], hAlign=self._side)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_plain_cells(), _pad("BOTTOM", 4 * mm)]))
        return [*story, table, Spacer(1, 4 * mm)]

    def _person_cell(self, attendee: Attendee, width: float) -> Table:
        s = self.styles
        marker = attendee.marker
        # Translators: under a person's name: their marker in words, e.g. "Marker: orange circle, SB".
        described = self.words.fill("Summary", "Marker: {marker}", marker=self.words.marker_words(marker))
        words = [self._para(attendee.credited_as, s.name), self._para(described, s.body, rtl=self.rtl)]
        cell = Table(
            [self._row([MarkerFlowable(marker, 12 * mm), words])],
            colWidths=self._row([16 * mm, width - 20 * mm]),
            hAlign="RIGHT" if self.rtl else "CENTER",
        )
        cell.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_plain_cells(), *self._outer_edge()]))
        return cell

    def _prompt_heading(self, prompt: Prompt) -> list[Flowable]:
        """The prompt's picture on the left (when it has one) and its words on the right."""
        words = self._para(prompt.text, self.styles.prompt)
        picture = self._picture(prompt.card_id, PROMPT_CARD) if prompt.card_id else None
        if picture is None:
            return [words]
        header = Table(
            [self._row([picture, words])],
            colWidths=self._row([PROMPT_CARD + 6 * mm, CONTENT_WIDTH - PROMPT_CARD - 6 * mm]),
        )
        header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *_plain_cells(), *self._outer_edge()]))
        return [header]

    def _section(self, heading: list[Flowable], contributions: list[Contribution]) -> list[Flowable]:
        """A rule, a heading, then every contribution under it in the order made."""
        first = [*self._section_rule(), *heading, Spacer(1, 5 * mm)]
        if not contributions:
            # Translators: under a question nobody answered.
            nobody = self._para(self.words.text("Summary", NO_CONTRIBUTIONS), self.styles.body, rtl=self.rtl)
            return [KeepTogether([*first, nobody, Spacer(1, 4 * mm)])]
        story: list[Flowable] = []
        for index, contribution in enumerate(contributions):
            head, tail = self._contribution_block(contribution)
            # Keep the heading with its first answer, never alone at the foot of a page.
            # (KeepTogether must not be nested: an inner one makes the outer always break the page.)
            story += [KeepTogether([*first, *head] if index == 0 else head), *tail]
        return story

    def _contribution_block(self, contribution: Contribution) -> tuple[list[Flowable], list[Flowable]]:
        """The contribution as (what must stay together: credit and start of the words, the rest)."""
        s, words = self.styles, self.words
        person = self.by_person.get(contribution.person_id)
        # Translators: stands for a person who has since been taken off the meeting's list.
        name = person.credited_as if person else words.text("Summary", "Someone no longer on the list")
        credit = self._para(self._credit_text(contribution, name), s.credit, rtl=self.rtl)
        marker: Flowable | str = MarkerFlowable(person.marker, MARKER) if person else ""
        credit_row = Table(
            [self._row([marker, credit])], colWidths=self._row([INDENT, CONTENT_WIDTH - INDENT]), hAlign=self._side
        )
        credit_row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *_plain_cells(), *self._outer_edge()]))
        # The words are a plain Paragraph, not a table cell, so a long contribution can run onto
        # the next page instead of failing to fit. They line up past the marker, on its side.
        indent, outdent = (
            (Indenter(right=INDENT), Indenter(right=-INDENT))
            if self.rtl
            else (Indenter(left=INDENT), Indenter(left=-INDENT))
        )
        body: list[Flowable] = [indent]
        if contribution.text:
            body.append(self._para(contribution.text, s.body))
        if contribution.card_ids:
            body += [Spacer(1, 2 * mm), self._card_grid(contribution.card_ids)]
        body += self._how_the_room_took_it(contribution)
        body += [outdent, Spacer(1, 6 * mm)]
        head = [credit_row, Spacer(1, 1 * mm), *body]
        # A short contribution stays whole, so pictures are never parted from the words they go
        # with; a long one may run over a page, as long as the credit stays with its first lines.
        if len(contribution.text) <= KEEP_WHOLE_CHARS and len(contribution.card_ids) <= KEEP_WHOLE_CARDS:
            return head, []
        return head[:4], head[4:]

    def _credit_text(self, contribution: Contribution, name: str) -> str:
        """ "Sam said:", or with who supported them: "Sam said, with support from Jo (interpreter):"."""
        words, support = self.words, contribution.support
        role = words.text("Summary", SUPPORT_ROLES[support.role]) if support else ""
        if contribution.text:
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

    def _how_the_room_took_it(self, contribution: Contribution) -> list[Flowable]:
        """Under the words: confirmed by the person, and who agrees, in words (never a mark alone)."""
        s, words, lines = self.styles, self.words, []
        if contribution.is_confirmed:
            # Translators: under a contribution the person heard read back and said was right.
            lines.append(words.text("Summary", "✓ Confirmed: they said this is right."))
        names = [self.by_person[p].credited_as for p in contribution.agreed_by if p in self.by_person]
        if len(names) == 1:
            # Translators: under a contribution; {name} added their marker to say they agree.
            lines.append(words.fill("Summary", "{name} agrees.", name=names[0]))
        elif names:
            # Translators: joins the last two of several names: "Priya, Sam and Dot".
            joined = words.fill("Summary", "{names} and {last}", names=", ".join(names[:-1]), last=names[-1])
            # Translators: under a contribution; {names} is a list of people who agree with it.
            lines.append(words.fill("Summary", "{names} agree.", names=joined))
        return [Spacer(1, 2 * mm), *(self._para(line, s.body, rtl=self.rtl) for line in lines)] if lines else []

    def _card_grid(self, card_ids: tuple[str, ...]) -> Table:
        """The person's pictures in the order chosen, each with its label under it, rows of four."""
        per_row = max(1, int((CONTENT_WIDTH - INDENT) // CARD_CELL))
        cells = []
        for card_id in card_ids:
            card = self._card(card_id)
            label = self.words.card_label(card) if card else card_id
            picture = self._picture(card_id, CARD)
            cells.append([picture or Spacer(CARD, CARD), self._para(label, self.styles.label)])
        rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
        rows[-1] = rows[-1] + [""] * (per_row - len(rows[-1]))
        grid = Table([self._row(row) for row in rows], colWidths=[CARD_CELL] * per_row, hAlign=self._side)
        grid.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    *_plain_cells(),
                    _pad("BOTTOM", 3 * mm),
                ]
            )
        )
        return grid

    def _attribution_block(self) -> list[Flowable]:
        s, words = self.styles, self.words
        lines = [
            # Translators: credit for the OpenMoji pictures, as their licence asks. Keep "OpenMoji",
            # "openmoji.org" and "CC BY-SA 4.0" as they are.
            words.text("Summary", OPENMOJI_ATTRIBUTION) if line == OPENMOJI_ATTRIBUTION else line
            for line in self.catalogue.attribution([c for c in self.cards_used if c in self.catalogue])
        ]
        # Translators: in a picture's credit, for who made it or its licence when nobody said.
        not_given = words.text("Summary", "not given")
        for card_id in self.cards_used:  # cards people brought carry their own credit, even if unknown
            card = self._card(card_id)
            if card_id not in self.catalogue and card:
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
        heading = self._para(words.text("Summary", "About the pictures"), s.credit, rtl=self.rtl)
        story: list[Flowable] = [*self._section_rule(), heading]
        return [KeepTogether(story + [self._para(line, s.small, rtl=self.rtl) for line in lines])]

    # Helpers.

    def _para(self, text: str, style: ParagraphStyle, *, rtl: bool | None = None) -> Flowable:
        """Plain text (never markup) as a paragraph in *style*, bold when the style is.

        On a right-to-left sheet the text is shaped and put in bidi order; *rtl* gives the base
        direction of our own sentences (a name first must not turn "X said:" round), None lets a
        person's own words take theirs from their first letter.
        """
        bold = style.fontName == primary_font(True)
        if self.rtl:
            return ShapedParagraph(text, style, bold=bold, language=self.meeting.language, rtl=rtl)
        if has_rtl(text):
            # An Arabic or Urdu name or sentence on an English (Welsh, Polish) sheet: joined letters in
            # reading order, as on a right-to-left sheet, so it reads as its writer wrote it.
            return ShapedParagraph(text, style, bold=bold, language=None, rtl=rtl)
        return Paragraph(para_markup(text, bold=bold), style)

    def _row(self, cells: list) -> list:
        """Table cells left to right: mirrored on a right-to-left sheet."""
        return cells[::-1] if self.rtl else cells

    def _outer_edge(self) -> list[tuple]:
        """On a right-to-left sheet, a marker or picture (the last cell) sits against the page's
        right edge, leaving the gap between it and the words, as on the left in English."""
        return [("ALIGN", (-1, 0), (-1, -1), "RIGHT")] if self.rtl else []

    @property
    def _side(self) -> str:
        return "RIGHT" if self.rtl else "LEFT"

    def _section_rule(self) -> list[Flowable]:
        return [Spacer(1, 4 * mm), HRFlowable(width="100%", thickness=1, color=RULE, spaceAfter=6 * mm)]

    def _card(self, card_id: str) -> Card | None:
        if card_id not in self._cards:
            try:
                self._cards[card_id] = self.store.cards.get(card_id)
            except NotFound:
                self._cards[card_id] = self.catalogue.get(card_id) if card_id in self.catalogue else None
        return self._cards[card_id]

    def _picture(self, card_id: str, size: float) -> PictureFlowable | None:
        """The card's print picture at *size*, or None when there is no picture for it."""
        if card_id not in self.cards_used:
            self.cards_used.append(card_id)
        if card_id in self.catalogue:
            path = self.catalogue.png_path(card_id)
            return PictureFlowable(str(path), size) if path.is_file() else None
        try:  # a card someone brought: its picture is stored with it
            data, _media_type = self.store.imported_cards.picture(card_id)
        except NotFound:
            return None
        return PictureFlowable(ImageReader(io.BytesIO(data)), size)


def _plain_cells() -> list[tuple]:
    """Table cells with no padding (we space things ourselves) and our font for empty filler cells
    (reportlab's default would add an unembedded Helvetica to the file)."""
    padding = [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")]
    return [*padding, ("FONTNAME", (0, 0), (-1, -1), primary_font())]


def _pad(side: str, amount: float) -> tuple:
    return (f"{side}PADDING", (0, 0), (-1, -1), amount)
