"""The room display: what everyone in the room reads, full screen on the projector. It never scrolls.

It draws a DisplayContent (app/display_content.py decides what may be shown) and nothing else:
the prompt with its picture, the people as each chose to be credited, the contributions to this
prompt in columns and pages, and the contribution being written down now.

Sizes come from the display's own height, not from the laptop's text size: a contribution's words
are never smaller than 1/20 of the display's height at 100% (display practice for a seat eight
image-heights away is 1/25; 1/20 serves people with low vision), and the display's own text size
makes everything larger and fewer per page. Drawing (rather than widgets in a scroll area) is what
lets the wall flow into columns and pages instead of scrolling: domain/wall_pages.py decides where
each line goes, and the newest contribution is always on the page shown unless the facilitator
pages back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from ...app.display_content import DisplayContent, ShownContribution
from ...domain.wall_pages import Page, lay_out
from ..platform.theme import FONT_FAMILY
from ..widgets.pictures import CardPictures, marker_pixmap
from .text_lines import break_lines, line_height

WORDS_PER_HEIGHT = 20  # a contribution's words: 1/20 of the display's height at 100%
COLUMN_MIN_EMS = 13  # a column is at least this many words-heights wide, so lines keep several words
ISOLATE = "\u2068{}\u2069"  # a name keeps its own direction inside a sentence of the other direction


def _font(pixels: float, *, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, math.ceil(pixels)))  # never below the size asked for
    font.setBold(bold)
    return font


@dataclass
class _Item:
    """One contribution measured for a column: its blocks, top to bottom, and their heights."""

    contribution: ShownContribution
    credit: list[str]
    words: list[str]
    card_rows: list[tuple[str, ...]]
    heights: list[float] = field(default_factory=list)


class RoomDisplay(QWidget):
    """Draws the room for everyone. show_content() gives it what to draw; page_back/forward move."""

    def __init__(self, pictures: CardPictures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pictures = pictures
        self.text_scale = 100
        self.content = DisplayContent("", None, 0, 0, (), (), None)
        self.pages: list[Page] = []
        self.page = 0
        self._items: list[_Item] = []
        self._seen = 0  # contributions seen: when more arrive, the newest page is shown again
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(320, 240)
        self.setAccessibleName(self.tr("Room display"))

    # what to show ------------------------------------------------------------------------------
    def show_content(self, content: DisplayContent) -> None:
        newer = len(content.contributions) > self._seen or content.prompt_number != self.content.prompt_number
        self.content = content
        self._seen = len(content.contributions)
        self._relayout(go_to_newest=newer)
        self.setAccessibleDescription(self._spoken_summary())
        self.update()

    def set_text_scale(self, percent: int) -> None:
        self.text_scale = percent
        self._relayout(go_to_newest=True)
        self.update()

    def page_back(self) -> bool:
        if self.page > 0:
            self.page -= 1
            self.update()
            return True
        return False

    def page_forward(self) -> bool:
        if self.page < len(self.pages) - 1:
            self.page += 1
            self.update()
            return True
        return False

    # sizes -----------------------------------------------------------------------------------
    @property
    def unit(self) -> float:
        """The height of a contribution's words, in pixels: the display's height / 20, times its text size."""
        return self.height() / WORDS_PER_HEIGHT * self.text_scale / 100

    @property
    def header_unit(self) -> float:
        """The size the prompt band and the people strip are drawn at: they grow with the display's
        text size only up to 1.5 times, so at 300% the wall (what was said) keeps most of the screen."""
        return min(self.unit, self.height() / WORDS_PER_HEIGHT * 1.5)

    def words_font(self) -> QFont:
        return _font(self.unit)

    def _credit_font(self) -> QFont:
        return _font(self.unit * 0.8, bold=True)

    def _card_size(self) -> float:
        return self.unit * 1.8

    def _margin(self) -> float:
        return self.header_unit * 0.5

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    # layout ----------------------------------------------------------------------------------
    def _regions(self) -> tuple[QRectF, QRectF, QRectF, QRectF]:
        """The prompt band, the people strip, the wall and the draft panel (empty without a draft)."""
        m = self._margin()
        width, height = self.width(), self.height()
        prompt_lines = len(self._prompt_lines()) or 1
        prompt_h = max(self.header_unit * 2.2, prompt_lines * line_height(self._prompt_font())) + m
        people_h = self.header_unit * 1.4
        top = QRectF(m, m, width - 2 * m, prompt_h)
        people = QRectF(m, top.bottom() + m * 0.5, width - 2 * m, people_h)
        body_top = people.bottom() + m
        body = QRectF(m, body_top, width - 2 * m, height - body_top - m * 1.6)
        if self.content.draft is None:
            return top, people, body, QRectF()
        draft_w = body.width() * 0.38
        wall = QRectF(body.left(), body.top(), body.width() - draft_w - m, body.height())
        draft = QRectF(wall.right() + m, body.top(), draft_w, body.height())
        return top, people, wall, draft

    def _prompt_font(self) -> QFont:
        return _font(self.header_unit * 1.1, bold=True)

    def _prompt_text_width(self) -> float:
        return self.width() - 3 * self._margin() - self.header_unit * 2.4

    def _prompt_lines(self) -> list[str]:
        return break_lines(
            self.content.prompt_text,
            self._prompt_font(),
            self._prompt_text_width(),
            right_to_left=self._rtl(),
        )

    def _columns(self, wall: QRectF) -> tuple[int, float]:
        gap = self._margin()
        count = max(1, int((wall.width() + gap) // (self.unit * COLUMN_MIN_EMS + gap)))
        return count, (wall.width() - gap * (count - 1)) / count

    def _relayout(self, *, go_to_newest: bool) -> None:
        _top, _people, wall, _draft = self._regions()
        if wall.height() <= 0 or wall.width() <= 0:
            self.pages, self.page, self._items = [], 0, []
            return
        columns, column_w = self._columns(wall)
        text_w = column_w - self.unit * 0.3
        credit_font, words_font = self._credit_font(), self.words_font()
        per_row = max(1, int(text_w // (self._card_size() * 1.1)))
        self._items = []
        for shown in self.content.contributions:
            credit = break_lines(self._credit_text(shown), credit_font, text_w - self.unit, right_to_left=self._rtl())
            words = break_lines(shown.words, words_font, text_w, right_to_left=self._rtl())
            rows = [shown.card_ids[i : i + per_row] for i in range(0, len(shown.card_ids), per_row)]
            item = _Item(shown, credit, words, rows)
            credit_h = max(self.unit * 1.0, len(credit) * line_height(credit_font))
            item.heights = [credit_h, *[line_height(words_font)] * len(words), *[self._card_size() * 1.1] * len(rows)]
            self._items.append(item)
        self.pages = lay_out(
            [item.heights for item in self._items], column_height=wall.height(), columns=columns, gap=self._margin()
        )
        self.page = len(self.pages) - 1 if go_to_newest else min(self.page, len(self.pages) - 1)

    def _credit_text(self, shown: ShownContribution) -> str:
        return self.tr("{name} said:").format(name=ISOLATE.format(shown.name))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout(go_to_newest=False)

    # drawing ---------------------------------------------------------------------------------
    def _x(self, rect: QRectF) -> QRectF:
        """*rect* mirrored for right-to-left languages (the layout is worked out left to right)."""
        if not self._rtl():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def _text(self, painter: QPainter, rect: QRectF, text: str) -> None:
        align = Qt.AlignmentFlag.AlignRight if self._rtl() else Qt.AlignmentFlag.AlignLeft
        painter.drawText(self._x(rect), int(align | Qt.AlignmentFlag.AlignVCenter), text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        top, people, wall, draft = self._regions()
        self._paint_prompt(painter, top)
        self._paint_people(painter, people)
        self._paint_wall(painter, wall)
        if not draft.isEmpty():
            self._paint_draft(painter, draft)
        painter.end()

    def _paint_prompt(self, painter: QPainter, rect: QRectF) -> None:
        size = self.header_unit * 2.0
        if self.content.prompt_card_id:
            pixmap = self.pictures.pixmap(self.content.prompt_card_id, round(size))
            painter.drawPixmap(self._x(QRectF(rect.left(), rect.top(), size, size)).toRect(), pixmap)
        font = self._prompt_font()
        painter.setFont(font)
        x = rect.left() + size + self.header_unit * 0.4
        y = rect.top()
        for line in self._prompt_lines():
            self._text(painter, QRectF(x, y, self._prompt_text_width(), line_height(font)), line)
            y += line_height(font)

    def _paint_people(self, painter: QPainter, rect: QRectF) -> None:
        font = _font(self.header_unit * 0.6)
        painter.setFont(font)
        marker = self.header_unit * 0.9
        x = rect.left()
        for person in self.content.people:
            name = person.name + ("  ✓" if person.heard else "")
            width = (
                marker + self.header_unit * 0.2 + painter.fontMetrics().horizontalAdvance(name) + self.header_unit * 0.6
            )
            if x + width > rect.right():
                break  # the console lists everyone; the strip never wraps over the wall
            box = QRectF(x, rect.top(), width - self.header_unit * 0.4, rect.height())
            if person.speaking:
                painter.save()
                painter.setPen(
                    QPen(self.palette().color(QPalette.ColorRole.Highlight), max(3.0, self.header_unit * 0.08))
                )
                painter.drawRoundedRect(self._x(box), 8, 8)
                painter.restore()
            painter.drawPixmap(
                self._x(QRectF(x + 4, rect.top() + (rect.height() - marker) / 2, marker, marker)).toRect(),
                marker_pixmap(person.marker, round(marker)),
            )
            self._text(painter, QRectF(x + marker + self.header_unit * 0.3, rect.top(), width, rect.height()), name)
            x += width

    def _paint_wall(self, painter: QPainter, wall: QRectF) -> None:
        if not self.pages:
            return
        _count, column_w = self._columns(wall)
        page = self.pages[self.page]
        credit_font, words_font = self._credit_font(), self.words_font()
        for number, column in enumerate(page.columns):
            left = wall.left() + number * (column_w + self._margin())
            for piece in column.pieces:
                item = self._items[piece.item]
                y = wall.top() + piece.top
                for block in range(piece.first, piece.last):
                    height = item.heights[block]
                    self._paint_block(painter, item, block, QRectF(left, y, column_w, height), credit_font, words_font)
                    y += height
        if len(self.pages) > 1:
            painter.setFont(_font(self.unit * 0.5))
            text = self.tr("Page {page} of {pages}").format(page=self.page + 1, pages=len(self.pages))
            self._text(painter, QRectF(wall.left(), wall.bottom(), wall.width(), self.unit * 0.8), text)

    def _paint_block(
        self, painter: QPainter, item: _Item, block: int, rect: QRectF, credit_font: QFont, words_font: QFont
    ) -> None:
        if block == 0:
            marker = self.unit * 0.9
            painter.drawPixmap(
                self._x(QRectF(rect.left(), rect.top(), marker, marker)).toRect(),
                marker_pixmap(item.contribution.marker, round(marker)),
            )
            painter.setFont(credit_font)
            y = rect.top()
            for line in item.credit:
                self._text(painter, QRectF(rect.left() + self.unit, y, rect.width() - self.unit, marker), line)
                y += line_height(credit_font)
            return
        words_end = 1 + len(item.words)
        if block < words_end:
            painter.setFont(words_font)
            self._text(
                painter,
                QRectF(rect.left() + self.unit * 0.3, rect.top(), rect.width(), rect.height()),
                item.words[block - 1],
            )
            return
        size = self._card_size()
        for i, card_id in enumerate(item.card_rows[block - words_end]):
            place = QRectF(rect.left() + self.unit * 0.3 + i * size * 1.1, rect.top(), size, size)
            painter.drawPixmap(self._x(place).toRect(), self.pictures.pixmap(card_id, round(size)))

    def _paint_draft(self, painter: QPainter, rect: QRectF) -> None:
        draft = self.content.draft
        painter.save()
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), max(3.0, self.unit * 0.08)))
        painter.setBrush(QColor(self.palette().color(QPalette.ColorRole.Base)))
        painter.drawRoundedRect(self._x(rect), 12, 12)
        painter.restore()
        inner = rect.adjusted(self.unit * 0.4, self.unit * 0.3, -self.unit * 0.4, -self.unit * 0.3)
        marker = self.unit * 1.1
        painter.drawPixmap(
            self._x(QRectF(inner.left(), inner.top(), marker, marker)).toRect(),
            marker_pixmap(draft.marker, round(marker)),
        )
        font = _font(self.unit * 0.8, bold=True)
        painter.setFont(font)
        heading = self.tr("{name} is speaking").format(name=ISOLATE.format(draft.name))
        self._text(
            painter,
            QRectF(inner.left() + marker + self.unit * 0.3, inner.top(), inner.width() - marker, marker),
            heading,
        )
        y = inner.top() + marker + self.unit * 0.3
        size = self._card_size() * 1.2
        per_row = max(1, int(inner.width() // (size * 1.1)))
        for i, card_id in enumerate(draft.card_ids):
            row, col = divmod(i, per_row)
            if y + (row + 1) * size * 1.1 > inner.bottom() - self.unit:
                break
            place = QRectF(inner.left() + col * size * 1.1, y + row * size * 1.1, size, size)
            painter.drawPixmap(self._x(place).toRect(), self.pictures.pixmap(card_id, round(size)))
        if draft.card_ids:
            y += ((len(draft.card_ids) - 1) // per_row + 1) * size * 1.1
        words_font = self.words_font()
        painter.setFont(words_font)
        lines = break_lines(draft.words, words_font, inner.width(), right_to_left=self._rtl())
        room = max(0, int((inner.bottom() - y) // line_height(words_font)))
        # While the facilitator types, the newest words matter most: when they outgrow the panel the
        # panel shows the end of them (the whole contribution goes on the wall once saved).
        for line in lines[-room:] if room else []:
            self._text(painter, QRectF(inner.left(), y, inner.width(), line_height(words_font)), line)
            y += line_height(words_font)

    def _spoken_summary(self) -> str:
        """The display's words for assistive technology: the prompt and the newest contribution."""
        parts = [self.content.prompt_text]
        if self.content.contributions:
            newest = self.content.contributions[-1]
            parts.append(self.tr("{name} said:").format(name=newest.name) + " " + newest.words)
        return " ".join(part for part in parts if part)
