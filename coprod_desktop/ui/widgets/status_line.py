"""The status line at the bottom of the window: a message too long for one line ends in "…", never
cut off without a sign, and the whole of it is its tooltip and what a screen reader reads.

QStatusBar draws its message on one line, cut at the window's edge: at 300% text on a 1024 px
screen "Backed up automatically at …" lost its end with nothing to show that it had. Wrapping it
instead would cost the room's pinned Save button its place at 300% on a 768 px high screen, so
the line stays one line and says when there is more. This keeps QStatusBar's showMessage /
clearMessage / currentMessage, so every screen connects to it as before. The words can hold a
meeting title or a file name: shown as plain text, never markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget


class StatusLine(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self._message = ""
        self._words = QLabel()
        self._words.setTextFormat(Qt.TextFormat.PlainText)
        self._words.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.addWidget(self._words, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)

    def showMessage(self, text: str, timeout: int = 0) -> None:
        """Show *text* (for *timeout* ms, or until the next message when 0)."""
        self._message = text
        self._show_words()
        if timeout > 0:
            self._timer.start(timeout)
        else:
            self._timer.stop()
        self.messageChanged.emit(text)

    def clearMessage(self) -> None:
        self._timer.stop()
        self._message = ""
        self._show_words()
        self.messageChanged.emit("")

    def currentMessage(self) -> str:
        return self._message

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_words()  # wider or narrower: more or less of the message fits

    def _show_words(self) -> None:
        width = self._words.contentsRect().width()
        shown = self._words.fontMetrics().elidedText(self._message, Qt.TextElideMode.ElideRight, max(width, 1))
        self._words.setText(shown)
        self._words.setAccessibleName(self._message)
        # The whole message on hover when it was shortened (shown as plain text, as every tooltip
        # is: platform/plain_tooltips.py).
        self._words.setToolTip(self._message if shown != self._message else "")
