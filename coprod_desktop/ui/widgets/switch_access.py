"""Switch access on screen: drives the domain Scanner with a timer and the switch keys.

Switch interfaces plug in as keyboards and send a key per switch, so a switch press is a key
press. The rules (timing, hold filter, groups and blocks) live in domain/scanning.py; this module
reads the keys, shows the highlight, says what is highlighted (the cue signal) and acts on choices.

The highlight is seen across the room and never by colour alone: a thick black-yellow-black
frame drawn by the app itself (so no style sheet can hide it), a caption naming the group or
block, a "scanHighlight" property a style sheet may use too, and, for single items, the
keyboard focus, so a screen reader follows.

Text boxes: a switch key that types (Space, Return) goes to a text box that has the keyboard
focus, and scanning never takes the focus away from a text box, so a facilitator can write the
person's words while scanning runs. Starting scanning takes the focus out of a text box. Where
both happen at once, set the switch interface to send a key that does not type (such as F8).
"""

import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from ...domain.scanning import Chosen, Highlight, Moved, Paused, ScanEvent, Scanner, ScanSettings, Switch

KEYPAD_OR_NONE = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
MAX_SEPARATE_FRAMES = 12  # more items than this get one frame round them all


def default_keys(mode: str) -> dict[int, Switch]:
    """Space for one switch; Space steps and Return (or keypad Enter) selects for two."""
    if mode == "two_switch":
        return {Qt.Key.Key_Space: Switch.STEP, Qt.Key.Key_Return: Switch.SELECT, Qt.Key.Key_Enter: Switch.SELECT}
    return {Qt.Key.Key_Space: Switch.SELECT}


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


@dataclass
class ScanGroup:
    """A named group of targets. `area`, if given, is framed when the whole group is highlighted."""

    name: str
    targets: list[ScanTarget]
    area: QWidget | None = None


BLACK, YELLOW = QColor("#000000"), QColor("#FFD500")


