"""Lines and paragraphs of text in any direction for PDFs: bidi order, HarfBuzz shaping, line breaking.

Right-to-left printouts (Arabic, Urdu) are drawn by ShapedParagraph and draw_line: reportlab
lays text out left to right and, without its own bidi package (not on PyPI), does not reorder or
join Arabic letters. So we break lines ourselves, order each line with the Unicode bidi algorithm
(python-bidi), and shape each right-to-left run with HarfBuzz (reportlab's optional uharfbuzz
support), which joins the letters and places Nastaliq's stacked letters and dots. Each shaped
letter is wrapped in an /ActualText marked-content span holding its characters in reading order,
so copying, searching and screen readers get the real words rather than glyph forms.
Left-to-right text takes the same path cheaply: it is split into font runs only.
"""

import functools
import itertools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from bidi import algorithm as uba
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from .fonts import font_runs

# Explicit embeddings, overrides and isolates are dropped before layout: text is ordered by its
# letters, so a stray override in a name cannot turn the rest of a printed line backwards.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_UNDRAWN = frozenset("\u200e\u200f\u061c")  # direction marks: they order the text, they have no glyph
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_RTL_CLASSES = frozenset({"R", "AL"})
# Line height against the style's leading, per language: Nastaliq stacks letters diagonally and
# carries its dots far above and below the line, so Urdu needs about half as much room again.
LINE_HEIGHT = {"ur": 1.45}
BODY_POINTS = 16  # a size to shape at when only the glyphs matter


def has_rtl(text: str) -> bool:
    """True when *text* has a right-to-left letter (Arabic, Hebrew, Thaana, ...)."""
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


@dataclass(frozen=True)
class _Piece:
    """Part of a line drawn in one font: its glyphs in drawing order, its words in reading order."""

    font: str
    glyphs: str  # a ShapedStr for shaped right-to-left text, else the characters in drawing order
    logical: str
    size: float
    width: float


def _visual_runs(text: str, base: int | None) -> list[tuple[int, str]]:
    """One line of *text* as runs of one bidi level, left to right: (level, the run in reading order).

    *base* is the paragraph level (0 left to right, 1 right to left), None to take it from the
    first letter. Uses python-bidi's implementation of the Unicode bidi algorithm step by step,
    keeping each character's place so runs can be cut from the text as typed (HarfBuzz shapes
    text in reading order).
    """
    storage = uba.get_empty_storage()
    storage["base_level"] = uba.get_base_level(text) if base is None else base
    storage["base_dir"] = ("L", "R")[storage["base_level"]]
    uba.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    uba.explicit_embed_and_overrides(storage, debug=False)
    uba.resolve_weak_types(storage, debug=False)
    uba.resolve_neutral_types(storage, debug=False)
    uba.resolve_implicit_levels(storage, debug=False)
    uba.reorder_resolved_levels(storage, debug=False)
    chars = storage["chars"]  # now in drawing order; zero-width format characters removed
    rank = {index: r for r, index in enumerate(sorted(c["index"] for c in chars))}
    runs: list[tuple[int, list[int]]] = []
    for char in chars:
        level, index = char["level"], char["index"]
        if runs and runs[-1][0] == level:
            step = -1 if level % 2 else 1
            if rank[index] == rank[runs[-1][1][-1]] + step:
                runs[-1][1].append(index)
                continue
        runs.append((level, [index]))
    # Slicing from the first to the last character keeps joiners (ZWJ, ZWNJ) inside a run.
    return [(level, text[min(indices) : max(indices) + 1]) for level, indices in runs]


def _shaped(text: str, font: str, size: float) -> _Piece:
    """A right-to-left run shaped by HarfBuzz: joined letters, in drawing order."""
    glyphs = shapeStr(text, font, size)
    if isinstance(glyphs, ShapedStr):
        width = sum(d.x_advance for d in glyphs.__shapeData__) * size / 1000
        return _Piece(font, glyphs, text, size, width)
    # Unchanged by shaping (one letter), or no HarfBuzz: at least the letters in reading order.
    flipped = text[::-1].translate(_MIRROR)
    return _Piece(font, flipped, text, size, stringWidth(flipped, font, size))


