"""ProcessSpeech with real espeak-ng in worker processes: speaking, stopping, interrupting, failing.

There is no sound card here or on CI, so the player writes to ALSA's "null" device. `aplay -D null`
swallows a whole file at once, so the tests that stop speech mid-sentence use PACED_PLAYER: a small
player that feeds the audio to `aplay -D null` at the real rate (and so is also a player with a child
process of its own, like a wrapper script around a real player).
"""

import os
import queue
import shutil
import time
from ctypes.util import find_library

import pytest
from speech_players import NULL_PLAYER, PACED_PLAYER

from coprod_desktop.services.speech.client import ProcessSpeech, SpeechEvent
from coprod_desktop.services.speech.positions import utf16_offsets
from coprod_desktop.services.speech.settings import VoiceSettings

if not (shutil.which("espeak-ng") and find_library("espeak-ng")) and not os.environ.get("CI"):
    pytest.skip("espeak-ng is not installed here (on CI this is a failure, not a skip)", allow_module_level=True)

LONG_TEXT = "This sentence is long enough to keep the player busy for a few seconds while we stop it."


class Recorder:
    """Collects events from the client's thread and lets a test wait for one."""

    def __init__(self) -> None:
        self.events: queue.Queue[SpeechEvent] = queue.Queue()
        self.seen: list[SpeechEvent] = []

    def __call__(self, event: SpeechEvent) -> None:
        self.events.put(event)

    def wait_for(self, kind: str, request_id: int | None = None, timeout: float = 15.0) -> SpeechEvent:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {kind!r} event within {timeout} s; saw {[e.kind for e in self.seen]}")
            try:
                event = self.events.get(timeout=remaining)
            except queue.Empty:
                continue
            self.seen.append(event)
            if event.kind == kind and (request_id is None or event.request_id == request_id):
                return event

    def of(self, request_id: int) -> list[SpeechEvent]:
        return [e for e in self.seen if e.request_id == request_id]


def group_members(pgid: int, *, running_only: bool = False) -> list[tuple[int, str]]:
    """(pid, state) of every process in group *pgid*, read from /proc (zombies included unless asked)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        state, group = fields[0].decode(), int(fields[2])
        if group == pgid and not (running_only and state == "Z"):
            found.append((int(entry), state))
    return found


def wait_until(condition, timeout: float = 5.0) -> float:
    """Seconds until *condition()* became true; fails after *timeout*."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise AssertionError("condition not met in time")
        time.sleep(0.002)
    return time.monotonic() - start


@pytest.fixture
def recorder():
    return Recorder()


def make_client(recorder, player=NULL_PLAYER):
    client = ProcessSpeech(recorder, player=player)
    client.start()
    recorder.wait_for("ready")
    return client


@pytest.fixture
def client(recorder):
    client = make_client(recorder)
    yield client
    client.close()


@pytest.fixture
def paced_client(recorder):
    client = make_client(recorder, PACED_PLAYER)
    wait_until(lambda: client.warm and client.standby_warm, timeout=10)
    yield client
    client.close()


def spoken_words(text: str, words) -> list[str]:
    """The text of each word event, cut out of *text* by UTF-16 positions as Qt would."""
    encoded = text.encode("utf-16-le")
    return [encoded[2 * start : 2 * (start + length)].decode("utf-16-le") for _, start, length in words]


