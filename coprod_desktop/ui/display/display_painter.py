"""Drawing the room display: one DisplayPainter per paint, drawing what RoomDisplay laid out.

RoomDisplay (room_display.py) decides the sizes, the regions, the pages and every sentence (in the
display's language); this draws them: the prompt band, the people strip and the "waiting to speak"
strip, the page of the wall, and the side panel (the contribution being written down, or the one
just saved, read back with its two big targets). Layouts are worked out left to right and
mirrored when drawn for right-to-left languages (RoomDisplay.x).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen

from ...app.display_content import ShownPerson
from ...domain.markers import Marker
from ..widgets.pictures import marker_pixmap
from .text_lines import break_lines, display_font, line_height, text_direction
from .wall_layout import WallFonts, WallItem

if TYPE_CHECKING:
    from .room_display import RoomDisplay

AGREED_MARKERS = 4  # markers drawn on an agreement line; the words count the rest


class DisplayPainter:
    """Draws *display* with *painter* (begun on it)."""

    def __init__(self, display: RoomDisplay, painter: QPainter) -> None:
        self.d = display
        self.p = painter
        self.unit = display.unit
        self.hu = display.header_unit

    def paint(self) -> None:
        d, p = self.d, self.p
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(d.rect(), self.colour(QPalette.ColorRole.Window))
        p.setPen(self.colour(QPalette.ColorRole.WindowText))
        top, people, wall, panel, queue = d.regions()
        if not top.isEmpty():  # empty while a read-back covers the display
            self.prompt(top)
            self.people(people)
        if not queue.isEmpty():
            self.queue(queue)
        if not wall.isEmpty():
            self.wall(wall)
        if not panel.isEmpty():
            if d.content.read_back is not None:
                self.read_back(panel)
            else:
                self.draft(panel)

    # helpers -----------------------------------------------------------------------------------
    def colour(self, role: QPalette.ColorRole) -> QColor:
        return self.d.palette().color(role)

    def text(self, rect: QRectF, text: str, *, centre: bool = False) -> None:
        # Placed by the display's direction (right-aligned in Arabic and Urdu), but each text runs
        # in its own: user text in another script keeps its punctuation where it belongs.
        if centre:
            align = Qt.AlignmentFlag.AlignHCenter
        else:
            align = Qt.AlignmentFlag.AlignRight if self.d.rtl() else Qt.AlignmentFlag.AlignLeft
        self.p.setLayoutDirection(text_direction(text, self.d.layoutDirection()))
        flags = align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        self.p.drawText(self.d.x(rect), int(flags), text)

    def marker(self, marker: Marker, rect: QRectF) -> None:
        self.p.drawPixmap(self.d.x(rect).toRect(), marker_pixmap(marker, round(rect.width())))

    def card(self, card_id: str, rect: QRectF) -> None:
        self.p.drawPixmap(self.d.x(rect).toRect(), self.d.pictures.pixmap(card_id, round(rect.width())))

    def outline(self, rect: QRectF, role: QPalette.ColorRole, thickness: float, *, radius: float = 8) -> None:
        self.p.save()
        self.p.setPen(QPen(self.colour(role), max(3.0, thickness)))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawRoundedRect(self.d.x(rect), radius, radius)
        self.p.restore()

    # the prompt and the people -----------------------------------------------------------------
    def prompt(self, rect: QRectF) -> None:
        d, p = self.d, self.p
        y = rect.top()
        if d.content.review:
            font = d.review_font()
            p.setFont(font)
            self.text(QRectF(rect.left(), y, rect.width(), line_height(font)), d.review_title())
            y += line_height(font)
        size = self.hu * 2.0
        if d.content.prompt_card_id:
            self.card(d.content.prompt_card_id, QRectF(rect.left(), y, size, size))
        font = d.prompt_font()
        p.setFont(font)
        x = rect.left() + size + self.hu * 0.4
        for line in d.prompt_lines():
            self.text(QRectF(x, y, d.prompt_text_width(), line_height(font)), line)
            y += line_height(font)

    def people(self, rect: QRectF) -> None:
        d, p, hu = self.d, self.p, self.hu
        people = d.content.people
        if not people:
            return
        labels = [d.person_label(person) for person in people]
        # Everyone fits on one line if they can: the strip's words shrink (to 0.6 of their size)
        # before anyone is left off.
        scale = 1.0
        for _attempt in range(2):
            p.setFont(display_font(hu * 0.6 * scale))
            marker = hu * 0.9 * scale
            pad = hu * 0.2 * scale  # inside a tile's outline, each side
            gap = hu * 0.4 * scale  # between tiles
            metrics = p.fontMetrics()
            widths = [2 * pad + marker + hu * 0.25 * scale + metrics.horizontalAdvance(label) + gap for label in labels]
            if sum(widths) <= rect.width() or scale < 1.0:
                break
            # A little under the exact share: font sizes are whole pixels, rounded up.
            scale = max(0.6, rect.width() / sum(widths) * 0.97)
        x = rect.left()
        for person, label, width in zip(people, labels, widths, strict=True):
            if x + width > rect.right() + 0.5:
                break  # the console lists everyone; the strip never wraps over the wall
            box = QRectF(x, rect.top(), width - gap, rect.height())
            self.tile_outline(person, box)
            self.marker(person.marker, QRectF(x + pad, rect.top() + (rect.height() - marker) / 2, marker, marker))
            text_left = x + pad + marker + hu * 0.25 * scale
            self.text(QRectF(text_left, rect.top(), box.right() - text_left, rect.height()), label)
            x += width

    def tile_outline(self, person: ShownPerson, box: QRectF) -> None:
        """The person invited to speak next: a strong outline (and their label says so in words);
        the one speaking: the highlight (the draft panel says so in words)."""
        if person.invited:
            self.outline(box, QPalette.ColorRole.WindowText, self.hu * 0.14)
        elif person.speaking:
            self.outline(box, QPalette.ColorRole.Highlight, self.hu * 0.08)

    def queue(self, rect: QRectF) -> None:
        d, p, hu = self.d, self.p, self.hu
        p.setFont(display_font(hu * 0.6))
        metrics = p.fontMetrics()
        title, shown, more = d.queue_parts()
        marker = hu * 0.7
        x = rect.left()

        def words(text: str) -> None:
            nonlocal x
            width = metrics.horizontalAdvance(text)
            self.text(QRectF(x, rect.top(), width + 2, rect.height()), text)
            x += width + hu * 0.2

        words(title)
        for person in shown:
            x += hu * 0.25
            words(str(person.queue_place))
            self.marker(person.marker, QRectF(x, rect.top() + (rect.height() - marker) / 2, marker, marker))
            x += marker + hu * 0.15
            words(person.name)
        if more:
            x += hu * 0.25
            words(more)

    # the wall ----------------------------------------------------------------------------------
    def wall(self, wall: QRectF) -> None:
        d, p = self.d, self.p
        if not d.pages:
            return
        _count, column_w = d.columns(wall)
        fonts = d.wall_fonts(column_w)
        for number, column in enumerate(d.pages[d.page].columns):
            left = wall.left() + number * (column_w + d.margin())
            for piece in column.pieces:
                item = d.items[piece.item]
                if item is None:  # not measured: never on the page shown (see WallLayout.lay_out)
                    continue
                y = wall.top() + piece.top
                if item.corrected:
                    self.correcting_frame(QRectF(left, y, column_w, piece.height))
                for block in range(piece.first, piece.last):
                    height = item.heights[block]
                    self.block(item, block, QRectF(left, y, column_w, height), fonts)
                    y += height
        if len(d.pages) > 1:
            p.setFont(display_font(self.unit * 0.5))
            font = display_font(self.unit * 0.5)
            self.text(QRectF(wall.left(), wall.bottom(), wall.width(), line_height(font)), d.page_text())

    def correcting_frame(self, rect: QRectF) -> None:
        """Around the contribution being corrected (its status line says so in words)."""
        self.p.save()
        pen = QPen(self.colour(QPalette.ColorRole.WindowText), max(3.0, self.unit * 0.08))
        pen.setStyle(Qt.PenStyle.DashLine)
        self.p.setPen(pen)
        pad = self.unit * 0.15
        self.p.drawRoundedRect(self.d.x(rect.adjusted(-pad, -pad / 2, pad / 2, pad / 2)), 8, 8)
        self.p.restore()

    def block(self, item: WallItem, block: int, rect: QRectF, fonts: WallFonts) -> None:
        p, unit = self.p, self.unit
        kind, what = item.blocks[block]
        indent = unit * 0.3
        if kind == "credit":
            marker = unit * 0.9
            self.marker(item.contribution.marker, QRectF(rect.left(), rect.top(), marker, marker))
            p.setFont(fonts.credit)
            y = rect.top()
            for line in what:
                self.text(QRectF(rect.left() + unit, y, rect.width() - unit, marker), line)
                y += line_height(fonts.credit)
        elif kind == "words":
            p.setFont(fonts.words)
            self.text(QRectF(rect.left() + indent, rect.top(), rect.width(), rect.height()), what)
        elif kind == "cards":
            size = fonts.card_size
            for i, card_id in enumerate(what):
                self.card(card_id, QRectF(rect.left() + indent + i * size * 1.1, rect.top(), size, size))
        elif kind == "agreed":
            first, line = what
            x = rect.left() + indent
            size = fonts.agreed_marker
            agreed = item.contribution.agreed[:AGREED_MARKERS]
            if first:
                for _name, marker in agreed:
                    self.marker(marker, QRectF(x, rect.top() + (rect.height() - size) / 2, size * 0.92, size * 0.92))
                    x += size
            else:
                x += len(agreed) * size
            p.setFont(fonts.meta)
            self.text(QRectF(x + unit * 0.1, rect.top(), rect.right() - x, rect.height()), line)
        else:  # support, status
            font = QFont(fonts.meta)
            font.setBold(kind == "status")
            p.setFont(font)
            self.text(QRectF(rect.left() + indent, rect.top(), rect.width() - indent, rect.height()), what)

    # the side panel ----------------------------------------------------------------------------
    def panel_frame(self, rect: QRectF, role: QPalette.ColorRole, thickness: float) -> None:
        self.p.save()
        self.p.setPen(QPen(self.colour(role), max(3.0, self.unit * thickness)))
        self.p.setBrush(self.colour(QPalette.ColorRole.Base))
        self.p.drawRoundedRect(self.d.x(rect), 12, 12)
        self.p.restore()

    def heading(self, inner: QRectF, marker: Marker, heading: str) -> float:
        """The person's marker and a bold heading beside it; returns where the next thing goes."""
        size = self.unit * 1.1
        self.marker(marker, QRectF(inner.left(), inner.top(), size, size))
        font = display_font(self.unit * 0.8, bold=True)
        self.p.setFont(font)
        width = inner.width() - size - self.unit * 0.3
        y = inner.top()
        for n, line in enumerate(break_lines(heading, font, width, right_to_left=self.d.rtl())):
            self.text(QRectF(inner.left() + size + self.unit * 0.3, y, width, size), line)
            y += size if n == 0 else line_height(font)
        return max(y, inner.top() + size) + self.unit * 0.3

    def cards(self, inner: QRectF, y: float, card_ids: tuple[str, ...], bottom: float, largest: float = 0) -> float:
        """Cards large (at most *largest* if given), in rows from *y*, as many as fit above *bottom*;
        returns where the next thing goes."""
        size = self.d.card_size() * 1.2
        if largest:
            size = min(size, largest)
        per_row = max(1, int(inner.width() // (size * 1.1)))
        rows = 0
        for i, card_id in enumerate(card_ids):
            row, col = divmod(i, per_row)
            if y + (row + 1) * size * 1.1 > bottom:
                break
            rows = row + 1
            self.card(card_id, QRectF(inner.left() + col * size * 1.1, y + row * size * 1.1, size, size))
        return y + rows * size * 1.1

    def draft(self, rect: QRectF) -> None:
        d, p = self.d, self.p
        draft = d.content.draft
        if draft is None:
            return
        self.panel_frame(rect, QPalette.ColorRole.Highlight, 0.08)
        inner = d.panel_inner(rect)
        y = self.heading(inner, draft.marker, d.speaking_text(draft.name))
        y = self.cards(inner, y, draft.card_ids, inner.bottom() - self.unit)
        words_font = d.words_font()
        p.setFont(words_font)
        lines = break_lines(draft.words, words_font, inner.width(), right_to_left=d.rtl())
        room = max(0, int((inner.bottom() - y) // line_height(words_font)))
        # While the facilitator types, the newest words matter most: when they outgrow the panel the
        # panel shows the end of them (the whole contribution goes on the wall once saved).
        for line in lines[-room:] if room else []:
            self.text(QRectF(inner.left(), y, inner.width(), line_height(words_font)), line)
            y += line_height(words_font)

    def read_back(self, panel: QRectF) -> None:
        plan = self.d.read_back_plan(panel, self.d.covered)
        self.panel_frame(panel, QPalette.ColorRole.WindowText, 0.1)
        self.marker(self.d.content.read_back.marker, plan.marker)
        for font, lines in ((plan.heading_font, plan.heading), (plan.meta_font, plan.support)):
            self.p.setFont(font)
            for rect, line in lines:
                self.text(rect, line)
        for rect, card_id in plan.cards:
            self.card(card_id, rect)
        self.p.setFont(plan.words_font)
        for rect, line in plan.words:
            self.text(rect, line)
        if plan.question is not None:
            question = QFont(plan.meta_font)
            question.setBold(True)
            self.p.setFont(question)
            self.text(*plan.question)
        self.buttons(plan.buttons, plan.button_font)

    def buttons(self, buttons: dict[str, QRectF], font: QFont) -> None:
        words = self.d.button_words()
        self.p.save()
        self.p.setFont(font)
        for name, rect in buttons.items():
            # Told apart by their words and symbols (✓, ✎), never by colour alone.
            self.p.setPen(QPen(self.colour(QPalette.ColorRole.ButtonText), max(3.0, self.unit * 0.1)))
            self.p.setBrush(self.colour(QPalette.ColorRole.Button))
            self.p.drawRoundedRect(self.d.x(rect), self.unit * 0.3, self.unit * 0.3)
            self.text(rect, words[name], centre=True)
        self.p.restore()
