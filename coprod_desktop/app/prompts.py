"""A meeting's prompts (agenda items): list, add, change, reorder and remove."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.models import Prompt

if TYPE_CHECKING:
    from ..store import Store


class PromptOperations:
    """Each write is one transaction, announced (as a PROMPT change) after commit."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def for_meeting(self, meeting_id: str) -> list[Prompt]:
        """The meeting's prompts in agenda order."""
        return self._store.prompts.for_meeting(meeting_id)

    def get(self, prompt_id: str) -> Prompt:
        """One prompt; raises NotFound."""
        return self._store.prompts.get(prompt_id)

    def add(self, meeting_id: str, text: str, card_id: str | None = None) -> Prompt:
        """Add a prompt at the end of the agenda; ValidationError for empty words or an unknown card."""
        with self._store.transaction():
            return self._store.prompts.add(meeting_id, text, card_id)

    def update(self, prompt_id: str, text: str, card_id: str | None) -> Prompt:
        """Change a prompt's words or picture."""
        with self._store.transaction():
            return self._store.prompts.update(prompt_id, text, card_id)

    def move(self, prompt_id: str, step: int) -> None:
        """Move a prompt up (step -1) or down (+1); at either end nothing changes."""
        with self._store.transaction():
            self._store.prompts.move(prompt_id, step)

    def remove(self, prompt_id: str) -> None:
        """Remove a prompt; what was said under it stays in the meeting."""
        with self._store.transaction():
            self._store.prompts.remove(prompt_id)
