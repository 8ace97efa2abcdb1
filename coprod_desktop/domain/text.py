"""Cleaning and checking text typed by people.

Text is kept as typed wherever it is safe to do so. We remove only characters that cannot be seen
but change what is shown: control characters, bidirectional overrides (which can make a credit read
backwards) and zero-width spaces (which make two names look the same). Joiners (ZWJ, ZWNJ) stay:
emoji sequences and scripts such as Persian and Devanagari need them.
"""

import unicodedata

from .errors import ValidationError

NAME_MAX = 120
TITLE_MAX = 200
PLACE_MAX = 200
PROMPT_MAX = 500
CONTRIBUTION_MAX = 5000

_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)}
_INVISIBLE = {"\u200b", "\u2060", "\ufeff", "\u00ad", "\u180e"}


def _keep(ch: str, multiline: bool) -> bool:
    if ch in _BIDI_CONTROLS or ch in _INVISIBLE:
        return False
    if ch == "\n":
        return multiline
    if ch == "\t":
        return True
    category = unicodedata.category(ch)
    # Cc: control characters; Cs: lone surrogates (cannot be stored as UTF-8); Co: private use is kept.
    return category not in ("Cc", "Cs")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Return *value* in NFC with invisible and control characters removed and ends trimmed.

    Line breaks become spaces unless *multiline*; tabs become spaces; runs of spaces inside a
    single-line value are kept, since what the facilitator typed is what the person said.
    """
    if not isinstance(value, str):
        raise ValidationError("text.not_text")
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    if not multiline:
        text = text.replace("\n", " ")
    text = "".join(ch for ch in text if _keep(ch, multiline)).replace("\t", " ")
    return text.strip()


def required_text(value: str, *, field: str, limit: int, multiline: bool = False) -> str:
    """Clean *value* and insist it is not empty and not longer than *limit* characters.

    *field* names the field for its errors: "meeting.title" raises "meeting.title_missing" or
    "meeting.title_too_long" (params length, limit); both codes are in domain.messages.MESSAGES.
    """
    text = clean_text(value, multiline=multiline)
    if not text:
        raise ValidationError(f"{field}_missing")
    return _within(text, field, limit)


def optional_text(value: str | None, *, field: str, limit: int, multiline: bool = False) -> str:
    """Like required_text, but an empty value is allowed and returned as ''; raises only "<field>_too_long"."""
    if value is None:
        return ""
    return _within(clean_text(value, multiline=multiline), field, limit)


def _within(text: str, field: str, limit: int) -> str:
    if len(text) > limit:
        raise ValidationError(f"{field}_too_long", length=len(text), limit=limit)
    return text
