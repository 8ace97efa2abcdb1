"""What is being read aloud, with the word being read marked, and a Stop button.

The mark is a yellow background *and* an underline, so it does not rely on colour alone. Text is
set as plain text: what people said is never interpreted as markup.
"""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QPushButton, QTextEdit

from .theme import scaled_font


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
        # One line, following the word being read: the room screen has no height to spare.
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() + 12)
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stop_button = QPushButton(self.tr("■ Stop reading"))
        self.stop_button.setAccessibleName(self.tr("Stop reading"))
        self.stop_button.setAccessibleDescription(self.tr("Shortcut: Escape"))
        self.stop_button.setEnabled(False)
        self.mark_format = QTextCharFormat()
        self.mark_format.setBackground(QColor("#FFE066"))
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
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def marked_text(self) -> str:
        selections = self.text.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    def done(self) -> None:
        self.text.setExtraSelections([])
        self.stop_button.setEnabled(False)

    def say_plainly(self, message: str) -> None:
        """Show a message (speech off, a fallback) in place of the text."""
        self.text.setPlainText(message)
        self.text.setExtraSelections([])
        self.stop_button.setEnabled(False)
