"""Switch access: the scanning rules, without widgets or clocks.

A person who cannot use a mouse or keyboard uses one or two switches. The app highlights the
things on screen one after another and the person presses when the right one is highlighted.
With one switch the highlight moves by itself every few seconds ("automatic scanning"); with two
switches one switch moves the highlight and the other chooses, so nothing is timed at all.

A room can show 250+ picture cards, far too many to step through one at a time, so scanning goes
group first (people, cards, actions), then into the chosen group. A group longer than
`block_size` is split into blocks, and blocks of blocks, so any card is a few presses away. Each
level ends with a "back out" entry, so a wrong choice of group or block can be undone.

Time is passed in (`now`, in seconds on any steady clock) so the rules are tested without
waiting. Timers never act by themselves: time only moves the highlight, and only a press that
passes the hold filter chooses anything. Automatic scanning stops after a few passes with no
choice, so nothing runs for ever in a quiet room.
"""

import math
from dataclasses import dataclass
from enum import Enum
from typing import Literal

# The settings live in scan_settings.py (read at start-up); re-exported for the scanner's users.
from .scan_settings import (
    BLOCK_MAX,
    BLOCK_MIN,
    DEBOUNCE_MAX,
    EXTRA_MAX,
    HOLD_MAX,
    MODES,
    PASSES_MAX,
    PASSES_MIN,
    STEP_MAX,
    STEP_MIN,
    Mode,
    ScanSettings,
)

__all__ = [
    "BLOCK_MAX",
    "BLOCK_MIN",
    "DEBOUNCE_MAX",
    "EXTRA_MAX",
    "HOLD_MAX",
    "MODES",
    "PASSES_MAX",
    "PASSES_MIN",
    "STEP_MAX",
    "STEP_MIN",
    "Chosen",
    "Highlight",
    "HighlightKind",
    "Mode",
    "Moved",
    "Paused",
    "ScanEvent",
    "ScanSettings",
    "Scanner",
    "Switch",
    "split",
]


class Switch(Enum):
    """Which switch was pressed. With one switch, that switch is SELECT."""

    STEP = "step"
    SELECT = "select"


HighlightKind = Literal["group", "block", "item", "back"]


@dataclass(frozen=True)
class Highlight:
    """What is highlighted now.

    kind "group": the whole of group `group` (choosing among groups);
    kind "block": items start..stop-1 of the group; kind "item": the single item `start`;
    kind "back": the back-out entry that leaves the level spanning start..stop-1.
    """

    kind: HighlightKind
    group: int
    start: int = 0
    stop: int = 0

    @property
    def item(self) -> int | None:
        return self.start if self.kind == "item" else None


@dataclass(frozen=True)
class Moved:
    """The highlight moved (or was shown again after a change of level)."""

    highlight: Highlight


@dataclass(frozen=True)
class Chosen:
    """The person chose item `item` of group `group`: the screen should act on it now."""

    group: int
    item: int


@dataclass(frozen=True)
class Paused:
    """Automatic scanning stopped after passes_before_pause rounds with no choice."""


ScanEvent = Moved | Chosen | Paused
State = Literal["stopped", "scanning", "paused"]


def split(start: int, stop: int, block_size: int) -> list[tuple[int, int]]:
    """The entries of one level: single items when few enough, else equal blocks of
    block_size**k items (the last shorter), so every level has at most block_size entries."""
    count = stop - start
    if count <= block_size:
        return [(i, i + 1) for i in range(start, stop)]
    size = 1
    while size * block_size < count:
        size *= block_size
    return [(i, min(i + size, stop)) for i in range(start, stop, size)]


