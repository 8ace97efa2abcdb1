"""Drawing the switch-scanning highlight: seen across the room, and never by colour alone.

A thick black-yellow-black frame drawn by the app itself (so no style sheet can hide it), a
caption naming the group or block, and a "scanHighlight" property a style sheet may use too. The
scanning driver (switch_access.py) decides what is highlighted; this module only draws it.
"""

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

BLACK, YELLOW = QColor("#000000"), QColor("#FFD500")
MAX_SEPARATE_FRAMES = 12  # more items than this get one frame round them all


class HighlightFrame(QWidget):
    """A thick black-yellow-black outline drawn over the window.

    Painted by hand rather than styled, so it looks the same whatever style sheet is applied;
    the three bands show up on light and dark backgrounds alike.
    """

    BORDER = 9  # 3 px black, 3 px yellow, 3 px black

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("scanHighlightFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        inset = self.BORDER // 2
        for width, colour in ((self.BORDER, BLACK), (self.BORDER // 3, YELLOW)):
            pen = QPen(colour, width)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(inset, inset, -inset - 1, -inset - 1))
        painter.end()


class HighlightCaption(QWidget):
    """The name of the highlighted group or block in big yellow-on-black letters, beside the frame:
    a block of cards has no name of its own on screen, and a caption is not colour alone."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("scanHighlightCaption")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.4)
        self.setFont(font)
        self.text = ""

    def show_text(self, text: str, beside: QRect) -> None:
        """Above `beside` if there is room, else just inside its top edge; never off the window."""
        self.text = text
        size = self.fontMetrics().boundingRect(text).size() + QSize(20, 10)
        window = self.parentWidget().rect()
        top = beside.top() - size.height() if beside.top() - size.height() >= 0 else beside.top()
        left = max(0, min(beside.left(), window.width() - size.width()))
        self.setGeometry(QRect(QPoint(left, top), size).intersected(window))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BLACK)
        painter.setPen(YELLOW)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()


def union(rects: Sequence[QRect]) -> QRect:
    result = QRect()
    for rect in rects:
        result = result.united(rect)
    return result


def widget_area(widget: QWidget, window: QWidget) -> QRect:
    """*widget*'s rectangle in *window*'s coordinates."""
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


class ScanHighlight:
    """The frames, caption and scanHighlight marks on one window at a time."""

    def __init__(self) -> None:
        self._frames: list[HighlightFrame] = []
        self._caption: HighlightCaption | None = None
        self._marked: list[QWidget] = []

    def mark(self, widgets: Sequence[QWidget]) -> None:
        """Set the scanHighlight property on *widgets* (each once), for style sheets and tests."""
        for widget in dict.fromkeys(widgets):  # each widget once, in order
            _set_marked(widget, True)
            self._marked.append(widget)

    def frame(self, window: QWidget, rects: Sequence[QRect], caption: str | None) -> None:
        """Frame each of *rects* (in *window*'s coordinates) and, if given, show *caption* beside them."""
        border = HighlightFrame.BORDER
        rects = [r.adjusted(-border, -border, border, border) for r in rects if not r.isEmpty()]
        self._frames = [frame for frame in self._frames if shiboken6.isValid(frame)]
        while len(self._frames) < len(rects):
            self._frames.append(HighlightFrame(window))
        for number, frame in enumerate(self._frames):
            if frame.parentWidget() is not window:
                frame.setParent(window)
            if number >= len(rects):
                frame.hide()
                continue
            frame.setGeometry(rects[number].intersected(window.rect()))
            frame.show()
            frame.raise_()
        if self._caption is None or not shiboken6.isValid(self._caption) or self._caption.parentWidget() is not window:
            self._caption = HighlightCaption(window)
        if caption is None or not rects:
            self._caption.hide()  # a single item shows its own name
        else:
            self._caption.show_text(caption, union(rects))

    def window(self) -> QWidget | None:
        """The window the frames are drawn on, if any."""
        frame = self._frames[0] if self._frames else None
        return frame.parentWidget() if frame is not None and shiboken6.isValid(frame) else None

    def clear(self) -> None:
        """Nothing highlighted: marks off, frames and caption hidden (kept for the next step)."""
        for widget in self._marked:
            if shiboken6.isValid(widget):
                _set_marked(widget, False)
        self._marked.clear()
        for widget in [*self._frames, self._caption]:
            if widget is not None and shiboken6.isValid(widget):
                widget.hide()

    def remove(self) -> None:
        """Clear, and delete the frames and caption."""
        self.clear()
        for widget in [*self._frames, self._caption]:
            if widget is not None and shiboken6.isValid(widget):
                widget.deleteLater()
        self._frames.clear()
        self._caption = None


def _set_marked(widget: QWidget, marked: bool) -> None:
    widget.setProperty("scanHighlight", marked)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
