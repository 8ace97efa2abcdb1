"""What the room reads aloud, and when: prompts, talking cards and read-backs.

Kept apart from RoomView so the rules are in one small place: the view tells it what happened
(a prompt shown, a card chosen, a contribution saved) and it decides what to say, in whose voice
(the meeting's, or the speaker's as their turn in the room session says).

Every connection to the app-wide speech service goes to a method of a QObject that belongs to the
room screen, so Qt drops it when the screen is rebuilt (a language or text-size change): a
lambda would keep calling into a screen that is gone.
"""

from PySide6.QtCore import QObject, Signal

from ...app.room_session import RoomSession
from ...domain.models import Attendee, Card, Contribution, Prompt
from ...services.read_back import read_back_text
from ...services.voice_choice import voice_for
from ..platform.settings import SettingsStore
from ..platform.speech_service import SpeechService
from .reading_bar import ReadingBar
from .room_widgets import card_label


class RoomSpeech(QObject):
    """Connects the room to the speech service and the reading bar."""

    message = Signal(str)

    def __init__(
        self, speech: SpeechService, bar: ReadingBar, settings: SettingsStore, session: RoomSession, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.speech = speech
        self.bar = bar
        bar.setParent(self)
        self.settings = settings
        self.session = session
        speech.started.connect(bar.reading)
        speech.word.connect(bar.mark)
        speech.finished.connect(bar.finished)
        speech.error.connect(self._problem)
        speech.notice.connect(self._notice)
        speech.availability_changed.connect(self._availability)
        bar.stop_button.clicked.connect(speech.stop)
        if speech.available is False:
            bar.say_plainly(speech.reason)

    def read(self, text: str, person: Attendee | None = None, *, cue: bool = False) -> None:
        """Say *text*: in *person*'s voice (their profile's language and speed) if given."""
        meeting = self.session.meeting
        if meeting is None:
            return
        turn = self.session.turn
        if person is not None and person.person_id != turn.person_id and self.session.attendee(person.person_id):
            turn = self.session.turn_of(person.person_id)  # e.g. the read-back after Save cleared the speaker
        if (person is not None and person.person_id == turn.person_id) or cue:
            self.speech.say(text, turn.voice(meeting))  # the speaker's own language and speed
        else:
            self.speech.say(text, voice_for(meeting, person.person if person else None))

    def prompt_shown(self, prompt: Prompt | None, *, moved: bool) -> None:
        """A prompt came on screen; read it if the facilitator wants prompts read automatically."""
        if prompt is not None and moved and self.settings.load().read_prompts_aloud:
            self.read(prompt.text)

    def card_chosen(self, card: Card) -> None:
        if self.settings.load().talking_cards == "on":
            self.read(card_label(card))

    def saved(self, attendee: Attendee, contribution: Contribution, cards: list[Card]) -> None:
        if self.settings.load().read_back and self.session.meeting is not None:
            language = self.session.turn_of(attendee.person_id).read_back_language(self.session.meeting)
            text = read_back_text(attendee.credited_as, contribution.text, cards, language)
            self.read(text, attendee)

    def _problem(self, message: str) -> None:
        # The line under the prompt gets the plain sentence; the technical detail the player gave
        # (in brackets) goes to the status line, for whoever fixes the laptop.
        # Only a closing bracket is detail: a translated sentence may have brackets of its own.
        plain = message.rsplit(" (", 1)[0] if message.endswith(")") else message
        self.bar.say_plainly(plain)
        self.message.emit(message)

    def _notice(self, message: str) -> None:
        self.message.emit(message)

    def _availability(self, available: bool, reason: str) -> None:
        if not available:
            self.bar.say_plainly(reason or self.speech.reason)
