"""Where things go in the read-back panel: the contribution just saved, shown large and read aloud
("Sam said: ..."), with two big targets: "Yes, that's right" and "Change it".

The words come first: they get the panel's room before the cards do (cards shrink, and are left
out when there is no room for them at a readable size: the wall shows them). The words are drawn
larger than on the wall when they fit whole, and never smaller than the wall's. RoomDisplay uses
the plan to decide whether the panel can stand beside the wall (the words whole) or must cover
the display for a moment; DisplayPainter draws it. Laid out left to right (mirrored when drawn).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

from .text_lines import break_lines, display_font, line_height

if TYPE_CHECKING:
    from .room_display import RoomDisplay

WORD_SIZES = (1.6, 1.3, 1.15, 1.0)  # of the wall's words: the largest at which the words fit whole
SMALLEST_CARD = 0.8  # of the header size: smaller than this, the cards are left to the wall


@dataclass
class ReadBackPlan:
    """Every rectangle and line of the read-back panel, and whether the words are whole."""

    marker: QRectF
    heading_font: QFont
    heading: list[tuple[QRectF, str]]
    meta_font: QFont
    support: list[tuple[QRectF, str]]
    words_font: QFont
    words: list[tuple[QRectF, str]]
    whole: bool  # every line of the words is shown
    question: tuple[QRectF, str] | None
    buttons: dict[str, QRectF]
    button_font: QFont
    cards: list[tuple[QRectF, str]] = field(default_factory=list)


def plan_read_back(display: RoomDisplay, panel: QRectF, *, covering: bool = False) -> ReadBackPlan:
    """The read-back of display.content.read_back laid out in *panel*. Beside the wall its words
    are never smaller than the wall's; *covering* the display, they may be made smaller to fit
    whole, down to 1/20 of the display's height (the size at 100%), never below."""
    said = display.content.read_back
    unit, hu, rtl = display.unit, display.header_unit, display.rtl()
    inner = display.panel_inner(panel)
    buttons, button_font = display.read_back_buttons(panel, side_by_side=covering)
    # The heading: the person's marker and "Sam said:", at the size of the header.
    size = hu * 1.1
    marker = QRectF(inner.left(), inner.top(), size, size)
    heading_font = display_font(hu * 0.8, bold=True)
    width = inner.width() - size - hu * 0.3
    heading, y = [], inner.top()
    for n, line in enumerate(break_lines(display.credit_text(said), heading_font, width, right_to_left=rtl)):
        height = size if n == 0 else line_height(heading_font)
        heading.append((QRectF(inner.left() + size + hu * 0.3, y, width, height), line))
        y += height
    y = max(y, marker.bottom()) + hu * 0.3
    meta_font = display_font(hu * 0.7)
    support = []
    for line in break_lines(display.support_text(said), meta_font, inner.width(), right_to_left=rtl):
        support.append((QRectF(inner.left(), y, inner.width(), line_height(meta_font)), line))
        y += line_height(meta_font)
    question_h = line_height(meta_font) * 1.3
    bottom = min(rect.top() for rect in buttons.values()) - question_h
    # The words: the largest size at which they fit whole.
    room = max(0.0, bottom - y)
    sizes = [unit * scale for scale in WORD_SIZES]
    if covering:
        smallest = display.base_unit
        sizes += [size for size in (unit * 0.9**n for n in range(1, 12)) if size >= smallest] + [smallest]
    for size in sizes:
        words_font = display_font(max(size, 1.0))
        lines = break_lines(said.words, words_font, inner.width(), right_to_left=rtl)
        step = line_height(words_font)
        if len(lines) * step <= room:
            break
    fits = min(len(lines), int(room // step))
    whole = fits == len(lines)
    if not whole and fits:
        lines = [*lines[: fits - 1], lines[fits - 1].rstrip() + " …"]  # the whole is on the wall
    lines = lines[:fits]
    # The cards, in what the words leave.
    largest = display.card_size() * 1.2 * max(1.0, words_font.pixelSize() / unit)  # as large as the words
    cards, card_size = [], _card_size(display, said.card_ids, inner.width(), room - len(lines) * step, largest)
    if card_size:
        per_row = max(1, int(inner.width() // (card_size * 1.1)))
        for i, card_id in enumerate(said.card_ids):
            row, col = divmod(i, per_row)
            place = QRectF(inner.left() + col * card_size * 1.1, y + row * card_size * 1.1, card_size, card_size)
            cards.append((place, card_id))
        y += math.ceil(len(said.card_ids) / per_row) * card_size * 1.1
    words = []
    for line in lines:
        words.append((QRectF(inner.left(), y, inner.width(), step), line))
        y += step
    question = None
    if bottom >= y - 0.5 and whole:
        question = (QRectF(inner.left(), bottom, inner.width(), question_h), display.question_text())
    return ReadBackPlan(
        marker,
        heading_font,
        heading,
        meta_font,
        support,
        words_font,
        words,
        whole,
        question,
        buttons,
        button_font,
        cards,
    )


def _card_size(display: RoomDisplay, card_ids: tuple[str, ...], width: float, room: float, largest: float) -> float:
    """The largest card size (up to *largest*) at which every card fits in *room*; 0: none fit."""
    if not card_ids:
        return 0.0
    size = min(largest, room / 1.1)
    smallest = display.header_unit * SMALLEST_CARD
    while size >= smallest:
        per_row = max(1, int(width // (size * 1.1)))
        if math.ceil(len(card_ids) / per_row) * size * 1.1 <= room:
            return size
        size *= 0.9
    return 0.0
