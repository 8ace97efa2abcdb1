"""What the room reads aloud, and when: prompts, talking cards and read-backs.

Kept apart from RoomView so the rules are in one small place: the view tells it what happened
(a prompt shown, a card chosen, a contribution saved) and it decides what to say, in whose voice.
"""

from PySide6.QtCore import QObject, Signal

from ...domain.models import Attendee, Card, Contribution, Meeting, Prompt
from ...domain.profile import CommunicationProfile
from ...services.read_back import read_back_text
from ...services.voice_choice import voice_for
from ..platform.settings import SettingsStore
from ..platform.speech_service import SpeechService
from .reading_bar import ReadingBar
from .room_widgets import card_label


class RoomSpeech(QObject):
    """Connects the room to the speech service and the reading bar."""

    message = Signal(str)

    def __init__(self, speech: SpeechService, bar: ReadingBar, settings: SettingsStore) -> None:
        super().__init__()
        self.speech = speech
        self.bar = bar
        self.settings = settings
        self.meeting: Meeting | None = None
        self.profile: CommunicationProfile | None = None  # the speaker's, on their turn
        speech.started.connect(bar.reading)
        speech.word.connect(bar.mark)
        speech.finished.connect(lambda _completed: bar.done())
        speech.error.connect(self._problem)
        speech.notice.connect(self._notice)
        speech.availability_changed.connect(self._availability)
        bar.stop_button.clicked.connect(speech.stop)
        if speech.available is False:
            bar.say_plainly(speech.reason)

    def read(self, text: str, person: Attendee | None = None, *, cue: bool = False) -> None:
        """Say *text*: in *person*'s voice (their profile's language and speed) if given."""
        if self.meeting is not None:
            profile = self.profile if person is not None or cue else None
            self.speech.say(text, voice_for(self.meeting, person.person if person else None, profile))

    def prompt_shown(self, prompt: Prompt | None, *, moved: bool) -> None:
        """A prompt came on screen; read it if the facilitator wants prompts read automatically."""
        if prompt is not None and moved and self.settings.load().read_prompts_aloud:
            self.read(prompt.text)

    def card_chosen(self, card: Card) -> None:
        if self.settings.load().talking_cards == "on":
            self.read(card_label(card))

    def saved(self, attendee: Attendee, contribution: Contribution, cards: list[Card]) -> None:
        if self.settings.load().read_back:
            language = (self.profile.language if self.profile else None) or self.meeting.language
            text = read_back_text(attendee.credited_as, contribution.text, cards, language)
            self.read(text, attendee)

    def _problem(self, message: str) -> None:
        # The line under the prompt gets the plain sentence; the technical detail the player gave
        # (in brackets) goes to the status line, for whoever fixes the laptop.
        self.bar.say_plainly(message.split(" (", 1)[0])
        self.message.emit(message)

    def _notice(self, message: str) -> None:
        self.message.emit(message)

    def _availability(self, available: bool, reason: str) -> None:
        if not available:
            self.bar.say_plainly(reason or self.speech.reason)
