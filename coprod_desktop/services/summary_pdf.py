"""The group summary: one PDF of everything said in a meeting, each contribution credited.

Layout follows Easy Read practice: pictures on the left, words on the right; big type; one thing
per line; plenty of white space. Every person is shown by the name they chose to be credited by
and by their marker, drawn and put into words (never colour alone). No Qt: the CLI and the UI's
background job both call write_summary.
"""

import io
from collections import defaultdict
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Indenter, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from ..domain.dates import readable_date
from ..domain.errors import NotFound
from ..domain.models import Attendee, Card, Contribution, Meeting, Prompt
from ..store.store import Store
from .catalogue import CardCatalogue
from .fonts import para_markup, primary_font
from .pdf_drawing import MarkerFlowable, PictureFlowable
from .pdf_page import CONTENT_WIDTH, RULE, Styles, SummaryWriteError, build_pdf, make_styles

__all__ = ["SummaryWriteError", "write_summary"]

PROMPT_CARD = 30 * mm  # the picture beside a prompt
CARD = 24 * mm  # each picture a person chose
CARD_CELL = 37 * mm  # a picture with its label under it, and room around
MARKER = 10 * mm  # a person's marker beside their words
INDENT = MARKER + 4 * mm  # words and pictures line up to the right of the marker

KEEP_WHOLE_CHARS = 400  # about six lines of 16 pt text
KEEP_WHOLE_CARDS = 8  # two rows of pictures

NO_CONTRIBUTIONS = "Nobody added anything here."
OTHER_HEADING = "Other things people said"


def write_summary(store: Store, meeting_id: str, out_path: Path, catalogue: CardCatalogue) -> Path:
    """Write the group summary PDF of meeting *meeting_id* to *out_path* and return the path.

    Raises NotFound for an unknown meeting. Saves atomically (see pdf_page.build_pdf): an existing
    file at *out_path* is replaced only by a complete PDF. Raises an OSError subclass with a plain
    message when the folder cannot be written.
    """
    meeting = store.meetings.get(meeting_id)  # raises NotFound
    summary = _Summary(store, meeting, catalogue)
    return build_pdf(Path(out_path), summary.story(), title=meeting.title, subject="Meeting summary")


