"""The page every printed sheet shares: A4, Easy Read type sizes, a footer, and a safe way to save.

Sizes follow Easy Read practice: body text 16 pt (14 pt is the floor, used only for the footer and
the small print about the pictures), headings larger, dark text on white, generous space.

Sheets are in the meeting's language: the footer's words come from the content translations, and
a right-to-left language (Arabic, Urdu) gets right-aligned styles and a mirrored footer.
"""

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from ..domain.speech import DEFAULT_LANGUAGE
from .fonts import primary_font
from .pdf_drawing import draw_text, fit_text, text_width
from .pdf_rtl import draw_line, fit_line, line_width
from .private_files import save_privately
from .translations import ContentTranslations

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
FOOTER_SPACE = 16 * mm  # room under the text frame for the footer line
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
INK = HexColor("#111111")  # near-black: full contrast without the glare of pure black on white
RULE = HexColor("#6B6B6B")  # lines between sections: visible, but quieter than the text
FOOTER_SIZE = 14
BODY_SIZE = 16
APP_NAME = "CoProd Desktop"  # the PDF's creator, and its author when no organisation is set

# reportlab wraps every stream (pages, fonts, pictures) in ASCII85 text by default, encoded in pure
# Python when its C accelerator is missing, as it is from PyPI wheels here: that was most of the time
# spent on a sheet with pictures, and a third more bytes. Binary streams are ordinary PDF.
rl_config.useA85 = 0


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    prompt: ParagraphStyle
    body: ParagraphStyle
    credit: ParagraphStyle
    name: ParagraphStyle
    label: ParagraphStyle
    small: ParagraphStyle


def make_styles(*, rtl: bool = False, body_points: float = BODY_SIZE) -> Styles:
    """Paragraph styles for our sheets. Every style splits words too long for a line.

    *rtl*: for a right-to-left language, text lines up on the right (picture labels stay centred).
    *body_points*: the body text size (16 pt Easy Read, 20 pt or more large print); headings and
    spacing grow in proportion, and the small print never drops below the 14 pt floor.
    """
    regular, bold = primary_font(False), primary_font(True)
    side = TA_RIGHT if rtl else TA_LEFT
    scale = body_points / BODY_SIZE

    def style(name: str, font: str, size: float, leading: float, **extra: object) -> ParagraphStyle:
        extra.setdefault("alignment", side)
        for space in ("spaceBefore", "spaceAfter"):
            if space in extra:
                extra[space] = float(extra[space]) * scale  # type: ignore[arg-type]
        size = size * scale if size != FOOTER_SIZE else max(FOOTER_SIZE, size * scale)
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading * scale, textColor=INK, splitLongWords=1, **extra
        )

    return Styles(
        title=style("title", bold, 30, 38, spaceAfter=6),
        subtitle=style("subtitle", regular, 20, 28, spaceAfter=4),
        heading=style("heading", bold, 24, 30, spaceBefore=10, spaceAfter=10),
        prompt=style("prompt", bold, 20, 27),
        body=style("body", regular, BODY_SIZE, 23),
        credit=style("credit", bold, BODY_SIZE, 23),
        name=style("name", bold, BODY_SIZE, 21),
        label=style("label", regular, BODY_SIZE, 19, alignment=TA_CENTER),
        small=style("small", regular, FOOTER_SIZE, 19),
    )