def _line_pieces(text: str, size: float, *, bold: bool, language: str | None, rtl: bool | None) -> list[_Piece]:
    """One line of plain text as pieces in drawing order, left to right."""
    text = text.translate(_BIDI_CONTROLS)
    if not rtl and not has_rtl(text):  # left to right only: as draw_text draws it
        return [
            _Piece(font, chunk, chunk, size, stringWidth(chunk, font, size))
            for font, chunk in font_runs(text, bold=bold, language=language)
        ]
    if not text:
        return []
    pieces: list[_Piece] = []
    for level, run in _visual_runs(text, None if rtl is None else int(rtl)):
        if level % 2 and has_rtl(run):
            pieces += [
                _shaped(chunk, font, size) for font, chunk in reversed(font_runs(run, bold=bold, language=language))
            ]
            continue
        run = "".join(ch for ch in run if ch not in _UNDRAWN)
        if not run:
            continue
        chunks = font_runs(run, bold=bold, language=language)
        if level % 2:  # punctuation between right-to-left words: reversed, brackets mirrored
            chunks = [(font, chunk[::-1].translate(_MIRROR)) for font, chunk in reversed(chunks)]
        pieces += [_Piece(font, chunk, chunk, size, stringWidth(chunk, font, size)) for font, chunk in chunks]
    return pieces


def _draw_pieces(canvas: Canvas, x: float, y: float, pieces: Sequence[_Piece]) -> None:
    for piece in pieces:
        canvas.setFont(piece.font, piece.size)
        if isinstance(piece.glyphs, ShapedStr):
            _draw_shaped(canvas, x, y, piece)
        else:
            canvas.drawString(x, y, piece.glyphs)
        x += piece.width


def _draw_shaped(canvas: Canvas, x: float, y: float, piece: _Piece) -> None:
    """Draw shaped glyphs one letter (HarfBuzz cluster) at a time, each tagged with its characters.

    A joined Arabic glyph has no character of its own (or only a presentation form), so the text
    a reader copies comes from the /ActualText of each span; one span per cluster keeps the
    characters at the letter's own place on the line, whatever order a reader assembles lines in.
    """
    data = piece.glyphs.__shapeData__
    bounds = sorted({d.cluster for d in data} | {len(piece.logical)})
    after = dict(itertools.pairwise(bounds))
    start = 0
    while start < len(data):
        cluster = data[start].cluster
        end = start + 1
        while end < len(data) and data[end].cluster == cluster:
            end += 1
        words = piece.logical[cluster : after.get(cluster, len(piece.logical))]
        canvas.addLiteral(f"/Span <</ActualText <FEFF{words.encode('utf-16-be').hex().upper()}>>> BDC")
        canvas.drawString(x, y, piece.glyphs[start:end])
        canvas.addLiteral("EMC")
        x += sum(d.x_advance for d in data[start:end]) * piece.size / 1000
        start = end


def missing_glyphs(text: str, *, bold: bool = False, language: str | None = None, rtl: bool | None = None) -> list[str]:
    """The parts of *text* that would print as a missing-glyph box, drawn as draw_line draws it."""
    missing = []
    for piece in _line_pieces(text, BODY_POINTS, bold=bold, language=language, rtl=rtl):
        glyphs = pdfmetrics.getFont(piece.font).face.charToGlyph
        if any(glyphs.get(ord(ch), 0) == 0 for ch in piece.glyphs if not ch.isspace()):
            missing.append(piece.logical)
    return missing


def line_width(
    text: str, size: float, *, bold: bool = False, language: str | None = None, rtl: bool | None = None
) -> float:
    """Width in points of one line drawn with draw_line."""
    return sum(p.width for p in _line_pieces(text, size, bold=bold, language=language, rtl=rtl))


def draw_line(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    language: str | None = None,
    rtl: bool | None = None,
) -> None:
    """Draw one line of text in any direction from (x, y), shaped and in bidi order.

    *rtl* is the line's base direction (None: from its first letter). Text is data, not markup.
    """
    _draw_pieces(canvas, x, y, _line_pieces(text, size, bold=bold, language=language, rtl=rtl))