class _Summary:
    """Builds the story (the list of flowables) for one meeting."""

    def __init__(self, store: Store, meeting: Meeting, catalogue: CardCatalogue) -> None:
        self.store = store
        self.meeting = meeting
        self.catalogue = catalogue
        self.styles: Styles = make_styles()
        self.attendees = store.people.attendees(meeting.id)
        self.by_person: dict[str, Attendee] = {a.person_id: a for a in self.attendees}
        self.prompts = store.prompts.for_meeting(meeting.id)
        self.contributions = store.contributions.for_meeting(meeting.id)
        self.cards_used: list[str] = []  # in order of first use, for the attribution
        self._cards: dict[str, Card | None] = {}

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
            story += self._section([Paragraph(OTHER_HEADING, self.styles.heading)], under[None])
        story += self._attribution_block()
        return story

    # Parts of the page, top to bottom.

    def _heading_block(self) -> list[Flowable]:
        s = self.styles
        when = readable_date(self.meeting.date)
        if self.meeting.place:
            when = f"{when}\n{self.meeting.place}"
        return [
            Paragraph(para_markup(self.meeting.title, bold=True), s.title),
            Paragraph(para_markup(when), s.subtitle),
            Spacer(1, 6 * mm),
        ]

    def _people_block(self) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [Paragraph("Who took part", s.heading)]
        if not self.attendees:
            return [*story, Paragraph("Nobody has been added to this meeting yet.", s.body)]
        # Two people to a row keeps a group of 15 on one page without shrinking the type.
        column = CONTENT_WIDTH / 2
        cells = [self._person_cell(a, column) for a in self.attendees]
        rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
        table = Table(rows, colWidths=[column, column], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_plain_cells(), _pad("BOTTOM", 4 * mm)]))
        return [*story, table, Spacer(1, 4 * mm)]

    def _person_cell(self, attendee: Attendee, width: float) -> Table:
        s = self.styles
        marker = attendee.marker
        words = [
            Paragraph(para_markup(attendee.credited_as, bold=True), s.name),
            Paragraph(para_markup(f"Marker: {marker.describe()}"), s.body),
        ]
        cell = Table([[MarkerFlowable(marker, 12 * mm), words]], colWidths=[16 * mm, width - 20 * mm])
        cell.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_plain_cells()]))
        return cell

    def _prompt_heading(self, prompt: Prompt) -> list[Flowable]:
        """The prompt's picture on the left (when it has one) and its words on the right."""
        words = Paragraph(para_markup(prompt.text, bold=True), self.styles.prompt)
        picture = self._picture(prompt.card_id, PROMPT_CARD) if prompt.card_id else None
        if picture is None:
            return [words]
        header = Table([[picture, words]], colWidths=[PROMPT_CARD + 6 * mm, CONTENT_WIDTH - PROMPT_CARD - 6 * mm])
        header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *_plain_cells()]))
        return [header]

    def _section(self, heading: list[Flowable], contributions: list[Contribution]) -> list[Flowable]:
        """A rule, a heading, then every contribution under it in the order made."""
        first = [*self._section_rule(), *heading, Spacer(1, 5 * mm)]
        if not contributions:
            return [KeepTogether([*first, Paragraph(NO_CONTRIBUTIONS, self.styles.body), Spacer(1, 4 * mm)])]
        story: list[Flowable] = []
        for index, contribution in enumerate(contributions):
            head, tail = self._contribution_block(contribution)
            # Keep the heading with its first answer, never alone at the foot of a page.
            # (KeepTogether must not be nested: an inner one makes the outer always break the page.)
            story += [KeepTogether([*first, *head] if index == 0 else head), *tail]
        return story

    def _contribution_block(self, contribution: Contribution) -> tuple[list[Flowable], list[Flowable]]:
        """The contribution as (what must stay together: credit and start of the words, the rest)."""
        s = self.styles
        person = self.by_person.get(contribution.person_id)
        name = person.credited_as if person else "Someone no longer on the list"
        verb = "said" if contribution.text else "chose these pictures"
        credit = Paragraph(para_markup(f"{name} {verb}:", bold=True), s.credit)
        marker: Flowable | str = MarkerFlowable(person.marker, MARKER) if person else ""
        credit_row = Table([[marker, credit]], colWidths=[INDENT, CONTENT_WIDTH - INDENT], hAlign="LEFT")
        credit_row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *_plain_cells()]))
        # The words are a plain Paragraph, not a table cell, so a long contribution can run onto
        # the next page instead of failing to fit.
        body: list[Flowable] = [Indenter(left=INDENT)]
        if contribution.text:
            body.append(Paragraph(para_markup(contribution.text), s.body))
        if contribution.card_ids:
            body += [Spacer(1, 2 * mm), self._card_grid(contribution.card_ids)]
        body += [Indenter(left=-INDENT), Spacer(1, 6 * mm)]
        head = [credit_row, Spacer(1, 1 * mm), *body]
        # A short contribution stays whole, so pictures are never parted from the words they go
        # with; a long one may run over a page, as long as the credit stays with its first lines.
        if len(contribution.text) <= KEEP_WHOLE_CHARS and len(contribution.card_ids) <= KEEP_WHOLE_CARDS:
            return head, []
        return head[:4], head[4:]

    def _card_grid(self, card_ids: tuple[str, ...]) -> Table:
        """The person's pictures in the order chosen, each with its label under it, rows of four."""
        per_row = max(1, int((CONTENT_WIDTH - INDENT) // CARD_CELL))
        cells = []
        for card_id in card_ids:
            card = self._card(card_id)
            label = card.label if card else card_id
            picture = self._picture(card_id, CARD)
            cells.append([picture or Spacer(CARD, CARD), Paragraph(para_markup(label), self.styles.label)])
        rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
        rows[-1] = rows[-1] + [""] * (per_row - len(rows[-1]))
        grid = Table(rows, colWidths=[CARD_CELL] * per_row, hAlign="LEFT")
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
        s = self.styles
        lines = self.catalogue.attribution([c for c in self.cards_used if c in self.catalogue])
        for card_id in self.cards_used:  # cards imported by the user carry their own licence
            card = self._card(card_id)
            if card_id not in self.catalogue and card and card.author:
                line = f"“{card.label}”: {card.author}. Licence: {card.licence}."
                if line not in lines:
                    lines.append(line)
        if not lines:
            return []
        story: list[Flowable] = [*self._section_rule(), Paragraph("About the pictures", s.credit)]
        return [KeepTogether(story + [Paragraph(para_markup(line), s.small) for line in lines])]

    # Helpers.

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
