"""The room session's actions on what has been said: read back and confirm, correcting, undo,
passes, who has been heard, inviting the next person and late arrivals.

A part of RoomSession (room_session.py), kept in its own module so each stays readable; it uses the
session's state (meeting, prompt, attendees, contributions, passes, draft) and tells the views
through the session's events. The writes themselves are the room's records (room_records.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..domain.errors import NotFound, ValidationError
from ..domain.heard import Heard, next_to_invite, who_was_heard
from ..domain.models import Agreement, Attendee, Contribution, Pass
from ..domain.support import SupportRole
from ..domain.text import CONTRIBUTION_MAX, optional_text
from .room_events import SessionEvent
from .room_undo import RoomAction

if TYPE_CHECKING:
    from .people import SimilarNames


def check_words(text: str) -> None:
    """Raise ValidationError if *text* is more than a contribution may hold; cheap at any length.

    Text well over the limit is refused without being looked at character by character, so a
    megabyte pasted by mistake costs nothing; near the limit the contribution's own rule decides
    (invisible characters removed first, as Save would).
    """
    if len(text) <= CONTRIBUTION_MAX:
        return
    if len(text) > 2 * CONTRIBUTION_MAX:
        raise ValidationError("contribution.text_too_long", length=len(text), limit=CONTRIBUTION_MAX)
    optional_text(text, field="contribution.text", limit=CONTRIBUTION_MAX, multiline=True)


class RoomActions:
    """Mixed into RoomSession: see the module's docstring."""

    # read back and confirm -----------------------------------------------------------------------
    @property
    def awaiting(self) -> Contribution | None:
        """The contribution just saved and being read back, until confirmed or opened to change."""
        return self._standing(self.awaiting_id)

    @property
    def correcting(self) -> Contribution | None:
        """The saved contribution open for correcting, if any."""
        return self._standing(self.correcting_id)

    def confirm(self, contribution_id: str | None = None) -> Contribution:
        """ "Yes, that's right": the contribution (by default the one being read back) is stored as
        confirmed, with the time; shown and printed as confirmed."""
        contribution_id = self._chosen(contribution_id or self.awaiting_id)
        confirmed = self.records.confirm(contribution_id)
        if self.awaiting_id == contribution_id:
            self.awaiting_id = None
            self._emit(SessionEvent.READ_BACK)
        return confirmed

    def change_it(self, contribution_id: str | None = None) -> Contribution:
        """ "Change it": the contribution (by default the one being read back) is left unconfirmed
        and opened for correcting (correcting_id), for the console and the display to show."""
        contribution_id = self._chosen(contribution_id or self.awaiting_id)
        contribution = self.records.unconfirm(contribution_id)
        if self.awaiting_id == contribution_id:
            self.awaiting_id = None
            self._emit(SessionEvent.READ_BACK)
        self.start_correcting(contribution_id)
        return contribution

    def start_correcting(self, contribution_id: str) -> None:
        """Open a saved contribution of this meeting for correcting."""
        self.records.standing(contribution_id)  # refused: unknown, another meeting's, withdrawn
        self.correcting_id = contribution_id
        self._emit(SessionEvent.CORRECTING)

    def stop_correcting(self) -> None:
        if self.correcting_id is not None:
            self.correcting_id = None
            self._emit(SessionEvent.CORRECTING)

    # correcting (each saved at once, announced as the store's change, undoable) -----------------
    def edit(self, contribution_id: str, text: str, card_ids: Sequence[str]) -> Contribution:
        """New words and cards for a saved contribution (it needs confirming again)."""
        check_words(text)
        return self.records.edit(contribution_id, text, card_ids)

    def credit_to(self, contribution_id: str, person_id: str) -> Contribution:
        """Credit a saved contribution to someone else in the meeting."""
        return self.records.credit(contribution_id, person_id)

    def move_to(self, contribution_id: str, prompt_id: str | None) -> Contribution:
        """Put a saved contribution under another prompt of the meeting."""
        return self.records.move(contribution_id, prompt_id)

    def set_support(self, contribution_id: str, role: SupportRole | str | None, name: str = "") -> Contribution:
        """Record who supported the person to make a saved contribution (role None: nobody)."""
        return self.records.set_support(contribution_id, role, name)

    def withdraw(self, contribution_id: str) -> Contribution:
        """The person withdraws it: it leaves the wall and the printouts, its words are erased and
        only that something was withdrawn, and when, is kept. Cannot be undone."""
        withdrawn = self.records.withdraw(contribution_id)
        self._let_go(contribution_id)
        return withdrawn

    def agree(self, contribution_id: str, person_id: str) -> Agreement:
        """*person_id* adds their marker to a contribution ("I agree"); not to their own."""
        return self.records.agree(contribution_id, person_id)

    def unagree(self, contribution_id: str, person_id: str) -> None:
        """*person_id* takes their marker off a contribution."""
        self.records.unagree(contribution_id, person_id)

    @property
    def can_undo(self) -> bool:
        return self.records.can_undo

    @property
    def last_action(self) -> RoomAction | None:
        """What Undo would take back (RoomAction.WITHDRAW: Undo will say it cannot)."""
        return self.records.last_action

    def undo(self) -> RoomAction:
        """Take back the last action (see room_undo for each); returns which it was.

        Undoing a Save removes the contribution as if never said, and puts its words, cards and
        speaker back into the draft when the draft is empty. Raises ValidationError
        "room.nothing_to_undo" or "room.undo_withdrawn" (withdrawn words cannot come back).
        """
        action, removed = self.records.undo()
        if removed is not None:
            self._let_go(removed.id)
            if not self.words and not self._cards and removed.prompt_id == (self.prompt.id if self.prompt else None):
                self._cards, self.words, self.draft_support = list(removed.card_ids), removed.text, removed.support
                if self.attendee(removed.person_id) is not None:
                    self.speaker_id = removed.person_id
                self._emit(SessionEvent.DRAFT, SessionEvent.SPEAKER)
        return action

    # passes, who was heard, inviting --------------------------------------------------------------
    def pass_turn(self, person_id: str) -> Pass:
        """*person_id* says "not now" on the current prompt: recorded with the time, undoable."""
        if self.prompt is None:
            raise ValidationError("room.no_prompt")
        passed = self.records.pass_on(self.prompt.id, person_id)
        if self.invited_id == person_id:
            self.invited_id = None
            self._emit(SessionEvent.INVITED)
        if person_id in self.queue:
            self.queue.remove(person_id)
            self._emit(SessionEvent.QUEUE)
        return passed

    def heard(self) -> Heard:
        """Who spoke, passed or is not yet heard on the current prompt, in tile order."""
        people = [a.person_id for a in self.attendees]
        return who_was_heard(people, [c.person_id for c in self.contributions], [p.person_id for p in self.passes])

    def heard_in_meeting(self) -> Heard:
        """The same across the whole meeting: who has not been heard on any prompt yet."""
        meeting_id = self._meeting_id()
        if meeting_id is None:
            return who_was_heard([], [])
        every = self._reading(lambda: self._store.contributions.for_meeting(meeting_id))
        passes = self._reading(lambda: self._store.passes.for_meeting(meeting_id))
        people = [a.person_id for a in self.attendees]
        return who_was_heard(people, [c.person_id for c in every], [p.person_id for p in passes])

    @property
    def invited(self) -> Attendee | None:
        return self.attendee(self.invited_id)

    def ask_to_speak(self, person_id: str, asking: bool = True) -> None:
        """*person_id* asks to speak on this prompt (joins the end of the queue), or no longer
        does (asking False). Choosing them as the speaker, or their pass, takes them off it."""
        if self.attendee(person_id) is None:
            raise ValidationError("room.not_in_meeting")
        if asking and person_id not in self.queue:
            self.queue.append(person_id)
        elif not asking and person_id in self.queue:
            self.queue.remove(person_id)
        else:
            return
        self._emit(SessionEvent.QUEUE)

    def invite_next(self) -> Attendee | None:
        """Invite the first person in the queue (other than the one invited now), else the next
        person not yet heard on this prompt, going round the tiles from the last one invited (or
        speaking); None when nobody is waiting. Their tile is highlighted."""
        people = [a.person_id for a in self.attendees]
        queued = [p for p in self.queue if p not in (self.invited_id, self.speaker_id)]
        chosen = queued[0] if queued else next_to_invite(self.heard(), people, after=self.invited_id or self.speaker_id)
        self.invited_id = chosen
        self._emit(SessionEvent.INVITED)
        return self.invited

    def invite(self, person_id: str | None) -> None:
        """Invite *person_id* to speak next (None: take the invitation back)."""
        if person_id is not None and self.attendee(person_id) is None:
            raise ValidationError("room.not_in_meeting")
        self.invited_id = person_id
        self._emit(SessionEvent.INVITED)

    # late arrivals ---------------------------------------------------------------------------------
    def add_person(
        self,
        full_name: str,
        credit_style: str,
        chosen_name: str = "",
        colour: str | None = None,
        shape: str | None = None,
    ) -> Attendee:
        """Someone arrives late: add them to the meeting from the room (their own transaction; the
        session and the views take them in from the attendee change). ValidationError as in set-up."""
        from .people import PeopleOperations

        meeting_id = self._meeting_id()
        if meeting_id is None:
            raise ValidationError("room.not_open")
        return PeopleOperations(self._store).add(meeting_id, full_name, credit_style, chosen_name, colour, shape)

    def similar_names(self, full_name: str, credit: str = "") -> SimilarNames:
        """Names and credits already in use that look like *full_name* and *credit* (how they
        would be shown), for a warning while they are typed."""
        from .people import SimilarNames, similar_names

        meeting_id = self._meeting_id()
        if meeting_id is None:
            return SimilarNames()
        return self._reading(lambda: similar_names(self._store, meeting_id, full_name, credit=credit))

    def _chosen(self, contribution_id: str | None) -> str:
        if contribution_id is None:
            raise ValidationError("room.nothing_to_confirm")
        return contribution_id

    def _standing(self, contribution_id: str | None) -> Contribution | None:
        if contribution_id is None:
            return None
        try:
            found = self._reading(lambda: self._store.contributions.get(contribution_id))
        except NotFound:
            return None
        return None if found.is_withdrawn else found

    def _let_go(self, contribution_id: str) -> None:
        """A contribution withdrawn or removed: it is no longer read back or being corrected."""
        if self.awaiting_id == contribution_id:
            self.awaiting_id = None
            self._emit(SessionEvent.READ_BACK)
        if self.correcting_id == contribution_id:
            self.correcting_id = None
            self._emit(SessionEvent.CORRECTING)
