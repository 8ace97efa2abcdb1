"""Person tiles as screen readers should meet them: toggle buttons, not check boxes.

Qt reports every checkable button as a check box (QAccessible.CheckBox), so Orca said "Sam, check
box, checked" for a big picture tile. A tile is a button that stays pressed while it is that
person's turn (a toggle button, as ARIA's button with aria-pressed): it is reported as a button
(QAccessible.Button) that is checkable, checked and pressed while it is their turn. Qt's AT-SPI
bridge (6.12) has no toggle-button role of its own: it passes this on as a push button with the
checkable, checked and pressed states (checked with packaging/check_atspi.py).

A tile also shows where its person is on this prompt (TileState): heard, said "not now", invited to
speak next, asking to speak. PersonTiles puts those into the tile's words and accessible text; the
tile itself draws an invitation as a double outline (a shape, so never colour alone) and opens its
person's menu from a right-click, the Menu key or Shift+F10.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAccessibleWidget, QStyle, QStyleOptionToolButton, QToolButton

from ..platform.theme import BORDER_WIDTH, current_theme, scaled

INVITED_BORDER = 6  # at 100%: a double line (2 px, a gap, 2 px), where other tiles have one of 2 px
TILE_LINES = 2  # room is kept for two lines of words under the photo: a state shown never makes a row jump
TALL_SYMBOLS = "✋➤✓"  # the states' symbols, measured into the reserved lines


@dataclass(frozen=True)
class TileState:
    """Where a person is on the current prompt, as their tile shows it. Not being heard yet shows
    nothing at all: nobody is shown as behind."""

    heard: bool = False  # they spoke on this prompt
    passed: bool = False  # they said "not now" on this prompt (never shown as a failure)
    invited: bool = False  # invited to speak next
    queue_place: int | None = None  # asking to speak: their place in the queue, from 1


class PersonTile(QToolButton):
    """A person's tile in the room: checkable, and read as a toggle button (see tile_accessible).

    Emits menu_requested(global position) for its person's menu: a right-click, the Menu key or
    Shift+F10 (the keyboard's two ways to a context menu) on the tile.
    """

    menu_requested = Signal(QPoint)

    def __init__(self) -> None:
        super().__init__()
        self.state = TileState()
        self._outline: tuple[bool, str] | None = None  # the invitation's outline as last drawn

    def set_state(self, state: TileState) -> None:
        """Show *state* by the outline (the words are PersonTiles'); an invitation draws a double line."""
        self.state = state
        self._draw_outline()

    def _draw_outline(self) -> None:
        theme = current_theme()
        wanted = (self.state.invited, theme.id)
        if wanted == self._outline:
            return  # a style sheet set again polishes the tile again: only when it changes
        self._outline = wanted
        if not self.state.invited:
            self.setStyleSheet("")
            return
        # A double line in the colours the theme gives a tile's border in each of its states, so
        # focus and "speaking" still show; the padding shrinks by what the line grows (no jump).
        line, border = scaled(INVITED_BORDER), scaled(BORDER_WIDTH)
        pad = max(0, scaled(4) - (line - border))
        self.setStyleSheet(
            f"QToolButton#personTile {{ border: {line}px double {theme.text}; padding: {pad}px; }}"
            f"QToolButton#personTile:checked {{ border: {line}px double {theme.selected_border}; }}"
            f"QToolButton#personTile:focus {{ border: {line}px double {theme.focus_ring}; }}"
        )

    def sizeHint(self) -> QSize:
        # As tall as TILE_LINES lines of words with the states' symbols in them (drawn from a
        # fallback font, taller than the name's line), measured as QToolButton measures itself:
        # a state coming or going never changes a tile's height, so a row of tiles never jumps.
        hint = super().sizeHint()
        if self.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonTextUnderIcon:
            return hint
        lines = self.text().split("\n")
        lines += [""] * (TILE_LINES - len(lines))
        lines[-1] += TALL_SYMBOLS
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        text = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, "\n".join(lines))
        height = option.iconSize.height() + 4 + text.height()  # Qt's own 4 px between picture and words
        contents = QSize(option.iconSize.width(), height)
        needed = self.style().sizeFromContents(QStyle.ContentsType.CT_ToolButton, option, contents, self)
        return QSize(hint.width(), max(hint.height(), needed.height()))

    def _menu_place(self) -> QPoint:
        """Where a menu opened from the keyboard goes: under the tile, so the tile stays in view."""
        return self.mapToGlobal(self.rect().bottomLeft())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        self.menu_requested.emit(self._menu_place() if keyboard else event.globalPos())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        shift_f10 = event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        if event.key() == Qt.Key.Key_Menu or shift_f10:
            self.menu_requested.emit(self._menu_place())
            event.accept()
            return
        super().keyPressEvent(event)


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
