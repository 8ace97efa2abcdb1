"""Cards people bring: their own photos and pictures, and cards from AAC boards.

The picture is stored in the database with the card (already checked and cleaned by
services/images.py: upright, no metadata, a sensible size). The same picture imported twice is
found by its hash and not stored again.
"""

import hashlib

from ..domain.errors import NotFound, ValidationError
from ..domain.ids import new_id
from ..domain.models import Card
from ..domain.rules import MEDIA_TYPES
from ..domain.text import NAME_MAX, optional_text, required_text
from ._base import Repository
from .cards import card_row

MAX_STORED_BYTES = 4 * 1024 * 1024  # a cleaned picture is far smaller; anything bigger was not cleaned


class ImportedCards(Repository):
    def add(
        self,
        *,
        label: str,
        category: str,
        image: bytes,
        media_type: str,
        width: int,
        height: int,
        licence: str,
        author: str,
        source: str,
        synonyms: tuple[str, ...] = (),
        card_id: str | None = None,
        shows_person_id: str | None = None,
    ) -> Card:
        """Store a new card with its picture and return it. The picture must already be cleaned.

        *shows_person_id*: the picture is a photo of that person (their consent was checked by the
        caller); the link is kept so that taking consent back takes the photo off the card.
        """
        if media_type not in MEDIA_TYPES or not image or len(image) > MAX_STORED_BYTES or width < 1 or height < 1:
            raise ValidationError("card.picture_not_prepared")
        card = Card(
            id=card_id or f"own-{new_id()}",
            label=required_text(label, field="card.label", limit=NAME_MAX),
            category=required_text(category, field="card.group", limit=NAME_MAX),
            image="",
            licence=optional_text(licence, field="card.licence", limit=200),
            author=optional_text(author, field="card.author", limit=200),
            source=required_text(source, field="card.source", limit=200),
            synonyms=tuple(
                s for s in (optional_text(w, field="card.other_word", limit=NAME_MAX) for w in synonyms) if s
            ),
        )
        with self.writing():
            self.db["cards"].insert(card_row(card))
            self.db["card_images"].insert(
                {
                    "card_id": card.id,
                    "media_type": media_type,
                    "data": image,
                    "width": width,
                    "height": height,
                    "sha256": hashlib.sha256(image).hexdigest(),
                }
            )
            if shows_person_id is not None:
                self.db["card_people"].insert({"card_id": card.id, "person_id": shows_person_id})
        self.announce("card", "added", None, card.id)
        return card

    def shows_person(self, card_id: str, person_id: str) -> None:
        """Record that the card's picture is a photo of the person (consent checked by the caller)."""
        with self.writing():
            self.db.execute(
                "INSERT OR IGNORE INTO card_people (card_id, person_id) VALUES (?, ?)", (card_id, person_id)
            )

    def with_picture(self, image: bytes) -> str | None:
        """The id of a card that already has exactly this picture, if any."""
        rows = self.rows("SELECT card_id FROM card_images WHERE sha256 = ?", (hashlib.sha256(image).hexdigest(),))
        return rows[0]["card_id"] if rows else None

    def picture(self, card_id: str) -> tuple[bytes, str]:
        """The stored picture of a card and its media type. Raises NotFound."""
        rows = self.rows("SELECT data, media_type FROM card_images WHERE card_id = ?", (card_id,))
        if not rows:
            raise NotFound("card.no_picture")
        return rows[0]["data"], rows[0]["media_type"]

    def remove(self, card_id: str) -> None:
        """Remove a card someone brought. Refused while a prompt or a contribution uses it."""
        if not self.rows("SELECT 1 AS x FROM card_images WHERE card_id = ?", (card_id,)):
            raise NotFound("card.not_brought")
        used = self.rows(
            "SELECT (SELECT count(*) FROM contribution_cards WHERE card_id = ?)"
            " + (SELECT count(*) FROM prompts WHERE card_id = ?) AS n",
            (card_id, card_id),
        )[0]["n"]
        if used:
            raise ValidationError("card.in_use")
        with self.writing():
            self.db.execute("DELETE FROM cards WHERE id = ?", (card_id,))
        self.announce("card", "removed", None, card_id)
