"""What is being read aloud, with the word being read marked, and a Stop button.

The mark is the theme's mark colours (a yellow background in most themes) *and* an underline and
bold, so it does not rely on colour alone. Text is set as plain text: what people said is never
interpreted as markup.
"""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QPushButton, QTextEdit

from ..platform.theme import current_theme, scaled, scaled_font


class ReadingBar(QObject):
    """A one-line view of the text being read, and a Stop button; the room places the two."""

    def __init__(self) -> None:
        super().__init__()
        self.text = QTextEdit()
        self.text.setReadOnly(True)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setObjectName("readingText")
        self.text.setFont(scaled_font(16))
        self.text.setAccessibleName(self.tr("Being read aloud"))
        # One line, following the word being read: the room screen has no height to spare. The
        # padding is outside the text's own area, so a wrapped line shows whole, never half of
        # the line before it (see mark()).
        self.text.document().setDocumentMargin(0)
        padding = scaled(6)
        self.text.setViewportMargins(0, padding, 0, padding)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() + 2 * padding)
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stop_button = QPushButton(self.tr("■ Stop reading"))
        self.stop_button.setAccessibleName(self.tr("Stop reading"))
        self.stop_button.setAccessibleDescription(self.tr("Shortcut: Escape"))
        self.stop_button.setEnabled(False)
        colours = current_theme()  # the window builds the room again when the theme changes
        self.mark_format = QTextCharFormat()
        self.mark_format.setBackground(QColor(colours.mark_background))
        self.mark_format.setForeground(QColor(colours.mark_text))
        self.mark_format.setFontUnderline(True)
        self.mark_format.setFontWeight(700)

    def reading(self, text: str) -> None:
        self.text.setPlainText(text)
        self.text.setExtraSelections([])
        self.stop_button.setEnabled(True)

    def mark(self, start: int, length: int) -> None:
        """Mark the word at UTF-16 positions [start, start+length) — Qt's own text positions."""
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(min(start, self.text.document().characterCount() - 1))
        cursor.setPosition(
            min(start + length, self.text.document().characterCount() - 1), QTextCursor.MoveMode.KeepAnchor
        )
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = self.mark_format
        self.text.setExtraSelections([selection])
        # Follow the word without selecting it: a selection's colours would hide the mark's.
        follow = QTextCursor(cursor)
        follow.clearSelection()
        self.text.setTextCursor(follow)
        # The line with the word at the top of the window: a whole line, however long the text.
        lines = self.text.verticalScrollBar()
        lines.setValue(lines.value() + self.text.cursorRect(follow).top())

    def marked_text(self) -> str:
        selections = self.text.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    def finished(self, _completed: bool) -> None:
        """The speech service finished (or was stopped): nothing is being read now."""
        self.done()

    def done(self) -> None:
        self.text.setExtraSelections([])
        self.stop_button.setEnabled(False)

    def say_plainly(self, message: str) -> None:
        """Show a message (speech off, a fallback) in place of the text."""
        self.text.setPlainText(message)
        self.text.setExtraSelections([])
        self.stop_button.setEnabled(False)
