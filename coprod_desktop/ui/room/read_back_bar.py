"""Read back and confirm, in the console: after Save, "{name} said: …" and the person's two answers.

The contribution is read aloud too (room_speech); this bar is where the facilitator (or the person,
by key, switch or click) answers: "✓ Yes, that's right" (Ctrl+Shift+Y) or "✎ Change it" (Ctrl+Shift+C). It follows the
session's READ_BACK event: shown while a contribution awaits an answer, hidden once answered.

The words shown are cut to one line (the whole of them is on the wall, on the display and in the
bar's accessible name): the bar sits in the part of the console that never scrolls, beside Save.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from ..platform.theme import scaled, scaled_font
from ..widgets.form_parts import isolated
from ..widgets.screen_layouts import large_text, wrapping_row


class OneLine(QLabel):
    """A label that shows its whole text on one line if it fits, else cut with "…" at the end."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.whole = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_whole(self, text: str) -> None:
        self.whole = text
        self._fit()

    def _fit(self) -> None:
        width = max(0, self.contentsRect().width())
        self.setText(self.fontMetrics().elidedText(self.whole, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class ReadBackBar(QFrame):
    """The contribution awaiting an answer and the two answers. Emits confirmed() and change()."""

    confirmed = Signal()
    change = Signal()

    def __init__(self, yes_key: str, change_key: str) -> None:
        super().__init__()
        self.setObjectName("readBackBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.said = ""  # "Sam said: their words", whole
        # One line, cut with "…" to the width it has: it never pushes Save down.
        self.text = OneLine()
        self.text.setFont(scaled_font(14, bold=True))
        self.text.setMinimumWidth(scaled(120))
        #: the read-back's answer: the person says what was written down is right.
        self.yes_button = QPushButton(self.tr("✓ Yes, that's right"))
        #: the read-back's answer: the person wants what was written down changed.
        self.change_button = QPushButton(self.tr("✎ Change it"))
        self.yes_button.setAccessibleName(self.tr("Yes, that's right"))
        self.change_button.setAccessibleName(self.tr("Change it"))
        self.yes_button.setAccessibleDescription(self.tr("Shortcut: {key}").format(key=yes_key))
        self.change_button.setAccessibleDescription(self.tr("Shortcut: {key}").format(key=change_key))
        for button in (self.yes_button, self.change_button):
            # Bold, but with large text in the usual weight: narrower, so the two fit on one line
            # of a 1024 px screen at 300% (and Save stays in view under them).
            button.setFont(scaled_font(14, bold=not large_text()))
            button.setToolTip(button.accessibleDescription())
        self.yes_button.clicked.connect(self.confirmed)
        self.change_button.clicked.connect(self.change)
        # The words on a line of their own, the answers under them (as many a line as fit).
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(wrapping_row(self.yes_button, self.change_button))
        if large_text():
            # Only the answers: at 300% a laptop has no room for a line of the words as well
            # (they are read aloud, on the wall and on the room display).
            self.text.hide()
        layout.setContentsMargins(scaled(2), scaled(2), scaled(2), scaled(2))
        self.hide()

    def show_said(self, name: str, words: str, cards: list[str]) -> None:
        """Show "{name} said: {words}" (or the cards' names, when no words were said)."""
        #: the read-back in the console after Save; {name} is the person as credited, {words} what
        #: was written down for them.
        self.said = self.tr("{name} said: {words}").format(
            name=isolated(name), words=" ".join(words.split()) or self.tr(", ").join(cards)
        )
        self.setAccessibleName(self.tr("Read back: {said}").format(said=self.said))
        self.text.setAccessibleName(self.said)
        self.text.setToolTip(self.said)
        self.text.set_whole(self.said)
        self.show()
