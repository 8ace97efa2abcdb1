"""Correcting and adding to what the room has saved: the room's records, without widgets.

Each operation is one transaction; its Change reaches every view after the commit (the store sends
it). Each records an UndoStep (see room_undo for what undo does for each). Operations are bounded to
one meeting: a contribution, prompt or person of another meeting is refused with a ValidationError
code, and nothing changes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..domain.errors import NotFound, UserFacingError, ValidationError
from ..domain.models import Agreement, Contribution, Pass
from ..domain.support import SupportRole, make_support
from ..store import StoreError
from ..store.database import StoreWriteError
from .room_undo import RoomAction, UndoStack, UndoStep

if TYPE_CHECKING:
    from ..store import Store


class RoomRecords:
    """The saved records of the meeting open in the room, and the room's undo stack.

    *meeting_id* gives the meeting open in the room (None: none); *on_undo_changed* is called
    whenever what can be undone changes.
    """

    def __init__(self, store: Store, meeting_id: Callable[[], str | None], on_undo_changed: Callable[[], None]) -> None:
        self._store = store
        self._meeting_id = meeting_id
        self._on_undo_changed = on_undo_changed
        self.undo_stack = UndoStack()

    # correcting a contribution -------------------------------------------------------------------
    def edit(self, contribution_id: str, text: str, card_ids: Sequence[str]) -> Contribution:
        """New words and cards for a saved contribution (it needs confirming again)."""
        return self._update(RoomAction.EDIT, contribution_id, text=text, card_ids=tuple(card_ids))

    def credit(self, contribution_id: str, person_id: str) -> Contribution:
        """Credit the contribution to someone else in the meeting (it needs confirming again)."""
        return self._update(RoomAction.CREDIT, contribution_id, person_id=person_id)

    def move(self, contribution_id: str, prompt_id: str | None) -> Contribution:
        """Put the contribution under another prompt of its meeting (None: "other things said")."""
        return self._update(RoomAction.MOVE, contribution_id, prompt_id=prompt_id)

    def confirm(self, contribution_id: str) -> Contribution:
        """The person said "yes, that's right": stored with the time, shown and printed."""
        before = self.standing(contribution_id)
        if before.is_confirmed:
            return before
        return self._write(
            UndoStep(RoomAction.CONFIRM, contribution_id, before),
            lambda: self._store.contributions.confirm(contribution_id),
        )

    def unconfirm(self, contribution_id: str) -> Contribution:
        """The person said "change it": it is no longer confirmed (stays as it is otherwise)."""
        before = self.standing(contribution_id)
        if not before.is_confirmed:
            return before
        return self._write(
            UndoStep(RoomAction.CHANGE_IT, contribution_id, before),
            lambda: self._store.contributions.confirm(contribution_id, False),
        )

    def set_support(self, contribution_id: str, role: SupportRole | str | None, name: str = "") -> Contribution:
        """Who supported the person to make it (role None: nobody). ValidationError for an unknown
        role or a name too long."""
        before = self.standing(contribution_id)
        support = make_support(role, name) if role is not None else None
        if support == before.support:
            return before
        return self._write(
            UndoStep(RoomAction.SUPPORT, contribution_id, before),
            lambda: self._store.contributions.set_support(contribution_id, support),
        )

    def withdraw(self, contribution_id: str) -> Contribution:
        """The person withdraws it: words, cards, support, confirmation and agreements are erased
        from the file (and its WAL); only that something was withdrawn, and when, is kept. Cannot be
        undone (see room_undo)."""
        self.standing(contribution_id)
        withdrawn = self._write(
            UndoStep(RoomAction.WITHDRAW, contribution_id), lambda: self._store.contributions.withdraw(contribution_id)
        )
        self._erase_checkpoint()
        return withdrawn

    # agreements and passes -----------------------------------------------------------------------
    def agree(self, contribution_id: str, person_id: str) -> Agreement:
        """*person_id* adds their marker to the contribution (not their own)."""
        before = self.standing(contribution_id)
        agreement = self._transaction(lambda: self._store.agreements.add(contribution_id, person_id))
        if person_id not in before.agreed_by:  # agreeing again changes nothing: nothing to undo
            self._push(UndoStep(RoomAction.AGREE, contribution_id, agreement=agreement))
        return agreement

    def unagree(self, contribution_id: str, person_id: str) -> None:
        """*person_id* takes their marker off the contribution (nothing happens if it was not there)."""
        self.standing(contribution_id)
        removed = self._transaction(lambda: self._store.agreements.remove(contribution_id, person_id))
        if removed is not None:
            self._push(UndoStep(RoomAction.UNAGREE, contribution_id, agreement=removed))

    def pass_on(self, prompt_id: str, person_id: str) -> Pass:
        """*person_id* says "not now" on the prompt (of this meeting); recorded with the time."""
        meeting_id = self._open_meeting()
        try:
            prompt = self._store.prompts.get(prompt_id)
        except NotFound:
            raise ValidationError("contribution.prompt_not_here") from None
        if prompt.meeting_id != meeting_id:
            raise ValidationError("contribution.prompt_not_here")
        already = {p.person_id for p in self._store.passes.for_prompt(prompt_id)}
        passed = self._transaction(lambda: self._store.passes.add(prompt_id, person_id))
        if person_id not in already:
            self._push(UndoStep(RoomAction.PASS, passed=passed))
        return passed

    def saved(self, contribution: Contribution) -> None:
        """Record a Save on the undo stack (the session saves the draft itself)."""
        self._push(UndoStep(RoomAction.SAVE, contribution.id))

    # undo ----------------------------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return self.undo_stack.can_undo

    @property
    def last_action(self) -> RoomAction | None:
        """What undo would take back (a withdraw: undo will say it cannot)."""
        return self.undo_stack.last_action

    def undo(self) -> tuple[RoomAction, Contribution | None]:
        """Take back the last action; returns it and, for a save, the contribution that was removed.

        ValidationError "room.nothing_to_undo" when there is nothing, "room.undo_withdrawn" after a
        withdraw. A step that can no longer be taken back (its contribution withdrawn or removed
        elsewhere) is dropped and its error raised; a failed write (disk full) keeps it to try again.
        """
        step = self.undo_stack.top()
        if step is None:
            raise ValidationError("room.nothing_to_undo")
        if not step.undoable:
            raise ValidationError("room.undo_withdrawn")
        try:
            result = self._transaction(lambda: self._take_back(step))
        except StoreError:
            raise
        except UserFacingError:
            self.undo_stack.pop()
            self._on_undo_changed()
            raise
        self.undo_stack.pop()
        if step.action is RoomAction.SAVE:
            self._erase_checkpoint()
        self._on_undo_changed()
        return step.action, result

    def forget(self, contribution_id: str) -> None:
        """Forget undo steps about a contribution withdrawn or removed from elsewhere."""
        self.undo_stack.forget(contribution_id)
        self._on_undo_changed()

    def clear_undo(self) -> None:
        self.undo_stack.clear()
        self._on_undo_changed()

    def _take_back(self, step: UndoStep) -> Contribution | None:
        store = self._store
        action = step.action
        if action is RoomAction.SAVE:
            removed = store.contributions.get(step.contribution_id)
            if removed.is_withdrawn:
                raise ValidationError("contribution.withdrawn")
            store.contributions.remove(step.contribution_id)
            return removed
        if action is RoomAction.AGREE:
            store.agreements.remove(step.agreement.contribution_id, step.agreement.person_id)
        elif action is RoomAction.UNAGREE:
            store.agreements.restore(step.agreement)
        elif action is RoomAction.PASS:
            store.passes.remove(step.passed.prompt_id, step.passed.person_id)
        elif action is RoomAction.SUPPORT:
            store.contributions.set_support(step.contribution_id, step.before.support)
        else:  # edit, credit, move, confirm, change it: back as it was
            before = step.before
            store.contributions.update(
                before.id,
                text=before.text,
                card_ids=before.card_ids,
                person_id=before.person_id,
                prompt_id=before.prompt_id,
                confirmed_at=before.confirmed_at,
            )
            for agreement in step.agreements:
                store.agreements.restore(agreement)
        return None

    # helpers -------------------------------------------------------------------------------------
    def _update(self, action: RoomAction, contribution_id: str, **fields: object) -> Contribution:
        before = self.standing(contribution_id)
        agreements = tuple(self._store.agreements.for_contribution(contribution_id))
        step = UndoStep(action, contribution_id, before, agreements)
        return self._write(step, lambda: self._store.contributions.update(contribution_id, **fields))

    def _write(self, step: UndoStep, write: Callable[[], Contribution]) -> Contribution:
        after = self._transaction(write)
        self._push(step)
        return after

    def _push(self, step: UndoStep) -> None:
        self.undo_stack.push(step)
        self._on_undo_changed()

    def _open_meeting(self) -> str:
        meeting_id = self._meeting_id()
        if meeting_id is None:
            raise ValidationError("room.not_open")
        return meeting_id

    def standing(self, contribution_id: str) -> Contribution:
        """The standing contribution, if it belongs to the meeting open in the room."""
        meeting_id = self._open_meeting()
        contribution = self._store.contributions.get(contribution_id)  # NotFound: contribution.missing
        if contribution.meeting_id != meeting_id:
            raise ValidationError("contribution.not_here")
        if contribution.is_withdrawn:
            raise ValidationError("contribution.withdrawn")
        return contribution

    def _transaction(self, write):
        try:
            with self._store.transaction():
                return write()
        except sqlite3.DatabaseError as exc:
            raise StoreError("database.failed") from exc

    def _erase_checkpoint(self) -> None:
        """Copy the WAL into the main file and empty it, so erased words leave no old frames behind.
        A reader holding an old snapshot may keep it from emptying now; the next one will."""
        try:
            self._store.contributions.erase_checkpoint()
        except (sqlite3.DatabaseError, StoreWriteError):
            pass