class Scanner:
    """The scanning state machine over groups of items, known only by their sizes.

    Call start(now); then press/release(now, switch) for switch events and tick(now) when
    next_deadline() has passed. Each returns the events that happened, in order.
    """

    def __init__(self, settings: ScanSettings, group_sizes: list[int] | tuple[int, ...] = ()) -> None:
        self.settings = settings
        self._sizes = list(group_sizes)
        self._state: State = "stopped"
        self._group: int | None = None  # None: choosing among groups
        self._levels: list[tuple[int, int]] = []  # ranges entered within the group, outermost first
        self._index = 0
        self._passes = 0
        self._deadline: float | None = None
        self._pressed: Switch | None = None
        self._pressed_at = 0.0
        self._accepted = False
        self._ignored: Switch | None = None  # a press swallowed by the debounce; its release too
        self._quiet_until = -math.inf

    # what the screen asks
    @property
    def state(self) -> State:
        return self._state

    @property
    def group_sizes(self) -> list[int]:
        return list(self._sizes)

    @property
    def highlight(self) -> Highlight | None:
        if self._state != "scanning":
            return None
        entries = self._entries()
        return entries[self._index] if entries else None

    def next_deadline(self) -> float | None:
        """When tick() next has something to do; None when only a press can change anything."""
        if self.settings.mode == "two_switch" or self._state == "stopped":
            return None
        if self._pressed is not None:
            if not self._accepted and self.settings.hold_seconds > 0:
                return self._pressed_at + self.settings.hold_seconds
            return None
        return self._deadline if self._state == "scanning" and self.highlight is not None else None

    # control
    def start(self, now: float) -> list[ScanEvent]:
        """Begin at the first group. Only highlights: nothing is chosen until a press."""
        self._state = "scanning"
        self._pressed = self._ignored = None
        return self._go_to_top(now)

    def stop(self) -> None:
        self._state = "stopped"
        self._group, self._levels = None, []
        self._deadline = None
        self._pressed = self._ignored = None

    def set_group_sizes(self, sizes: list[int] | tuple[int, ...], now: float) -> list[ScanEvent]:
        """The screen changed. Keeps the place when it still means the same thing, else goes
        back to the first group so a press never lands on something the person did not see."""
        before = self.highlight
        old, self._sizes = self._sizes, list(sizes)
        if self._state != "scanning":
            return []
        if self._group is not None:
            if self._group >= len(self._sizes) or old[self._group] != self._sizes[self._group]:
                return self._go_to_top(now)
            return []
        if before is None:
            return self._go_to_top(now)
        groups = [entry.group for entry in self._entries()]
        if before.group not in groups:
            return self._go_to_top(now)
        self._index = groups.index(before.group)
        return [] if self.highlight == before else [Moved(self.highlight)]

    # the switches
    def press(self, now: float, switch: Switch = Switch.SELECT) -> list[ScanEvent]:
        if self._state == "stopped" or self._pressed is not None or self._ignored is not None:
            return []  # a second switch while one is held, or a press with no release, is ignored
        if self.settings.mode == "one_switch" and switch is not Switch.SELECT:
            return []
        if now < self._quiet_until:
            self._ignored = switch
            return []
        self._pressed, self._pressed_at, self._accepted = switch, now, False
        self._deadline = None  # the highlight holds still while the switch is down
        if self.settings.hold_seconds == 0:
            return self._accept(now)
        return []

    def release(self, now: float, switch: Switch = Switch.SELECT) -> list[ScanEvent]:
        if self._ignored is switch:
            self._ignored = None
            return []
        if self._pressed is not switch:
            return []
        events = self._check_hold(now)
        if self._accepted:
            self._quiet_until = now + self.settings.debounce_seconds
        self._pressed = None
        if self._state == "scanning":
            self._deadline = now + self._dwell()  # a fresh step after any press, long or short
        return events

    def tick(self, now: float) -> list[ScanEvent]:
        """Let time pass: accept a press held long enough, or move the automatic highlight on."""
        if self._state == "stopped":
            return []
        if self._pressed is not None:
            return self._check_hold(now)
        if self.settings.mode == "one_switch" and self._deadline is not None and now >= self._deadline:
            return self._advance(now)  # one step per tick, however late: never skip an entry unseen
        return []

    # the rules
    def _check_hold(self, now: float) -> list[ScanEvent]:
        if not self._accepted and now - self._pressed_at >= self.settings.hold_seconds:
            return self._accept(now)
        return []

    def _accept(self, now: float) -> list[ScanEvent]:
        self._accepted = True
        if self._state == "paused":
            self._state = "scanning"  # a press after a pause only wakes scanning up
            return self._go_to_top(now)
        if self._pressed is Switch.STEP:
            return self._advance(now)
        return self._choose(now)

    def _choose(self, now: float) -> list[ScanEvent]:
        entry = self.highlight
        if entry is None:
            return []
        if entry.kind == "item":
            return [Chosen(entry.group, entry.start), *self._go_to_top(now)]
        if entry.kind == "group":
            self._group, self._levels = entry.group, [(0, self._sizes[entry.group])]
        elif entry.kind == "block":
            self._levels.append((entry.start, entry.stop))
        else:  # back out one level
            self._levels.pop()
            if not self._levels:
                return self._go_to_top(now)
        return self._begin_level(now)

    def _advance(self, now: float) -> list[ScanEvent]:
        entries = self._entries()
        if not entries:
            return []
        self._index += 1
        if self._index >= len(entries):
            self._index = 0
            if self.settings.mode == "one_switch":
                self._passes += 1
                if self._passes >= self.settings.passes_before_pause:
                    self._state, self._deadline = "paused", None
                    self._group, self._levels = None, []
                    return [Paused()]
        self._deadline = now + self._dwell()
        return [Moved(entries[self._index])]

    def _go_to_top(self, now: float) -> list[ScanEvent]:
        self._group, self._levels = None, []
        return self._begin_level(now)

    def _begin_level(self, now: float) -> list[ScanEvent]:
        self._index, self._passes = 0, 0
        self._deadline = now + self._dwell() if self._pressed is None else None
        highlight = self.highlight
        return [Moved(highlight)] if highlight is not None else []

    def _dwell(self) -> float:
        extra = self.settings.first_item_extra_seconds if self._index == 0 else 0.0
        return self.settings.step_seconds + extra

    def _entries(self) -> list[Highlight]:
        if self._group is None:
            return [Highlight("group", g) for g, size in enumerate(self._sizes) if size > 0]
        start, stop = self._levels[-1]
        entries = [
            Highlight("item" if b - a == 1 else "block", self._group, a, b)
            for a, b in split(start, stop, self.settings.block_size)
        ]
        return [*entries, Highlight("back", self._group, start, stop)]
