"""Layouts that keep a screen whole at any text size: it scrolls, wraps or stacks; it never clips.

Kept apart from the form parts because the first screen (the meetings list) needs only these:
importing the form widgets too would delay the window's first paint.
"""

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QBoxLayout, QFrame, QScrollArea, QWidget

from ..platform.theme import BASE_POINT_SIZE, FONT_FAMILY, current_appearance, scaled, scaled_font
from .flow_layout import FlowLayout

# From this text width up (text size times the font's width, in per cent), columns that sit side
# by side at normal sizes go one above the other: on a 1366 px laptop two columns of text 170%
# as wide as normal leave each too narrow for its buttons and fields.
STACKING_TEXT_SCALE = 170


class _HeldHeight(QObject):
    """Sets its widget's minimum (or fixed) height again each time the style sheet polishes it."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._height, self._fixed = 0, False
        widget.installEventFilter(self)

    def hold(self, widget: QWidget, height: int, *, fixed: bool) -> None:
        self._height, self._fixed = height, fixed
        self._apply(widget)

    def _apply(self, widget: QWidget) -> None:
        if self._fixed:
            widget.setFixedHeight(self._height)
        else:
            widget.setMinimumHeight(self._height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A style change arrives just after the style sheet has set the widget's sizes from its
        # min-height; a polish, just before the widget's own handler does so: apply ours after it.
        if event.type() == QEvent.Type.StyleChange:
            self._apply(watched)
        elif event.type() == QEvent.Type.Polish:
            QTimer.singleShot(0, self, self._reapply)  # not once the widget is gone
        return False

    def _reapply(self) -> None:
        self._apply(self.parent())


def hold_height(widget: QWidget, height: int, *, fixed: bool = False) -> None:
    """Give *widget* at least (or, *fixed*, exactly) *height* px, and keep it.

    The style sheet gives lists and fields a min-height, and Qt applies it again whenever the
    widget is polished again, for instance when it is put into a layout: a minimum set once in
    the constructor is quietly replaced by the style sheet's 44 px. Call again to change it.
    """
    holder = widget.findChild(_HeldHeight, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if holder is None:
        holder = _HeldHeight(widget)
    holder.hold(widget, height, fixed=fixed)


def scrolling(widget: QWidget) -> QScrollArea:
    """*widget* in a scroll area that fits it to the width: with large text a screen taller than
    the window scrolls rather than pushing the window past the screen's edge (or clipping)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # Not a stop of its own for Tab, with nothing for a screen reader to say: it scrolls to
    # whichever control inside it has the focus.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(widget)
    return area


class _FocusFollower(QObject):
    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area
        QApplication.instance().focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self.area):
            return  # the window is being taken apart: its focus moves as its parts go
        inner = self.area.widget()
        if new is not None and inner is not None and inner.isAncestorOf(new):
            # Once laid out: a part just shown (and given the focus) has no place yet.
            QTimer.singleShot(0, self, lambda: self._show(new))

    def _show(self, new: QWidget) -> None:
        if not (shiboken6.isValid(self.area) and shiboken6.isValid(new)):
            return
        inner = self.area.widget()
        if new is QApplication.focusWidget() and inner is not None and inner.isAncestorOf(new):
            # Its top-left corner and a little of it: a tall list is not scrolled past its start.
            margin = scaled(8)
            place = new.mapTo(inner, new.rect().topLeft())
            height = min(new.height(), self.area.viewport().height() - 2 * margin)
            self.area.ensureVisible(place.x(), place.y() + height // 2, margin, height // 2 + margin)


class HeightForOwnWidth(QFrame):
    """A part of a screen that asks for the height its wrapping rows need at the width it has.

    A layout that wraps tells the layouts above it its height for each width, and a window then
    takes as its least height the height it would need at its *least* width (every row wrapped):
    taller than a laptop's screen, for a part pinned below a scroll area. This part keeps that to
    itself and asks for the height it needs at its own width instead.
    """

    def hasHeightForWidth(self) -> bool:
        return False

    def _needed(self, hint: QSize, *, least: bool) -> QSize:
        layout = self.layout()
        # Before it is first shown its width is Qt's default: the window's is a better guess (it
        # is a part as wide as its screen), and the window would otherwise grow for a narrow one.
        width = self.width() if self.isVisible() else max(self.width(), self.window().width())
        if layout is not None and layout.hasHeightForWidth() and width > 0:
            height = layout.minimumHeightForWidth(width) if least else layout.heightForWidth(width)
            hint.setHeight(max(hint.height(), height))
        return hint

    def minimumSizeHint(self) -> QSize:
        return self._needed(super().minimumSizeHint(), least=True)

    def sizeHint(self) -> QSize:
        return self._needed(super().sizeHint(), least=False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped differently: ask again


def follow_focus(area: QScrollArea) -> None:
    """Scroll *area* to whatever inside it takes the keyboard focus, however it got there (Tab, a
    shortcut, a mnemonic, a click on a label): a control with the focus is never out of sight."""
    _FocusFollower(area)


class WrappingRow(FlowLayout):
    """A FlowLayout that starts from the right in right-to-left languages (Arabic, Urdu), as Qt's
    own rows do, and asks for room for everything on one line (it wraps only when it must)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent, spacing)
        self._gap = spacing

    def sizeHint(self) -> QSize:
        hints = [
            item.sizeHint().expandedTo(item.minimumSize())
            for item in (self.itemAt(i) for i in range(self.count()))
            if item.widget() is None or not item.widget().isHidden()
        ]
        m = self.contentsMargins()
        width = sum(h.width() for h in hints) + self._gap * max(0, len(hints) - 1)
        height = max((h.height() for h in hints), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        owner = self.parentWidget()
        if owner is not None and owner.isRightToLeft():
            for index in range(self.count()):
                item = self.itemAt(index)
                # Mirrored inside the row (what QStyle.visualRect does; QStyle itself, with all its
                # enums, costs the first paint about 7 ms to load).
                place = item.geometry()
                place.moveLeft(rect.left() + rect.right() - place.right())
                item.setGeometry(place)


def wrapping_row(*widgets: QWidget) -> WrappingRow:
    """Buttons (or other widgets) in a row that wraps onto new lines when it runs out of width,
    like words: long translations and large text never push the window wider than the screen."""
    row = WrappingRow(spacing=scaled(8))
    for widget in widgets:
        row.addWidget(widget)
    return row


def text_width_scale() -> float:
    """How much wider a line of text is than in the standard font at 100%: the text size, times
    how wide the chosen font's letters are (OpenDyslexic's are half as wide again)."""
    standard = QFontMetricsF(QFont(FONT_FAMILY, BASE_POINT_SIZE)).averageCharWidth()
    chosen = QFontMetricsF(scaled_font(BASE_POINT_SIZE)).averageCharWidth()
    return chosen / standard if standard > 0 else current_appearance().scale


def large_text() -> bool:
    """True when text is so wide that side-by-side columns are stacked (see columns())."""
    return round(100 * text_width_scale()) >= STACKING_TEXT_SCALE


def columns() -> QBoxLayout:
    """A layout for two or more columns: side by side, or one above the other with large text."""
    direction = QBoxLayout.Direction.TopToBottom if large_text() else QBoxLayout.Direction.LeftToRight
    return QBoxLayout(direction)
