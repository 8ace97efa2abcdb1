"""Breaking text into the lines the room display draws, with Qt's own line breaking.

The display never scrolls, so it must know, before drawing, how many lines each contribution takes
at the column's width: domain/wall_pages.py then lays the lines out in columns and pages.
QTextLayout breaks lines exactly as drawing them would (any script, either direction, a very
long word broken anywhere rather than overflowing).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption


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
