"""The room, without any widgets: one meeting being run, as every view of the room shares it.

A RoomSession holds what the room is doing: the meeting open in it, the current prompt, the
people taking part (with their communication profiles and photos, as data), who is speaking,
the contribution being made (its cards and its words: two views of the room share one draft),
and the contributions already made to the current prompt.

It keeps itself right from the store's change stream (a prompt or a person changed in set-up, a
contribution added from elsewhere): the views refresh from the same changes, after the session has
taken them in (the workspace subscribes it first; see Workspace). Saving owns its transaction and
the saved contribution reaches the views as the store's change, after the commit.

What the room does that is not saved (who is speaking or invited, the draft as it is typed, the
contribution being read back or corrected, whether there is something to undo) reaches the views
as SessionEvents: session.watch(listener) (see room_events). Corrections, agreements, passes and
undo are the room's records (room_records), reached through the session so they stay in its meeting.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..domain.changes import Change, ChangeAction, ChangeKind
from ..domain.errors import NotFound, ValidationError
from ..domain.models import Attendee, Card, Contribution, Meeting, Pass, Prompt
from ..domain.profile import CommunicationProfile
from ..domain.rules import MAX_CARDS
from ..domain.support import Support, SupportRole, make_support
from ..store import StoreError
from .room_actions import RoomActions, check_words
from .room_events import SessionEvent, SessionListener, SessionWatchers
from .room_records import RoomRecords
from .room_turn import Turn

if TYPE_CHECKING:
    from ..services.card_library import CardLibrary
    from ..services.catalogue import Category
    from ..store import Store

RECENT_LOOK_BACK = 12  # the used-lately row looks at this many cards, then keeps those the meeting shows


def _unreadable() -> StoreError:
    """The file went bad (overwritten, truncated, taken away) under the open connection."""
    return StoreError("database.failed")


class RoomSession(RoomActions):
    """One meeting in the room. Belongs to the thread of the store it was given.

    Reading back, correcting, undo, passes, who was heard and inviting are in RoomActions.
    """

    def __init__(self, store: Store, library: CardLibrary) -> None:
        self._store = store
        self.library = library
        self.meeting: Meeting | None = None
        self.prompts: list[Prompt] = []
        self.attendees: list[Attendee] = []
        self.index = 0
        self.speaker_id: str | None = None
        self._cards: list[str] = []
        self.words = ""
        self._profiles: dict[str, CommunicationProfile] = {}
        self._photos: dict[str, bytes | None] = {}
        self.contributions: list[Contribution] = []  # to the current prompt, oldest first
        self.passes: list[Pass] = []  # on the current prompt, in the order made
        self.draft_support: Support | None = None  # who is helping the speaker, saved with the draft
        self.invited_id: str | None = None  # invited to speak next (their tile highlighted)
        self.queue: list[str] = []  # who has asked to speak on this prompt, first asked first
        self.awaiting_id: str | None = None  # saved, being read back: "yes, that's right" or "change it"
        self.correcting_id: str | None = None  # saved, open for correcting ("change it", or chosen)
        self.keep_speaker = False  # after Save the speaker is cleared unless the facilitator keeps them
        self._watchers = SessionWatchers()
        self.records = RoomRecords(store, self._meeting_id, lambda: self._emit(SessionEvent.UNDO))
        store.subscribe(self.on_change)

    # telling the views ---------------------------------------------------------------------------
    def watch(self, listener: SessionListener) -> Callable[[], None]:
        """Call *listener* with each SessionEvent (the room's own state changed); returns unwatch."""
        return self._watchers.watch(listener)

    def _emit(self, *events: SessionEvent) -> None:
        self._watchers.emit(*events)

    def _meeting_id(self) -> str | None:
        return self.meeting.id if self.meeting is not None else None

    # opening -------------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.meeting is not None

    def open(self, meeting_id: str) -> None:
        """Run *meeting_id* in the room. The same meeting again keeps its place and draft (the
        facilitator went to set-up and came back); another meeting starts at its first prompt."""
        if self.meeting is not None and self.meeting.id == meeting_id:
            self.reload()
            return
        meeting = self._reading(lambda: self._store.meetings.get(meeting_id))
        self.meeting = meeting
        self.index = 0
        self.speaker_id = self.invited_id = self.awaiting_id = self.correcting_id = None
        self.queue = []
        self._cards = []
        self.words = ""
        self.draft_support = None
        self._photos.clear()
        self.records.clear_undo()  # another meeting's actions are not this room's to undo
        self.reload()

    def reload(self) -> None:
        """Read the meeting, prompts and people again, keeping the current prompt if it is still there."""
        if self.meeting is None:
            return
        store, meeting_id = self._store, self.meeting.id
        current = self.prompt.id if self.prompt else None

        def read() -> None:
            self.meeting = store.meetings.get(meeting_id)
            self.prompts = store.prompts.for_meeting(meeting_id)
            self.attendees = store.people.attendees(meeting_id)
            self._profiles = store.profiles.for_people([a.person_id for a in self.attendees])

        self._reading(read)
        ids = [p.id for p in self.prompts]
        self.index = ids.index(current) if current in ids else min(self.index, max(0, len(ids) - 1))
        here = {a.person_id for a in self.attendees}
        if self.speaker_id not in here:
            self.speaker_id = None
        if self.invited_id not in here:
            self.invited_id = None
        self.queue = [person_id for person_id in self.queue if person_id in here]
        self._load_contributions()
        self._emit(SessionEvent.ROOM)

    # prompts -------------------------------------------------------------------------------------
    @property
    def prompt(self) -> Prompt | None:
        return self.prompts[self.index] if self.prompts else None

    def go_to(self, index: int) -> bool:
        """Move to prompt *index* if it exists; True if the prompt changed."""
        if not self.prompts or not 0 <= index < len(self.prompts) or index == self.index:
            return False
        before, self.index = self.index, index
        try:
            self._load_contributions()
        except StoreError:
            self.index = before  # still where the contributions shown belong
            raise
        self.invited_id = None  # an invitation is to speak on the prompt it was made on
        self.queue = []  # and so is asking to speak
        self._emit(SessionEvent.PROMPT, SessionEvent.INVITED, SessionEvent.QUEUE)
        return True

    def next_prompt(self) -> bool:
        return self.go_to(self.index + 1)

    def previous_prompt(self) -> bool:
        return self.go_to(self.index - 1)

    @property
    def has_previous(self) -> bool:
        return self.index > 0

    @property
    def has_next(self) -> bool:
        return self.index < len(self.prompts) - 1

    # people --------------------------------------------------------------------------------------
    def attendee(self, person_id: str | None) -> Attendee | None:
        return next((a for a in self.attendees if a.person_id == person_id), None)

    def profile(self, person_id: str | None) -> CommunicationProfile:
        """Their communication profile (an empty one if they have none)."""
        return self._profiles.get(person_id or "") or CommunicationProfile()

    def photo(self, person_id: str) -> bytes | None:
        """Their photo (stored only with their consent), read once and kept until it changes."""
        if person_id not in self._photos:
            stored = self._reading(lambda: self._store.photos.photo(person_id))
            self._photos[person_id] = stored[0] if stored else None
        return self._photos[person_id]

    # who is speaking -----------------------------------------------------------------------------
    @property
    def speaker(self) -> Attendee | None:
        return self.attendee(self.speaker_id)

    def choose_speaker(self, person_id: str | None) -> Turn:
        """Make it *person_id*'s turn (None: nobody's); returns what their profile asks of the room."""
        if person_id is not None and self.attendee(person_id) is None:
            raise ValidationError("contribution.speaker_not_here")
        self.speaker_id = person_id
        events = [SessionEvent.SPEAKER]
        if person_id is not None and person_id == self.invited_id:
            self.invited_id = None  # the invitation is answered
            events.append(SessionEvent.INVITED)
        if person_id in self.queue:
            self.queue.remove(person_id)  # their turn has come
            events.append(SessionEvent.QUEUE)
        self._emit(*events)
        return self.turn

    def set_keep_speaker(self, keep: bool) -> None:
        """Keep the speaker chosen after Save (the facilitator's choice; the default clears them,
        so the next contribution is not credited to the wrong person by mistake)."""
        self.keep_speaker = bool(keep)
        self._emit(SessionEvent.KEEP_SPEAKER)

    def turn_of(self, person_id: str | None) -> Turn:
        """*person_id*'s turn as their profile shapes it, speaking or not (the read-back after Save
        is in the saved person's voice although the speaker has been cleared)."""
        attendee = self.attendee(person_id)
        return Turn(attendee, self.profile(attendee.person_id)) if attendee else Turn()

    @property
    def turn(self) -> Turn:
        """The current speaker's turn (their profile as the room acts on it)."""
        speaker = self.speaker
        return Turn(speaker, self.profile(speaker.person_id) if speaker else CommunicationProfile())

    # the draft -----------------------------------------------------------------------------------
    @property
    def cards(self) -> list[str]:
        """The cards chosen for the contribution being made, in order (a copy)."""
        return list(self._cards)

    def add_card(self, card_id: str) -> bool:
        """Add a card to the draft; False when the draft already has the most cards allowed."""
        if len(self._cards) >= MAX_CARDS:
            return False
        self._cards.append(card_id)
        self._emit(SessionEvent.DRAFT)
        return True

    def remove_card(self, position: int) -> None:
        if 0 <= position < len(self._cards):
            del self._cards[position]
            self._emit(SessionEvent.DRAFT)

    def set_words(self, text: str) -> None:
        """Their words as typed so far. Raises ValidationError for text longer than a contribution
        may be, keeping the words as they were, so an over-long paste is refused as it arrives."""
        check_words(text)
        if text != self.words:
            self.words = text
            self._emit(SessionEvent.DRAFT)

    def set_draft_support(self, role: SupportRole | str | None, name: str = "") -> None:
        """Who is helping the speaker with this contribution (role None: nobody); saved with it.
        ValidationError for an unknown role or a name too long, keeping the draft as it was."""
        self.draft_support = make_support(role, name) if role is not None else None
        self._emit(SessionEvent.DRAFT)

    def clear_draft(self) -> None:
        self._cards.clear()
        self.words = ""
        self.draft_support = None
        self._emit(SessionEvent.DRAFT)

    def save(self) -> Contribution:
        """Commit the draft for the current speaker and prompt; clears the cards and words on success.

        Raises ValidationError (nobody chosen, nothing said), the store's write error (disk full...)
        or StoreError (the file was damaged or taken away while open), leaving the draft as it
        was so nothing typed is lost. The saved contribution reaches every view as the store's
        change, after the commit. Then it awaits confirmation (awaiting_id), Undo can take it back,
        and the speaker is cleared unless keep_speaker.
        """
        if self.meeting is None:
            raise ValidationError("room.not_open")
        if self.speaker_id is None:
            raise ValidationError("room.no_speaker")
        check_words(self.words)
        store, prompt = self._store, self.prompt
        try:
            with store.transaction():
                contribution = store.contributions.add(
                    self.meeting.id,
                    self.speaker_id,
                    self.words,
                    list(self._cards),
                    prompt.id if prompt else None,
                    support=self.draft_support,
                )
        except sqlite3.DatabaseError as exc:
            # The store turns a failed write into its own error; this is the file itself gone bad
            # (overwritten, truncated, taken away) under an open connection.
            raise _unreadable() from exc
        self.clear_draft()
        self.awaiting_id = contribution.id
        events = [SessionEvent.READ_BACK]
        if not self.keep_speaker:
            self.speaker_id = None
            events.append(SessionEvent.SPEAKER)
        self.records.saved(contribution)
        self._emit(*events)
        return contribution

    # the cards -----------------------------------------------------------------------------------
    def card(self, card_id: str) -> Card:
        return self.library.get(card_id)

    @property
    def categories(self) -> list[Category]:
        return self.library.categories

    def cards_shown(self) -> list[Card]:
        """The cards this meeting shows in the room."""
        return self._reading(lambda: self.library.for_meeting(self.meeting.id)) if self.meeting else []

    def recent_cards(self, limit: int) -> list[str]:
        """Ids of the cards used lately (this meeting's first), among those the meeting shows."""
        if self.meeting is None:
            return []
        shown = {card.id for card in self.cards_shown()}
        recent = self._reading(lambda: self._store.contributions.recent_card_ids(self.meeting.id, RECENT_LOOK_BACK))
        return [card_id for card_id in recent if card_id in shown][:limit]

    # contributions -------------------------------------------------------------------------------
    def contribution(self, contribution_id: str) -> Contribution | None:
        """One of the current prompt's contributions, if it is one."""
        return next((c for c in reversed(self.contributions) if c.id == contribution_id), None)

    def _load_contributions(self) -> None:
        """The current prompt's standing contributions and passes (withdrawn ones are not shown)."""
        if self.meeting is None:
            self.contributions, self.passes = [], []
            return
        store, meeting_id, prompt = self._store, self.meeting.id, self.prompt
        if prompt is not None:
            self.contributions = self._reading(lambda: store.contributions.for_meeting(meeting_id, prompt.id))
            self.passes = self._reading(lambda: store.passes.for_prompt(prompt.id))
        else:
            every = self._reading(lambda: store.contributions.for_meeting(meeting_id))
            self.contributions = [c for c in every if c.prompt_id is None]
            self.passes = []

    def said_on(self, prompt_id: str | None) -> tuple[list[Contribution], list[Pass]]:
        """Another prompt's standing contributions (with their agreements) and passes, read from the
        store without moving the room: for the end-of-meeting review. None: those under no prompt."""
        if self.meeting is None:
            return [], []
        store, meeting_id = self._store, self.meeting.id
        if prompt_id is None:
            every = self._reading(lambda: store.contributions.for_meeting(meeting_id))
            return [c for c in every if c.prompt_id is None], []
        said = self._reading(lambda: store.contributions.for_meeting(meeting_id, prompt_id))
        return said, self._reading(lambda: store.passes.for_prompt(prompt_id))

    # keeping right with the store ----------------------------------------------------------------
    def on_change(self, change: Change) -> None:
        """Take in one committed change (the store calls this, before the views hear of it)."""
        if self.meeting is None:
            return
        try:
            self._take_in(change)
        except StoreError:
            pass  # the views meet it themselves, on their next read or at Save, and say so

    def _take_in(self, change: Change) -> None:
        kind, ours = change.kind, change.meeting_id == self.meeting.id
        if kind is ChangeKind.MEETING and ours and change.action is ChangeAction.REMOVED:
            self._close()
        elif kind in (ChangeKind.MEETING, ChangeKind.ATTENDEE, ChangeKind.PROMPT) and ours:
            if kind is ChangeKind.ATTENDEE:
                self._photos.pop(change.item_id, None)
            self.reload()
        elif kind in (ChangeKind.PERSON, ChangeKind.PROFILE) and self.attendee(change.item_id) is not None:
            self._photos.pop(change.item_id, None)
            self.reload()
        elif kind is ChangeKind.CONTRIBUTION and ours:
            self._contribution_changed(change)
        elif kind in (ChangeKind.AGREEMENT, ChangeKind.PASS) and ours:
            self._load_contributions()

    def _contribution_changed(self, change: Change) -> None:
        if change.action is ChangeAction.ADDED:
            try:
                added = self._store.contributions.get(change.item_id)
            except NotFound:
                return
            current = self.prompt.id if self.prompt else None
            if added.prompt_id == current and self.contribution(added.id) is None:
                self.contributions.append(added)
        else:
            self._load_contributions()
            if self._standing(change.item_id) is None:  # withdrawn or removed, here or elsewhere
                self.records.forget(change.item_id)
                self._let_go(change.item_id)

    def _close(self) -> None:
        self.meeting = None
        self.prompts, self.attendees, self.contributions, self.passes = [], [], [], []
        self.index, self.speaker_id, self.invited_id, self.queue = 0, None, None, []
        self.awaiting_id = self.correcting_id = None
        self.records.clear_undo()
        self.clear_draft()
        self._emit(SessionEvent.ROOM)

    def _reading(self, read):
        """Run *read*; a file that went bad under the open connection becomes a plain error."""
        try:
            return read()
        except sqlite3.DatabaseError as exc:
            raise _unreadable() from exc
