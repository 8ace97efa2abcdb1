"""The app's own preferences, declared once here with their defaults.

Meeting-level choices (language, reading speed) live in the meeting database; these belong to the
laptop and the facilitator, so they live in QSettings. Tests and benchmarks pass their own file.
"""

from dataclasses import dataclass, fields, replace

from PySide6.QtCore import QSettings

from ...domain.appearance import Appearance, appearance_from_saved
from ...domain.errors import ValidationError
from ...domain.scan_settings import ScanSettings

TALKING_CARDS = ("on", "quiet")  # on: say each card as it is chosen; quiet: only the read-back
ENGINES = ("auto", "espeak", "system")  # espeak: pyttsx3 in a child process; system: Qt's TextToSpeech
CARD_SIZES = (64, 96, 128, 160)  # picture size of the room's cards, in pixels (pictures stay sharp at each)


@dataclass(frozen=True)
class AppSettings:
    read_prompts_aloud: bool = True  # read each prompt when the room moves to it
    talking_cards: str = "on"
    read_back: bool = True  # after saving, read "Sam said: ..." so the person can check it
    speech_engine: str = "auto"
    card_size: int = 64
    # The interface: language, look, and how people reach it (see domain/appearance.py, scanning.py).
    interface_language: str = "en"
    theme: str = "standard"
    text_scale: int = 100
    font: str = "atkinson"
    reduced_motion: bool = False
    switch_access: bool = False  # scanning in the room, for people who use switches
    scan_mode: str = "one_switch"
    scan_step_seconds: float = 2.0
    scan_first_item_extra_seconds: float = 1.0
    scan_hold_seconds: float = 0.0
    scan_spoken_cues: bool = False
    # The room display (ui/display/): its own screen, text size and colours, apart from the console's
    # (the room may need 300% and high contrast; the laptop does not). The screen is QScreen.name(),
    # remembered per laptop; empty: the display chooses (a screen other than the console's).
    display_screen: str = ""
    display_text_scale: int = 100
    display_theme: str = "standard"

    @property
    def appearance(self) -> Appearance:
        return appearance_from_saved(self.theme, self.text_scale, self.font, self.reduced_motion)

    @property
    def scanning(self) -> ScanSettings:
        return ScanSettings(
            mode=self.scan_mode,
            step_seconds=self.scan_step_seconds,
            first_item_extra_seconds=self.scan_first_item_extra_seconds,
            hold_seconds=self.scan_hold_seconds,
            spoken_cues=self.scan_spoken_cues,
        )


class SettingsStore:
    """Reads and writes AppSettings; anything missing or invalid reads as its default."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings("CoProd", "CoProd Desktop")

    def load(self) -> AppSettings:
        defaults = AppSettings()
        values = {}
        for field in fields(AppSettings):
            default = getattr(defaults, field.name)
            raw = self.qsettings.value(field.name, default)
            values[field.name] = _coerce(raw, default)
        settings = replace(defaults, **values)
        if settings.talking_cards not in TALKING_CARDS:
            settings = replace(settings, talking_cards=defaults.talking_cards)
        if settings.card_size not in CARD_SIZES:
            settings = replace(settings, card_size=defaults.card_size)
        if settings.speech_engine not in ENGINES:
            settings = replace(settings, speech_engine=defaults.speech_engine)
        look = settings.appearance  # bad saved values fall back one by one
        settings = replace(
            settings, theme=look.theme, text_scale=look.text_scale, font=look.font, reduced_motion=look.reduced_motion
        )
        display = appearance_from_saved(settings.display_theme, settings.display_text_scale)  # as the console's
        settings = replace(settings, display_theme=display.theme, display_text_scale=display.text_scale)
        try:
            settings.scanning  # noqa: B018 (checks the saved timings)
        except ValidationError:
            scan_defaults = {
                f.name: getattr(defaults, f.name) for f in fields(AppSettings) if f.name.startswith("scan_")
            }
            settings = replace(settings, **scan_defaults)
        return settings

    def save(self, settings: AppSettings) -> None:
        for field in fields(AppSettings):
            self.qsettings.setValue(field.name, getattr(settings, field.name))
        self.qsettings.sync()


def _coerce(raw: object, default: object) -> object:
    # QSettings hands back strings from ini files: turn them into the type of the default.
    if isinstance(default, bool):
        return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
    if isinstance(default, int | float):
        try:
            return type(default)(str(raw))
        except ValueError:
            return default
    return str(raw)
