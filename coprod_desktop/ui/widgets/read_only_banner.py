"""The banner above every screen when the meeting database can only be read.

A file that cannot be written (its permissions, a read-only folder, a locked USB stick or a CD) is
opened read-only rather than refused, so its meetings can still be seen and printed. The banner
says so where it cannot be missed; the window refuses to start editing (refuse_if_read_only), so
nobody types into the room what could not be saved.

The banner's words are plain text, it can be reached with Tab (a screen reader reads it there as
well as in the message shown at start-up), and it keeps the window's colours: no colour alone
carries the meaning.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QVBoxLayout, QWidget

from .message_boxes import tell


def read_only_words() -> str:
    """What the banner and every refusal say, in the app's language."""
    return QCoreApplication.translate(
        "ReadOnlyBanner",
        "This file can only be read: changes cannot be saved. You can look at meetings and print "
        "them. To make changes, copy the file to a folder you can write to and open the copy.",
    )


class ReadOnlyBanner(QFrame):
    """A framed line of plain words, reachable with Tab, saying the file can only be read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.Box)
        self.label = QLabel(read_only_words(), self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        # Tab reaches it (a label is otherwise skipped), and a screen reader reads its words there.
        # The focus policy goes after the interaction flags, which would otherwise reset it.
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        #: Accessible name of the banner shown when the meeting database can only be read.
        self.label.setAccessibleName(self.tr("Read-only file"))
        self.label.setAccessibleDescription(read_only_words())
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)


def refuse_if_read_only(parent: QWidget | None, read_only: bool) -> bool:
    """When *read_only*, say so in a message box and return True: the caller then does nothing."""
    if read_only:
        tell(parent, QCoreApplication.translate("ReadOnlyBanner", "CoProd Desktop"), read_only_words(),
             icon=QMessageBox.Icon.Information)  # fmt: skip
    return read_only
