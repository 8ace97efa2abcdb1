"""What to read with: voice settings and speech errors. Choosing an installed voice for a language
is voices.py's (choose_voice and language_name are here too, for the modules that use them).

No Qt and no engine here: the worker process and the UI both use these.
"""

import re
import sys
from dataclasses import dataclass

from ...domain.errors import UserFacingError, ValidationError
from ...domain.speech import DEFAULT_LANGUAGE, DEFAULT_RATE, DEFAULT_VOLUME, LANGUAGE_NAMES, check_rate, check_volume
from .voices import VoiceFallback, choose_voice, language_name

__all__ = [
    "LANGUAGE_NAMES",
    "SpeechFailed",
    "SpeechUnavailable",
    "VoiceFallback",
    "VoiceSettings",
    "choose_voice",
    "how_code",
    "how_to_turn_speech_on",
    "language_name",
]

_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


class SpeechUnavailable(UserFacingError):
    """No speech engine can run on this computer: a code ("speech.…") saying why, and its params."""

    default_code = "speech.unavailable"


class SpeechFailed(UserFacingError):
    """An engine is there, but this piece of speech could not be made: a code ("audio.…", "speech.…")."""

    default_code = "speech.failed"


@dataclass(frozen=True)
class VoiceSettings:
    """How to read something aloud.

    language: the meeting's or person's language, a BCP 47 tag ("en", "cy", "pl", "ar", "ur", "en-GB").
    voice: an explicit engine voice id, or None to choose one from the language.
    rate: words per minute, 80 to 300. volume: 0.0 (silent) to 1.0 (full).
    Bad values raise ValidationError with a plain message.
    """

    language: str = DEFAULT_LANGUAGE
    voice: str | None = None
    rate: int = DEFAULT_RATE
    volume: float = DEFAULT_VOLUME

    def __post_init__(self) -> None:
        if not isinstance(self.language, str) or not _LANGUAGE_TAG.match(self.language):
            raise ValidationError("speech.language_tag_invalid", value=str(self.language))
        if self.voice is not None and (not isinstance(self.voice, str) or not self.voice.strip()):
            raise ValidationError("speech.voice_invalid")
        check_rate(self.rate)
        object.__setattr__(self, "volume", check_volume(self.volume))

    @property
    def primary_language(self) -> str:
        """The primary language subtag, lower case: "en" for "en-GB"."""
        return self.language.split("-")[0].lower()


def how_code(platform: str = sys.platform) -> str:
    """The code (domain/messages.py) of how_to_turn_speech_on()'s sentence, for a {reason} param."""
    if platform.startswith("win"):
        return "speech.how_windows"
    return "speech.how_mac" if platform == "darwin" else "speech.how_linux"


def how_to_turn_speech_on(platform: str = sys.platform) -> str:
    """One plain sentence telling a person how to get speech working on this kind of computer."""
    if platform.startswith("win"):
        return (
            "Check that a Windows voice is installed (Settings, Time and language, Speech) "
            "and start CoProd Desktop again."
        )
    if platform == "darwin":
        return (
            "Check that a system voice is installed (System Settings, Accessibility, Spoken Content) "
            "and start CoProd Desktop again."
        )
    return "Install espeak-ng (sudo apt install espeak-ng) and start CoProd Desktop again."
