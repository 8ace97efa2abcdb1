"""The end-of-meeting review: the room display walks through every prompt and what was said to it.

Before the summary is printed, the room looks back over the meeting together, prompt by prompt and
page by page, so people can see their words once more (and ask for a correction) first. The review
reads each prompt's standing contributions, agreements and passes from the store without moving
the room session: the console keeps its place, and nothing is drawn that the live display would
not show (the same rules: app/display_content.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.heard import who_was_heard
from .display_content import EMPTY, Credits, DisplayContent, shown_people

if TYPE_CHECKING:
    from .room_session import RoomSession


class MeetingReview:
    """The open meeting's prompts as the display shows them in the review (review=True, no draft,
    no read-back, nobody speaking, invited or waiting: those belong to the live room)."""

    def __init__(self, session: RoomSession) -> None:
        self.session = session

    @property
    def prompt_count(self) -> int:
        """How many prompts the review walks through (a meeting without prompts has one page:
        what was said under no prompt)."""
        if not self.session.is_open:
            return 0
        return max(1, len(self.session.prompts))

    def content(self, prompt_index: int) -> DisplayContent:
        """What the display shows for prompt *prompt_index* (0-based) of the open meeting, read now.

        Raises IndexError for an index outside 0..prompt_count-1; an empty content when no meeting
        is open.
        """
        session = self.session
        if not session.is_open:
            return EMPTY
        if not 0 <= prompt_index < self.prompt_count:
            raise IndexError(f"prompt {prompt_index} is not in the meeting")
        prompt = session.prompts[prompt_index] if session.prompts else None
        said, passes = session.said_on(prompt.id if prompt else None)
        credits = Credits(session.attendees)
        heard = who_was_heard(
            [a.person_id for a in session.attendees], [c.person_id for c in said], [p.person_id for p in passes]
        )
        return DisplayContent(
            prompt_text=prompt.text if prompt else "",
            prompt_card_id=prompt.card_id if prompt else None,
            prompt_number=prompt_index + 1 if prompt else 0,
            prompt_count=len(session.prompts),
            people=shown_people(session.attendees, heard),
            contributions=credits.contributions(said),
            draft=None,
            review=True,
        )
