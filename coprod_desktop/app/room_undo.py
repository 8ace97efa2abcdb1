"""The room's undo: the last actions on saved records, and how to take each back.

What each undo does (decided here, once):
- Save: the contribution is removed entirely, as if it was never said (its words erased from the
  file); the session puts its words, cards and support back into the draft when the draft is empty.
- Edit (words or cards), credit, move, confirm, "change it", support: the contribution is put back
  as it was (words, cards, credit, prompt, confirmation, support), agreements taken off by a
  credit change included.
- I agree / taking an agreement back: the marker is taken off / put back.
- Pass: the pass is taken back.
- Withdraw: cannot be undone: the words were erased when it was withdrawn, which is the point.
  It empties the stack (nothing before it can come back either: the steps held the words) and
  undo then says so with the code "room.undo_withdrawn".
Adding a person from the room is set-up, not a room record: it is not on this stack.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..domain.models import Agreement, Contribution, Pass

UNDO_LIMIT = 100  # actions kept; the oldest are forgotten first


class RoomAction(StrEnum):
    SAVE = "save"
    EDIT = "edit"
    CREDIT = "credit"
    MOVE = "move"
    CONFIRM = "confirm"
    CHANGE_IT = "change_it"
    SUPPORT = "support"
    AGREE = "agree"
    UNAGREE = "unagree"
    PASS = "pass"
    WITHDRAW = "withdraw"


@dataclass(frozen=True)
class UndoStep:
    """One action and what is needed to take it back.

    before: the contribution as it was (None for a save); agreements: its agreements before (a
    credit change may take one off); agreement / passed: the agreement or pass made or removed.
    """

    action: RoomAction
    contribution_id: str | None = None
    before: Contribution | None = None
    agreements: tuple[Agreement, ...] = field(default_factory=tuple)
    agreement: Agreement | None = None
    passed: Pass | None = None

    @property
    def undoable(self) -> bool:
        return self.action is not RoomAction.WITHDRAW


class UndoStack:
    """The room's own undo stack (last in, first out), at most UNDO_LIMIT steps."""

    def __init__(self) -> None:
        self._steps: list[UndoStep] = []

    def push(self, step: UndoStep) -> None:
        if step.action is RoomAction.WITHDRAW:
            # Earlier steps may hold the withdrawn words (an edit's "before"): forget them all.
            self._steps.clear()
        self._steps.append(step)
        del self._steps[:-UNDO_LIMIT]

    def top(self) -> UndoStep | None:
        return self._steps[-1] if self._steps else None

    def pop(self) -> UndoStep | None:
        return self._steps.pop() if self._steps else None

    def forget(self, contribution_id: str) -> None:
        """Drop every step about a contribution (withdrawn or removed elsewhere)."""
        self._steps = [s for s in self._steps if s.contribution_id != contribution_id]

    def clear(self) -> None:
        self._steps.clear()

    @property
    def last_action(self) -> RoomAction | None:
        return self._steps[-1].action if self._steps else None

    @property
    def can_undo(self) -> bool:
        return bool(self._steps) and self._steps[-1].undoable
