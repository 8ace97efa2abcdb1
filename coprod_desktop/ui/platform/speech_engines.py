"""Speech engines behind one small Qt interface: say, stop; started, word, finished, error.

- ProcessEngine: pyttsx3 (eSpeak NG on Linux) in a child process, via services.speech.client. The
  GUI thread never waits on it. Its words arrive before the audio plays, so a timer paces the
  highlight against the audio's start.
- QtEngine: Qt's own TextToSpeech (SAPI on Windows, AVSpeech on macOS, speech-dispatcher on Linux).
- FakeEngine: for UI tests that are not about speech; records what it was asked to say.
"""

import sys
import time

from PySide6.QtCore import QLocale, QObject, QTimer, Signal, Slot

from ...services.speech.settings import VoiceSettings


class SpeechEngine(QObject):
    """The interface every engine offers. Request ids let late events of an interrupted request be told apart."""

    started = Signal(int)  # request id: audio is playing
    word = Signal(int, int, int)  # request id, start, length (UTF-16 positions in the text)
    finished = Signal(int, bool)  # request id, completed (False: stopped or interrupted)
    error = Signal(int, str)  # request id (0: not about one request), plain message
    availability = Signal(bool, str)  # available, and if not, why and how to turn speech on
    notice = Signal(str)  # something worth saying that is not an error, e.g. a voice fallback

    name = "engine"

    def __init__(self) -> None:
        super().__init__()
        self.available: bool | None = None
        self.reason = ""

    def start(self) -> None:
        """Begin loading (in the background); availability arrives as a signal."""

    def say(self, text: str, settings: VoiceSettings) -> int:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Release everything (end child processes)."""

    def _set_available(self, available: bool, reason: str = "") -> None:
        self.available, self.reason = available, reason
        self.availability.emit(available, reason)


class ProcessEngine(SpeechEngine):
    """pyttsx3 in a child process. Events come from a reader thread and are queued to this thread."""

    name = "espeak"
    _event = Signal(object)

    def __init__(self, player: list[str] | None = None) -> None:
        super().__init__()
        self._event.connect(self._on_event)  # queued: emitted from the client's reader thread
        self._player = player
        self._client = None
        self._pacer = QTimer(self)
        self._pacer.setSingleShot(True)
        self._pacer.timeout.connect(self._next_word)
        self._words: list[tuple[float, int, int]] = []
        self._words_for = 0
        self._audio_start = 0.0

    @property
    def client(self):
        """The ProcessSpeech client, made on first use: the engine is made before the window's first
        paint, and the client's imports (subprocess, threads) and temporary folder cost about 10 ms."""
        if self._client is None:
            from ...services.speech.client import ProcessSpeech

            self._client = ProcessSpeech(self._event.emit, player=self._player)
        return self._client

    def start(self) -> None:
        self.client.start()

    def say(self, text: str, settings: VoiceSettings) -> int:
        self._pacer.stop()
        return self.client.say(text, settings)

    def stop(self) -> None:
        self._pacer.stop()
        self.client.stop()

    def close(self) -> None:
        self._pacer.stop()
        if self._client is not None:
            self._client.close()

    @Slot(object)
    def _on_event(self, event) -> None:
        from .messages import error_text  # what a person is told, in their language (event.message: a log's)

        kind = event.kind
        if kind == "ready":
            self._set_available(True)
        elif kind == "unavailable":
            self._set_available(False, error_text(event.error()))
        elif kind == "synthesized":
            self._words, self._words_for = list(event.words), event.request_id
        elif kind == "audio-started":
            self._audio_start = event.at or time.monotonic()
            self.started.emit(event.request_id)
            if self._words_for == event.request_id:
                self._next_word()
        elif kind == "finished":
            if self._words_for == event.request_id:
                self._pacer.stop()
                self._words = []
            self.finished.emit(event.request_id, event.completed)
        elif kind == "error":
            self.error.emit(event.request_id, error_text(event.error()))
        elif kind == "notice":
            self.notice.emit(error_text(event.error()))

    def _next_word(self) -> None:
        """Emit every word whose time has come, then sleep until the next one."""
        now = time.monotonic() - self._audio_start
        while self._words and self._words[0][0] <= now + 0.005:
            _, start, length = self._words.pop(0)
            self.word.emit(self._words_for, start, length)
        if self._words:
            self._pacer.start(max(1, round((self._words[0][0] - now) * 1000)))


