"""An Easy Read Document drawn as a PDF to print: picture on the left, short text on the right.

One idea per row, body text at the document's size (16 pt, 20 pt large print) with headings larger
in proportion, near-black on white, generous space, "Page 2 of 5" at the foot of each page. A
right-to-left document is mirrored: pictures on the right, text shaped and lined up on the right.

Pictures sit in a column beside the words (pdf_drawing.Beside), never under them, and the column
runs on over pages, so a contribution of any length flows on and its credit stays with its first
lines. A certificate is one page, centred, inside a border: a long list of prompts is cut to what
fits, with "and N more", and anything still too big (a very long name) is scaled down to fit.

Text is data: escaped (fonts.para_markup) or drawn as plain text (pdf_rtl); characters no font can
draw (emoji) are named in words (easy_read.text).
"""

from __future__ import annotations

import functools
import io
from pathlib import Path

from PIL import Image
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from ..fonts import para_markup, primary_font
from ..pdf_drawing import Beside, Dot, Lead, MarkerFlowable, PictureFlowable
from ..pdf_page import (
    FOOTER_SPACE,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    PageDetails,
    build_pdf,
    make_styles,
    pdf_bytes,
)
from ..pdf_rtl import ShapedParagraph, has_rtl
from ..print_pictures import PrintPicture, picture_from_file, picture_from_image
from ..translations import ContentTranslations
from .model import Block, Document, DocumentKind, Heading, Items, Line, Picture, Said, SmallPrint
from .text import keep_latin_punctuation, name_missing_glyphs

__all__ = ["document_pdf_bytes", "write_document_pdf"]

# Sizes at 16 pt body text; everything grows in proportion for large print.
HEADING_PICTURE = 30 * mm  # a prompt's picture beside its heading
LINE_PICTURE = 20 * mm  # a picture beside one of our sentences
CARD = 24 * mm  # each picture a person chose
CARD_CELL = 37 * mm  # a picture with its label under it, and room around
MARKER = 10 * mm  # a person's marker beside their credit
GAP = 6 * mm  # between the picture column and the words
FRAME_PADDING = 6  # reportlab's Frame pads each side by 6 pt
FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - FOOTER_SPACE - 2 * FRAME_PADDING
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN - 2 * FRAME_PADDING
SHORT_LIST = 4  # a list longer than this, of items no longer than SHORT_ITEM_CHARS, takes two columns
SHORT_ITEM_CHARS = 32
KEEP_WHOLE = FRAME_HEIGHT / 2  # a contribution shorter than this is never split over two pages
LONG_WORDS = 600  # characters: longer words get a single column of pictures, to leave them room
LABEL_CHARS = 60  # a picture's label is cut to this in print (the HTML copy keeps it whole)
CERTIFICATE_ITEM_CHARS = 150  # a prompt on a certificate is cut to this, so the page stays one page
# Translators (content, context "Certificate"): after a cut list of prompts: "and 12 more".
AND_MORE = "and {count} more"


def document_pdf_bytes(doc: Document) -> bytes:
    """*doc* as a PDF, in memory (for printing: no file with people's words is left anywhere)."""
    story, details = _Renderer(doc).render()
    return pdf_bytes(story, title=doc.title, subject=doc.subject, language=doc.language, details=details)


def write_document_pdf(doc: Document, out_path: Path) -> Path:
    """Save *doc* as a PDF at *out_path* and return the path.

    Saved atomically and readable by its owner only (see pdf_page.build_pdf); raises
    private_files.SaveError (an OSError) with a plain message when the folder cannot be written.
    """
    story, details = _Renderer(doc).render()
    return build_pdf(
        Path(out_path), story, title=doc.title, subject=doc.subject, language=doc.language, details=details
    )


@functools.lru_cache(maxsize=512)
def _file_picture(path: str) -> PrintPicture | None:
    """The picture in the PNG file at *path*, ready to print (a card's print copy when it has
    one); None when it cannot be read (the words then stand alone). Read once per process and
    shared by every sheet: each PDF then stores it without compressing it again."""
    try:
        return picture_from_file(Path(path))
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