def test_say_reports_words_audio_and_completion_in_order(client, recorder):
    text = "Hello there, how are you today?"
    request = client.say(text, VoiceSettings())
    finished = recorder.wait_for("finished", request)
    kinds = [e.kind for e in recorder.of(request)]
    assert kinds == ["synthesized", "audio-started", "finished"]
    synthesized, started = recorder.of(request)[:2]
    assert spoken_words(text, synthesized.words) == ["Hello", "there", "how", "are", "you", "today"]
    times = [t for t, _, _ in synthesized.words]
    assert times == sorted(times) and 0 <= times[0] < 0.3 and times[-1] < synthesized.duration
    assert 1.0 < synthesized.duration < 4.0
    assert finished.completed is True
    assert synthesized.at <= started.at <= finished.at <= time.monotonic()


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "I like cake 🎂 and tea very much.", ["I", "like", "cake", "🎂", "and", "tea", "very", "much"]),
        ("en", "Family 👩‍👩‍👧 and 𝒜lice.", ["Family", "👩‍👩‍👧", "and", "𝒜lice"]),
        ("ar", "مرحبا كيف حالك اليوم؟ أنا بخير.", ["مرحبا", "كيف", "حالك", "اليوم", "أنا", "بخير"]),
        ("ur", "آپ کیسے ہیں؟ میں ٹھیک ہوں۔", ["آپ", "کیسے", "ہیں", "میں", "ٹھیک", "ہوں"]),
        ("cy", "Bore da, sut wyt ti? Dŵr ŷd.", ["Bore", "da", "sut", "wyt", "ti", "Dŵr", "ŷd"]),
        ("pl", "Zażółć gęślą jaźń.", ["Zażółć", "gęślą", "jaźń"]),
    ],
)
def test_word_positions_are_utf16_positions_of_the_words(client, recorder, language, text, expected):
    request = client.say(text, VoiceSettings(language=language))
    synthesized = recorder.wait_for("synthesized", request)
    assert spoken_words(text, synthesized.words) == expected
    recorder.wait_for("finished", request)
    assert not [e for e in recorder.of(request) if e.kind in ("error", "notice")]


def test_emoji_positions_count_two_utf16_units():
    text = "a 🎂 b"
    assert utf16_offsets(text) == [0, 1, 2, 4, 5, 6]


def test_long_text_is_spoken_in_parts_with_positions_in_the_whole_text(client, recorder):
    sentence = "This is sentence number {} of a long contribution that goes on for a while. "
    text = "".join(sentence.format(n) for n in range(1, 9))
    request = client.say(text, VoiceSettings(rate=300))
    finished = recorder.wait_for("finished", request, timeout=60)
    assert finished.completed
    parts = [e for e in recorder.of(request) if e.kind == "synthesized"]
    started = [e for e in recorder.of(request) if e.kind == "audio-started"]
    assert len(parts) >= 2 and [p.part for p in parts] == list(range(len(parts))) == [s.part for s in started]
    words = [w for p in parts for w in p.words]
    assert spoken_words(text, words) == [w.strip(".") for w in text.split()]


def test_unknown_language_falls_back_to_english_with_a_notice(client, recorder):
    request = client.say("Hello", VoiceSettings(language="so"))
    notice = recorder.wait_for("notice", request)
    assert notice.message == "No voice for Somali is installed; reading in English instead."  # English, for a log
    said = notice.error()  # what a person is told: a code, said in their language
    assert (said.code, said.params) == ("speech.language_voice_missing", {"language": "Somali"})
    assert recorder.wait_for("finished", request).completed


def test_unknown_voice_falls_back_with_a_notice(client, recorder):
    request = client.say("Bore da", VoiceSettings(language="cy", voice="no-such-voice"))
    notice = recorder.wait_for("notice", request)
    assert "no-such-voice" in notice.message and "Welsh" in notice.message
    assert (notice.code, notice.params) == ("speech.voice_missing", {"voice": "no-such-voice", "language": "Welsh"})
    assert recorder.wait_for("finished", request).completed


def test_voices_for_meeting_languages_are_chosen(client):
    assert client.available is True
    assert {"cel/cy", "zlw/pl", "sem/ar", "inc/ur", "gmw/en"} <= set(client.voices())
    chosen = {code: client.voice_for(VoiceSettings(language=code)) for code in ("en", "cy", "pl", "ar", "ur")}
    assert chosen == {
        "en": ("gmw/en", None),
        "cy": ("cel/cy", None),
        "pl": ("zlw/pl", None),
        "ar": ("sem/ar", None),
        "ur": ("inc/ur", None),
    }


