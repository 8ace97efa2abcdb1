"""Passes: a person said "not now" on a prompt. Recorded with the time; never a failure."""

from ..domain.errors import ValidationError
from ..domain.ids import utc_now
from ..domain.models import Pass
from ._base import Repository


def _pass(row: dict) -> Pass:
    return Pass(row["meeting_id"], row["prompt_id"], row["person_id"], row["at"])


class Passes(Repository):
    def add(self, prompt_id: str, person_id: str) -> Pass:
        """Record that *person_id* passed on the prompt. Refused (ValidationError) for an unknown
        prompt or someone not in its meeting. Passing again keeps (and returns) the first pass."""
        prompt = self.rows("SELECT meeting_id FROM prompts WHERE id = ?", (prompt_id,))
        if not prompt:
            raise ValidationError("contribution.prompt_not_here")
        meeting_id = prompt[0]["meeting_id"]
        if not self.rows(
            "SELECT 1 AS x FROM attendance WHERE meeting_id = ? AND person_id = ?", (meeting_id, person_id)
        ):
            raise ValidationError("room.not_in_meeting")
        existing = self._get(prompt_id, person_id)
        if existing is not None:
            return existing
        passed = Pass(meeting_id, prompt_id, person_id, utc_now())
        self._insert(passed)
        return passed

    def restore(self, passed: Pass) -> None:
        """Put back a pass exactly as it was (undo), with its original time."""
        if self._get(passed.prompt_id, passed.person_id) is None:
            self._insert(passed)

    def remove(self, prompt_id: str, person_id: str) -> Pass | None:
        """Take the pass back (undo); returns what was removed (None: there was none)."""
        existing = self._get(prompt_id, person_id)
        if existing is None:
            return None
        with self.writing():
            self.db.execute("DELETE FROM passes WHERE prompt_id = ? AND person_id = ?", (prompt_id, person_id))
        self.announce("pass", "removed", existing.meeting_id, prompt_id)
        return existing

    def for_prompt(self, prompt_id: str) -> list[Pass]:
        """Who passed on the prompt, in the order they did."""
        rows = self.rows("SELECT * FROM passes WHERE prompt_id = ? ORDER BY at, rowid", (prompt_id,))
        return [_pass(r) for r in rows]

    def for_meeting(self, meeting_id: str) -> list[Pass]:
        """Every pass in the meeting, in the order they were made."""
        rows = self.rows("SELECT * FROM passes WHERE meeting_id = ? ORDER BY at, rowid", (meeting_id,))
        return [_pass(r) for r in rows]

    def _insert(self, passed: Pass) -> None:
        with self.writing():
            self.db.execute(
                "INSERT INTO passes (prompt_id, meeting_id, person_id, at) VALUES (?, ?, ?, ?)",
                (passed.prompt_id, passed.meeting_id, passed.person_id, passed.at),
            )
        self.announce("pass", "added", passed.meeting_id, passed.prompt_id)

    def _get(self, prompt_id: str, person_id: str) -> Pass | None:
        rows = self.rows("SELECT * FROM passes WHERE prompt_id = ? AND person_id = ?", (prompt_id, person_id))
        return _pass(rows[0]) if rows else None