@functools.lru_cache(maxsize=64)
def _bytes_picture(data: bytes) -> PrintPicture | None:
    """PNG bytes (a picture someone brought) ready to print, decoded once; None when not a picture."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            return picture_from_image(image)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


class _Renderer:
    """Turns one Document into flowables."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.rtl = doc.rtl
        self.scale = doc.body_points / 16
        self.certificate = doc.kind is DocumentKind.CERTIFICATE
        s = make_styles(rtl=self.rtl, body_points=doc.body_points)
        centre = {"alignment": TA_CENTER} if self.certificate else {}
        title_size = s.title.fontSize * (1.2 if self.certificate else 1)
        self.heading_styles = {
            1: s.title.clone("h1", fontSize=title_size, leading=title_size * 1.27, spaceAfter=4 * mm, **centre),
            2: s.heading.clone("h2", **centre),
            3: s.prompt.clone("h3", spaceBefore=3 * mm * self.scale, **centre),
        }
        self.body = s.body.clone("body", leading=doc.body_points * 1.45, **centre)
        self.strong = s.credit.clone("strong", leading=doc.body_points * 1.45, **centre)
        self.more = self.strong  # "and 12 more" under a certificate's cut list
        if self.certificate:  # on a certificate the strong line is the person's name: large, with room
            self.strong = s.heading.clone("name", alignment=TA_CENTER, spaceBefore=2 * mm, spaceAfter=2 * mm)
        self.label = s.label.clone("label")
        self.small = s.small.clone("small", spaceAfter=1 * mm)
        self.small_heading = s.small.clone("small heading", fontName=primary_font(True), spaceAfter=2 * mm)
        self._first_block = True

    def render(self) -> tuple[list[Flowable], PageDetails]:
        story: list[Flowable] = []
        for block in self.doc.blocks:
            story += self._block(block)
            self._first_block = False
        if not self.certificate:
            story = _leads(story)
        details = PageDetails(
            author=self.doc.author,
            keywords=self.doc.keywords,
            footer=self.doc.footer,
            body_points=self.doc.body_points,
            decorate=_border if self.certificate else None,
        )
        if self.certificate:
            story = self._one_page(story)
        return story, details

    def _block(self, block: Block) -> list[Flowable]:
        if isinstance(block, Heading):
            return self._heading(block)
        if isinstance(block, Line):
            return self._line(block)
        if isinstance(block, Said):
            return self._said(block)
        if isinstance(block, Items):
            return self._items(block)
        return self._small_print(block)

    # Blocks.

    def _heading(self, heading: Heading) -> list[Flowable]:
        level = min(max(heading.level, 1), 3)
        style = self.heading_styles[level]
        words = self._para(heading.text, style)
        rule = []
        if level == 2 and not self._first_block and not self.certificate:
            rule = [HRFlowable(width="100%", thickness=1, color=RULE, spaceBefore=4 * mm, spaceAfter=2 * mm)]
        picture = self._picture(heading.picture, HEADING_PICTURE if level > 1 else LINE_PICTURE)
        if picture is None:
            flowable = words
        elif self.certificate:
            parts = [_centred(picture), Spacer(1, 3 * mm), words]
            for part in parts:
                part.keepWithNext = 1
            return parts
        else:
            flowable = self._beside([picture], [words], HEADING_PICTURE if level > 1 else LINE_PICTURE)
            flowable.spaceBefore, flowable.spaceAfter = style.spaceBefore, style.spaceAfter + 2 * mm
        for part in [*rule, flowable]:
            part.keepWithNext = 1  # a heading never ends a page
        return [*rule, flowable]

    def _line(self, line: Line) -> list[Flowable]:
        style = self.strong if line.strong else self.body
        words = self._para(line.text, style, own=line.own_words)
        picture = self._picture(line.picture, LINE_PICTURE)
        space = Spacer(1, 3 * mm * self.scale)
        if picture is None:
            return [words, space]
        if self.certificate:
            return [_centred(picture), Spacer(1, 2 * mm), words, space]
        return [self._beside([picture], [words], LINE_PICTURE), space]

    def _said(self, said: Said) -> list[Flowable]:
        """The credit with the marker beside it, then the words with the person's cards beside them."""
        credit = self._para(said.credit, self.strong)
        marker = MARKER * self.scale
        if said.marker is None:
            head: Flowable = credit
        else:
            head = Beside(
                [MarkerFlowable(said.marker, marker)],
                [credit],
                side_width=marker,
                gap=3 * mm * self.scale,
                mirrored=self.rtl,
            )
        head.spaceAfter = 3 * mm * self.scale
        words: list[Flowable] = []
        if said.words:
            words.append(self._para(said.words, self.body, own=True))
        for note in said.notes:
            if words:
                words.append(Spacer(1, 2 * mm * self.scale))
            words.append(self._para(note, self.body))
        cards: list[Flowable] = []
        width = 0.0
        if said.pictures:
            if not words:  # pictures only: a grid across the page
                columns = min(len(said.pictures), int(FRAME_WIDTH // (CARD_CELL * self.scale)))
            else:
                columns = 1 if len(said.pictures) == 1 or len(said.words) > LONG_WORDS else 2
            cards = self._card_rows(said.pictures, columns)
            width = columns * CARD_CELL * self.scale
        elif said.marker is not None:  # no pictures: the words line up past the marker, as the credit does
            cards, width = [Spacer(marker, 0)], marker
        block = Beside(
            cards,
            words,
            side_width=width,
            gap=GAP if said.pictures else 3 * mm * self.scale,
            mirrored=self.rtl,
            head=head,
            keep_whole=KEEP_WHOLE,
            space_after=7 * mm * self.scale,
        )
        return [block]

    def _items(self, items: Items) -> list[Flowable]:
        if self.certificate:
            return self._certificate_items(items.items)
        dot = 5 * mm * self.scale
        rows: list[Flowable] = []
        for item in items.items:
            row = Beside(
                [Dot(dot, self.body.leading * 0.8)],
                [self._para(item, self.body)],
                side_width=dot,
                gap=3 * mm * self.scale,
                mirrored=self.rtl,
                space_after=2 * mm * self.scale,
            )
            rows.append(row)
        picture = self._picture(items.picture, LINE_PICTURE)
        if picture is None and len(rows) > SHORT_LIST and all(len(item) <= SHORT_ITEM_CHARS for item in items.items):
            # A long list of short items (who took part) in two columns: a group of twelve would
            # otherwise fill the first page and leave the rest of it empty.
            return [self._two_columns(rows), Spacer(1, 2 * mm)]
        if picture is None:
            return [*rows, Spacer(1, 2 * mm)]
        return [self._beside([picture], rows, LINE_PICTURE), Spacer(1, 2 * mm)]

    def _two_columns(self, rows: list[Flowable]) -> Table:
        """*rows* down the first column, then the second (the first on the right when right to left)."""
        half = (len(rows) + 1) // 2
        pairs = [[rows[i], rows[i + half] if i + half < len(rows) else ""] for i in range(half)]
        table = Table([pair[::-1] if self.rtl else pair for pair in pairs], colWidths=[FRAME_WIDTH / 2] * 2)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), primary_font()),
                    *((f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")),
                ]
            )
        )
        return table

    def _small_print(self, small: SmallPrint) -> list[Flowable]:
        rule = HRFlowable(width="100%", thickness=1, color=RULE, spaceBefore=6 * mm, spaceAfter=3 * mm)
        body = [self._para(small.heading, self.small_heading), *(self._para(x, self.small) for x in small.lines)]
        if self.certificate:
            return body
        return [KeepTogether([rule, *body])]

    # Parts.

    def _card_rows(self, pictures: tuple[Picture, ...], columns: int) -> list[Flowable]:
        """The person's pictures in the order chosen, each with its label under it, *columns* to a row."""
        cell, card = CARD_CELL * self.scale, CARD * self.scale
        cells = []
        for picture in pictures:
            drawn = self._picture(picture, card)
            label = picture.words if len(picture.words) <= LABEL_CHARS else picture.words[:LABEL_CHARS] + "…"
            cells.append([drawn or Spacer(card, card), Spacer(1, 1 * mm), self._para(label, self.label)])
        rows = []
        for start in range(0, len(cells), columns):
            row = cells[start : start + columns]
            row += [""] * (columns - len(row))
            table = Table([row[::-1] if self.rtl else row], colWidths=[cell] * columns, hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                        ("FONTNAME", (0, 0), (-1, -1), primary_font()),
                        *((f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP")),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
                    ]
                )
            )
            rows.append(table)
        return rows

    def _certificate_items(self, items: tuple[str, ...]) -> list[Flowable]:
        """The prompts on a certificate, centred: two columns when there are many, cut to fit the page."""
        cut = [i if len(i) <= CERTIFICATE_ITEM_CHARS else i[:CERTIFICATE_ITEM_CHARS] + "…" for i in items]
        return [_CertificateList(self, cut)]

    def _beside(self, side: list[Flowable], words: list[Flowable], side_width: float) -> Beside:
        return Beside(side, words, side_width=side_width * self.scale, gap=GAP, mirrored=self.rtl)

    def _picture(self, picture: Picture | None, size: float) -> Flowable | None:
        if picture is None or picture.source is None:
            return None
        source = picture.source
        ready = _bytes_picture(source) if isinstance(source, bytes) else _file_picture(str(source))
        return PictureFlowable(ready, size * self.scale) if ready is not None else None

    def _para(self, text: str, style: ParagraphStyle, *, own: bool = False) -> Flowable:
        """Plain text (never markup) as a paragraph in *style*, bold when the style is.

        Our sentences take the document's direction; a person's own words (*own*) take theirs
        from their first letter. Right-to-left text is shaped and put in bidi order.
        """
        bold = style.fontName == primary_font(True)
        text = name_missing_glyphs(text)
        if self.rtl or has_rtl(text):
            language = self.doc.language if self.rtl else None
            if own:
                # Each line lines up on its own side: an English line left, an Arabic one right.
                style = style if style.alignment == TA_CENTER else style.clone("own", alignment=TA_JUSTIFY)
                return ShapedParagraph(text, style, bold=bold, language=language, rtl=None)
            if self.rtl:
                text = keep_latin_punctuation(text)
            return ShapedParagraph(text, style, bold=bold, language=language, rtl=self.rtl)
        return Paragraph(para_markup(text, bold=bold), style)

    # The certificate's one page.

    def _one_page(self, story: list[Flowable]) -> list[Flowable]:
        """The certificate's story, made to fit one page: the list of prompts is cut first, then
        (only for something extreme, such as a very long name) everything is scaled down."""
        story = [Spacer(1, 8 * mm), *story]
        lists = [f for f in story if isinstance(f, _CertificateList)]
        while lists and _height(story) > FRAME_HEIGHT and lists[0].shown > 1:
            lists[0].shown -= 1
        return [KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT - 1, story, mode="shrink")]