def test_stop_silences_at_once_and_leaves_no_process_of_the_group(paced_client, recorder):
    request = paced_client.say(LONG_TEXT, VoiceSettings())
    started = recorder.wait_for("audio-started", request)
    worker = paced_client.process_ids()[0]
    time.sleep(0.3)  # mid-sentence
    members = group_members(worker, running_only=True)
    assert {started.pid, worker} < {pid for pid, _ in members}  # the worker, the player and the player's aplay

    before = time.monotonic()
    paced_client.stop()
    returned = time.monotonic() - before
    finished = recorder.wait_for("finished", request, timeout=1)
    silent_after = wait_until(lambda: not group_members(worker, running_only=True), timeout=2)
    wait_until(lambda: not group_members(worker), timeout=2)  # no zombies either

    assert finished.completed is False
    assert returned < 0.02, "stop() must not wait for the worker"
    assert finished.at - before < 0.1
    assert silent_after < 0.1, f"the player was still running {silent_after * 1000:.0f} ms after stop()"
    assert worker not in paced_client.process_ids()
    assert not [e for e in recorder.of(request) if e.kind == "error"]


def test_say_after_stop_is_served_warm_by_the_standby(paced_client, recorder):
    first = paced_client.say(LONG_TEXT, VoiceSettings())
    recorder.wait_for("audio-started", first)
    standby = paced_client.process_ids()[1]
    paced_client.stop()
    assert paced_client.warm, "the promoted standby has its engine loaded already"
    second = paced_client.say("Still here.", VoiceSettings())
    assert paced_client.process_ids()[0] == standby
    started = recorder.wait_for("audio-started", second)
    assert recorder.wait_for("finished", second).completed
    assert started.request_id == second
    wait_until(lambda: paced_client.standby_warm, timeout=10)


def test_a_second_say_interrupts_the_first(paced_client, recorder):
    first = paced_client.say(LONG_TEXT, VoiceSettings())
    recorder.wait_for("audio-started", first)
    worker = paced_client.process_ids()[0]
    second = paced_client.say("Now this instead.", VoiceSettings())
    interrupted = recorder.wait_for("finished", first)
    assert interrupted.completed is False
    assert recorder.wait_for("finished", second).completed is True
    wait_until(lambda: not group_members(worker), timeout=2)
    kinds_of_first = [e.kind for e in recorder.of(first)]
    assert kinds_of_first.count("finished") == 1 and kinds_of_first[-1] == "finished"


def test_rapid_requests_each_finish_exactly_once(paced_client, recorder):
    requests = [paced_client.say(f"Quick number {n}.", VoiceSettings()) for n in range(5)]
    recorder.wait_for("finished", requests[-1])
    for request in requests[:-1]:
        finished = [e for e in recorder.of(request) if e.kind == "finished"]
        assert len(finished) == 1 and finished[0].completed is False
    assert next(e for e in recorder.of(requests[-1]) if e.kind == "finished").completed


def test_a_failing_player_gives_a_plain_error_and_no_hang(recorder):
    client = make_client(recorder, ["aplay", "-q"])  # the default device: there is no sound card
    try:
        request = client.say("Hello", VoiceSettings())
        error = recorder.wait_for("error", request)
        finished = recorder.wait_for("finished", request)
    finally:
        client.close()
    if error.message.startswith("No sound could be played: this computer has no working sound output."):
        assert "audio open error" in error.message  # aplay's own reason follows in brackets
    else:  # a machine with a sound card would play; this one has none, so this is a failure
        pytest.fail(f"unexpected message: {error.message}")
    assert finished.completed is False


def test_a_player_that_exits_with_an_error_is_reported(recorder):
    client = make_client(recorder, ["false"])
    try:
        request = client.say("Hello", VoiceSettings())
        error = recorder.wait_for("error", request)
        assert recorder.wait_for("finished", request).completed is False
    finally:
        client.close()
    assert error.message == "No sound could be played: the audio player (false) stopped with an error. (exit code 1)"


