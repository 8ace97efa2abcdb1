"""Contributions: what a person said or chose, under a prompt, with their cards in order."""

from collections import defaultdict

from ..domain.errors import NotFound, ValidationError
from ..domain.ids import new_id, utc_now
from ..domain.models import Contribution
from ..domain.rules import MAX_CARDS
from ..domain.text import CONTRIBUTION_MAX, optional_text
from ._base import Repository


class Contributions(Repository):
    def add(
        self,
        meeting_id: str,
        person_id: str,
        text: str = "",
        card_ids: list[str] | tuple[str, ...] = (),
        prompt_id: str | None = None,
    ) -> Contribution:
        """Save a contribution and commit it before returning.

        Needs words or at least one card. The person must be taking part in the meeting. When this
        returns, the contribution is on disk (WAL, synchronous=FULL): only then may a screen show it.
        """
        clean = optional_text(text, field="contribution.text", limit=CONTRIBUTION_MAX, multiline=True)
        cards = tuple(card_ids)
        if not clean and not cards:
            raise ValidationError("contribution.empty")
        if len(cards) > MAX_CARDS:
            raise ValidationError("contribution.too_many_cards", limit=MAX_CARDS)
        if not self.rows(
            "SELECT 1 AS x FROM attendance WHERE meeting_id = ? AND person_id = ?", (meeting_id, person_id)
        ):
            raise ValidationError("contribution.speaker_not_here")
        if prompt_id and not self.rows(
            "SELECT 1 AS x FROM prompts WHERE id = ? AND meeting_id = ?", (prompt_id, meeting_id)
        ):
            raise ValidationError("contribution.prompt_not_here")
        missing = set(cards) - self._known_cards(cards)
        if missing:
            raise ValidationError("card.missing", card=sorted(missing)[0])
        contribution = Contribution(new_id(), meeting_id, prompt_id, person_id, clean, utc_now(), cards)
        with self.writing():
            self.db.execute(
                "INSERT INTO contributions (id, meeting_id, prompt_id, person_id, text, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (contribution.id, meeting_id, prompt_id, person_id, clean, contribution.created_at),
            )
            self.db.conn.executemany(
                "INSERT INTO contribution_cards (contribution_id, position, card_id) VALUES (?, ?, ?)",
                [(contribution.id, i, card) for i, card in enumerate(cards)],
            )
        self.announce("contribution", "added", meeting_id, contribution.id)
        return contribution

    def recent_card_ids(self, meeting_id: str | None, limit: int = 8) -> list[str]:
        """Ids of the cards most recently chosen in contributions, newest first, each once.

        Cards used in *meeting_id* come first; the rest is filled from any meeting, so the room's
        "used lately" row is useful from the first contribution of a new meeting.
        """
        if limit <= 0:
            return []
        found: list[str] = []
        base = (
            "SELECT cc.card_id AS card_id, MAX(c.created_at) AS last_used, MAX(c.rowid) AS last_row"
            " FROM contribution_cards cc JOIN contributions c ON c.id = cc.contribution_id"
        )
        tail = " GROUP BY cc.card_id ORDER BY last_used DESC, last_row DESC, cc.card_id LIMIT ?"
        queries: list[tuple[str, tuple]] = []
        if meeting_id is not None:
            queries.append((base + " WHERE c.meeting_id = ?" + tail, (meeting_id,)))
        queries.append((base + tail, ()))
        for sql, params in queries:
            # Ask for enough rows to fill the row even if the first query's cards all come back.
            for row in self.rows(sql, (*params, limit + len(found))):
                if row["card_id"] not in found:
                    found.append(row["card_id"])
                    if len(found) == limit:
                        return found
        return found

    def get(self, contribution_id: str) -> Contribution:
        rows = self.rows("SELECT * FROM contributions WHERE id = ?", (contribution_id,))
        if not rows:
            raise NotFound("contribution.missing")
        return self._with_cards(rows)[0]

    def for_meeting(self, meeting_id: str, prompt_id: str | None = None) -> list[Contribution]:
        """The meeting's contributions in the order they were made; only one prompt's if given."""
        if prompt_id is None:
            rows = self.rows(
                "SELECT * FROM contributions WHERE meeting_id = ? ORDER BY created_at, rowid", (meeting_id,)
            )
        else:
            rows = self.rows(
                "SELECT * FROM contributions WHERE meeting_id = ? AND prompt_id = ? ORDER BY created_at, rowid",
                (meeting_id, prompt_id),
            )
        return self._with_cards(rows, meeting_id)

    def count(self, meeting_id: str) -> int:
        return self.rows("SELECT count(*) AS n FROM contributions WHERE meeting_id = ?", (meeting_id,))[0]["n"]

    def remove(self, contribution_id: str) -> None:
        """Delete a contribution (for example one saved to the wrong person)."""
        old = self.get(contribution_id)
        with self.writing():
            self.db.execute("DELETE FROM contributions WHERE id = ?", (contribution_id,))
        self.announce("contribution", "removed", old.meeting_id, contribution_id)

    def _known_cards(self, cards: tuple[str, ...]) -> set[str]:
        if not cards:
            return set()
        marks = ",".join("?" * len(set(cards)))
        return {r["id"] for r in self.rows(f"SELECT id FROM cards WHERE id IN ({marks})", tuple(set(cards)))}

    def _with_cards(self, rows: list[dict], meeting_id: str | None = None) -> list[Contribution]:
        if meeting_id is not None:
            card_rows = self.rows(
                "SELECT cc.contribution_id, cc.card_id FROM contribution_cards cc"
                " JOIN contributions c ON c.id = cc.contribution_id WHERE c.meeting_id = ?"
                " ORDER BY cc.contribution_id, cc.position",
                (meeting_id,),
            )
        else:
            ids = [r["id"] for r in rows]
            marks = ",".join("?" * len(ids))
            card_rows = self.rows(
                f"SELECT contribution_id, card_id FROM contribution_cards WHERE contribution_id IN ({marks})"
                " ORDER BY contribution_id, position",
                tuple(ids),
            )
        cards: dict[str, list[str]] = defaultdict(list)
        for row in card_rows:
            cards[row["contribution_id"]].append(row["card_id"])
        return [
            Contribution(
                r["id"],
                r["meeting_id"],
                r["prompt_id"],
                r["person_id"],
                r["text"],
                r["created_at"],
                tuple(cards.get(r["id"], ())),
            )
            for r in rows
        ]
