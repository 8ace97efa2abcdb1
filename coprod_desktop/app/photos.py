"""Photos of people and their photo consent, with its history.

Consent comes first; a photo is stored only while it is given, and taking it back deletes the
photo (and takes it off any card that is a photo of them) in the same transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.consent import ConsentEvent

if TYPE_CHECKING:
    from ..services.images import PreparedImage
    from ..store import Store


class PhotoOperations:
    """A person's photo consent and photo. Each write is one transaction, announced after commit."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def consent(self, person_id: str) -> bool:
        """Whether the person agrees to a photo of them being used; NotFound if unknown."""
        return self._store.photos.consent(person_id)

    def history(self, person_id: str) -> list[ConsentEvent]:
        """Every time they gave or took back photo consent, oldest first."""
        return self._store.photos.history(person_id)

    def photo(self, person_id: str) -> bytes | None:
        """Their stored photo (PNG or JPEG bytes), or None."""
        stored = self._store.photos.photo(person_id)
        return stored[0] if stored else None

    def has_photo(self, person_id: str) -> bool:
        """Whether a photo of them is stored (taking consent back would delete it)."""
        return self._store.photos.photo(person_id) is not None

    def called(self, person_id: str, meeting_id: str | None = None) -> str:
        """How to name them in a message: as credited in *meeting_id*, else their full name."""
        return self._store.photos.called(person_id, meeting_id)

    # Giving or taking back consent and removing a photo are each one repository write, which is
    # its own transaction: not wrapped in another, because after deleting a photo it empties the
    # write-ahead log (a checkpoint cannot run inside a transaction).
    def give_consent(self, person_id: str, note: str = "") -> ConsentEvent:
        """Record that they agree to a photo (again, if they had: consent renewed)."""
        return self._store.photos.set_consent(person_id, True, note)

    def take_back_consent(self, person_id: str, note: str = "") -> ConsentEvent:
        """Record that they no longer agree: their photo is deleted and taken off any card."""
        return self._store.photos.set_consent(person_id, False, note)

    def set_photo(self, person_id: str, picture: PreparedImage, *, meeting_id: str | None = None) -> None:
        """Store (or replace) their photo, already cleaned; refused without their consent."""
        with self._store.transaction():
            self._store.photos.set_photo(person_id, picture, meeting_id=meeting_id)

    def remove_photo(self, person_id: str) -> None:
        """Delete their photo (their consent is unchanged)."""
        self._store.photos.remove_photo(person_id)
