"""Erasing a person, or anonymising them, so what is gone is gone from the file, not only hidden.

erase: the person and everything about them go (their contributions and the cards on them, their
agreements, passes, expenses, attendance, consent history, profile, photo, the people row).
Everyone else's contributions stay.

anonymise: the group's record stays (their contributions, words kept, credited "Former
participant" by store/people.py because anonymised_at is set), but who they were goes: their name
becomes a placeholder, their chosen names are cleared, and their profile, photo, speech settings,
recognition choice, consent history, expenses and the names of whoever supported them go.

Either way, cards that are photos of them (card_people, migration 0005) are deleted when nothing
uses them; a card still used in a contribution or a prompt keeps its place, but its picture becomes
the "picture taken away" drawing and its label a neutral one (a photo card is usually labelled
with the person's name). Both run inside the caller's transaction; after the commit the caller
calls scrub(), which merges the search index (see migration 0008's note) and checkpoints the WAL
(secure_delete is on: store/database.py), so the words and name are in no page of the file.
"""

from __future__ import annotations

from ..domain.errors import NotFound
from ..domain.ids import utc_now
from ._base import Repository
from .placeholder import removed_picture

# The full name an anonymised person keeps (people.full_name cannot be empty); every screen and
# document credits them by withheld_credit's "Former participant" in the meeting's language.
ANONYMISED_NAME = "Former participant"
# The label of a photo card of a person erased or anonymised that is still used somewhere.
REMOVED_CARD_LABEL = "Picture taken away"

_CARD_WORDS = (
    "SELECT group_concat(label, ' ') FROM (SELECT k.label AS label FROM contribution_cards cc"
    " JOIN cards k ON k.id = cc.card_id WHERE cc.contribution_id = contribution_search.contribution_id"
    " ORDER BY cc.position)"
)


class Erasure(Repository):
    def meetings_of(self, person_id: str) -> list[str]:
        """The meetings the person takes part in. NotFound for an unknown person."""
        if not self.rows("SELECT 1 AS x FROM people WHERE id = ?", (person_id,)):
            raise NotFound("person.unknown")
        return [
            r["meeting_id"] for r in self.rows("SELECT meeting_id FROM attendance WHERE person_id = ?", (person_id,))
        ]

    def erase(self, person_id: str) -> tuple[list[str], list[str]]:
        """Delete the person and everything about them. Run inside a transaction; call scrub() after.

        Returns (the meetings they took part in, the cards changed or removed).
        """
        meetings = self.meetings_of(person_id)
        # Their contributions first: the search index's triggers take their words out, and their
        # cards and the agreements on them go by cascade. Then the cards that were photos of them.
        self.db.execute("DELETE FROM contributions WHERE person_id = ?", (person_id,))
        cards = self._take_off_cards(person_id)
        for table in ("agreements", "passes", "expenses", "attendance"):
            self.db.execute(f"DELETE FROM {table} WHERE person_id = ?", (person_id,))
        self._delete_personal(person_id)
        self.db.execute("DELETE FROM people WHERE id = ?", (person_id,))
        return meetings, cards

    def anonymise(self, person_id: str) -> tuple[list[str], list[str]]:
        """Keep their contributions, drop who they were. Run inside a transaction; call scrub() after.

        Returns (the meetings they took part in, the cards changed or removed).
        """
        meetings = self.meetings_of(person_id)
        cards = self._take_off_cards(person_id)
        self._delete_personal(person_id)
        self.db.execute("DELETE FROM expenses WHERE person_id = ?", (person_id,))
        self.db.execute(
            "UPDATE people SET full_name = ?, anonymised_at = ?, speech_rate = NULL, speech_volume = NULL,"
            " photo_consent = 0, profile_share_consent = 0, credit_consent = NULL, recognition = 'none'"
            " WHERE id = ?",
            (ANONYMISED_NAME, utc_now(), person_id),
        )
        self.db.execute(
            "UPDATE attendance SET chosen_name = '',"
            " credit_style = CASE credit_style WHEN 'chosen_name' THEN 'first_name' ELSE credit_style END"
            " WHERE person_id = ?",
            (person_id,),
        )
        # Their supporter's name is someone else's: the role says how the words were made.
        self.db.execute("UPDATE contributions SET support_name = '' WHERE person_id = ?", (person_id,))
        return meetings, cards

    def scrub(self) -> None:
        """After an erase or anonymise has committed: merge the search index and empty the WAL."""
        with self.writing():
            self.db.execute("INSERT INTO contribution_search (contribution_search) VALUES ('optimize')")
        self.erase_checkpoint()

    def _delete_personal(self, person_id: str) -> None:
        for table in ("consent_events", "communication_profiles", "person_photos", "card_people"):
            self.db.execute(f"DELETE FROM {table} WHERE person_id = ?", (person_id,))

    def _take_off_cards(self, person_id: str) -> list[str]:
        """Delete each card that is a photo of the person, or, when still used, make it anonymous."""
        ids = [r["card_id"] for r in self.rows("SELECT card_id FROM card_people WHERE person_id = ?", (person_id,))]
        placeholder = removed_picture()
        for card_id in ids:
            used = self.rows(
                "SELECT (SELECT count(*) FROM contribution_cards WHERE card_id = ?)"
                " + (SELECT count(*) FROM prompts WHERE card_id = ?) AS n",
                (card_id, card_id),
            )[0]["n"]
            if not used:
                self.db.execute("DELETE FROM cards WHERE id = ?", (card_id,))  # its picture and links by cascade
                continue
            self.db.execute("UPDATE cards SET label = ?, synonyms = '' WHERE id = ?", (REMOVED_CARD_LABEL, card_id))
            self.db.execute(
                "UPDATE card_images SET media_type = 'image/png', data = ?, width = ?, height = ?, sha256 = ?"
                " WHERE card_id = ?",
                (placeholder.data, placeholder.width, placeholder.height, placeholder.sha256, card_id),
            )
            # The search index holds card labels too, and no trigger follows a card's label.
            self.db.execute(
                f"UPDATE contribution_search SET cards = coalesce(({_CARD_WORDS}), '')"
                " WHERE contribution_id IN (SELECT contribution_id FROM contribution_cards WHERE card_id = ?)",
                (card_id,),
            )
        return ids
