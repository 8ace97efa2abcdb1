"""People's names: when two names would look the same on the wall, and when a name shows nothing.

Two people can share a name, so a match is only ever a warning; but the facilitator should know
before the wall credits two "Sam"s that nobody can tell apart. name_key() turns a name into the
form in which look-alikes are equal:
- NFKC, so fullwidth "Ｓａｍ", ligatures and composed/decomposed accents are the same text;
- casefold, so "SAM" and "sam" match;
- characters that show nothing are dropped (zero-width space and joiners, BOM, bidi controls,
  variation selectors, soft hyphen, Hangul fillers), so "Sam" with a hidden character matches;
- runs of spaces become one space;
- a few letters of other scripts that are drawn like Latin ones are folded to the Latin letter.

The folding follows the idea of "skeletons" in Unicode Technical Standard #39 (Security
Mechanisms, section 4 "Confusable Detection"), with a small table of our own (_LOOK_ALIKES) rather
than its data file: only lower-case Cyrillic and Greek letters that look like a Latin letter in
common fonts. We casefold first and fold only lower-case letters, so the same Greek or Cyrillic name
typed in capitals or not always gets the same key.

What is deliberately NOT folded: accents and letters with strokes. "Łucja" and "Lucja", "Siân" and
"Sian", "Zoë" and "Zoe" stay different: in Polish and Welsh these are different letters, the mark is
visible on the wall, and people care how their name is spelled. Nor are Arabic-script letters
folded into each other: an Urdu spelling (فاطمہ) and an Arabic one (فاطمة) are told apart by their
visible letters. Joiners (ZWJ, ZWNJ) are kept in the stored name (domain.text) because Persian, Urdu
and emoji need them, but they change only the shape of letters, so the key ignores them.
"""

from __future__ import annotations

import unicodedata

from .errors import ValidationError
from .text import NAME_MAX, required_text

# Characters that draw nothing but are not format characters (category Cf is removed as a whole):
# variation selectors and the combining grapheme joiner (Mn), and the Hangul fillers, which are
# letters (Lo) by category but blank on screen.
_BLANK = frozenset(
    {
        "\u034f",  # combining grapheme joiner
        "\u115f",  # Hangul choseong filler
        "\u1160",  # Hangul jungseong filler
        "\u3164",  # Hangul filler
        "\uffa0",  # halfwidth Hangul filler
        "\u2800",  # braille pattern blank
        *(chr(c) for c in range(0xFE00, 0xFE10)),  # variation selectors 1-16
        *(chr(c) for c in range(0xE0100, 0xE01F0)),  # variation selectors 17-256
    }
)

# Lower-case letters of other scripts drawn like a Latin letter (after casefold, so a capital is
# folded through its lower case). Our own short list, in the spirit of UTS #39's confusables.
_LOOK_ALIKES = str.maketrans(
    {
        # Cyrillic
        "а": "a",
        "в": "b",  # for the capital В (casefolded to в), which is drawn like a Latin B
        "е": "e",
        "ё": "ë",
        "о": "o",
        "р": "p",
        "с": "c",
        "у": "y",
        "х": "x",
        "і": "i",
        "ї": "ï",
        "ј": "j",
        "ѕ": "s",
        "һ": "h",
        "ԁ": "d",
        "ԛ": "q",
        "ԝ": "w",
        "ӏ": "l",  # palochka
        "ү": "y",
        # Greek
        "α": "a",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "υ": "u",
        "χ": "x",
        "ϲ": "c",  # lunate sigma
        "ϳ": "j",
        # Latin letters that look like other Latin letters
        "ɡ": "g",  # script g
        "ɑ": "a",  # Latin alpha
        "ʏ": "y",
    }
)
# Turkish dotless ı is not folded: like an accent, the missing dot is a visible difference and a
# letter of its own.


def _shows_something(ch: str) -> bool:
    return ch not in _BLANK and unicodedata.category(ch) != "Cf"


def name_key(name: str) -> str:
    """The form of *name* in which names that would look the same on the wall are equal.

    Not for showing: only for comparing two names. See the module docstring for what is folded.
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    text = "".join(ch for ch in text if _shows_something(ch))
    text = " ".join(text.split())
    # NFC again: dropping an invisible character between a letter and its accent, or folding a
    # letter, can leave a pair that composes into one character.
    return unicodedata.normalize("NFC", text.translate(_LOOK_ALIKES))


def has_visible_letter(name: str) -> bool:
    """Whether *name* has at least one letter or digit that shows (Unicode category L* or N*).

    A name of only joiners, combining marks, blank fillers or spaces is nothing on the wall.
    """
    return any(_shows_something(ch) and unicodedata.category(ch)[0] in "LN" for ch in name)


def check_person_name(value: str) -> str:
    """A person's full name, cleaned (domain.text) and checked: not empty ("person.name_missing"),
    not too long ("person.name_too_long") and with a letter or number in it ("person.name_no_letter").
    """
    name = required_text(value, field="person.name", limit=NAME_MAX)
    if not has_visible_letter(name):
        raise ValidationError("person.name_no_letter")
    return name


def same_looking(name: str, other: str) -> bool:
    """Whether two names would look the same on the wall (equal keys)."""
    return name_key(name) == name_key(other)
