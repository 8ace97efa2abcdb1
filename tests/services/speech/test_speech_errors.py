"""Speech problems are told in the person's language: each "unavailable" and "error" carries a code.

The worker's English message keeps its technical detail for a log; SpeechEvent.error() is what a
person is told, through describe() (or error_text() on a screen).
"""

import queue
import sys

import pytest
from speech_players import NULL_PLAYER

from coprod_desktop.app.messages import describe
from coprod_desktop.domain.messages import MESSAGES
from coprod_desktop.services.speech.client import ProcessSpeech, SpeechEvent
from coprod_desktop.services.speech.settings import SpeechFailed, SpeechUnavailable, VoiceSettings, how_code
from coprod_desktop.services.speech.worker import _missing_player_message, _player_failure, _unavailable_message


def _wait_for(events: queue.Queue, kind: str, timeout: float = 15.0) -> SpeechEvent:
    while True:
        event = events.get(timeout=timeout)
        if event.kind == kind:
            return event


def test_a_machine_with_speech_switched_off_is_told_so_in_welsh(monkeypatch):
    monkeypatch.setenv("COPROD_SPEECH_DRIVER", "none")
    events: queue.Queue = queue.Queue()
    client = ProcessSpeech(events.put, player=NULL_PLAYER)
    try:
        request = client.say("Helo", VoiceSettings())
        unavailable = _wait_for(events, "unavailable")
        error = _wait_for(events, "error")
        assert error.request_id == request
        assert "COPROD_SPEECH_DRIVER" in unavailable.message  # the English, for a log, as before
        assert isinstance(unavailable.error(), SpeechUnavailable) and isinstance(error.error(), SpeechFailed)
        assert unavailable.error().code == error.error().code == "speech.switched_off"
        assert describe(unavailable.error(), "cy").startswith("Mae lleferydd wedi'i ddiffodd ar y cyfrifiadur hwn")
        assert client.unavailable_error is not None and client.unavailable_error.code == "speech.switched_off"
    finally:
        client.close()


def test_player_failures_carry_a_code_and_keep_their_english_detail():
    no_output = _player_failure("aplay", "aplay: main:831: audio open error: No such file or directory", 1)
    assert no_output.startswith("No sound could be played: this computer has no working sound output.")
    assert (no_output.code, no_output.params) == ("speech.no_sound_output", {})
    odd = _player_failure("/usr/bin/odd", "", 3)
    assert (odd.code, odd.params) == ("speech.player_failed", {"name": "odd"})
    said = describe(SpeechFailed(odd.code, **odd.params), "pl")
    assert said == "Nie udało się odtworzyć dźwięku: odtwarzacz dźwięku (odd) zatrzymał się z błędem."
    assert "exit code" not in said  # the technical detail stays in the log
    missing = _missing_player_message(["no-such-player"], FileNotFoundError(2, "No such file"))
    assert missing.code in ("speech.player_missing", "speech.player_missing_linux")
    assert missing.params == {"name": "no-such-player"}


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (None, "speech.no_voices"),
        (ModuleNotFoundError("No module named 'pyttsx3'", name="pyttsx3"), "speech.pyttsx3_missing"),
        (ModuleNotFoundError("no driver", name="pyttsx3.drivers.robot"), "speech.engine_unknown"),
        (RuntimeError("libespeak-ng.so.1: cannot open shared object file"), "speech.no_espeak"),
        (RuntimeError("something odd"), "speech.engine_failed"),
    ],
)
def test_why_speech_is_off_has_a_code_and_says_how_to_turn_it_on(error, code):
    said = _unavailable_message(error)
    assert said.code == code and code in MESSAGES
    told = describe(SpeechUnavailable(said.code, **said.params), "ar")
    if "{reason}" in MESSAGES[code]:
        assert said.params["reason"] == how_code()
        assert describe(SpeechUnavailable(how_code()), "ar") in told  # how to turn it on, in Arabic
    assert "something odd" not in told and "libespeak" not in told


def test_how_to_turn_speech_on_depends_on_the_computer():
    assert {how_code("win32"), how_code("darwin"), how_code("linux")} == {
        "speech.how_windows",
        "speech.how_mac",
        "speech.how_linux",
    }
    assert how_code() == how_code(sys.platform)


def test_an_event_without_a_code_is_shown_in_its_own_words():
    notice = SpeechEvent("notice", 1, "Hello", message="No Somali voice is installed; reading in English instead.")
    assert describe(notice.error(), "cy") == "No Somali voice is installed; reading in English instead."


def test_a_notice_with_a_code_is_said_in_the_persons_language():
    notice = SpeechEvent(
        "notice", 1, "Hello", message="(English)", code="speech.language_voice_missing", params={"language": "Welsh"}
    )
    assert describe(notice.error(), "pl") == "Nie zainstalowano głosu dla języka: walijski. Czytanie po angielsku."
