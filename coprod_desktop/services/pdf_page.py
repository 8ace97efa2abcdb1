"""The page every printed sheet shares: A4, Easy Read type sizes, a footer, and a safe way to save.

Sizes follow Easy Read practice: body text 16 pt (14 pt is the floor, used only for the footer and
the small print about the pictures), headings larger, dark text on white, generous space.
"""

import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from .fonts import primary_font
from .pdf_drawing import draw_text, fit_text, text_width

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
FOOTER_SPACE = 16 * mm  # room under the text frame for the footer line
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
INK = HexColor("#111111")  # near-black: full contrast without the glare of pure black on white
RULE = HexColor("#6B6B6B")  # lines between sections: visible, but quieter than the text
FOOTER_SIZE = 14
BODY_SIZE = 16


class SummaryWriteError(OSError):
    """The PDF could not be saved. str() is plain English, fit to show a facilitator.

    errno, strerror and filename are those of the underlying failure, for callers that report
    OSErrors in their own words.
    """

    def __init__(self, message: str, path: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or message)
        self.filename = str(path)
        self.message = message

    def __str__(self) -> str:  # OSError's would read "[Errno 13] ..."
        return self.message


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


def make_styles() -> Styles:
    """Paragraph styles for our sheets. Every style splits words too long for a line."""
    regular, bold = primary_font(False), primary_font(True)

    def style(name: str, font: str, size: float, leading: float, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading, textColor=INK, splitLongWords=1, **extra
        )

    return Styles(
        title=style("title", bold, 30, 38, spaceAfter=6),
        subtitle=style("subtitle", regular, 20, 28, spaceAfter=4),
        heading=style("heading", bold, 24, 30, spaceBefore=10, spaceAfter=10),
        prompt=style("prompt", bold, 20, 27),
        body=style("body", regular, BODY_SIZE, 23),
        credit=style("credit", bold, BODY_SIZE, 23),
        name=style("name", bold, BODY_SIZE, 21),
        label=style("label", regular, BODY_SIZE, 19, alignment=1),
        small=style("small", regular, FOOTER_SIZE, 19),
    )


def _canvas_with_footer(footer_title: str) -> type[Canvas]:
    """A canvas class that holds pages back until the end so each footer can say 'Page N of M'."""

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
            page = f"Page {number} of {total}"
            page_width = text_width(page, FOOTER_SIZE)
            draw_text(self, PAGE_WIDTH - MARGIN - page_width, y, page, FOOTER_SIZE)
            # The title is the person's own text: drawn as data, cut short rather than run into the page number.
            title = fit_text(footer_title, CONTENT_WIDTH - page_width - 10 * mm, FOOTER_SIZE)
            draw_text(self, MARGIN, y, title, FOOTER_SIZE)
            self.restoreState()

    return FooterCanvas


def build_pdf(out_path: Path, story: Sequence[Flowable], *, title: str, subject: str) -> Path:
    """Lay out *story* on A4 pages with the footer and save it to *out_path* atomically.

    The PDF is built in a temporary file in the same folder and moved over *out_path* only when it
    is complete, so a failure never leaves half a PDF and never damages an existing file.
    Raises SummaryWriteError (an OSError) with a plain message when the folder cannot be written.
    """
    out_path = Path(out_path)
    folder = out_path.parent
    temp = folder / f".{out_path.name}.{secrets.token_hex(4)}.tmp"
    try:
        # Mode "xb" rather than tempfile's 0600: the finished PDF gets normal permissions.
        handle = open(temp, "xb")  # closed in the finally below
    except OSError as error:
        raise SummaryWriteError(f"The PDF cannot be saved in {folder}: {_reason(error)}.", out_path, error) from error
    try:
        try:
            doc = SimpleDocTemplate(
                handle,
                pagesize=A4,
                leftMargin=MARGIN,
                rightMargin=MARGIN,
                topMargin=MARGIN,
                bottomMargin=MARGIN + FOOTER_SPACE,
                title=title,
                subject=subject,
                creator="CoProd Desktop",
                lang="en-GB",
                displayDocTitle=1,
                # Otherwise reportlab names Helvetica in every page's resources, unembedded.
                initialFontName=primary_font(),
                initialFontSize=BODY_SIZE,
            )
            doc.build(list(story), canvasmaker=_canvas_with_footer(title))
            handle.flush()
            os.fsync(handle.fileno())
        finally:
            handle.close()
        os.replace(temp, out_path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise SummaryWriteError(
            f"The PDF could not be saved as {out_path}: {_reason(error)}.", out_path, error
        ) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return out_path


def _reason(error: OSError) -> str:
    """A short plain reason for an OSError, e.g. 'Permission denied'."""
    return error.strerror or str(error) or "the computer refused"
