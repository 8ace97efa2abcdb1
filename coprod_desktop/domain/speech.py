"""Speech preferences: the meeting's language and how fast and loud things are read aloud.

A meeting has defaults; a person may have their own speed and volume (from their profile), used
whenever their words are read back.
"""

from .errors import ValidationError

DEFAULT_LANGUAGE = "en"
DEFAULT_RATE = 160  # words per minute: a calm reading pace
RATE_MIN, RATE_MAX = 80, 300
DEFAULT_VOLUME = 1.0

# Languages a meeting can be held in, by BCP 47 primary tag, with their names in English and in
# the language itself so a speaker of it can find it.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "cy": "Welsh (Cymraeg)",
    "pl": "Polish (polski)",
    "ar": "Arabic (العربية)",
    "ur": "Urdu (اردو)",
    "pa": "Punjabi (ਪੰਜਾਬੀ)",
    "bn": "Bengali (বাংলা)",
    "gu": "Gujarati (ગુજરાતી)",
    "ro": "Romanian (română)",
    "pt": "Portuguese (português)",
    "es": "Spanish (español)",
    "fr": "French (français)",
    "so": "Somali (Soomaali)",
    "ta": "Tamil (தமிழ்)",
    "tr": "Turkish (Türkçe)",
    "zh": "Chinese (中文)",
}

# Named speeds for people who think in words, not numbers.
SPEEDS: dict[str, int] = {"Much slower": 100, "Slower": 130, "Normal": DEFAULT_RATE, "Faster": 200}


def check_language(code: str) -> str:
    """Return *code* if it is a language we know, else raise ValidationError."""
    if code not in LANGUAGE_NAMES:
        raise ValidationError("speech.language_unknown", value=str(code))
    return code


def check_rate(rate: object) -> int:
    """A reading speed in words per minute, 80 to 300."""
    if isinstance(rate, bool) or not isinstance(rate, int) or not RATE_MIN <= rate <= RATE_MAX:
        raise ValidationError("speech.rate_invalid", low=RATE_MIN, high=RATE_MAX)
    return rate


def check_volume(volume: object) -> float:
    """A volume from 0.0 (silent) to 1.0 (full)."""
    if isinstance(volume, bool) or not isinstance(volume, int | float) or not 0.0 <= float(volume) <= 1.0:
        raise ValidationError("speech.volume_invalid")
    return float(volume)
