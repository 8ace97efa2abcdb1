"""Drawing on a reportlab canvas: people's markers and plain text in any script.

A marker is drawn, not described only in words or shown only as a colour: the shape and the
initials let people who cannot tell the colours apart, or who read a black-and-white copy, still
find themselves on the page. The words for the marker are printed beside it by the caller.

Lines in any direction (right-to-left names and initials too) are drawn by pdf_rtl.
"""

import math

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.flowables import HRFlowable

from ..domain.markers import Marker, MarkerShape
from .fonts import font_runs
from .pdf_rtl import draw_line, has_rtl, line_width
from .print_pictures import PrintPicture, draw_picture

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
    """A picture drawn in a *size* square, keeping its shape.

    The picture (a PrintPicture) is made ready for print once per process and shared by every
    sheet that uses it; each PDF stores it once and places it again by name (print_pictures).
    """

    def __init__(self, picture: PrintPicture, size: float) -> None:
        super().__init__()
        self.picture = picture
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_picture(self.canv, self.picture, 0, 0, self.size)


class Dot(Flowable):
    """A round bullet for a list item, *size* points across, drawn (never a font's bullet glyph)."""

    def __init__(self, size: float, height: float) -> None:
        super().__init__()
        self.size = size
        self.width, self.height = size, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFillColor(OUTLINE)
        radius = self.size / 2
        self.canv.circle(radius, self.height - radius, radius * 0.55, stroke=0, fill=1)


def _fill(flowables: list[Flowable], width: float, height: float) -> tuple[list[Flowable], list[Flowable], float]:
    """As much of *flowables* as fits in *height* at *width*: (what fits, what is left, height used)."""
    placed: list[Flowable] = []
    used = 0.0
    for index, flowable in enumerate(flowables):
        space = flowable.getSpaceBefore() if placed else 0.0
        _w, h = flowable.wrap(width, height - used - space)
        if used + space + h <= height + 1e-6:
            placed.append(flowable)
            used += space + h + flowable.getSpaceAfter()
            continue
        parts = flowable.split(width, height - used - space) if height - used - space > 0 else []
        if len(parts) >= 2:
            _w, h = parts[0].wrap(width, height - used - space)
            placed.append(parts[0])
            return placed, list(parts[1:]) + flowables[index + 1 :], used + space + h
        return placed, flowables[index:], used
    return placed, [], used


