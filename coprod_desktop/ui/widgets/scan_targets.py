"""What switch scanning steps through: targets (a button, a row of a list) in named groups.

A target knows its name (for the cue), where it is on screen (for the highlight), whether it can
be chosen now, and how to act as a click would. The scanning driver (switch_access.py) and the
highlight (scan_highlight.py) use only this interface.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)


class ScanTarget(Protocol):
    """One thing a switch can choose."""

    def name(self) -> str: ...  # what the cue says: the accessible name
    def widget(self) -> QWidget: ...  # where the focus and the scanHighlight property go
    def area(self) -> QRect: ...  # what to frame, in the coordinates of widget().window()
    def available(self) -> bool: ...  # shown and enabled: hidden or disabled things are not scanned
    def reveal(self) -> None: ...  # scroll it into view
    def focus(self) -> None: ...
    def activate(self) -> None: ...


class ButtonTarget:
    """A button (or tile) chosen by clicking it, exactly as a mouse would."""

    def __init__(self, button: QAbstractButton) -> None:
        self.button = button

    def name(self) -> str:
        return self.button.accessibleName() or self.button.text().replace("&", "")

    def widget(self) -> QWidget:
        return self.button

    def area(self) -> QRect:
        return QRect(self.button.mapTo(self.button.window(), QPoint(0, 0)), self.button.size())

    def available(self) -> bool:
        return shiboken6.isValid(self.button) and self.button.isVisible() and self.button.isEnabled()

    def reveal(self) -> None:
        parent = self.button.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self.button)

    def focus(self) -> None:
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)

    def activate(self) -> None:
        if self.available():
            self.button.click()


class ListItemTarget:
    """One row of a list. Focusing makes it current; choosing calls `on_activate(item)`.

    The row is checked again before acting: if the list was refilled meanwhile, a different
    item may sit at that row, and the person must never get something they were not shown.
    `quiet` keeps the list's own signals silent while the scan moves through it, so a list that
    speaks on every move does not talk over the scan's own cue.
    """

    def __init__(
        self, view: QListWidget, row: int, on_activate: Callable[[QListWidgetItem], None], *, quiet: bool = False
    ) -> None:
        self.view, self.row, self.on_activate, self.quiet = view, row, on_activate, quiet
        self._identity = self._identity_of(view.item(row))

    @staticmethod
    def _identity_of(item: QListWidgetItem | None) -> tuple[str, object] | None:
        return None if item is None else (item.text(), item.data(Qt.ItemDataRole.UserRole))

    def _item(self) -> QListWidgetItem | None:
        item = self.view.item(self.row) if shiboken6.isValid(self.view) else None
        return item if item is not None and self._identity_of(item) == self._identity else None

    def name(self) -> str:
        item = self._item()
        return item.text() if item is not None else ""

    def widget(self) -> QWidget:
        return self.view

    def area(self) -> QRect:
        item = self._item()
        if item is None:
            return QRect()
        viewport = self.view.viewport()
        rect = self.view.visualItemRect(item).intersected(viewport.rect())
        return QRect(viewport.mapTo(self.view.window(), rect.topLeft()), rect.size())

    def available(self) -> bool:
        item = self._item()
        return item is not None and not item.isHidden() and self.view.isVisible() and self.view.isEnabled()

    def reveal(self) -> None:
        item = self._item()
        if item is not None:
            self.view.scrollToItem(item)

    def focus(self) -> None:
        was_blocked = self.view.blockSignals(self.quiet or self.view.signalsBlocked())
        try:
            self.view.setCurrentRow(self.row)
        finally:
            self.view.blockSignals(was_blocked)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def activate(self) -> None:
        item = self._item()
        if item is not None:
            self.on_activate(item)


class CallTarget:
    """A choice that is not a button of its own (one of a person's menu actions, say): framed on
    the widget it is about (their tile), named for the cue, and done by calling *action*."""

    def __init__(self, name: str, widget: QWidget, action: Callable[[], None]) -> None:
        self._name, self._widget, self._action = name, widget, action

    def name(self) -> str:
        return self._name

    def widget(self) -> QWidget:
        return self._widget

    def area(self) -> QRect:
        return QRect(self._widget.mapTo(self._widget.window(), QPoint(0, 0)), self._widget.size())

    def available(self) -> bool:
        return shiboken6.isValid(self._widget) and self._widget.isVisible()

    def reveal(self) -> None:
        return  # the people's tiles are always in view

    def focus(self) -> None:
        self._widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def activate(self) -> None:
        if self.available():
            self._action()


@dataclass
class ScanGroup:
    """A named group of targets. `area`, if given, is framed when the whole group is highlighted."""

    name: str
    targets: list[ScanTarget]
    area: QWidget | None = None


def in_text_box(widget: QWidget | None) -> bool:
    """True for a widget that takes typing: such a widget keeps typing keys and the focus."""
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QAbstractSpinBox) or (isinstance(widget, QComboBox) and widget.isEditable())