def fit_line(
    text: str, width: float, size: float, *, bold: bool = False, language: str | None = None, rtl: bool | None = None
) -> str:
    """*text*, shortened at its end (in reading order) with an ellipsis if needed, to fit *width*."""

    def measure(t: str) -> float:
        return line_width(t, size, bold=bold, language=language, rtl=rtl)

    if measure(text) <= width:
        return text
    while text and measure(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


@functools.lru_cache(maxsize=8192)
def _cached_width(text: str, size: float, bold: bool, language: str | None, rtl: bool | None) -> float:
    """line_width, remembered: a summary measures the same words again and again."""
    return line_width(text, size, bold=bold, language=language, rtl=rtl)


class ShapedParagraph(Flowable):
    """A paragraph of plain text (not markup) for right-to-left printouts.

    Lines are broken in reading order, then each line is put in bidi order and its right-to-left
    runs shaped, so an Arabic sentence with a name or a date in it reads correctly. Takes the size,
    leading, colour, alignment and spacing of *style*; *bold* picks the bold faces; *language*
    picks that language's face for its script (Nastaliq for Urdu) and its line height; *rtl* is
    the base direction (None: from the first letter, right for a paragraph that starts in Arabic).
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        bold: bool = False,
        language: str | None = None,
        rtl: bool | None = None,
        lines: Sequence[str] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bold = bold
        self.language = language
        self.rtl = rtl
        self.leading = style.leading * LINE_HEIGHT.get(language or "", 1.0)
        self._fixed = list(lines) if lines is not None else None
        self._lines: list[str] = []
        self._for_width: float | None = None

    def __repr__(self) -> str:
        return f"ShapedParagraph({self.text[:40]!r})"

    def getSpaceBefore(self) -> float:  # reportlab's names
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._fixed is not None:
            self._lines = self._fixed
        elif self._for_width != avail_width:
            self._lines = self._break(avail_width)
            self._for_width = avail_width
        self.width = avail_width
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fit = int(avail_height // self.leading)
        if fit <= 0:
            return []
        if fit >= len(self._lines):
            return [self]
        return [self._part(self._lines[:fit]), self._part(self._lines[fit:])]

    def _part(self, lines: list[str]) -> "ShapedParagraph":
        return ShapedParagraph(
            "\n".join(lines), self.style, bold=self.bold, language=self.language, rtl=self.rtl, lines=lines
        )

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        size = style.fontSize
        # As reportlab's Paragraph puts the first baseline one font size down; extra line height
        # (Urdu) is shared above and below the letters.
        drop = size + (self.leading - style.leading) * 0.6
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        for number, line in enumerate(self._lines):
            pieces = _line_pieces(line, size, bold=self.bold, language=self.language, rtl=self.rtl)
            used = sum(p.width for p in pieces)
            if style.alignment == 1:  # centre
                x = (self.width - used) / 2
            elif style.alignment == 2 or (style.alignment == 4 and self._is_rtl(line)):  # right, or justified RTL
                x = self.width - used
            else:
                x = 0
            _draw_pieces(canvas, x, self.height - number * self.leading - drop, pieces)
        canvas.restoreState()

    def _is_rtl(self, line: str) -> bool:
        return self.rtl if self.rtl is not None else uba.get_base_level(line) == 1

    def _width(self, text: str) -> float:
        return _cached_width(text, self.style.fontSize, self.bold, self.language, self.rtl)

    def _break(self, width: float) -> list[str]:
        """The text's lines at *width*, in reading order: at spaces, and inside a word too long for a line.

        A line's width is the sum of its words each measured with the space after it (a space in
        an Arabic run is the Arabic font's, wider than ours), and the last word without: shaping
        never joins across a space, so this is the width the line is drawn at.
        """
        lines: list[str] = []
        for paragraph in self.text.split("\n"):
            current: list[str] = []
            used = 0.0  # the current line's words, each with its following space
            for word in paragraph.split():
                if self._width(word) > width:
                    if current:
                        lines.append(" ".join(current))
                    *whole, last = self._cut(word, width)
                    lines += whole
                    current, used = [last], self._width(last + " ")
                elif current and used + self._width(word) > width:
                    lines.append(" ".join(current))
                    current, used = [word], self._width(word + " ")
                else:
                    current.append(word)
                    used += self._width(word + " ")
            lines.append(" ".join(current))
        return lines

    def _cut(self, word: str, width: float) -> list[str]:
        """A word too long for a line, cut into line-long parts (never between a letter and its marks)."""
        parts, current = [], ""
        for ch in word:
            if current and not unicodedata.combining(ch) and self._width(current + ch) > width:
                parts.append(current)
                current = ch
            else:
                current += ch
        return [*parts, current]
