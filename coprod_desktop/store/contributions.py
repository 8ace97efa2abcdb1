"""Contributions: what a person said or chose, under a prompt, with their cards in order.

Reading for the wall, the printouts and exports (for_meeting, count) leaves withdrawn contributions
out: a withdrawn one is kept only as the record that something was withdrawn, and when (withdrawn()).
Corrections (update, set_support, confirm) are refused on a withdrawn contribution.
"""

from collections import defaultdict

from ..domain.errors import NotFound, ValidationError
from ..domain.ids import new_id, utc_now
from ..domain.models import Contribution
from ..domain.rules import MAX_CARDS
from ..domain.support import Support, SupportRole
from ..domain.text import CONTRIBUTION_MAX, optional_text
from ._base import Repository

_KEEP = object()  # update(): leave this field as it is

# Standing contributions only: what the wall, the printouts and the exports show.
_STANDING = "withdrawn_at IS NULL"


class Contributions(Repository):
    def add(
        self,
        meeting_id: str,
        person_id: str,
        text: str = "",
        card_ids: list[str] | tuple[str, ...] = (),
        prompt_id: str | None = None,
        *,
        support: Support | None = None,
    ) -> Contribution:
        """Save a contribution and commit it before returning.

        Needs words or at least one card. The person must be taking part in the meeting. When this
        returns, the contribution is on disk (WAL, synchronous=FULL): only then may a screen show it.
        """
        clean, cards = self._checked_content(text, card_ids)
        self._check_person(meeting_id, person_id)
        self._check_prompt(meeting_id, prompt_id)
        contribution = Contribution(
            new_id(), meeting_id, prompt_id, person_id, clean, utc_now(), cards, support=support
        )
        role, name = (support.role.value, support.name) if support else (None, "")
        with self.writing():
            self.db.execute(
                "INSERT INTO contributions"
                " (id, meeting_id, prompt_id, person_id, text, created_at, support_role, support_name)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (contribution.id, meeting_id, prompt_id, person_id, clean, contribution.created_at, role, name),
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
        """One contribution by id, withdrawn or not (raises NotFound)."""
        rows = self.rows("SELECT * FROM contributions WHERE id = ?", (contribution_id,))
        if not rows:
            raise NotFound("contribution.missing")
        return self._with_cards(rows)[0]

    def for_meeting(self, meeting_id: str, prompt_id: str | None = None) -> list[Contribution]:
        """The meeting's standing contributions (never withdrawn ones) in the order they were made;
        only one prompt's if given. What the wall, the printouts and exports show."""
        if prompt_id is None:
            rows = self.rows(
                f"SELECT * FROM contributions WHERE meeting_id = ? AND {_STANDING} ORDER BY created_at, rowid",
                (meeting_id,),
            )
        else:
            rows = self.rows(
                f"SELECT * FROM contributions WHERE meeting_id = ? AND prompt_id = ? AND {_STANDING}"
                " ORDER BY created_at, rowid",
                (meeting_id, prompt_id),
            )
        return self._with_cards(rows, meeting_id)

    def withdrawn(self, meeting_id: str) -> list[Contribution]:
        """The record of what was withdrawn in the meeting: who, under which prompt, when made and
        when withdrawn; no words, cards or support (they were erased)."""
        rows = self.rows(
            "SELECT * FROM contributions WHERE meeting_id = ? AND withdrawn_at IS NOT NULL"
            " ORDER BY withdrawn_at, rowid",
            (meeting_id,),
        )
        return self._with_cards(rows, meeting_id)

    def count(self, meeting_id: str) -> int:
        """How many standing (not withdrawn) contributions the meeting has."""
        sql = f"SELECT count(*) AS n FROM contributions WHERE meeting_id = ? AND {_STANDING}"
        return self.rows(sql, (meeting_id,))[0]["n"]

    def remove(self, contribution_id: str) -> None:
        """Delete a contribution as if it was never made (undoing a Save); its cards and agreements go
        with it. Call erase_checkpoint() after the commit to clear the words from the WAL too."""
        old = self.get(contribution_id)
        with self.writing():
            self.db.execute("DELETE FROM contributions WHERE id = ?", (contribution_id,))
        self.announce("contribution", "removed", old.meeting_id, contribution_id)

    def update(
        self,
        contribution_id: str,
        *,
        text: object = _KEEP,
        card_ids: object = _KEEP,
        person_id: object = _KEEP,
        prompt_id: object = _KEEP,
        confirmed_at: object = _KEEP,
    ) -> Contribution:
        """Correct a standing contribution: its words and cards (given together or alone), who it
        is credited to, or which prompt of its meeting it answers. Fields not given are kept.

        New words, cards or credit need confirming again: they clear confirmed_at unless it is given
        (undo restores it). Crediting it to someone who agreed with it takes their agreement off
        (nobody agrees with themselves). Raises ValidationError/NotFound, changing nothing.
        """
        old = self._standing(contribution_id)
        new_text = old.text if text is _KEEP else text
        new_cards = old.card_ids if card_ids is _KEEP else card_ids
        clean, cards = self._checked_content(new_text, new_cards)
        person = old.person_id if person_id is _KEEP else person_id
        prompt = old.prompt_id if prompt_id is _KEEP else prompt_id
        if person != old.person_id:
            self._check_person(old.meeting_id, person)
        if prompt != old.prompt_id:
            self._check_prompt(old.meeting_id, prompt)
        if confirmed_at is _KEEP:
            changed = (clean, cards, person) != (old.text, old.card_ids, old.person_id)
            confirmed_at = None if changed else old.confirmed_at
        with self.writing():
            self.db.execute(
                "UPDATE contributions SET text = ?, person_id = ?, prompt_id = ?, confirmed_at = ? WHERE id = ?",
                (clean, person, prompt, confirmed_at, contribution_id),
            )
            if cards != old.card_ids:
                self._replace_cards(contribution_id, cards)
            if person != old.person_id:
                self.db.execute(
                    "DELETE FROM agreements WHERE contribution_id = ? AND person_id = ?", (contribution_id, person)
                )
        self.announce("contribution", "updated", old.meeting_id, contribution_id)
        return self.get(contribution_id)

    def confirm(self, contribution_id: str, confirmed: bool = True) -> Contribution:
        """Record that the person said "yes, that's right" (now), or take that back."""
        old = self._standing(contribution_id)
        at = (old.confirmed_at or utc_now()) if confirmed else None
        return self.update(contribution_id, confirmed_at=at)

    def set_support(self, contribution_id: str, support: Support | None) -> Contribution:
        """Record who supported the person to make the contribution (None: nobody)."""
        old = self._standing(contribution_id)
        role, name = (SupportRole(support.role).value, support.name) if support else (None, "")
        with self.writing():
            self.db.execute(
                "UPDATE contributions SET support_role = ?, support_name = ? WHERE id = ?",
                (role, name, contribution_id),
            )
        self.announce("contribution", "updated", old.meeting_id, contribution_id)
        return self.get(contribution_id)

    def withdraw(self, contribution_id: str) -> Contribution:
        """The person withdraws it: erase its words, cards, support, confirmation and agreements,
        keeping only that something was withdrawn, and when. With secure_delete the old words are
        overwritten in the file; call erase_checkpoint() after the commit to clear the WAL too."""
        old = self._standing(contribution_id)
        with self.writing():
            self.db.execute(
                "UPDATE contributions SET text = '', confirmed_at = NULL, support_role = NULL,"
                " support_name = '', withdrawn_at = ? WHERE id = ?",
                (utc_now(), contribution_id),
            )
            self.db.execute("DELETE FROM contribution_cards WHERE contribution_id = ?", (contribution_id,))
            self.db.execute("DELETE FROM agreements WHERE contribution_id = ?", (contribution_id,))
        self.announce("contribution", "updated", old.meeting_id, contribution_id)
        return self.get(contribution_id)

    def _standing(self, contribution_id: str) -> Contribution:
        """The contribution, refused (ValidationError) once withdrawn: its words are gone."""
        contribution = self.get(contribution_id)
        if contribution.is_withdrawn:
            raise ValidationError("contribution.withdrawn")
        return contribution

    def _checked_content(self, text: object, card_ids: object) -> tuple[str, tuple[str, ...]]:
        if not isinstance(text, str):
            raise ValidationError("contribution.empty")
        clean = optional_text(text, field="contribution.text", limit=CONTRIBUTION_MAX, multiline=True)
        cards = tuple(card_ids)  # type: ignore[arg-type]
        if not clean and not cards:
            raise ValidationError("contribution.empty")
        if len(cards) > MAX_CARDS:
            raise ValidationError("contribution.too_many_cards", limit=MAX_CARDS)
        missing = set(cards) - self._known_cards(cards)
        if missing:
            raise ValidationError("card.missing", card=sorted(missing)[0])
        return clean, cards

    def _check_person(self, meeting_id: str, person_id: object) -> None:
        if not self.rows(
            "SELECT 1 AS x FROM attendance WHERE meeting_id = ? AND person_id = ?", (meeting_id, person_id)
        ):
            raise ValidationError("contribution.speaker_not_here")

    def _check_prompt(self, meeting_id: str, prompt_id: object) -> None:
        if prompt_id and not self.rows(
            "SELECT 1 AS x FROM prompts WHERE id = ? AND meeting_id = ?", (prompt_id, meeting_id)
        ):
            raise ValidationError("contribution.prompt_not_here")

    def _replace_cards(self, contribution_id: str, cards: tuple[str, ...]) -> None:
        self.db.execute("DELETE FROM contribution_cards WHERE contribution_id = ?", (contribution_id,))
        self.db.conn.executemany(
            "INSERT INTO contribution_cards (contribution_id, position, card_id) VALUES (?, ?, ?)",
            [(contribution_id, i, card) for i, card in enumerate(cards)],
        )

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
        agreed = self._agreements(rows, meeting_id)
        return [
            Contribution(
                r["id"],
                r["meeting_id"],
                r["prompt_id"],
                r["person_id"],
                r["text"],
                r["created_at"],
                tuple(cards.get(r["id"], ())),
                confirmed_at=r["confirmed_at"],
                support=Support(SupportRole(r["support_role"]), r["support_name"]) if r["support_role"] else None,
                agreed_by=tuple(agreed.get(r["id"], ())),
                withdrawn_at=r["withdrawn_at"],
            )
            for r in rows
        ]

    def _agreements(self, rows: list[dict], meeting_id: str | None) -> dict[str, list[str]]:
        """Who agrees with each of *rows*, in the order they agreed."""
        if not rows:
            return {}
        if meeting_id is not None:
            found = self.rows(
                "SELECT contribution_id, person_id FROM agreements WHERE meeting_id = ? ORDER BY at, rowid",
                (meeting_id,),
            )
        else:
            ids = [r["id"] for r in rows]
            marks = ",".join("?" * len(ids))
            found = self.rows(
                f"SELECT contribution_id, person_id FROM agreements WHERE contribution_id IN ({marks})"
                " ORDER BY at, rowid",
                tuple(ids),
            )
        agreed: dict[str, list[str]] = defaultdict(list)
        for row in found:
            agreed[row["contribution_id"]].append(row["person_id"])
        return agreed
