"""What the room session tells its views about its own state: no Qt, a listener list.

The store's Change stream says what was saved; SessionEvent says what the room is doing that is
not (yet) saved: who is speaking or invited, the words and cards as they are typed, a contribution
being read back for confirmation or opened for correcting, whether there is something to undo. The
room display shows the words as they are typed from these events; the ui bridges them to Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class SessionEvent(StrEnum):
    ROOM = "room"  # a meeting opened, closed or read again: draw everything
    PROMPT = "prompt"  # the current prompt (and so its wall, passes and who was heard)
    SPEAKER = "speaker"  # who is speaking (chosen, or cleared after Save)
    INVITED = "invited"  # who is invited to speak next (or nobody)
    QUEUE = "queue"  # the people who have asked to speak, in order
    DRAFT = "draft"  # the words, cards or support of the contribution being made
    READ_BACK = "read_back"  # the contribution awaiting "yes, that's right" or "change it"
    CORRECTING = "correcting"  # the saved contribution open for correcting (or none)
    UNDO = "undo"  # whether there is something to undo, and what
    KEEP_SPEAKER = "keep_speaker"  # the facilitator's choice to keep the speaker after Save


SessionListener = Callable[[SessionEvent], None]


class SessionWatchers:
    """Listeners to a session's events, called in the order they watched, on the session's thread."""

    def __init__(self) -> None:
        self._listeners: list[SessionListener] = []

    def watch(self, listener: SessionListener) -> Callable[[], None]:
        """Call *listener* with each SessionEvent; returns a function that stops it (a view that
        closes calls it, so a closed view is never called)."""
        self._listeners.append(listener)

        def unwatch() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unwatch

    def emit(self, *events: SessionEvent) -> None:
        for event in events:
            for listener in list(self._listeners):
                listener(event)
