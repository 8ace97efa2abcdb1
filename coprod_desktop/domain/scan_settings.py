"""How switch scanning behaves for one person: the settings and their limits.

Kept apart from the scanner (scanning.py) because the app's saved settings read these at start-up,
before the window's first paint, and the scanner itself is needed only in the room.
"""

from dataclasses import dataclass
from typing import Literal

from .errors import ValidationError

Mode = Literal["one_switch", "two_switch"]
MODES: tuple[str, ...] = ("one_switch", "two_switch")
STEP_MIN, STEP_MAX = 0.5, 10.0
EXTRA_MAX = 10.0
HOLD_MAX = 5.0
DEBOUNCE_MAX = 2.0
PASSES_MIN, PASSES_MAX = 1, 20
BLOCK_MIN, BLOCK_MAX = 2, 20


def _seconds(value: object, low: float, high: float, code: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ValidationError(code, low=f"{low:g}", high=f"{high:g}")
    return float(value)


def _whole(value: object, low: int, high: int, code: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(code, low=low, high=high)
    return value


@dataclass(frozen=True)
class ScanSettings:
    """How scanning behaves for one person; every timing can be changed.

    Defaults lean slow and forgiving: a late press is the commonest mistake in scanning, and a
    person can always ask for faster.
    """

    mode: Mode = "one_switch"
    # How long each entry stays highlighted in automatic (one-switch) scanning.
    step_seconds: float = 2.0
    # The first entry of each pass stays longer: time to get ready after a choice or a new level.
    first_item_extra_seconds: float = 1.0
    # Hold filter: a press counts only once the switch has been held this long (0 = off). Helps
    # people whose hand brushes or bumps the switch.
    hold_seconds: float = 0.0
    # After a press has counted, presses starting within this time of its release are ignored:
    # a tremor or a bouncing switch can turn one press into two.
    debounce_seconds: float = 0.3
    # Automatic scanning stops after this many full passes with no choice; a press starts it again.
    passes_before_pause: int = 3
    # Groups longer than this are split into blocks (and blocks of blocks).
    block_size: int = 8
    # Say each entry as it is highlighted. The scanner only records the wish; the screen speaks.
    spoken_cues: bool = False

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValidationError("scanning.mode_invalid")
        _seconds(self.step_seconds, STEP_MIN, STEP_MAX, "scanning.step_out_of_range")
        _seconds(self.first_item_extra_seconds, 0.0, EXTRA_MAX, "scanning.first_item_extra_out_of_range")
        _seconds(self.hold_seconds, 0.0, HOLD_MAX, "scanning.hold_out_of_range")
        _seconds(self.debounce_seconds, 0.0, DEBOUNCE_MAX, "scanning.debounce_out_of_range")
        _whole(self.passes_before_pause, PASSES_MIN, PASSES_MAX, "scanning.passes_out_of_range")
        _whole(self.block_size, BLOCK_MIN, BLOCK_MAX, "scanning.block_size_out_of_range")
        if not isinstance(self.spoken_cues, bool):
            raise ValidationError("scanning.spoken_cues_invalid")