class HighlightFrame(QWidget):
    """A thick black-yellow-black outline drawn over the window.

    Painted by hand rather than styled, so it looks the same whatever style sheet is applied;
    the three bands show up on light and dark backgrounds alike.
    """

    BORDER = 9  # 3 px black, 3 px yellow, 3 px black

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("scanHighlightFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        inset = self.BORDER // 2
        for width, colour in ((self.BORDER, BLACK), (self.BORDER // 3, YELLOW)):
            pen = QPen(colour, width)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(inset, inset, -inset - 1, -inset - 1))
        painter.end()


class HighlightCaption(QWidget):
    """The name of the highlighted group or block in big yellow-on-black letters, beside the frame:
    a block of cards has no name of its own on screen, and a caption is not colour alone."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("scanHighlightCaption")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.4)
        self.setFont(font)
        self.text = ""

    def show_text(self, text: str, beside: QRect) -> None:
        """Above `beside` if there is room, else just inside its top edge; never off the window."""
        self.text = text
        size = self.fontMetrics().boundingRect(text).size() + QSize(20, 10)
        window = self.parentWidget().rect()
        top = beside.top() - size.height() if beside.top() - size.height() >= 0 else beside.top()
        left = max(0, min(beside.left(), window.width() - size.width()))
        self.setGeometry(QRect(QPoint(left, top), size).intersected(window))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BLACK)
        painter.setPen(YELLOW)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()


def in_text_box(widget: QWidget | None) -> bool:
    """True for a widget that takes typing: such a widget keeps typing keys and the focus."""
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QAbstractSpinBox) or (isinstance(widget, QComboBox) and widget.isEditable())


class SwitchAccess(QObject):
    """Scans the groups `groups()` returns and acts on the switch keys.

    `groups` is called again after every step and every press, so a changed screen is picked up:
    it must return the same groups in the same order each time (an empty group is skipped).
    Signals: cue(text) with what is now highlighted (the caller may speak it), chosen(name) after
    an item was acted on, paused() when automatic scanning stopped for want of a choice, and
    running_changed(bool). `clock` is injectable so tests need not wait.
    """

    cue = Signal(str)
    chosen = Signal(str)
    paused = Signal()
    running_changed = Signal(bool)

    def __init__(
        self,
        groups: Callable[[], Sequence[ScanGroup]],
        settings: ScanSettings | None = None,
        *,
        window: QWidget | None = None,
        keys: Mapping[int, Switch] | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._provider = groups
        self._window = window
        self._own_keys = dict(keys) if keys is not None else None
        self._clock = clock
        self.scanner = Scanner(settings or ScanSettings())
        self._groups: list[ScanGroup] = []
        self._frames: list[HighlightFrame] = []
        self._caption: HighlightCaption | None = None
        self._marked: list[QWidget] = []
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        if window is not None:
            window.destroyed.connect(self.stop)  # never scan a screen that is gone

    # settings and state
    @property
    def settings(self) -> ScanSettings:
        return self.scanner.settings

    @property
    def keys(self) -> dict[int, Switch]:
        return self._own_keys if self._own_keys is not None else default_keys(self.settings.mode)

    def set_settings(self, settings: ScanSettings, keys: Mapping[int, Switch] | None = None) -> None:
        """New timings or keys; a running scan starts again from the first group."""
        running = self._running
        self.stop()
        self.scanner = Scanner(settings)
        if keys is not None:
            self._own_keys = dict(keys)
        if running:
            self.start()

    def attach_window(self, window: QWidget) -> None:
        """Take switch presses only from *window* (keys typed into a dialog are not switch presses)."""
        self._window = window

    def is_running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        app = QApplication.instance()
        focus = app.focusWidget()
        if in_text_box(focus) and self._ours(focus):
            focus.clearFocus()  # starting hands the switch keys over, even from a text box
        app.installEventFilter(self)
        self._refresh()
        self.running_changed.emit(True)
        self._apply(self.scanner.start(self._clock()))

    def stop(self) -> None:
        """Stop cleanly: no timer, no key filter, no highlight left on screen."""
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        QApplication.instance().removeEventFilter(self)
        self.scanner.stop()
        self._clear_highlight()
        for widget in [*self._frames, self._caption]:
            if widget is not None and shiboken6.isValid(widget):
                widget.hide()
                widget.deleteLater()
        self._frames.clear()
        self._caption = None
        self.running_changed.emit(False)

    def tick(self) -> None:
        """Let the scan's time pass. The timer calls this; a test with its own clock may too."""
        if self._running:
            self._apply(self.scanner.tick(self._clock()))

    # the switch keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self._frame_window():
            self._place_frames()  # the window changed size: keep the frame on its target
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False  # key events reach the QWindow first: act once, when they reach a widget
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False  # shortcut overrides are key events too
        switch = self.keys.get(event.key())
        if switch is None or event.modifiers() not in KEYPAD_OR_NONE or not self._ours(watched):
            return False  # Ctrl+Return and other shortcuts are not switch presses
        if event.text() and in_text_box(QApplication.focusWidget()):
            return False  # typing goes to the text box (see the module docstring)
        if event.isAutoRepeat():
            return True  # a held switch repeats: one press is one press
        now = self._clock()
        pressed = kind == QEvent.Type.KeyPress
        self._apply(self.scanner.press(now, switch) if pressed else self.scanner.release(now, switch))
        return True

    def _ours(self, widget: QWidget) -> bool:
        return self._window is None or widget.window() is self._window

    # acting on what the scanner says
    def _apply(self, events: list[ScanEvent]) -> None:
        moved = False
        for event in events:
            if isinstance(event, Chosen):
                self._activate(event)
            elif isinstance(event, Moved):
                moved = True
            elif isinstance(event, Paused):
                self._clear_highlight()
                self.paused.emit()
        if self._running:
            moved = self._refresh() or moved
            if moved:
                self._show()
            self._schedule()

    def _activate(self, event: Chosen) -> None:
        if event.group >= len(self._groups) or event.item >= len(self._groups[event.group].targets):
            return
        target = self._groups[event.group].targets[event.item]
        if target.available():  # gone since it was shown: do nothing rather than the wrong thing
            name = target.name()
            target.activate()
            self.chosen.emit(name)

    def _refresh(self) -> bool:
        """Re-read the groups; True if the scanner had to move the highlight."""
        self._groups = [ScanGroup(g.name, [t for t in g.targets if t.available()], g.area) for g in self._provider()]
        sizes = [len(g.targets) for g in self._groups]
        return bool(self.scanner.set_group_sizes(sizes, self._clock()))

    def _schedule(self) -> None:
        deadline = self.scanner.next_deadline()
        if deadline is None:
            self._timer.stop()
        else:
            self._timer.start(max(0, math.ceil((deadline - self._clock()) * 1000)))

    # showing the highlight
    def _highlighted(self, highlight: Highlight) -> tuple[ScanGroup, list[ScanTarget]]:
        group = self._groups[highlight.group]
        if highlight.kind == "group":
            return group, group.targets
        return group, group.targets[highlight.start : highlight.stop]

    def cue_text(self, highlight: Highlight) -> str:
        group, targets = self._highlighted(highlight)
        if highlight.kind == "group":
            return group.name
        if highlight.kind == "item":
            return targets[0].name()
        if highlight.kind == "back":
            # Translators: said and shown when the switch highlight is on the way out of a group.
            return self.tr("Go back")
        # Translators: a block of items highlighted by switch scanning, e.g. "Cards: Angry to Bus".
        return self.tr("{group}: {first} to {last}").format(
            group=group.name, first=targets[0].name(), last=targets[-1].name()
        )

    def _show(self) -> None:
        self._clear_highlight()
        highlight = self.scanner.highlight
        if highlight is None:
            return
        group, targets = self._highlighted(highlight)
        targets[0].reveal()
        marked = [group.area] if highlight.kind == "group" and group.area is not None else [t.widget() for t in targets]
        for widget in dict.fromkeys(marked):  # each widget once, in order
            widget.setProperty("scanHighlight", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            self._marked.append(widget)
        if highlight.kind == "item" and not in_text_box(QApplication.focusWidget()):
            targets[0].focus()
        self._place_frames()
        self.cue.emit(self.cue_text(highlight))

    def _place_frames(self) -> None:
        highlight = self.scanner.highlight
        if highlight is None:
            return
        group, targets = self._highlighted(highlight)
        window = targets[0].widget().window()
        if highlight.kind == "group" and group.area is not None:
            area = group.area
            rects = [QRect(area.mapTo(window, QPoint(0, 0)), area.size())]
        elif len(targets) <= MAX_SEPARATE_FRAMES:
            rects = [t.area() for t in targets]
        else:
            rects = [_union([t.area() for t in targets])]
        border = HighlightFrame.BORDER
        rects = [r.adjusted(-border, -border, border, border) for r in rects if not r.isEmpty()]
        self._frames = [frame for frame in self._frames if shiboken6.isValid(frame)]
        while len(self._frames) < len(rects):
            self._frames.append(HighlightFrame(window))
        for number, frame in enumerate(self._frames):
            if frame.parentWidget() is not window:
                frame.setParent(window)
            if number >= len(rects):
                frame.hide()
                continue
            frame.setGeometry(rects[number].intersected(window.rect()))
            frame.show()
            frame.raise_()
        if self._caption is None or not shiboken6.isValid(self._caption) or self._caption.parentWidget() is not window:
            self._caption = HighlightCaption(window)
        if highlight.kind == "item" or not rects:
            self._caption.hide()  # a single item shows its own name
        else:
            self._caption.show_text(self.cue_text(highlight), _union(rects))

    def _frame_window(self) -> QWidget | None:
        frame = self._frames[0] if self._frames else None
        return frame.parentWidget() if frame is not None and shiboken6.isValid(frame) else None

    def _clear_highlight(self) -> None:
        for widget in self._marked:
            if shiboken6.isValid(widget):
                widget.setProperty("scanHighlight", False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self._marked.clear()
        for widget in [*self._frames, self._caption]:
            if widget is not None and shiboken6.isValid(widget):
                widget.hide()


def _union(rects: list[QRect]) -> QRect:
    result = QRect()
    for rect in rects:
        result = result.united(rect)
    return result
