"""Choosing an installed voice for a language, and saying so when another has to read instead.

No Qt and no engine here: the worker process and the UI both use these. A fallback is not an
error, but it is said like one: a VoiceFallback carries a code of domain/messages.py ("speech.…")
and params, so a person is told in their language which voice reads instead. The {language} param
holds the language's English name ("Welsh"), which app.messages.sentence() says in the person's
language from the "Languages" words of the content catalogue (language_words()).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...domain.errors import UserFacingError
from ...domain.speech import LANGUAGE_NAMES

if TYPE_CHECKING:
    from .settings import VoiceSettings

# Codes a meeting may use that engines know by another name (espeak-ng calls Mandarin "cmn").
_ENGINE_ALIASES: dict[str, tuple[str, ...]] = {
    "zh": ("cmn", "yue"),
    "no": ("nb",),
    "nn": ("nb",),
    "iw": ("he",),
    "in": ("id",),
}


class VoiceFallback(UserFacingError):
    """Another voice reads instead of the one asked for: a code ("speech.…") and its params.

    Not raised: returned by choose_voice and sent as the worker's "notice"; str() is the English,
    for a log.
    """

    default_code = "speech.voice_none"


def language_name(code: str) -> str:
    """The English name of a language code ("Welsh" for "cy"), or the code itself when unknown."""
    name = LANGUAGE_NAMES.get(code.split("-")[0].lower())
    return name.split(" (")[0] if name else code


def language_words() -> tuple[str, ...]:
    """The English names of the languages (domain.speech.LANGUAGE_NAMES), marked for the content
    catalogue's "Languages" context: a {language} param is said in the person's language from there.
    Imported when called, so starting the speech worker does not wait for the catalogue code."""
    from ..translations import translatable

    # Translators: a language's name as it stands alone or after "for" in a sentence such as
    # "No voice for Welsh is installed". Write it as your language names that language.
    return translatable(
        "Languages",
        "English",
        "Welsh",
        "Polish",
        "Arabic",
        "Urdu",
        "Punjabi",
        "Bengali",
        "Gujarati",
        "Romanian",
        "Portuguese",
        "Spanish",
        "French",
        "Somali",
        "Tamil",
        "Turkish",
        "Chinese",
    )


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
) -> tuple[str | None, VoiceFallback | None]:
    """The voice to read with, and a VoiceFallback when it is not the one asked for (else None).

    An explicit voice wins when installed. Otherwise the best voice for the language; failing that,
    English; failing that, the first voice. Every fallback is said ("speech.language_voice_missing",
    language="Somali": "No voice for Somali is installed; reading in English instead."). The voice is
    None only when no voices are installed. *languages* optionally maps voice ids to the language
    tags the engine reports for them.
    """
    if not voice_ids:
        return None, VoiceFallback("speech.voice_none")
    by_lower = {v.lower(): v for v in voice_ids}
    voice = settings.voice
    if voice is not None and voice.lower() in by_lower:
        return by_lower[voice.lower()], None
    # A language we know by name is said by its name; another tag ("xx-YY") as it was given.
    language = language_name(settings.primary_language) if settings.primary_language in LANGUAGE_NAMES else None
    language = language or settings.language
    for_language = _voices_for_language(settings.language, voice_ids, languages)
    if for_language:
        notice = VoiceFallback("speech.voice_missing", voice=voice, language=language) if voice else None
        return for_language[0], notice
    english = _voices_for_language("en", voice_ids, languages)
    chosen = english[0] if english else voice_ids[0]
    code = "speech.voice_and_language_missing" if voice else "speech.language_voice_missing"
    params = {"voice": voice, "language": language} if voice else {"language": language}
    if not english:
        code, params["other_voice"] = f"{code}_other", chosen
    return chosen, VoiceFallback(code, **params)
