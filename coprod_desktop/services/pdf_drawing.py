"""Drawing on a reportlab canvas: people's markers and plain text in any script.

A marker is drawn, not described only in words or shown only as a colour: the shape and the
initials let people who cannot tell the colours apart, or who read a black-and-white copy, still
find themselves on the page. The words for the marker are printed beside it by the caller.

Lines in any direction (right-to-left names and initials too) are drawn by pdf_rtl.
"""

import math

from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from ..domain.markers import Marker, MarkerShape
from .fonts import font_runs
from .pdf_rtl import draw_line, has_rtl, line_width

# The outline keeps pale colours (yellow on white) visible: graphics need 3:1 against the page.
OUTLINE = HexColor("#1A1A1A")

# How much of the marker's width the initials may use, and where their middle sits (as a share of
# the height from the bottom), per shape: a triangle's and a heart's room is lower down.
_TEXT_ROOM: dict[MarkerShape, tuple[float, float]] = {
    MarkerShape.CIRCLE: (0.72, 0.5),
    MarkerShape.SQUARE: (0.8, 0.5),
    MarkerShape.TRIANGLE: (0.5, 0.36),
    MarkerShape.DIAMOND: (0.56, 0.5),
    MarkerShape.STAR: (0.42, 0.47),
    MarkerShape.HEXAGON: (0.72, 0.5),
    MarkerShape.HEART: (0.6, 0.55),
    MarkerShape.CROSS: (0.5, 0.5),
}


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width in points of *text* drawn with draw_text (fallback fonts included)."""
    return sum(stringWidth(chunk, font, size) for font, chunk in font_runs(text, bold=bold))


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False) -> None:
    """Draw one line of user text at (x, y) baseline, switching fonts where a script needs it.

    canvas.drawString takes the text as data (no markup), so nothing needs escaping here.
    """
    for font, chunk in font_runs(text, bold=bold):
        canvas.setFont(font, size)
        canvas.drawString(x, y, chunk)
        x += stringWidth(chunk, font, size)


def fit_text(text: str, width: float, size: float, *, bold: bool = False) -> str:
    """*text*, shortened with an ellipsis if needed, so it fits in *width* points."""
    if text_width(text, size, bold=bold) <= width:
        return text
    while text and text_width(text + "…", size, bold=bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _polygon(canvas: Canvas, points: list[tuple[float, float]]) -> None:
    path = canvas.beginPath()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.close()
    canvas.drawPath(path, stroke=1, fill=1)


def _regular(cx: float, cy: float, radius: float, sides: int, start_deg: float) -> list[tuple[float, float]]:
    return [
        (
            cx + radius * math.cos(math.radians(start_deg + i * 360 / sides)),
            cy + radius * math.sin(math.radians(start_deg + i * 360 / sides)),
        )
        for i in range(sides)
    ]


def _draw_shape(canvas: Canvas, shape: MarkerShape, s: float) -> None:
    """The shape filling a box of side *s* with its lower-left corner at the origin."""
    c = s / 2
    if shape is MarkerShape.CIRCLE:
        canvas.circle(c, c, s * 0.48, stroke=1, fill=1)
    elif shape is MarkerShape.SQUARE:
        canvas.roundRect(s * 0.04, s * 0.04, s * 0.92, s * 0.92, s * 0.1, stroke=1, fill=1)
    elif shape is MarkerShape.TRIANGLE:
        _polygon(canvas, [(s * 0.02, s * 0.06), (s * 0.98, s * 0.06), (c, s * 0.96)])
    elif shape is MarkerShape.DIAMOND:
        _polygon(canvas, [(c, s * 0.01), (s * 0.99, c), (c, s * 0.99), (s * 0.01, c)])
    elif shape is MarkerShape.HEXAGON:
        _polygon(canvas, _regular(c, c, s * 0.49, 6, 0))
    elif shape is MarkerShape.STAR:
        outer = _regular(c, s * 0.47, s * 0.5, 5, 90)
        inner = _regular(c, s * 0.47, s * 0.24, 5, 90 + 36)
        _polygon(canvas, [p for pair in zip(outer, inner, strict=True) for p in pair])
    elif shape is MarkerShape.CROSS:
        arm = s * 0.2  # half the arm's thickness
        a, b = c - arm, c + arm
        lo, hi = s * 0.02, s * 0.98
        _polygon(
            canvas,
            [(a, lo), (b, lo), (b, a), (hi, a), (hi, b), (b, b), (b, hi), (a, hi), (a, b), (lo, b), (lo, a), (a, a)],
        )
    elif shape is MarkerShape.HEART:
        path = canvas.beginPath()
        path.moveTo(c, s * 0.04)
        path.curveTo(s * 0.38, s * 0.2, s * 0.0, s * 0.4, s * 0.02, s * 0.68)
        path.curveTo(s * 0.04, s * 0.98, s * 0.4, s * 1.0, c, s * 0.76)
        path.curveTo(s * 0.6, s * 1.0, s * 0.96, s * 0.98, s * 0.98, s * 0.68)
        path.curveTo(s * 1.0, s * 0.4, s * 0.62, s * 0.2, c, s * 0.04)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)


def draw_marker(canvas: Canvas, marker: Marker, x: float, y: float, size: float) -> None:
    """Draw *marker* (shape in its colour, initials in its ink) in a *size* box at (x, y)."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.setFillColor(HexColor(marker.colour.hex))
    canvas.setStrokeColor(OUTLINE)
    canvas.setLineWidth(max(0.75, size * 0.03))
    canvas.setLineJoin(1)
    _draw_shape(canvas, marker.shape, size)
    room, middle = _TEXT_ROOM[marker.shape]
    font_size = size * 0.4
    initials = _marker_initials(marker.initials)
    width = line_width(initials, font_size, bold=True)
    if width > size * room:
        font_size *= size * room / width
        width = size * room
    canvas.setFillColor(HexColor(marker.colour.ink))
    # Cap height of Atkinson is about 0.67 em: centre the capitals on the shape's middle. Initials
    # in a right-to-left script are ordered and shaped like any other right-to-left text.
    draw_line(canvas, (size - width) / 2, size * middle - font_size * 0.34, initials, font_size, bold=True)
    canvas.restoreState()


def _marker_initials(initials: str) -> str:
    """Initials as drawn in a marker: Arabic-script letters kept apart (not joined into a word)."""
    return "\u200c".join(initials) if has_rtl(initials) else initials


class MarkerFlowable(Flowable):
    """A person's marker as a platypus flowable, *size* points square."""

    def __init__(self, marker: Marker, size: float) -> None:
        super().__init__()
        self.marker = marker
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_marker(self.canv, self.marker, 0, 0, self.size)


class PictureFlowable(Flowable):
    """A picture file drawn in a *size* square, keeping its shape.

    Passing drawImage the file name (rather than platypus Image's decoded copy) lets reportlab
    recognise the same file and store it once in the PDF without decoding it again: a summary of
    500 contributions drawing the same few cards builds in a fraction of the time.
    """

    def __init__(self, path: "str | ImageReader", size: float) -> None:
        """*path*: a file name, or an ImageReader for a picture stored in the database."""
        super().__init__()
        self.path = path
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.drawImage(self.path, 0, 0, self.size, self.size, mask="auto", preserveAspectRatio=True)
