"""Switch access on screen: drives the domain Scanner with a timer and the switch keys.

Switch interfaces plug in as keyboards and send a key per switch, so a switch press is a key
press. The rules (timing, hold filter, groups and blocks) live in domain/scanning.py; this module
reads the keys, runs the timer, says what is highlighted (the cue signal) and acts on choices.
What can be scanned is in scan_targets.py; drawing the highlight (frame, caption, marks) is in
scan_highlight.py. For single items the keyboard focus follows the highlight too, so a screen
reader follows.

Text boxes: a switch key that types (Space, Return) goes to a text box that has the keyboard
focus, and scanning never takes the focus away from a text box, so a facilitator can write the
person's words while scanning runs. Starting scanning takes the focus out of a text box. Where
both happen at once, set the switch interface to send a key that does not type (such as F8).
"""

import math
import time
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ...domain.scanning import Chosen, Highlight, Moved, Paused, ScanEvent, Scanner, ScanSettings, Switch
from .scan_highlight import MAX_SEPARATE_FRAMES, ScanHighlight, union, widget_area
from .scan_targets import ScanGroup, ScanTarget, in_text_box

KEYPAD_OR_NONE = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def default_keys(mode: str) -> dict[int, Switch]:
    """Space for one switch; Space steps and Return (or keypad Enter) selects for two."""
    if mode == "two_switch":
        return {Qt.Key.Key_Space: Switch.STEP, Qt.Key.Key_Return: Switch.SELECT, Qt.Key.Key_Enter: Switch.SELECT}
    return {Qt.Key.Key_Space: Switch.SELECT}


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
        self._highlight = ScanHighlight()
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
        self._highlight.remove()
        self.running_changed.emit(False)

    def tick(self) -> None:
        """Let the scan's time pass. The timer calls this; a test with its own clock may too."""
        if self._running:
            self._apply(self.scanner.tick(self._clock()))

    # the switch keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self._highlight.window():
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
                self._highlight.clear()
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
        self._highlight.clear()
        highlight = self.scanner.highlight
        if highlight is None:
            return
        group, targets = self._highlighted(highlight)
        targets[0].reveal()
        if highlight.kind == "group" and group.area is not None:
            self._highlight.mark([group.area])
        else:
            self._highlight.mark([t.widget() for t in targets])
        if highlight.kind == "item" and not in_text_box(QApplication.focusWidget()):
            targets[0].focus()
        self._place_frames()
        self.cue.emit(self.cue_text(highlight))

    def _place_frames(self) -> None:
        """Frame what is highlighted: a group's area, each item of a small block, or a big block whole."""
        highlight = self.scanner.highlight
        if highlight is None:
            return
        group, targets = self._highlighted(highlight)
        window = targets[0].widget().window()
        if highlight.kind == "group" and group.area is not None:
            rects = [widget_area(group.area, window)]
        elif len(targets) <= MAX_SEPARATE_FRAMES:
            rects = [t.area() for t in targets]
        else:
            rects = [union([t.area() for t in targets])]
        self._highlight.frame(window, rects, None if highlight.kind == "item" else self.cue_text(highlight))
