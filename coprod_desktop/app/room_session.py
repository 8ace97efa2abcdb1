"""What the room screen is doing, without any widgets: testable on its own.

Holds the current prompt, who is speaking and the cards chosen so far. Saving goes through the
store, which commits before returning; the caller shows the contribution only after that.
"""

from ..domain.errors import ValidationError
from ..domain.models import Attendee, Contribution, Prompt
from ..store import Store
from ..store.contributions import MAX_CARDS


class RoomSession:
    def __init__(self, store: Store, meeting_id: str) -> None:
        self.store = store
        self.meeting = store.meetings.get(meeting_id)
        self.prompts: list[Prompt] = store.prompts.for_meeting(meeting_id)
        self.attendees: list[Attendee] = store.people.attendees(meeting_id)
        self.index = 0
        self.speaker_id: str | None = None
        self.cards: list[str] = []

    # prompts
    @property
    def prompt(self) -> Prompt | None:
        return self.prompts[self.index] if self.prompts else None

    def go_to(self, index: int) -> bool:
        """Move to prompt *index* if it exists; True if the prompt changed."""
        if not self.prompts or not 0 <= index < len(self.prompts) or index == self.index:
            return False
        self.index = index
        return True

    def next_prompt(self) -> bool:
        return self.go_to(self.index + 1)

    def previous_prompt(self) -> bool:
        return self.go_to(self.index - 1)

    def reload(self) -> None:
        """Re-read prompts and people after set-up changed them, keeping the current prompt if it still exists."""
        current = self.prompt.id if self.prompt else None
        self.meeting = self.store.meetings.get(self.meeting.id)
        self.prompts = self.store.prompts.for_meeting(self.meeting.id)
        self.attendees = self.store.people.attendees(self.meeting.id)
        ids = [p.id for p in self.prompts]
        self.index = ids.index(current) if current in ids else min(self.index, max(0, len(ids) - 1))
        if self.speaker_id not in {a.person_id for a in self.attendees}:
            self.speaker_id = None

    # the draft contribution
    def attendee(self, person_id: str) -> Attendee | None:
        return next((a for a in self.attendees if a.person_id == person_id), None)

    @property
    def speaker(self) -> Attendee | None:
        return self.attendee(self.speaker_id) if self.speaker_id else None

    def choose_speaker(self, person_id: str | None) -> None:
        self.speaker_id = person_id

    def add_card(self, card_id: str) -> bool:
        """Add a card to the draft; False when the draft already has the most cards allowed."""
        if len(self.cards) >= MAX_CARDS:
            return False
        self.cards.append(card_id)
        return True

    def remove_card(self, position: int) -> None:
        if 0 <= position < len(self.cards):
            del self.cards[position]

    def save(self, text: str) -> Contribution:
        """Commit the draft for the current speaker and prompt; clears the cards on success.

        Raises ValidationError (nobody chosen, nothing said) or StoreError (disk full...), leaving
        the draft as it was so nothing typed is lost.
        """
        if self.speaker_id is None:
            raise ValidationError("Please choose who is speaking first.")
        contribution = self.store.contributions.add(
            self.meeting.id, self.speaker_id, text, list(self.cards), self.prompt.id if self.prompt else None
        )
        self.cards.clear()
        return contribution
