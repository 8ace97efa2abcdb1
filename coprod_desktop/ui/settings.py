"""The app's own preferences, declared once here with their defaults.

Meeting-level choices (language, reading speed) live in the meeting database; these belong to the
laptop and the facilitator, so they live in QSettings. Tests and benchmarks pass their own file.
"""

from dataclasses import dataclass, fields, replace

from PySide6.QtCore import QSettings

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
        return settings

    def save(self, settings: AppSettings) -> None:
        for field in fields(AppSettings):
            self.qsettings.setValue(field.name, getattr(settings, field.name))
        self.qsettings.sync()


def _coerce(raw: object, default: object) -> object:
    # QSettings hands back strings from ini files: turn them into the type of the default.
    if isinstance(default, bool):
        return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
    if isinstance(default, int):
        try:
            return int(str(raw))
        except ValueError:
            return default
    return str(raw)