class QtEngine(SpeechEngine):
    """Qt's TextToSpeech: word positions arrive as the audio plays (Qt 6.6 and newer)."""

    name = "system"

    def __init__(self, qt_engine: str | None = None) -> None:
        """*qt_engine*: a Qt TextToSpeech plug-in by name ("mock" in tests); None for the platform's."""
        super().__init__()
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._tts = QTextToSpeech(qt_engine, self) if qt_engine else QTextToSpeech(self)
        self._State = QTextToSpeech.State
        self._current = 0
        self._count = 0
        self._stopping = False
        self._tts.stateChanged.connect(self._on_state)
        self._tts.sayingWord.connect(lambda _word, _id, start, length: self.word.emit(self._current, start, length))
        self._tts.errorOccurred.connect(lambda _reason, text: self.error.emit(self._current, text))

    def start(self) -> None:
        if self._tts.state() == self._State.Error or not self._tts.availableVoices():
            from ...services.speech.settings import SpeechUnavailable, how_code
            from .messages import error_text

            # Qt's errorString() is English and technical: the person is told what to do instead.
            code = "speech.engine_failed" if self._tts.availableVoices() else "speech.no_voices"
            self._set_available(False, error_text(SpeechUnavailable(code, reason=how_code())))
        else:
            self._set_available(True)

    def say(self, text: str, settings: VoiceSettings) -> int:
        self._count += 1
        if self._current and self._tts.state() == self._State.Speaking:
            self._stopping = True
            self._tts.stop()
            self.finished.emit(self._current, False)
        self._current = self._count
        self._apply(settings)
        self._stopping = False
        self._tts.say(text)
        return self._current

    def _apply(self, settings: VoiceSettings) -> None:
        locale = QLocale(settings.language)
        voices = self._tts.availableVoices()
        if not any(v.locale().language() == locale.language() for v in voices):
            from ...services.speech.voices import VoiceFallback, language_name
            from .messages import error_text

            language = language_name(settings.language)
            fallback = VoiceFallback("speech.language_voice_missing_standard", language=language)
            self.notice.emit(error_text(fallback))  # in the person's language, as the worker's notices are
        else:
            self._tts.setLocale(locale)
        # Qt's rate runs from -1 (slowest) to 1 (fastest) around a normal pace of about 160 wpm.
        self._tts.setRate(max(-1.0, min(1.0, (settings.rate - 160) / 140)))
        self._tts.setVolume(settings.volume)

    def stop(self) -> None:
        if self._current and self._tts.state() == self._State.Speaking:
            self._stopping = True
            self._tts.stop()

    def _on_state(self, state) -> None:
        if state == self._State.Speaking:
            self.started.emit(self._current)
        elif state == self._State.Ready and self._current:
            self.finished.emit(self._current, not self._stopping)
            self._stopping = False


class FakeEngine(SpeechEngine):
    """Says nothing; remembers what it was asked to say and reports each word at once."""

    name = "fake"

    def __init__(self, available: bool = True, reason: str = "") -> None:
        super().__init__()
        self.spoken: list[tuple[str, VoiceSettings]] = []
        self._count = 0
        self._initial = (available, reason)

    def start(self) -> None:
        self._set_available(*self._initial)

    def say(self, text: str, settings: VoiceSettings) -> int:
        self._count += 1
        self.spoken.append((text, settings))
        request = self._count
        # Like a real engine, report after say() has returned its request id.
        QTimer.singleShot(0, lambda: self._play(request, text))
        return request

    def _play(self, request: int, text: str) -> None:
        self.started.emit(request)
        position = 0
        for part in text.split(" "):
            units = len(part.encode("utf-16-le")) // 2
            if part:
                self.word.emit(request, position, units)
            position += units + 1
        self.finished.emit(request, True)

    def stop(self) -> None:
        pass


def make_engine(preference: str) -> SpeechEngine:
    """The engine for *preference* ("auto", "espeak" or "system").

    Automatic: eSpeak NG through pyttsx3 on Linux (speech-dispatcher is rarely set up there); the
    system engine on Windows and macOS, whose built-in voices are good.
    """
    if preference == "auto":
        preference = "espeak" if sys.platform.startswith("linux") else "system"
    if preference == "system":
        return QtEngine()
    return ProcessEngine()
