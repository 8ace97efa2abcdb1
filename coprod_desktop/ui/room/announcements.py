"""Telling a screen reader where the room is: the meeting, the prompt and who is speaking.

Opening the room once said nothing until Tab was pressed. The room now sends an accessible
announcement (QAccessibleAnnouncementEvent, Qt 6.8 and later: Orca speaks it as it speaks a
live region) when it opens, when it moves to another prompt and when it is someone's turn.
The words are in the app's language; names are isolated for right-to-left languages.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from ...domain.models import Attendee, Prompt
from ..widgets.form_parts import isolated


class RoomAnnouncer(QObject):
    """Announces the room's whereabouts through the accessibility interface of *room*.

    announced(text) carries each announcement too (the status line or a test can follow it);
    `said` keeps them all, oldest first, for as long as the room is on screen.
    """

    announced = Signal(str)

    def __init__(self, room: QWidget) -> None:
        super().__init__(room)
        self.room = room
        self.said: list[str] = []

    def announce(self, text: str, *, now: bool = False) -> None:
        """Have screen readers say *text*. Politely (after what they are saying) unless *now*.

        Sent once the event loop has run: a screen that is only just being shown is not yet on
        the accessibility bus, and an announcement from it would be dropped."""
        QTimer.singleShot(0, self, lambda: self._send(text, now))

    def _send(self, text: str, now: bool) -> None:
        event = QAccessibleAnnouncementEvent(self.room, text)
        if now:
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)
        self.said.append(text)
        self.announced.emit(text)

    # the room's words -------------------------------------------------------------------------
    def opened(self, title: str, prompt: Prompt | None, number: int, total: int, speaker: Attendee | None) -> None:
        """The room has opened on *title*: where we are and who is speaking."""
        parts = [self.tr("The room: {meeting}.").format(meeting=title)]
        parts.append(self._prompt_words(prompt, number, total))
        parts.append(self._turn_words(speaker))
        self.announce(" ".join(parts))

    def prompt_shown(self, prompt: Prompt | None, number: int, total: int) -> None:
        """The room moved to another prompt."""
        self.announce(self._prompt_words(prompt, number, total))

    def turn(self, speaker: Attendee | None) -> None:
        """It is now *speaker*'s turn (or nobody's)."""
        self.announce(self._turn_words(speaker))

    def _prompt_words(self, prompt: Prompt | None, number: int, total: int) -> str:
        if prompt is None:
            return self.tr("This meeting has no prompts yet.")
        #: announced to screen readers on opening the room and on moving to another prompt.
        return self.tr("Prompt {n} of {total}: {prompt}").format(n=number, total=total, prompt=prompt.text)

    def _turn_words(self, speaker: Attendee | None) -> str:
        if speaker is None:
            return self.tr("Nobody is speaking yet.")
        #: announced to screen readers when it is someone's turn; {name} is how they are credited.
        return self.tr("{name} is speaking.").format(name=isolated(speaker.credited_as))
