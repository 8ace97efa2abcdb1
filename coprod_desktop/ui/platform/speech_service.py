"""The speech service the room uses: one place to say, stop and hear what is happening.

Views call say()/stop() and listen to signals; they never see an engine. Only the newest request
counts: events of one that was interrupted are dropped here, so a view never highlights words of a
sentence that is no longer being read.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ...services.speech.settings import VoiceSettings
from .speech_engines import SpeechEngine, make_engine


class SpeechService(QObject):
    started = Signal(str)  # the text now being read aloud
    word = Signal(int, int)  # start and length of the word being read, in UTF-16 positions
    finished = Signal(bool)  # True when read to the end, False when stopped or interrupted
    error = Signal(str)  # plain message
    notice = Signal(str)  # plain message that is not an error (e.g. a voice fallback)
    availability_changed = Signal(bool, str)

    def __init__(self, engine: SpeechEngine, fallback: Callable[[], SpeechEngine] | None = None) -> None:
        super().__init__()
        self._fallback = fallback
        self.engine: SpeechEngine | None = None
        self._current = 0
        self._text = ""
        self._use(engine)

    def _use(self, engine: SpeechEngine) -> None:
        self.engine = engine
        engine.started.connect(self._on_started)
        engine.word.connect(self._on_word)
        engine.finished.connect(self._on_finished)
        engine.error.connect(self._on_error)
        engine.notice.connect(self.notice)
        engine.availability.connect(self._on_availability)

    def start(self) -> None:
        self.engine.start()

    @property
    def available(self) -> bool | None:
        return self.engine.available

    @property
    def reason(self) -> str:
        """Why speech is off and how to turn it on (empty while it works)."""
        if self.engine.reason or self.engine.available is not False:
            return self.engine.reason
        from ...services.speech.settings import SpeechUnavailable
        from .messages import error_text

        return error_text(SpeechUnavailable("speech.unavailable"))  # in the person's language

    @property
    def speaking(self) -> bool:
        return self._current != 0

    def say(self, text: str, settings: VoiceSettings) -> bool:
        """Read *text* aloud, interrupting anything being read. False (with error()) when speech is off."""
        text = text.strip()
        if not text:
            return False
        if self.engine.available is False:
            self.error.emit(self.reason)
            return False
        self._text = text
        self._current = self.engine.say(text, settings)
        return True

    def stop(self) -> None:
        if self._current:
            self.engine.stop()

    def close(self) -> None:
        self.engine.close()

    def _on_availability(self, available: bool, reason: str) -> None:
        if not available and self._fallback is not None and self.sender() is self.engine:
            # Automatic choice: the first engine cannot speak here; try the other before giving up.
            make_fallback, self._fallback = self._fallback, None
            self.engine.close()
            fallback = make_fallback()
            self._use(fallback)
            fallback.start()
            return
        self.availability_changed.emit(available, reason)

    def _on_started(self, request: int) -> None:
        if request == self._current:
            self.started.emit(self._text)

    def _on_word(self, request: int, start: int, length: int) -> None:
        if request == self._current:
            self.word.emit(start, length)

    def _on_finished(self, request: int, completed: bool) -> None:
        if request == self._current:
            self._current = 0
            self.finished.emit(completed)

    def _on_error(self, request: int, message: str) -> None:
        if request in (0, self._current):
            if request:
                self._current = 0
            self.error.emit(message)


def make_speech_service(preference: str) -> SpeechService:
    """The service for the chosen engine; with "auto", the other engine stands by as a fallback."""
    engine = make_engine(preference)
    fallback = None
    if preference == "auto":
        other = "system" if engine.name == "espeak" else "espeak"
        fallback = lambda: make_engine(other)  # noqa: E731 - made only if the first cannot speak
    return SpeechService(engine, fallback)
