"""Picture licences between Open Board Format and cards: the OBF license object and a card's text. Qt-free.

A card keeps its picture's licence and author as two short texts (Card.licence, Card.author, at most
200 characters each, as the store checks them). licence_text() writes them from an OBF license
object when a board is imported; licence_object() reads them back into one when cards are exported,
so the credit travels with the picture both ways.
"""

import re

from ..domain.models import Card
from .obf_package import short

LICENCE_MAX = 200  # Card.licence and Card.author, as the store checks them
OPENMOJI_LICENCE = {
    "type": "CC BY-SA 4.0",
    "copyright_notice_url": "https://creativecommons.org/licenses/by-sa/4.0/",
    "author_name": "OpenMoji",
    "author_url": "https://openmoji.org",
}
_LICENCE_TEXT = re.compile(
    r"^(?P<type>.*?)(?: \((?P<notice>https?://[^\s()]+)\))?(?:, from (?P<source>https?://\S+))?$", re.DOTALL
)
_AUTHOR_TEXT = re.compile(r"^(?P<name>.*?)(?: \((?P<url>https?://[^\s()]+)\))?$", re.DOTALL)
_OPENMOJI_IMAGE = re.compile(r"openmoji/([0-9A-Fa-f-]+)\.svg$")


def licence_text(licence: dict | None) -> tuple[str, str]:
    """An OBF license object as the card's licence and author text, each at most 200 characters.

    licence: "CC BY-SA (http://…/by-sa/2.0/uk), from https://source" ; author: "Name (https://…)".
    What does not fit is dropped from the end: the source first, then the link to the licence.
    licence_object() reads these back into a license object when the card is exported.
    """
    if not licence:
        return "", ""
    kind, notice, source = licence["type"], licence["copyright_notice_url"], licence["source_url"]
    licence_options = [
        _join(kind, notice) + (f", from {source}" if source else ""),
        _join(kind, notice),
        kind or notice,
    ]
    name, url = licence["author_name"], licence["author_url"]
    author_options = [_join(name, url), name or url]
    return _first_fitting(licence_options), _first_fitting(author_options)


def licence_object(card: Card) -> dict:
    """The OBF license object for *card*: OpenMoji's for built-in cards, else read from its text."""
    if card.source == "openmoji":
        match = _OPENMOJI_IMAGE.search(card.image)
        source = f"https://openmoji.org/library/emoji-{match.group(1).upper()}/" if match else None
        return {**OPENMOJI_LICENCE, "source_url": source}
    licence = _LICENCE_TEXT.match(card.licence)
    author = _AUTHOR_TEXT.match(card.author)
    assert licence and author  # both patterns match any text
    kind, notice = licence["type"], licence["notice"]
    if not notice and re.fullmatch(r"https?://\S+", kind):
        kind, notice = "", kind
    name, url = author["name"], author["url"]
    if not url and re.fullmatch(r"https?://\S+", name):
        name, url = "", name
    return {
        "type": kind or None,
        "copyright_notice_url": notice,
        "source_url": licence["source"],
        "author_name": name or None,
        "author_url": url,
    }


def _join(text: str, url: str) -> str:
    if text and url:
        return f"{text} ({url})"
    return text or url


def _first_fitting(options: list[str]) -> str:
    for option in options:
        if len(option) <= LICENCE_MAX:
            return option
    return short(options[-1], LICENCE_MAX)
