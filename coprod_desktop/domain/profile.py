"""A person's communication profile: how they want to be addressed, read to, written for and asked.

The NHS Accessible Information Standard asks services to identify, record, flag, share and act on
a person's communication needs. Here a profile records them; flags() gives the short plain words
shown on the person's tile (words, never colour alone); the room and the take-home act on them.
Sharing a profile outside this laptop needs the person's consent (store/profiles.py).

A profile with nothing set is "empty": it changes nothing anywhere.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from .errors import ValidationError
from .speech import DEFAULT_RATE, LANGUAGE_NAMES, SPEEDS, check_rate
from .text import NAME_MAX, optional_text


class Format(StrEnum):
    """A format the person needs information in."""

    EASY_READ = "easy_read"
    LARGE_PRINT = "large_print"
    AUDIO = "audio"


class Interpreter(StrEnum):
    NONE = "none"
    SPOKEN = "spoken"  # a spoken-language interpreter (interpreter_language says which)
    BSL = "bsl"  # British Sign Language


class AccessMethod(StrEnum):
    """How the person uses the laptop themselves, when they do."""

    TOUCH = "touch"
    KEYBOARD = "keyboard"
    SWITCH = "switch"


class SwitchMode(StrEnum):
    # The values are domain.scanning's ScanSettings.mode values, so a profile hands them over as they are.
    ONE = "one_switch"  # one switch: the highlight moves by itself, a press chooses
    TWO = "two_switch"  # two switches: one moves the highlight, the other chooses


class CardSize(StrEnum):
    NORMAL = "normal"
    LARGE = "large"
    EXTRA_LARGE = "extra_large"


# Labels in plain English, in the order a form lists them (the UI translates them).
FORMAT_LABELS: dict[Format, str] = {
    Format.EASY_READ: "Easy Read",
    Format.LARGE_PRINT: "Large print",
    Format.AUDIO: "Audio",
}
INTERPRETER_LABELS: dict[Interpreter, str] = {
    Interpreter.NONE: "No interpreter",
    Interpreter.SPOKEN: "Spoken language interpreter",
    Interpreter.BSL: "BSL (British Sign Language) interpreter",
}
ACCESS_LABELS: dict[AccessMethod, str] = {
    AccessMethod.TOUCH: "Touch screen",
    AccessMethod.KEYBOARD: "Keyboard",
    AccessMethod.SWITCH: "Switch",
}
SWITCH_MODE_LABELS: dict[SwitchMode, str] = {
    SwitchMode.ONE: "One switch (the highlight moves by itself)",
    SwitchMode.TWO: "Two switches (one moves, one chooses)",
}
CARD_SIZE_LABELS: dict[CardSize, str] = {
    CardSize.NORMAL: "Normal",
    CardSize.LARGE: "Large",
    CardSize.EXTRA_LARGE: "Extra large",
}
# How much bigger picture cards are drawn during the person's turn.
CARD_SCALE: dict[CardSize, float] = {CardSize.NORMAL: 1.0, CardSize.LARGE: 1.5, CardSize.EXTRA_LARGE: 2.0}

# Seconds the scanning highlight stays on each item; the default leans slow, as scanning's does.
STEP_MIN, STEP_MAX, STEP_DEFAULT = 0.5, 10.0, 2.0
HOLD_MIN, HOLD_MAX, HOLD_DEFAULT = 0.0, 5.0, 0.0  # seconds a switch must be held before a press counts
NOTES_MAX = 500
INTERPRETER_LANGUAGE_MAX = 60
VOICE_MAX = 200

# Flag templates: the tile shows each with {value} filled in. Listed so the UI can translate them.
FLAG_BSL = "BSL"
FLAG_INTERPRETER = "Interpreter: {value}"
FLAG_LANGUAGE = "Language: {value}"
FLAG_SWITCH = "Switch"
FLAG_KEYBOARD = "Keyboard"
FLAG_TOUCH = "Touch screen"
FLAG_LARGE_CARDS = "Large cards"
FLAG_EXTRA_LARGE_CARDS = "Extra large cards"
FLAG_NOTES = "See notes"
ACCESS_FLAGS: dict[AccessMethod, str] = {
    AccessMethod.SWITCH: FLAG_SWITCH,
    AccessMethod.KEYBOARD: FLAG_KEYBOARD,
    AccessMethod.TOUCH: FLAG_TOUCH,
}
SPEED_FLAGS: dict[str, str] = {
    "Much slower": "Much slower speech",
    "Slower": "Slower speech",
    "Faster": "Faster speech",
}


def language_label(code: str) -> str:
    """The English name of a known language code, without its own-language name: "Welsh" for "cy"."""
    return LANGUAGE_NAMES[code].split(" (")[0]


def _choice(enum: type[StrEnum], value: object, code: str) -> StrEnum:
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(code, value=str(value)) from None


def _seconds(value: object, low: float, high: float, code: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= float(value) <= high:
        raise ValidationError(code, low=f"{low:g}", high=f"{high:g}")
    # Tenths of a second are as fine as a person can feel; rounding keeps stored values tidy.
    return round(float(value), 1)


def _formats(value: object) -> frozenset[Format]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise ValidationError("profile.formats_invalid")
    return frozenset(_choice(Format, item, "profile.format_unknown") for item in value)


@dataclass(frozen=True)
class CommunicationProfile:
    """One person's communication needs. Checked and cleaned when made: bad values raise
    ValidationError with a plain message fit to show the facilitator.

    preferred_name: what to call them ("" = as credited). formats: Easy Read, large print, audio.
    language: a code from domain.speech.LANGUAGE_NAMES for read-backs and audio (None = the
    meeting's). interpreter (+ interpreter_language for a spoken one). access: how they use the
    laptop themselves (None = no particular way); with a switch, switch_mode, switch_step_seconds
    and switch_hold_seconds. speech_rate (None = the meeting's) and voice (an engine voice id, None =
    chosen from the language). card_size: picture cards during their turn. notes: for the
    facilitator only ("needs breaks").
    """

    preferred_name: str = ""
    formats: frozenset[Format] = field(default_factory=frozenset)
    language: str | None = None
    interpreter: Interpreter = Interpreter.NONE
    interpreter_language: str = ""
    access: AccessMethod | None = None
    switch_mode: SwitchMode = SwitchMode.ONE
    switch_step_seconds: float = STEP_DEFAULT
    switch_hold_seconds: float = HOLD_DEFAULT
    speech_rate: int | None = None
    voice: str | None = None
    card_size: CardSize = CardSize.NORMAL
    notes: str = ""

    def __post_init__(self) -> None:
        def put(name: str, value: object) -> None:
            object.__setattr__(self, name, value)

        put("preferred_name", optional_text(self.preferred_name, field="profile.preferred_name", limit=NAME_MAX))
        put("formats", _formats(self.formats))
        if self.language is not None and not isinstance(self.language, str):
            raise ValidationError("profile.language_invalid")
        language = (self.language or "").strip() or None
        if language is not None and language not in LANGUAGE_NAMES:
            raise ValidationError("profile.language_unknown", value=language)
        put("language", language)
        interpreter = _choice(Interpreter, self.interpreter, "profile.interpreter_unknown")
        put("interpreter", interpreter)
        spoken = optional_text(
            self.interpreter_language, field="profile.interpreter_language", limit=INTERPRETER_LANGUAGE_MAX
        )
        if interpreter is Interpreter.SPOKEN and not spoken:
            raise ValidationError("profile.interpreter_language_missing")
        # Only a spoken-language interpreter has a language; anything typed for another choice is dropped.
        put("interpreter_language", spoken if interpreter is Interpreter.SPOKEN else "")
        access = None if self.access in (None, "") else _choice(AccessMethod, self.access, "profile.access_unknown")
        put("access", access)
        put("switch_mode", _choice(SwitchMode, self.switch_mode, "profile.switch_mode_unknown"))
        put(
            "switch_step_seconds",
            _seconds(self.switch_step_seconds, STEP_MIN, STEP_MAX, "profile.switch_step_out_of_range"),
        )
        put(
            "switch_hold_seconds",
            _seconds(self.switch_hold_seconds, HOLD_MIN, HOLD_MAX, "profile.switch_hold_out_of_range"),
        )
        put("speech_rate", None if self.speech_rate is None else check_rate(self.speech_rate))
        voice = optional_text(self.voice, field="profile.voice", limit=VOICE_MAX)
        put("voice", voice or None)
        put("card_size", _choice(CardSize, self.card_size, "profile.card_size_unknown"))
        put("notes", optional_text(self.notes, field="profile.notes", limit=NOTES_MAX, multiline=True))

    # ---- what the room and the take-home act on -------------------------------------------------

    @property
    def uses_switch(self) -> bool:
        """True when they use a switch: the room turns switch scanning on for their turn."""
        return self.access is AccessMethod.SWITCH

    @property
    def card_scale(self) -> float:
        """How much bigger to draw picture cards during their turn (1.0 = as usual)."""
        return CARD_SCALE[self.card_size]

    def addressed_as(self, credited_as: str) -> str:
        """The name to call them by: their preferred name, else the name they are credited by."""
        return self.preferred_name or credited_as

    @property
    def is_empty(self) -> bool:
        """Nothing recorded: no flags, nothing to act on. Switch timings count only with a switch."""
        return (
            not self.preferred_name
            and not self.formats
            and self.language is None
            and self.interpreter is Interpreter.NONE
            and self.access is None
            and self.speech_rate is None
            and self.voice is None
            and self.card_size is CardSize.NORMAL
            and not self.notes
        )

    # ---- flags ------------------------------------------------------------------------------------

    def flag_parts(self) -> tuple[tuple[str, str], ...]:
        """The flags as (template, value) pairs: the UI translates the template, then fills {value}."""
        parts: list[tuple[str, str]] = []
        if self.interpreter is Interpreter.BSL:
            parts.append((FLAG_BSL, ""))
        elif self.interpreter is Interpreter.SPOKEN:
            parts.append((FLAG_INTERPRETER, self.interpreter_language))
        if self.language is not None:
            parts.append((FLAG_LANGUAGE, language_label(self.language)))
        parts += [(FORMAT_LABELS[f], "") for f in FORMAT_LABELS if f in self.formats]
        if self.access is not None:
            parts.append((ACCESS_FLAGS[self.access], ""))
        if self.speech_rate is not None and self.speech_rate != DEFAULT_RATE:
            nearest = min(SPEEDS, key=lambda name: abs(SPEEDS[name] - self.speech_rate))
            if nearest in SPEED_FLAGS:
                parts.append((SPEED_FLAGS[nearest], ""))
        if self.card_size is CardSize.LARGE:
            parts.append((FLAG_LARGE_CARDS, ""))
        elif self.card_size is CardSize.EXTRA_LARGE:
            parts.append((FLAG_EXTRA_LARGE_CARDS, ""))
        if self.notes:
            parts.append((FLAG_NOTES, ""))
        return tuple(parts)

    def flags(self) -> tuple[str, ...]:
        """Short plain-English flags for the person's tile, e.g. ("BSL", "Easy Read", "Switch").

        Notes themselves are never a flag (the tile may be on a projector): only "See notes".
        """
        return tuple(template.format(value=value) for template, value in self.flag_parts())


EMPTY_PROFILE = CommunicationProfile()
