"""Telling a screen reader where the room is: the meeting, the prompt and who is speaking.

Opening the room once said nothing until Tab was pressed. The room now tells screen readers
where it is when it opens, when it moves to another prompt and when it is someone's turn, and says
each confirmation and error (through room.message). The words are in the app's language; names are
isolated for right-to-left languages.

How it is said: a small notice (SpokenNotice) with the accessibility role "notification" is shown
with the words. Screen readers speak a notification as it appears, and Orca has done so for years.
Qt 6.8's own announcement event was tried first, but Orca before version 45 (Debian 12 has 43)
never speaks it, and a blind facilitator cannot be told to upgrade their screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleInterface, QPaintEvent
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from ...domain.models import Attendee, Prompt
from ..widgets.form_parts import isolated


class SpokenNotice(QWidget):
    """A notice that is heard, not seen: a one-pixel widget that draws nothing and that screen
    readers read as a notification each time it is shown with new words (what is said is also on
    the console's status line, for everyone who can see it)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.words = ""
        self.setFixedSize(1, 1)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def say(self, words: str) -> None:
        """Show the notice with *words*: a screen reader speaks them once."""
        self.hide()  # a notification is spoken as it appears, so it must appear again each time
        self.words = words
        self.setAccessibleName(words)
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        return


class _NoticeAccessible(QAccessibleWidget):
    def __init__(self, notice: SpokenNotice) -> None:
        super().__init__(notice, QAccessible.Role.Notification)
        self._notice = notice

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._notice.words
        return super().text(kind)


def _notice_factory(_class_name: str, widget: object) -> QAccessibleInterface | None:
    return _NoticeAccessible(widget) if isinstance(widget, SpokenNotice) else None


_factories: list[object] = []


def _install_notice_accessibility() -> None:
    if not _factories:  # once per process
        QAccessible.installFactory(_notice_factory)
        _factories.append(_notice_factory)  # a name holds it for as long as the app runs


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
        _install_notice_accessibility()
        self.notice = SpokenNotice(room)

    def announce(self, text: str) -> None:
        """Have screen readers say *text*.

        Sent once the event loop has run: a screen that is only just being shown is not yet on
        the accessibility bus, and a notice from it would be dropped."""
        QTimer.singleShot(0, self, lambda: self._send(text))

    def _send(self, text: str) -> None:
        self.notice.say(text)
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
