"""Keyboard habits the whole app shares.

Qt buttons outside dialogs answer Space but not Enter. Many keyboard and switch users (and
facilitators) press Enter to activate what has focus, so Enter clicks the focused button too.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton


class EnterActivatesButtons(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QAbstractButton)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and watched.isEnabled()
        ):
            watched.click()
            return True
        return False
