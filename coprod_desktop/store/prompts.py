"""Prompts: the agenda items of a meeting, in order, each with an optional picture card."""

from ..domain.errors import NotFound, ValidationError
from ..domain.ids import new_id
from ..domain.models import Prompt
from ..domain.text import PROMPT_MAX, required_text
from ._base import Repository


def _prompt(row: dict) -> Prompt:
    return Prompt(row["id"], row["meeting_id"], row["position"], row["text"], row["card_id"])


class Prompts(Repository):
    def for_meeting(self, meeting_id: str) -> list[Prompt]:
        """The meeting's prompts in agenda order."""
        return [
            _prompt(r) for r in self.rows("SELECT * FROM prompts WHERE meeting_id = ? ORDER BY position", (meeting_id,))
        ]

    def get(self, prompt_id: str) -> Prompt:
        rows = self.rows("SELECT * FROM prompts WHERE id = ?", (prompt_id,))
        if not rows:
            raise NotFound("prompt.missing")
        return _prompt(rows[0])

    def add(self, meeting_id: str, text: str, card_id: str | None = None) -> Prompt:
        """Add a prompt at the end of the agenda."""
        if not self.rows("SELECT 1 AS x FROM meetings WHERE id = ?", (meeting_id,)):
            raise NotFound("meeting.missing", id=meeting_id)
        clean = required_text(text, field="prompt.text", limit=PROMPT_MAX, multiline=True)
        self._check_card(card_id)
        last = self.rows("SELECT max(position) AS p FROM prompts WHERE meeting_id = ?", (meeting_id,))[0]["p"]
        prompt = Prompt(new_id(), meeting_id, 0 if last is None else last + 1, clean, card_id or None)
        with self.writing():
            self.db["prompts"].insert(prompt.__dict__)
        self.announce("prompt", "added", meeting_id, prompt.id)
        return prompt

    def update(self, prompt_id: str, text: str, card_id: str | None) -> Prompt:
        """Change a prompt's words or picture."""
        old = self.get(prompt_id)
        clean = required_text(text, field="prompt.text", limit=PROMPT_MAX, multiline=True)
        self._check_card(card_id)
        with self.writing():
            self.db["prompts"].update(prompt_id, {"text": clean, "card_id": card_id or None})
        self.announce("prompt", "updated", old.meeting_id, prompt_id)
        return self.get(prompt_id)

    def move(self, prompt_id: str, step: int) -> None:
        """Move a prompt up (step -1) or down (+1) the agenda."""
        prompt = self.get(prompt_id)
        order = self.for_meeting(prompt.meeting_id)
        index = next(i for i, p in enumerate(order) if p.id == prompt_id)
        target = index + step
        if not 0 <= target < len(order):
            return
        order[index], order[target] = order[target], order[index]
        with self.writing():
            for position, item in enumerate(order):
                self.db.execute("UPDATE prompts SET position = ? WHERE id = ?", (position, item.id))
        self.announce("prompt", "updated", prompt.meeting_id, prompt_id)

    def remove(self, prompt_id: str) -> None:
        """Remove a prompt. Contributions made under it stay in the meeting, no longer tied to it."""
        prompt = self.get(prompt_id)
        with self.writing():
            self.db.execute("DELETE FROM prompts WHERE id = ?", (prompt_id,))
        self.announce("prompt", "removed", prompt.meeting_id, prompt_id)

    def _check_card(self, card_id: str | None) -> None:
        if card_id and not self.rows("SELECT 1 AS x FROM cards WHERE id = ?", (card_id,)):
            raise ValidationError("card.missing", card=card_id)
