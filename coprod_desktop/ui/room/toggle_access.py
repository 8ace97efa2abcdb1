"""Person tiles as screen readers should meet them: toggle buttons, not check boxes.

Qt reports every checkable button as a check box (QAccessible.CheckBox), so Orca said "Sam, check
box, checked" for a big picture tile. A tile is a button that stays pressed while it is that
person's turn (a toggle button, as ARIA's button with aria-pressed): it is reported as a button
(QAccessible.Button) that is checkable, checked and pressed while it is their turn. Qt's AT-SPI
bridge (6.12) has no toggle-button role of its own: it passes this on as a push button with the
checkable, checked and pressed states (checked with packaging/check_atspi.py).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QToolButton


class PersonTile(QToolButton):
    """A person's tile in the room: checkable, and read as a toggle button (see tile_accessible)."""


class _TileAccessible(QAccessibleWidget):
    def __init__(self, tile: PersonTile) -> None:
        super().__init__(tile, QAccessible.Role.Button)
        self._tile = tile

    def state(self) -> QAccessible.State:
        state = super().state()
        state.checkable = True
        state.checked = self._tile.isChecked()
        state.pressed = self._tile.isChecked()
        return state

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._tile.accessibleName() or self._tile.text()
        if kind == QAccessible.Text.Description:
            return self._tile.accessibleDescription() or self._tile.toolTip()
        return super().text(kind)

    def actionNames(self) -> list[str]:
        return [
            QAccessibleActionInterface.pressAction(),
            QAccessibleActionInterface.toggleAction(),
            *super().actionNames(),
        ]

    def doAction(self, name: str) -> None:
        if name in (QAccessibleActionInterface.pressAction(), QAccessibleActionInterface.toggleAction()):
            self._tile.click()
        else:
            super().doAction(name)


def _factory(_class_name: str, widget: object) -> QAccessibleInterface | None:
    if isinstance(widget, PersonTile):
        return _TileAccessible(widget)
    return None


_installed: list[object] = []


def install_tile_accessibility() -> None:
    """Report person tiles as toggle buttons (once per process; harmless to call again)."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(_factory)  # a name holds it for as long as the app runs
