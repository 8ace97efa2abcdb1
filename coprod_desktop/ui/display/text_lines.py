"""Breaking text into the lines the room display draws, with Qt's own line breaking.

The display never scrolls, so it must know, before drawing, how many lines each contribution takes
at the column's width: domain/wall_pages.py then lays the lines out in columns and pages.
QTextLayout breaks lines exactly as drawing them would (any script, either direction, a very
long word broken anywhere rather than overflowing).
"""

from __future__ import annotations

import math
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from ..platform.theme import FONT_FAMILY


def break_lines(text: str, font: QFont, width: float, *, right_to_left: bool = False) -> list[str]:
    """*text* as the lines it takes at *width* pixels in *font* (no lines for empty text)."""
    if not text:
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    lines = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].rstrip("\n"))
    layout.endLayout()
    return lines


def line_height(font: QFont) -> float:
    return QFontMetricsF(font).lineSpacing()


def estimate_lines(text: str, average_char_width: float, width: float) -> int:
    """About how many lines *text* takes at *width* pixels, from its length alone (no layout): for
    contributions far from the page shown, measured exactly later (the page shown is always exact)."""
    if not text:
        return 0
    per_line = max(1.0, width / max(0.1, average_char_width))
    return sum(max(1, math.ceil(len(paragraph) / per_line)) for paragraph in text.split("\n"))


def display_font(pixels: float, *, bold: bool = False) -> QFont:
    """The display's font at *pixels* (rounded up: never below the size asked for)."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, math.ceil(pixels)))
    font.setBold(bold)
    return font


def text_direction(text: str, default: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction *text* runs in, from its first letter with a direction of its own (as Qt's
    own text layout decides a paragraph's): an English prompt on an Arabic display still reads
    left to right ("How do you feel?", not "?How do you feel"), and "T.N." keeps its dots in place.
    Text with no such letter (numbers, marks) takes *default*. As in the Unicode bidirectional
    algorithm, what is inside an isolate (a name placed in a sentence) does not count: "Sam" in
    an Urdu "{name} said" leaves the sentence right to left."""
    depth = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("LRI", "RLI", "FSI"):
            depth += 1
        elif kind == "PDI":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return default
