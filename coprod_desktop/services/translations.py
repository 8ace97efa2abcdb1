"""Words on cards and on paper in the meeting's language, read from Qt Linguist catalogues without Qt.

translations/coprod_content_<lang>.ts holds what people see on picture cards and take home: card
labels ("Card"), other words people use for each card ("CardSynonyms", joined with " | "), the names
of the card groups ("Category") and the fixed words of printouts ("Summary", "Page", "TakeHome",
"Dates", "Markers"). The UI loads the compiled .qm with a QTranslator; services read the .ts itself
(xml.etree), so the command line and the PDF builder need no Qt and print the same words.

A string is marked for the catalogue by passing literal (context, source) strings to
ContentTranslations.text or .fill, to translate(), or to translatable():
packaging/content_translations.py finds them with Python's ast, so a new printout string cannot be
forgotten (its --check fails until the catalogues are regenerated). A comment line starting
"# Translators:" right above such a call becomes the translator comment.

Anything not translated (a language without a catalogue, an unfinished message, a translation whose
{placeholders} differ from the English) falls back to the English source: a printout is never
stopped by a catalogue.
"""

import string
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache
from pathlib import Path
from typing import Protocol
from xml.etree import ElementTree

from ..domain.markers import Marker
from ..domain.models import Card
from ..domain.speech import DEFAULT_LANGUAGE
from .catalogue import Category, load_catalogue

__all__ = [
    "CARD",
    "CARD_SYNONYMS",
    "CATEGORY",
    "SYNONYM_SEPARATOR",
    "ContentTranslations",
    "catalogue_path",
    "is_rtl",
    "read_ts",
    "translatable",
    "translate",
    "translations_dir",
    "words_for",
]

_PACKAGE = Path(__file__).resolve().parent.parent

CATALOGUE_STEM = "coprod_content"
CARD, CARD_SYNONYMS, CATEGORY = "Card", "CardSynonyms", "Category"
SYNONYM_SEPARATOR = " | "
# Messages in these states are not used (as lrelease leaves them out of the .qm).
_DROPPED = frozenset({"obsolete", "vanished"})
# Languages written right to left: their printouts are laid out from the right.
RTL_LANGUAGES = frozenset({"ar", "ur", "fa", "he", "ps", "sd", "ug", "yi", "ckb", "dv"})


def translatable(context: str, *sources: str) -> tuple[str, ...]:
    """Mark *sources* for the catalogue under *context* and return them untranslated.

    Qt's QT_TRANSLATE_NOOP: for words chosen at run time (month names, marker colours), which are
    then looked up with ContentTranslations.text(context, word).
    """
    return sources


