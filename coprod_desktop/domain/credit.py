"""How a person is credited: the name shown beside everything they say.

Being credited as they chose is the point of co-production, so the rule lives here, once, and the
screen, the printout and the export all call it.
"""

from enum import StrEnum

from .errors import ValidationError
from .names import has_visible_letter
from .text import NAME_MAX, required_text


class CreditStyle(StrEnum):
    FULL_NAME = "full_name"
    FIRST_NAME = "first_name"
    INITIALS = "initials"
    CHOSEN_NAME = "chosen_name"


CREDIT_STYLE_LABELS = {
    CreditStyle.FULL_NAME: "Full name",
    CreditStyle.FIRST_NAME: "First name",
    CreditStyle.INITIALS: "Initials",
    CreditStyle.CHOSEN_NAME: "A name they choose",
}


def parse_credit_style(value: object) -> CreditStyle:
    """Return the CreditStyle named by *value*, or raise ValidationError."""
    try:
        return CreditStyle(value)
    except ValueError:
        choices = ", ".join(s.value for s in CreditStyle)
        raise ValidationError("credit.style_unknown", value=str(value), choices=choices) from None


def initials_of(name: str, *, limit: int = 3) -> str:
    """Initials for a marker or an initials credit: first letter of each word, upper-cased.

    Works for any script; a single-word name gives one letter. Letters only, so "Mary-Jo O'Neil"
    gives "MO" rather than punctuation.
    """
    words = [w for w in name.replace("-", " ").split() if w]
    letters = []
    for word in words:
        first = next((ch for ch in word if ch.isalnum()), "")
        if first:
            letters.append(first.upper())
    if len(letters) > limit:
        letters = letters[: limit - 1] + letters[-1:]
    return "".join(letters)


def credit_name(full_name: str, style: CreditStyle, chosen_name: str = "") -> str:
    """The name to show and print for a person credited in *style*."""
    if style is CreditStyle.FULL_NAME:
        return full_name
    if style is CreditStyle.FIRST_NAME:
        return full_name.split()[0] if full_name.split() else full_name
    if style is CreditStyle.INITIALS:
        return ".".join(initials_of(full_name)) + "." if initials_of(full_name) else full_name
    return chosen_name or full_name


def shown_credit(full_name: str, style: CreditStyle, chosen_name: str = "") -> str:
    """How a name being typed would be shown ("" before a name is typed): for previews and warnings."""
    name = full_name.strip()
    return credit_name(name, style, chosen_name.strip()) if name else ""


def check_credit(style: CreditStyle, chosen_name: str) -> str:
    """Validate the chosen name for *style*; returns the cleaned chosen name ('' unless chosen)."""
    if style is CreditStyle.CHOSEN_NAME:
        chosen = required_text(chosen_name, field="credit.chosen_name", limit=NAME_MAX)
        if not has_visible_letter(chosen):
            raise ValidationError("credit.chosen_name_no_letter")
        return chosen
    if chosen_name and chosen_name.strip():
        raise ValidationError("credit.chosen_name_unused")
    return ""


# The credit of someone not named, in each meeting's language: it is said and printed in the room,
# where the rest is in the meeting's language too. Several anonymous people in one meeting are
# numbered, so the room can tell them apart.
_ANONYMOUS = {"en": "Anonymous", "cy": "Dienw", "pl": "Osoba anonimowa", "ar": "مجهول الاسم", "ur": "گمنام"}
_FORMER = {
    "en": "Former participant",
    "cy": "Cyn-gyfranogwr",
    "pl": "Była osoba uczestnicząca",
    "ar": "مشارك سابق",
    "ur": "سابق شریک",
}


def withheld_credit(language: str, *, former: bool = False, number: int | None = None) -> str:
    """The credit shown for someone not named: "Anonymous", "Anonymous 2" or "Former participant"."""
    label = (_FORMER if former else _ANONYMOUS).get(language) or (_FORMER if former else _ANONYMOUS)["en"]
    return f"{label} {number}" if number else label
