"""The real speech engine (pyttsx3 + eSpeak NG in a child process) under the Qt service.

The event loop must never stall while the app speaks, stops and speaks again: a heartbeat timer
proves it. There is no sound card here or on CI, so audio goes to ALSA's null device at the real
rate (see tests/speech_players.py).
"""

import gc
import os
import shutil
import time

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from speech_players import PACED_PLAYER

from coprod_desktop.services.speech.settings import VoiceSettings
from coprod_desktop.ui.platform.speech_engines import ProcessEngine
from coprod_desktop.ui.platform.speech_service import SpeechService

if not shutil.which("espeak-ng") and not os.environ.get("CI"):
    pytest.skip("espeak-ng is not installed here (on CI this is a failure, not a skip)", allow_module_level=True)

TEXT = "Thank you all for coming today. What do you like about the day centre, and what would you change?"


@pytest.fixture
def service(qtbot):
    speech = SpeechService(ProcessEngine(player=PACED_PLAYER))
    with qtbot.waitSignal(speech.availability_changed, timeout=20000) as ready:
        speech.start()
    assert ready.args[0] is True, ready.args
    yield speech
    speech.close()


class Heartbeat:
    """Ticks every 10 ms on the GUI thread and remembers the longest gap between ticks."""

    def __init__(self):
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.longest = 0
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)
        self.timer.start(10)

    def tick(self):
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def test_speaking_stopping_and_speaking_again_never_stalls_the_event_loop(qtbot, service):
    # What is measured is the speech service. The app collects garbage on the GUI thread
    # (GuiThreadGarbageCollector), and after a thousand tests in one process a full collection
    # walks their leftovers: 76 ms once, in a whole-suite run. The heap so far is set aside.
    gc.collect()
    gc.freeze()
    try:
        _speak_stop_and_speak_again(qtbot, service)
    finally:
        gc.unfreeze()


def _speak_stop_and_speak_again(qtbot, service):
    words = []
    service.word.connect(lambda start, length: words.append(TEXT[start : start + length]))
    beat = Heartbeat()
    with qtbot.waitSignal(service.started, timeout=10000):
        assert service.say(TEXT, VoiceSettings())
    qtbot.waitUntil(lambda: len(words) >= 3, timeout=10000)  # the highlight is following the audio
    assert words[:3] == ["Thank", "you", "all"]

    with qtbot.waitSignal(service.finished, timeout=2000) as stopped:
        asked = time.monotonic()
        service.stop()
    assert stopped.args == [False]
    assert time.monotonic() - asked < 0.1

    with qtbot.waitSignal(service.finished, timeout=30000) as done:
        assert service.say("Next prompt, please.", VoiceSettings(rate=200))
    assert done.args == [True]
    beat.timer.stop()
    assert beat.longest < 50, f"the event loop stalled for {beat.longest} ms"


def test_a_new_request_interrupts_the_one_playing(qtbot, service):
    finished = []
    service.finished.connect(finished.append)
    started = []
    service.started.connect(started.append)
    with qtbot.waitSignal(service.started, timeout=10000):
        service.say(TEXT, VoiceSettings())
    with qtbot.waitSignal(service.finished, timeout=30000):
        service.say("Stop, please.", VoiceSettings())
    assert started[-1] == "Stop, please."
    assert finished == [True]  # the interrupted request's events are dropped; only the newest ends