def test_a_missing_player_says_how_to_get_one(recorder):
    client = make_client(recorder, ["no-such-audio-player"])
    try:
        request = client.say("Hello", VoiceSettings())
        error = recorder.wait_for("error", request)
    finally:
        client.close()
    assert "“no-such-audio-player” is not installed" in error.message
    assert "COPROD_AUDIO_PLAYER" in error.message


def test_no_engine_reports_unavailable_with_how_to_and_say_does_not_hang(recorder, monkeypatch):
    monkeypatch.setenv("COPROD_SPEECH_DRIVER", "no_such_driver")
    client = ProcessSpeech(recorder, player=NULL_PLAYER)
    try:
        client.start()
        unavailable = recorder.wait_for("unavailable")
        assert client.available is False
        assert "sudo apt install espeak-ng" in unavailable.message
        assert client.unavailable_reason == unavailable.message
        before = time.monotonic()
        request = client.say("Hello", VoiceSettings())
        assert time.monotonic() - before < 0.05
        error = recorder.wait_for("error", request, timeout=1)
        assert recorder.wait_for("finished", request, timeout=1).completed is False
        assert error.message == unavailable.message
        time.sleep(0.3)
        assert client.process_ids() == [], "an unavailable engine is not started again"
    finally:
        client.close()


def test_say_before_ready_on_a_machine_without_speech_gets_an_error(recorder, monkeypatch):
    monkeypatch.setenv("COPROD_SPEECH_DRIVER", "none")
    client = ProcessSpeech(recorder, player=NULL_PLAYER)
    try:
        request = client.say("Hello", VoiceSettings())  # starts the worker itself
        error = recorder.wait_for("error", request)
        assert "COPROD_SPEECH_DRIVER" in error.message
        assert recorder.wait_for("finished", request).completed is False
        assert [e.kind for e in recorder.seen].count("unavailable") == 1
    finally:
        client.close()


def test_close_leaves_no_worker_processes_and_no_files(recorder):
    client = make_client(recorder, PACED_PLAYER)
    wait_until(lambda: len(client.process_ids()) == 2, timeout=10)
    client.say(LONG_TEXT, VoiceSettings())
    recorder.wait_for("audio-started")
    workers = client.process_ids()
    folder = client.temp_dir
    client.close()
    for pid in workers:
        assert group_members(pid) == []
    assert not folder.exists()
    request = client.say("After close", VoiceSettings())
    assert request > 0


def test_an_event_callback_may_call_say_and_stop(recorder):
    calls = []

    def on_event(event: SpeechEvent) -> None:
        recorder(event)
        if event.kind == "audio-started" and not calls:
            calls.append(client.say("Interrupting from the callback.", VoiceSettings()))
            client.stop()

    client = ProcessSpeech(on_event, player=PACED_PLAYER)
    try:
        client.start()
        first = client.say(LONG_TEXT, VoiceSettings())
        assert recorder.wait_for("finished", first).completed is False
        wait_until(lambda: bool(calls))
        assert recorder.wait_for("finished", calls[0]).completed is False
    finally:
        client.close()


def test_a_worker_that_dies_mid_sentence_is_reported_and_replaced(paced_client, recorder):
    request = paced_client.say(LONG_TEXT, VoiceSettings())
    recorder.wait_for("audio-started", request)
    worker = paced_client.process_ids()[0]
    os.killpg(worker, 9)  # as if it crashed, player and all
    error = recorder.wait_for("error", request)
    assert error.message == "Speech stopped unexpectedly; try again."
    assert recorder.wait_for("finished", request).completed is False
    again = paced_client.say("Back again.", VoiceSettings())
    assert recorder.wait_for("finished", again).completed is True
    assert paced_client.available is True
