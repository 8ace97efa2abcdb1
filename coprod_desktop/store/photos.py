"""Photos of people and their consent to them.

A photo of a person is kept only while they agree to it. Consent has a history (consent_events); the
current answer is mirrored on people.photo_consent so a check is one lookup. Taking consent back
deletes their photo in the same transaction: their picture must not outlive their consent.
"""

from typing import Protocol

from ..domain.consent import NOTE_MAX, TOLD_MAX, ConsentEvent, no_photo_consent, parse_consent_how
from ..domain.errors import NotFound, ValidationError
from ..domain.rules import MEDIA_TYPES
from ..domain.text import optional_text
from ._base import Repository
from .consent_events import consent_history, record_consent
from .people import People
from .placeholder import removed_picture

MAX_STORED_BYTES = 2 * 1024 * 1024  # a cleaned photo (512 px at most) is far smaller


class CleanedPicture(Protocol):
    """A picture already checked and cleaned (services.images.PreparedImage has this shape)."""

    data: bytes
    media_type: str
    width: int
    height: int


class Photos(Repository):
    def consent(self, person_id: str) -> bool:
        """Whether the person currently agrees to a photo of them being stored and shown."""
        return bool(self._person(person_id)["photo_consent"])

    def set_consent(
        self, person_id: str, given: bool, note: str = "", *, how: str = "", told: str = ""
    ) -> ConsentEvent:
        """Record that the person gave (or took back) photo consent, with a short note, how it was
        asked (a ConsentHow value) and what they were told.

        Every call adds to the history, even when the answer is unchanged (consent renewed).
        Taking consent back also deletes their stored photo.
        """
        self._person(person_id)
        note = optional_text(note, field="consent.note", limit=NOTE_MAX)
        how = parse_consent_how(how).value
        told = optional_text(told, field="consent.told", limit=TOLD_MAX, multiline=True)
        with self.writing():
            event = record_consent(self.db, person_id, "photo", given, note, how=how, told=told)
            cards = [] if event.given else self._take_photo_off_cards(person_id)
            if not event.given:
                self.db.execute("DELETE FROM person_photos WHERE person_id = ?", (person_id,))
        if not event.given:
            self.erase_checkpoint()
            for card_id in cards:
                self.announce("card", "updated", None, card_id)
        self._announce_person(person_id)
        return event

    def _take_photo_off_cards(self, person_id: str) -> list[str]:
        """Replace the picture of every card that is a photo of the person; returns their ids.

        The cards stay (contributions may use them, and their words are still what was said); the
        picture becomes a plain "picture taken away" drawing.
        """
        rows = self.rows("SELECT card_id FROM card_people WHERE person_id = ?", (person_id,))
        placeholder = removed_picture()
        for row in rows:
            self.db.execute(
                "UPDATE card_images SET media_type = 'image/png', data = ?, width = ?, height = ?, sha256 = ?"
                " WHERE card_id = ?",
                (placeholder.data, placeholder.width, placeholder.height, placeholder.sha256, row["card_id"]),
            )
        return [row["card_id"] for row in rows]

    def cards_showing(self, person_id: str) -> list[str]:
        """Ids of the brought-in cards that are photos of the person."""
        return [r["card_id"] for r in self.rows("SELECT card_id FROM card_people WHERE person_id = ?", (person_id,))]

    def history(self, person_id: str) -> list[ConsentEvent]:
        """Every time the person gave or took back photo consent, oldest first."""
        self._person(person_id)
        return consent_history(self.db, person_id, "photo")

    def set_photo(self, person_id: str, picture: CleanedPicture, *, meeting_id: str | None = None) -> None:
        """Store (or replace) the person's photo. Refused unless they have given photo consent.

        *meeting_id*, when given, makes the refusal name them as they are credited in that meeting.
        """
        if (
            picture.media_type not in MEDIA_TYPES
            or not picture.data
            or len(picture.data) > MAX_STORED_BYTES
            or picture.width < 1
            or picture.height < 1
        ):
            raise ValidationError("photo.not_prepared")
        with self.writing():
            # Checked inside the transaction, so consent cannot be taken back between check and write.
            if not self.consent(person_id):
                raise no_photo_consent(self.called(person_id, meeting_id))
            self.db["person_photos"].upsert(
                {
                    "person_id": person_id,
                    "media_type": picture.media_type,
                    "data": bytes(picture.data),
                    "width": picture.width,
                    "height": picture.height,
                },
                pk="person_id",
            )
        self._announce_person(person_id)

    def photo(self, person_id: str) -> tuple[bytes, str] | None:
        """The person's stored photo and its media type, or None when there is none."""
        rows = self.rows("SELECT data, media_type FROM person_photos WHERE person_id = ?", (person_id,))
        return (rows[0]["data"], rows[0]["media_type"]) if rows else None

    def remove_photo(self, person_id: str) -> None:
        """Delete the person's photo (their consent is unchanged). Nothing happens if there is none."""
        self._person(person_id)
        if self.photo(person_id) is None:
            return
        with self.writing():
            self.db.execute("DELETE FROM person_photos WHERE person_id = ?", (person_id,))
        self.erase_checkpoint()
        self._announce_person(person_id)

    def called(self, person_id: str, meeting_id: str | None = None) -> str:
        """How to name the person in a message: as credited in *meeting_id* if given, else full name."""
        person = self._person(person_id)
        if meeting_id is not None:
            # As store.people credits them there: someone not named is "Anonymous", never their name.
            try:
                return People(self.db, self._notify).attendee(meeting_id, person_id).credited_as
            except NotFound:
                pass
        return person["full_name"]

    def _person(self, person_id: str) -> dict:
        rows = self.rows("SELECT id, full_name, photo_consent FROM people WHERE id = ?", (person_id,))
        if not rows:
            raise NotFound("person.unknown")
        return rows[0]

    def _announce_person(self, person_id: str) -> None:
        # "person" for views that list everyone; "attendee" for each meeting they take part in.
        self.announce("person", "updated", None, person_id)
        for row in self.rows("SELECT meeting_id FROM attendance WHERE person_id = ?", (person_id,)):
            self.announce("attendee", "updated", row["meeting_id"], person_id)
