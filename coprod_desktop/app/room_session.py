"""The room, without any widgets: one meeting being run, as every view of the room shares it.

A RoomSession holds what the room is doing: the meeting open in it, the current prompt, the
people taking part (with their communication profiles and photos, as data), who is speaking,
the contribution being made (its cards and its words: two views of the room share one draft),
and the contributions already made to the current prompt.

It keeps itself right from the store's change stream (a prompt or a person changed in set-up, a
contribution added from elsewhere) and announces nothing of its own: the views refresh from the
same changes, after the session has taken them in (the workspace subscribes it first; see
Workspace). Saving owns its transaction and the saved contribution reaches the views as the
store's change, after the commit.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from ..domain.changes import Change, ChangeAction, ChangeKind
from ..domain.errors import NotFound, ValidationError
from ..domain.models import Attendee, Card, Contribution, Meeting, Prompt
from ..domain.profile import CommunicationProfile
from ..domain.rules import MAX_CARDS
from ..domain.text import CONTRIBUTION_MAX, optional_text
from ..store import StoreError
from .room_turn import Turn

if TYPE_CHECKING:
    from ..services.card_library import CardLibrary
    from ..services.catalogue import Category
    from ..store import Store

RECENT_LOOK_BACK = 12  # the used-lately row looks at this many cards, then keeps those the meeting shows


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


def _unreadable() -> StoreError:
    """The file went bad (overwritten, truncated, taken away) under the open connection."""
    return StoreError("database.failed")


class RoomSession:
    """One meeting in the room. Belongs to the thread of the store it was given."""

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
        store.subscribe(self.on_change)

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
        self.speaker_id = None
        self._cards = []
        self.words = ""
        self._photos.clear()
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
        if self.speaker_id not in {a.person_id for a in self.attendees}:
            self.speaker_id = None
        self._load_contributions()

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
        return self.turn

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
        return True

    def remove_card(self, position: int) -> None:
        if 0 <= position < len(self._cards):
            del self._cards[position]

    def set_words(self, text: str) -> None:
        """Their words as typed so far. Raises ValidationError for text longer than a contribution
        may be, keeping the words as they were, so an over-long paste is refused as it arrives."""
        check_words(text)
        self.words = text

    def clear_draft(self) -> None:
        self._cards.clear()
        self.words = ""

    def save(self) -> Contribution:
        """Commit the draft for the current speaker and prompt; clears the cards and words on success.

        Raises ValidationError (nobody chosen, nothing said), the store's write error (disk full...)
        or StoreError (the file was damaged or taken away while open), leaving the draft as it
        was so nothing typed is lost. The saved contribution reaches every view as the store's
        change, after the commit.
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
                    self.meeting.id, self.speaker_id, self.words, list(self._cards), prompt.id if prompt else None
                )
        except sqlite3.DatabaseError as exc:
            # The store turns a failed write into its own error; this is the file itself gone bad
            # (overwritten, truncated, taken away) under an open connection.
            raise _unreadable() from exc
        self.clear_draft()
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
        if self.meeting is None:
            self.contributions = []
            return
        store, meeting_id, prompt = self._store, self.meeting.id, self.prompt
        if prompt is not None:
            self.contributions = self._reading(lambda: store.contributions.for_meeting(meeting_id, prompt.id))
        else:
            every = self._reading(lambda: store.contributions.for_meeting(meeting_id))
            self.contributions = [c for c in every if c.prompt_id is None]

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

    def _close(self) -> None:
        self.meeting = None
        self.prompts, self.attendees, self.contributions = [], [], []
        self.index, self.speaker_id = 0, None
        self.clear_draft()

    def _reading(self, read):
        """Run *read*; a file that went bad under the open connection becomes a plain error."""
        try:
            return read()
        except sqlite3.DatabaseError as exc:
            raise _unreadable() from exc