def _canvas_with_footer(footer_title: str, language: str) -> type[Canvas]:
    """A canvas class that holds pages back until the end so each footer can say 'Page N of M'."""
    words = ContentTranslations.for_language(language)

    class FooterCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # reportlab's name for it
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            y = MARGIN - 2 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.75)
            self.line(MARGIN, y + FOOTER_SIZE + 2 * mm, PAGE_WIDTH - MARGIN, y + FOOTER_SIZE + 2 * mm)
            self.setFillColor(INK)
            # Translators: the footer of every printed page.
            page = words.fill("Page", "Page {number} of {total}", number=number, total=total)
            if words.rtl:
                self._draw_mirrored_footer(y, page)
                self.restoreState()
                return
            page_width = text_width(page, FOOTER_SIZE)
            draw_text(self, PAGE_WIDTH - MARGIN - page_width, y, page, FOOTER_SIZE)
            # The title is the person's own text: drawn as data, cut short rather than run into the page number.
            title = fit_text(footer_title, CONTENT_WIDTH - page_width - 10 * mm, FOOTER_SIZE)
            draw_text(self, MARGIN, y, title, FOOTER_SIZE)
            self.restoreState()

        def _draw_mirrored_footer(self, y: float, page: str) -> None:
            """Right to left: the title from the right margin, the page number at the left."""
            page_width = line_width(page, FOOTER_SIZE, language=language, rtl=True)
            draw_line(self, MARGIN, y, page, FOOTER_SIZE, language=language, rtl=True)
            room = CONTENT_WIDTH - page_width - 10 * mm
            title = fit_line(footer_title, room, FOOTER_SIZE, language=language)
            title_width = line_width(title, FOOTER_SIZE, language=language)
            draw_line(self, PAGE_WIDTH - MARGIN - title_width, y, title, FOOTER_SIZE, language=language)

    return FooterCanvas


@dataclass(frozen=True)
class PageDetails:
    """What a PDF says about itself, beyond its title, subject and language.

    *author*: the organisation that made it (empty: the app's name, never "(anonymous)").
    *keywords*: for a PDF reader's document properties. *footer*: the words beside "Page N of M"
    (empty: the title). *body_points*: the body size, the size text starts at on each page.
    *decorate*: drawn on every page before its text (a certificate's border), or None.
    """

    author: str = ""
    keywords: tuple[str, ...] = ()
    footer: str = ""
    body_points: float = BODY_SIZE
    decorate: Callable[[Canvas], None] | None = None


def build_pdf(
    out_path: Path,
    story: Sequence[Flowable],
    *,
    title: str,
    subject: str,
    language: str = DEFAULT_LANGUAGE,
    details: PageDetails | None = None,
) -> Path:
    """Lay out *story* on A4 pages with the footer and save it to *out_path* atomically.

    *language* is the meeting's: the footer's words and the PDF's language tag follow it.
    *details*: author, keywords, footer words and body size (see PageDetails).

    The PDF is built in a temporary file in the same folder and moved over *out_path* only when it
    is complete, so a failure never leaves half a PDF and never damages an existing file. The file
    holds people's names and words, so it is readable by its owner only (mode 0600).
    Raises SaveError (an OSError) with a plain message when the folder cannot be written.
    """
    return save_privately(
        out_path,
        lambda handle: _lay_out(handle, story, title=title, subject=subject, language=language, details=details),
        what="The PDF",
    )


def pdf_bytes(
    story: Sequence[Flowable],
    *,
    title: str,
    subject: str,
    language: str = DEFAULT_LANGUAGE,
    details: PageDetails | None = None,
) -> bytes:
    """Lay out *story* as build_pdf does, into memory: for printing, which needs no file on disk."""
    buffer = io.BytesIO()
    _lay_out(buffer, story, title=title, subject=subject, language=language, details=details)
    return buffer.getvalue()


def _lay_out(
    handle: BinaryIO, story: Sequence[Flowable], *, title: str, subject: str, language: str, details: PageDetails | None
) -> None:
    details = details or PageDetails()
    doc = SimpleDocTemplate(
        handle,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER_SPACE,
        title=title,
        subject=subject,
        author=details.author.strip() or APP_NAME,
        creator=APP_NAME,
        keywords=", ".join(details.keywords),
        lang="en-GB" if language == DEFAULT_LANGUAGE else language,
        displayDocTitle=1,
        # Otherwise reportlab names Helvetica in every page's resources, unembedded.
        initialFontName=primary_font(),
        initialFontSize=details.body_points,
    )
    decorate = details.decorate

    def on_page(canvas: Canvas, _doc: object) -> None:
        if decorate is not None:
            canvas.saveState()
            decorate(canvas)
            canvas.restoreState()

    doc.build(
        list(story),
        onFirstPage=on_page,
        onLaterPages=on_page,
        canvasmaker=_canvas_with_footer(details.footer or title, language),
    )