class Beside(Flowable):
    """Two columns side by side that run on over pages: pictures (left) and words (right).

    Easy Read puts the picture on the left and the words on the right; *mirrored* swaps them for
    a right-to-left page. Unlike a table row, this splits: a long contribution goes on to the
    next page with its pictures and words still side by side, so nothing ever fails to fit.
    *head* (a credit line) is drawn across the top and never left alone at the foot of a page: it
    moves on with the first of what follows. A block no taller than *keep_whole* points moves
    whole to the next page rather than being split.
    """

    def __init__(
        self,
        side: list[Flowable],
        words: list[Flowable],
        *,
        side_width: float,
        gap: float,
        mirrored: bool = False,
        head: Flowable | None = None,
        keep_whole: float = 0.0,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.side, self.words, self.head = side, words, head
        self.side_width, self.gap = side_width, gap
        self.mirrored = mirrored
        self.keep_whole = keep_whole
        self.spaceAfter = space_after
        self._laid: tuple[list[Flowable], list[Flowable]] = ([], [])
        self._head_height = 0.0
        self._wrapped_for: float | None = None  # platypus asks again and again at the same width

    def _words_width(self, avail_width: float) -> float:
        return avail_width - self.side_width - self.gap if self.side else avail_width

    def _wrap_head(self, avail_width: float) -> float:
        if self.head is None:
            return 0.0
        return self.head.wrap(avail_width, 1e9)[1] + (self.head.getSpaceAfter() if self.side or self.words else 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._wrapped_for == avail_width:
            return self.width, self.height
        big = 1e9
        side, _rest, side_height = _fill(self.side, self.side_width, big)
        words, _rest, words_height = _fill(self.words, self._words_width(avail_width), big)
        self._laid = (side, words)
        self._head_height = self._wrap_head(avail_width)
        self.width, self.height = avail_width, self._head_height + max(side_height, words_height)
        self._wrapped_for = avail_width
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self.height <= self.keep_whole:
            return []
        room = avail_height - self._head_height
        words_in, words_out, _ = _fill(list(self.words), self._words_width(avail_width), room)
        side_in, side_out, _ = _fill(list(self.side), self.side_width, room)
        if not words_in and not side_in:
            if _at_top(self) and self.head is not None:
                # A credit too long for a page (thousands of characters): it runs on by itself.
                rest = Beside(
                    self.side,
                    self.words,
                    side_width=self.side_width,
                    gap=self.gap,
                    mirrored=self.mirrored,
                    space_after=self.spaceAfter,
                )
                return [*_split_to_fit(self.head, avail_width, avail_height), rest]
            return []  # nothing (or only the credit line) would fit: it all goes on to the next page
        if not words_out and not side_out:
            return [self]
        first = Beside(
            side_in, words_in, side_width=self.side_width, gap=self.gap, mirrored=self.mirrored, head=self.head
        )
        rest = Beside(
            side_out,
            words_out,
            side_width=self.side_width,
            gap=self.gap,
            mirrored=self.mirrored,
            space_after=self.spaceAfter,
        )
        return [first, rest]

    def draw(self) -> None:
        side, words = self._laid
        words_width = self._words_width(self.width)
        if self.mirrored:
            side_x, words_x = self.width - self.side_width, 0.0
        else:
            side_x, words_x = 0.0, (self.side_width + self.gap if self.side else 0.0)
        top = self.height
        if self.head is not None:
            _w, h = self.head.wrap(self.width, 1e9)
            self.head.drawOn(self.canv, 0, top - h)
            top -= self._head_height
        self._draw_column(side, side_x, self.side_width, top)
        self._draw_column(words, words_x, words_width, top)

    def _draw_column(self, flowables: list[Flowable], x: float, width: float, top: float) -> None:
        y = top
        for index, flowable in enumerate(flowables):
            if index:
                y -= flowable.getSpaceBefore()
            _w, h = flowable.wrap(width, 1e9)
            y -= h
            # A flowable narrower than its column (a picture) lines up with the page's outer edge.
            offset = width - _w if self.mirrored and _w < width else 0.0
            flowable.drawOn(self.canv, x + offset, y)
            y -= flowable.getSpaceAfter()


def _at_top(flowable: Flowable) -> bool:
    """Whether *flowable* is being laid out at the top of a frame (a fresh page): moving it on
    would not give it more room."""
    return bool(getattr(getattr(flowable, "_frame", None), "_atTop", False))


def _split_to_fit(flowable: Flowable, avail_width: float, avail_height: float) -> list[Flowable]:
    """*flowable* as parts whose first fits in *avail_height* (platypus requires it of a split)."""
    if flowable.wrap(avail_width, avail_height)[1] <= avail_height:
        return [flowable]
    return flowable.split(avail_width, avail_height) or [flowable]


class Lead(Flowable):
    """Headings kept with the start of what follows them, which may still run on over pages.

    platypus's keepWithNext moves a heading and a long contribution under it to a new page whole,
    leaving most of a page empty; here the headings go wherever the first lines of *block* go.
    """

    def __init__(self, before: list[Flowable], block: Flowable) -> None:
        super().__init__()
        self.before, self.block = before, block
        self.spaceBefore = before[0].getSpaceBefore() if before else 0.0
        self.spaceAfter = block.getSpaceAfter()

    def _before_height(self, avail_width: float) -> float:
        total = 0.0
        for index, flowable in enumerate(self.before):
            total += flowable.wrap(avail_width, 1e9)[1] + flowable.getSpaceAfter()
            if index:
                total += flowable.getSpaceBefore()
        return total + self.block.getSpaceBefore()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        before = self._before_height(avail_width)
        _w, h = self.block.wrap(avail_width, max(avail_height - before, 0))
        self.width, self.height = avail_width, before + h
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self._before_height(avail_width)
        parts = self.block.split(avail_width, room) if room > 0 else []
        if parts:
            return [*self.before, *parts]
        if _at_top(self):
            # Even a fresh page cannot hold the headings with a start of the block (a heading of
            # thousands of characters): each then runs on by itself rather than fail to fit.
            # A rule over a section is left out at the top of a page, where it separates nothing.
            before = [f for f in self.before if not isinstance(f, HRFlowable)] or self.before
            return [*_split_to_fit(before[0], avail_width, avail_height), *before[1:], self.block]
        return []  # the block moves on whole: its headings go with it

    def draw(self) -> None:
        y = self.height
        for index, flowable in enumerate([*self.before, self.block]):
            if index:
                y -= flowable.getSpaceBefore()
            _w, h = flowable.wrap(self.width, 1e9)
            y -= h
            flowable.drawOn(self.canv, 0, y)
            y -= flowable.getSpaceAfter()
