"""The speech service over engines: only the newest request's events count; Qt's own engine."""

from PySide6.QtTextToSpeech import QTextToSpeech

from coprod_desktop.services.speech.settings import VoiceSettings
from coprod_desktop.ui.platform.speech_engines import FakeEngine, QtEngine, SpeechEngine
from coprod_desktop.ui.platform.speech_service import SpeechService


class ManualEngine(SpeechEngine):
    """An engine the test drives by hand, to send late events of an interrupted request."""

    def __init__(self):
        super().__init__()
        self.count = 0

    def start(self):
        self._set_available(True)

    def say(self, text, settings):
        self.count += 1
        return self.count

    def stop(self):
        pass


def test_events_of_an_interrupted_request_are_dropped(qtbot):
    engine = ManualEngine()
    service = SpeechService(engine)
    service.start()
    words, finished = [], []
    service.word.connect(lambda s, n: words.append((s, n)))
    service.finished.connect(finished.append)
    service.say("first sentence", VoiceSettings())
    service.say("second one", VoiceSettings())
    engine.word.emit(1, 0, 5)  # late word of the first request
    engine.finished.emit(1, False)
    engine.word.emit(2, 0, 6)
    engine.finished.emit(2, True)
    assert words == [(0, 6)]
    assert finished == [True]
    assert not service.speaking


def test_automatic_choice_falls_back_when_the_first_engine_cannot_speak(qtbot):
    first = FakeEngine(available=False, reason="no espeak")
    second = FakeEngine()
    service = SpeechService(first, fallback=lambda: second)
    changes = []
    service.availability_changed.connect(lambda ok, why: changes.append(ok))
    service.start()
    assert service.engine is second and changes == [True]
    assert service.say("hello", VoiceSettings())
    assert second.spoken[0][0] == "hello"


def test_qt_engine_reports_start_words_and_finish(qtbot):
    assert "mock" in QTextToSpeech.availableEngines()  # shipped in the PySide6-Addons wheel
    engine = QtEngine("mock")
    service = SpeechService(engine)
    service.start()
    assert service.available
    words = []
    service.word.connect(lambda start, length: words.append((start, length)))
    with qtbot.waitSignal(service.finished, timeout=10000) as done:
        service.say("Hello there friends", VoiceSettings(rate=160))
    assert done.args == [True]
    assert words and words[0] == (0, 5)