# Translators: day names as they start a date on printouts ("Thursday 26 November 2026").
WEEKDAYS = translatable("Dates", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Translators: month names as they stand inside a date (in Polish the genitive: "listopada").
MONTHS = translatable(
    "Dates",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Translators: colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").
COLOUR_WORDS = translatable("Markers", "orange", "sky blue", "green", "yellow", "blue", "red", "purple", "grey")
# Translators: shapes of people's markers, as said in "orange circle".
SHAPE_WORDS = translatable("Markers", "circle", "square", "triangle", "diamond", "star", "hexagon", "heart", "cross")


@cache
def translations_dir() -> Path | None:
    """The folder of .ts catalogues: beside the package in a checkout, inside it in a wheel."""
    for candidate in (_PACKAGE / "translations", _PACKAGE.parent / "translations"):
        if candidate.is_dir():
            return candidate
    return None


def catalogue_path(language: str) -> Path | None:
    """translations/coprod_content_<language>.ts, or None when there is none."""
    folder = translations_dir()
    if folder is None or not language.replace("_", "").isalnum():
        return None
    path = folder / f"{CATALOGUE_STEM}_{language}.ts"
    return path if path.is_file() else None


def is_rtl(language: str) -> bool:
    """True for languages written right to left (Arabic, Urdu, ...)."""
    return language.split("_")[0] in RTL_LANGUAGES


def placeholders(text: str) -> list[str] | None:
    """The {names} in *text*, sorted, or None when its braces are not a valid format string."""
    try:
        return sorted(field for _, field, _, _ in string.Formatter().parse(text) if field is not None)
    except ValueError:
        return None


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """The usable translations in the .ts file at *path*, by (context, source).

    Like lrelease: obsolete and vanished messages and empty translations are left out. A
    translation whose placeholders differ from its source's is left out too, so filling it in
    can never fail or drop a name.
    """
    found: dict[tuple[str, str], str] = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in _DROPPED:
                continue
            text = translation.text or ""
            if text and placeholders(text) == placeholders(source):
                found[(name, source)] = text
    return found


@cache
def _builtin_cards() -> dict[str, Card]:
    """The built-in cards by id: only their words are in the catalogues."""
    return {card.id: card for card in load_catalogue().cards}


class ContentTranslations:
    """The card and printout words of one language. Get one with for_language(code)."""

    def __init__(self, language: str, entries: Mapping[tuple[str, str], str]) -> None:
        self.language = language
        self._entries = dict(entries)

    @classmethod
    def for_language(cls, language: str) -> "ContentTranslations":
        """The words for *language* (a meeting's language code), read once per process."""
        return _load(language)

    @property
    def rtl(self) -> bool:
        """True when the language is written right to left."""
        return is_rtl(self.language)

    def __len__(self) -> int:
        return len(self._entries)

    def entries(self) -> dict[tuple[str, str], str]:
        """Every usable translation, by (context, English source)."""
        return dict(self._entries)

    def text(self, context: str, source: str) -> str:
        """*source* (English) in this language, or *source* itself when it has no translation."""
        return self._entries.get((context, source), source)

    def fill(self, context: str, source: str, /, **values: object) -> str:
        """text(context, source) with its {placeholders} filled from *values*.

        Values are inserted as they are (a name with braces in it stays as typed).
        """
        return self.text(context, source).format(**values)

    def card_label(self, card: Card) -> str:
        """The card's label in this language. Cards people brought keep their own label."""
        if not self._is_builtin(card):
            return card.label
        return self.text(CARD, card.label)

    def card_synonyms(self, card: Card) -> tuple[str, ...]:
        """Other words people use for the card in this language (English ones when untranslated)."""
        if not self._is_builtin(card) or not card.synonyms:
            return card.synonyms
        joined = self.text(CARD_SYNONYMS, SYNONYM_SEPARATOR.join(card.synonyms))
        words = tuple(dict.fromkeys(w.strip() for w in joined.split("|") if w.strip()))
        return words or card.synonyms

    def category_label(self, category: "Category | str") -> str:
        """A card group's name in this language. Accepts a Category or its English label."""
        label = category.label if isinstance(category, Category) else category
        return self.text(CATEGORY, label)

    def long_date(self, iso: str) -> str:
        """A meeting date in words, e.g. 'Thursday 26 November 2026', 'Dydd Iau 26 Tachwedd 2026'."""
        day = date.fromisoformat(iso)
        # Translators: a meeting's date on printouts. Reorder or punctuate as your language writes dates.
        return self.fill(
            "Dates",
            "{weekday} {day} {month} {year}",
            weekday=self.text("Dates", WEEKDAYS[day.weekday()]),
            day=day.day,
            month=self.text("Dates", MONTHS[day.month - 1]),
            year=day.year,
        )

    def marker_words(self, marker: Marker) -> str:
        """A person's marker in words, e.g. 'orange circle, SB' (what Marker.describe says in English)."""
        # Translators: a person's marker on printouts: its colour, its shape and their initials.
        # Reorder as your language needs, e.g. "{shape}, colour {colour}, {initials}".
        return self.fill(
            "Markers",
            "{colour} {shape}, {initials}",
            colour=self.text("Markers", marker.colour.name.lower()),
            shape=self.text("Markers", marker.shape.value),
            initials=marker.initials,
        )

    def _is_builtin(self, card: Card) -> bool:
        builtin = _builtin_cards().get(card.id)
        return builtin is not None and builtin.label == card.label


@cache
def _load(language: str) -> ContentTranslations:
    path = catalogue_path(language)
    if path is None:
        return ContentTranslations(language, {})
    try:
        return ContentTranslations(language, read_ts(path))
    except (OSError, ElementTree.ParseError):
        # A damaged catalogue must not stop a printout in the room: print in English.
        return ContentTranslations(language, {})


def translate(context: str, source: str, language: str) -> str:
    """*source* in *language* (the English source when untranslated)."""
    return ContentTranslations.for_language(language).text(context, source)


def words_for(language: str) -> tuple[Callable[[Card], str], Callable[[Card], tuple[str, ...]]]:
    """(label_of, synonyms_of) for card_search.CardIndex in a meeting held in *language*.

    Cards are shown and matched by their words in that language. In any other language than
    English the English label and synonyms still match, after the language's own words: the
    facilitator typing a person's words is often an English speaker working with an interpreter,
    and English words for services ("GP", "bus pass") are used in every language in a UK room.
    The language's own words are listed first, so CardIndex ranks them above the English ones.
    """
    words = ContentTranslations.for_language(language)

    def synonyms_of(card: Card) -> tuple[str, ...]:
        own = words.card_synonyms(card)
        if language == DEFAULT_LANGUAGE:
            return own
        return tuple(dict.fromkeys((*own, card.label, *card.synonyms)))

    return words.card_label, synonyms_of


class Words(Protocol):
    """What words in a language are read through: ContentTranslations, or Qt's translators."""

    def text(self, context: str, source: str) -> str: ...

    def fill(self, context: str, source: str, /, **values: object) -> str: ...


def duration_words(minutes: int, words: Words) -> str:
    """How long, in words: "1 hour 30 minutes", "45 minutes", "2 hours", "0 minutes", in *words*'
    language. The certificate, a person's record, the involvement window (through Qt's copy of
    these catalogues) and the command line (English) all say a length of time with it."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours == 1:
        # Translators: a length of time on a certificate.
        parts.append(words.text("Certificate", "1 hour"))
    elif hours:
        # Translators: a length of time on a certificate; {count} is 2 or more.
        parts.append(words.fill("Certificate", "{count} hours", count=hours))
    if rest == 1:
        # Translators: a length of time on a certificate.
        parts.append(words.text("Certificate", "1 minute"))
    elif rest or not hours:
        # Translators: a length of time on a certificate; {count} is 0 or 2 to 59.
        parts.append(words.fill("Certificate", "{count} minutes", count=rest))
    if len(parts) == 2:
        # Translators: joins hours and minutes: "1 hour 30 minutes".
        return words.fill("Certificate", "{hours} {minutes}", hours=parts[0], minutes=parts[1])
    return parts[0]
