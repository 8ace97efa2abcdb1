"""Agreements: people adding their marker to someone else's contribution ("I agree")."""

from ..domain.errors import ValidationError
from ..domain.ids import utc_now
from ..domain.models import Agreement
from ._base import Repository
from .contributions import Contributions


class Agreements(Repository):
    def add(self, contribution_id: str, person_id: str) -> Agreement:
        """*person_id* agrees with the contribution. Refused (ValidationError) for the contributor
        themselves, someone not in its meeting, or a withdrawn contribution; NotFound for an unknown
        contribution. Agreeing again changes nothing and returns the first agreement."""
        contribution = Contributions(self.db, self._notify).get(contribution_id)
        if contribution.is_withdrawn:
            raise ValidationError("contribution.withdrawn")
        if person_id == contribution.person_id:
            raise ValidationError("agreement.own_contribution")
        if not self.rows(
            "SELECT 1 AS x FROM attendance WHERE meeting_id = ? AND person_id = ?",
            (contribution.meeting_id, person_id),
        ):
            raise ValidationError("agreement.person_not_here")
        existing = self._get(contribution_id, person_id)
        if existing is not None:
            return existing
        agreement = Agreement(contribution_id, person_id, utc_now())
        with self.writing():
            self.db.execute(
                "INSERT INTO agreements (contribution_id, meeting_id, person_id, at) VALUES (?, ?, ?, ?)",
                (contribution_id, contribution.meeting_id, person_id, agreement.at),
            )
        self.announce("agreement", "added", contribution.meeting_id, contribution_id)
        return agreement

    def remove(self, contribution_id: str, person_id: str) -> Agreement | None:
        """Take *person_id*'s marker off the contribution; returns what was removed (None: nothing)."""
        existing = self._get(contribution_id, person_id)
        if existing is None:
            return None
        meeting_id = self.rows("SELECT meeting_id FROM contributions WHERE id = ?", (contribution_id,))[0]["meeting_id"]
        with self.writing():
            self.db.execute(
                "DELETE FROM agreements WHERE contribution_id = ? AND person_id = ?", (contribution_id, person_id)
            )
        self.announce("agreement", "removed", meeting_id, contribution_id)
        return existing

    def restore(self, agreement: Agreement) -> None:
        """Put back an agreement exactly as it was (undo), with its original time. Refused
        (ValidationError) on a withdrawn contribution or for its own contributor."""
        contribution = Contributions(self.db, self._notify).get(agreement.contribution_id)
        if contribution.is_withdrawn:
            raise ValidationError("contribution.withdrawn")
        if agreement.person_id == contribution.person_id:
            raise ValidationError("agreement.own_contribution")
        if self._get(agreement.contribution_id, agreement.person_id) is not None:
            return
        with self.writing():
            self.db.execute(
                "INSERT INTO agreements (contribution_id, meeting_id, person_id, at) VALUES (?, ?, ?, ?)",
                (agreement.contribution_id, contribution.meeting_id, agreement.person_id, agreement.at),
            )
        self.announce("agreement", "added", contribution.meeting_id, agreement.contribution_id)

    def for_contribution(self, contribution_id: str) -> list[Agreement]:
        """Everyone who agrees with the contribution, in the order they agreed."""
        rows = self.rows("SELECT * FROM agreements WHERE contribution_id = ? ORDER BY at, rowid", (contribution_id,))
        return [Agreement(r["contribution_id"], r["person_id"], r["at"]) for r in rows]

    def _get(self, contribution_id: str, person_id: str) -> Agreement | None:
        rows = self.rows(
            "SELECT * FROM agreements WHERE contribution_id = ? AND person_id = ?", (contribution_id, person_id)
        )
        return Agreement(rows[0]["contribution_id"], rows[0]["person_id"], rows[0]["at"]) if rows else None
