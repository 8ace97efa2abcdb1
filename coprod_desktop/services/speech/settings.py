"""What to read with: voice settings, choosing an installed voice for a language, and speech errors.

No Qt and no engine here: the worker process and the UI both use these.
"""

import re
import sys
from dataclasses import dataclass

from ...domain.errors import UserFacingError, ValidationError
from ...domain.speech import DEFAULT_LANGUAGE, DEFAULT_RATE, DEFAULT_VOLUME, LANGUAGE_NAMES, check_rate, check_volume

__all__ = [
    "LANGUAGE_NAMES",
    "SpeechFailed",
    "SpeechUnavailable",
    "VoiceSettings",
    "choose_voice",
    "how_code",
    "how_to_turn_speech_on",
    "language_name",
]

_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")

# Codes a meeting may use that engines know by another name (espeak-ng calls Mandarin "cmn").
_ENGINE_ALIASES: dict[str, tuple[str, ...]] = {
    "zh": ("cmn", "yue"),
    "no": ("nb",),
    "nn": ("nb",),
    "iw": ("he",),
    "in": ("id",),
}


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


def language_name(code: str) -> str:
    """The English name of a language code ("Welsh" for "cy"), or the code itself when unknown."""
    name = LANGUAGE_NAMES.get(code.split("-")[0].lower())
    return name.split(" (")[0] if name else code


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


def _voice_tags(voice_id: str, languages: list[str] | None) -> list[str]:
    """Language tags a voice speaks, lower case with hyphens, from the engine's list and from its id.

    espeak-ng ids end in the language ("cel/cy", "gmw/en-gb-scotland"); SAPI and macOS ids carry a
    tag with a region ("TTS_MS_EN-US_ZIRA_11.0", "com.apple.voice.compact.en-GB.Daniel").
    """
    tags = [t.replace("_", "-").lower() for t in (languages or []) if t]
    if "/" in voice_id:
        tags.append(voice_id.rsplit("/", 1)[1].lower())
    for token in re.split(r"[\\._\s]", voice_id):
        if re.fullmatch(r"[A-Za-z]{2,3}-[A-Za-z0-9-]+", token):
            tags.append(token.lower())
    return tags


def _voices_for_language(language: str, voice_ids: list[str], languages: dict[str, list[str]] | None) -> list[str]:
    """Installed voices for *language*, best first: exact tag, then the plain language, then a regional one."""
    wanted = language.lower()
    primaries = (wanted.split("-")[0], *_ENGINE_ALIASES.get(wanted.split("-")[0], ()))
    scored = []
    for order, voice_id in enumerate(voice_ids):
        best = 0
        for tag in _voice_tags(voice_id, (languages or {}).get(voice_id)):
            if tag == wanted:
                best = max(best, 4)
            elif tag in primaries:
                best = max(best, 3)
            elif tag.split("-")[0] in primaries:
                best = max(best, 2 if "-x-" not in tag else 1)
        if best:
            scored.append((-best, len(voice_id), order, voice_id))
    return [voice_id for *_, voice_id in sorted(scored)]


def choose_voice(
    settings: VoiceSettings, voice_ids: list[str], *, languages: dict[str, list[str]] | None = None
) -> tuple[str | None, str | None]:
    """The voice to read with, and a plain message when it is not the one asked for (else None).

    An explicit voice wins when installed. Otherwise the best voice for the language; failing that,
    English; failing that, the first voice. Every fallback comes with a message, e.g. "No Welsh voice
    is installed; reading in English instead." The voice is None only when no voices are installed.
    *languages* optionally maps voice ids to the language tags the engine reports for them.
    """
    if not voice_ids:
        return None, "No voices are installed, so nothing can be read aloud."
    by_lower = {v.lower(): v for v in voice_ids}
    missing_voice = ""
    if settings.voice is not None:
        if settings.voice.lower() in by_lower:
            return by_lower[settings.voice.lower()], None
        missing_voice = f"The voice “{settings.voice}” is not installed; "
    for_language = _voices_for_language(settings.language, voice_ids, languages)
    if for_language:
        if missing_voice:
            return for_language[0], f"{missing_voice}reading with a {language_name(settings.language)} voice instead."
        return for_language[0], None
    code = settings.primary_language
    if code in LANGUAGE_NAMES:
        missing = f"No {language_name(code)} voice is installed; "
    else:
        missing = f"No voice is installed for the language “{settings.language}”; "
    if missing_voice:
        missing = missing_voice + missing[0].lower() + missing[1:]
    english = _voices_for_language("en", voice_ids, languages)
    if english:
        return english[0], f"{missing}reading in English instead."
    return voice_ids[0], f"{missing}reading with the voice “{voice_ids[0]}” instead."
