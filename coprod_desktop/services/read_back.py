"""The read-back after a contribution is saved: "Sam said: …", so the person can check they were heard.

Said in the person's own language (their profile's, else the meeting's), with the card labels in
that language. The sentences are the take-home ones ("TakeHome" context), so one translation
serves both what is read in the room and what goes home.
"""

from ..domain.models import Card
from .translations import ContentTranslations


def read_back_text(name: str, words: str, cards: list[Card], language: str) -> str:
    """What is read back to *name* after saving *words* and *cards*, in *language*."""
    text = ContentTranslations.for_language(language)
    parts = []
    if words:
        parts.append(text.fill("TakeHome", "{name} said: {words}", name=name, words=words))
    if cards:
        pictures = text.text("TakeHome", ", ").join(text.card_label(card) for card in cards)
        parts.append(text.fill("TakeHome", "{name} chose the pictures: {pictures}.", name=name, pictures=pictures))
    return " ".join(parts)
