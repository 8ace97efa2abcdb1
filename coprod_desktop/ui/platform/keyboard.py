"""Keyboard habits the whole app shares: Enter activates buttons, and Alt alone leaves the menus be.

Qt buttons outside dialogs answer Space but not Enter. Many keyboard and switch users (and
facilitators) press Enter to activate what has focus, so Enter clicks the focused button too.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QProxyStyle, QStyle


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


class MenusByKeyStyle(QProxyStyle):
    """The app's style, except that Alt pressed and let go alone does not move into the menu bar.

    In the room a facilitator presses Alt+1, Alt+W and the like all the time. With Alt alone
    taking the menu bar, a slip (or a screen reader's key handling, which can deliver the Alt before
    the letter) left the focus in the menus, and the next words typed for a person walked the menus
    instead: once "i" and Enter started presenting. The menus are still a key away: Alt with a
    menu's letter opens it, and F10 opens the first (as in GNOME).
    """

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:
        if hint == QStyle.StyleHint.SH_MenuBar_AltKeyNavigation:
            return 0
        return super().styleHint(hint, option, widget, returnData)


def use_menus_by_key_style(app: QApplication) -> None:
    """Put MenusByKeyStyle in front of the app's style (once; before the first window is made)."""
    if not isinstance(app.style(), MenusByKeyStyle):
        app.setStyle(MenusByKeyStyle(app.style().name()))