class _CertificateList(Flowable):
    """The prompts on a certificate, centred, in two columns when there are more than six;
    with "and N more" when only *shown* of them fit on the page."""

    def __init__(self, renderer: _Renderer, items: list[str]) -> None:
        super().__init__()
        self.renderer = renderer
        self.items = items
        self.shown = len(items)
        self._table: Table | None = None
        self._for: tuple[int, float] | None = None

    def _build(self, width: float) -> Table:
        if self._for != (self.shown, width) or self._table is None:
            r = self.renderer
            shown = self.items[: self.shown]
            cells = [r._para(item, r.body) for item in shown]
            columns = 2 if len(shown) > 6 else 1
            rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
            if rows and len(rows[-1]) < columns:
                rows[-1] = rows[-1] + [""]
            if self.shown < len(self.items):
                words = ContentTranslations.for_language(r.doc.language)
                more = words.fill("Certificate", AND_MORE, count=len(self.items) - self.shown)
                rows.append([r._para(more, r.more)] + [""] * (columns - 1))
            table = Table([row[::-1] if r.rtl else row for row in rows], colWidths=[width / columns] * columns)
            spans = [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1))] if self.shown < len(self.items) else []
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("FONTNAME", (0, 0), (-1, -1), primary_font()),
                        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
                        *spans,
                    ]
                )
            )
            self._table, self._for = table, (self.shown, width)
        return self._table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self._build(avail_width).wrap(avail_width, avail_height)
        return self.width, self.height

    def draw(self) -> None:
        self._build(self.width).drawOn(self.canv, 0, 0)


def _leads(story: list[Flowable]) -> list[Flowable]:
    """Each run of headings (marked keepWithNext) joined to the flowable after it, as a Lead."""
    out: list[Flowable] = []
    waiting: list[Flowable] = []
    for flowable in story:
        if getattr(flowable, "keepWithNext", 0):
            flowable.keepWithNext = 0
            waiting.append(flowable)
        elif waiting:
            out.append(Lead(waiting, flowable))
            waiting = []
        else:
            out.append(flowable)
    return out + waiting


def _height(story: list[Flowable]) -> float:
    total = 0.0
    for flowable in story:
        total += flowable.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _centred(flowable: Flowable) -> Flowable:
    flowable.hAlign = "CENTER"
    return flowable


def _border(canvas: Canvas) -> None:
    """A certificate's border: a firm frame with a finer one inside it."""
    inset = MARGIN / 2
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(3)
    canvas.rect(inset, inset, PAGE_WIDTH - 2 * inset, PAGE_HEIGHT - 2 * inset)
    canvas.setLineWidth(0.75)
    inner = inset + 2.5 * mm
    canvas.rect(inner, inner, PAGE_WIDTH - 2 * inner, PAGE_HEIGHT - 2 * inner)
