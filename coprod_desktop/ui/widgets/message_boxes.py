"""Message boxes whose words are always plain text.

QMessageBox guesses whether its text is rich text, and the words in it are often data: a file
name, a meeting title, a person's name. A name like "<b>Sam" would be drawn as markup (and an
<img> tag would make Qt open a file). Every message box is made here, with its text set as plain.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox:
    """A message box showing *text* literally (add buttons, then exec() or open() it)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def tell(parent: QWidget | None, title: str, text: str, *, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    """Show *text* and wait for OK."""
    plain_box(parent, icon, title, text, QMessageBox.StandardButton.Ok).exec()


def tell_later(parent: QWidget | None, title: str, text: str) -> None:
    """Show a warning without waiting (window-modal, no nested event loop): for a background job's
    callback, which must return at once."""
    box = plain_box(parent, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def ask(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask a yes-or-no *question*; True for Yes."""
    box = plain_box(
        parent,
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    return box.exec() == QMessageBox.StandardButton.Yes
