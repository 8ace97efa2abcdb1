"""The speech worker process on its own: its JSON-lines protocol, its failures, and how it stops."""

import contextlib
import json
import os
import queue
import shutil
import signal
import threading
import time
from ctypes.util import find_library

import pytest
from speech_players import PACED_PLAYER

from coprod_desktop.services.speech.client import spawn_worker, worker_command
from coprod_desktop.services.speech.worker import _clean_text, _player_failure

if not (shutil.which("espeak-ng") and find_library("espeak-ng")) and not os.environ.get("CI"):
    pytest.skip("espeak-ng is not installed here (on CI this is a failure, not a skip)", allow_module_level=True)

# Plays at the real rate into ALSA's null device, through a child aplay (see test_speech_client.py).


class Worker:
    """A worker process with its output lines parsed on a thread."""

    def __init__(self, tmp_path, player=("aplay", "-q", "-D", "null"), env=None):
        self.process = spawn_worker(worker_command(player=list(player), tmpdir=tmp_path), env=env)
        self.lines: queue.Queue = queue.Queue()
        self.raw: list[bytes] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for raw in self.process.stdout:
            self.raw.append(raw)
            self.lines.put(json.loads(raw))
        self.lines.put(None)

    def send(self, **command):
        self.process.stdin.write((json.dumps(command) + "\n").encode())
        self.process.stdin.flush()

    def next(self, kind=None, timeout=15.0):
        deadline = time.monotonic() + timeout
        while True:
            message = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            if message is None:
                raise AssertionError("the worker closed its output")
            if kind is None or message["event"] == kind:
                return message

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError, ValueError):
                stream.close()


@pytest.fixture
def worker(tmp_path):
    running = Worker(tmp_path)
    yield running
    running.close()


def group(pgid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid:
                found.append((int(entry), fields[0].decode()))
    return found


def say(text, request=1, **settings):
    return {"cmd": "say", "id": request, "text": text, "language": "en", "rate": 160, "volume": 1.0, **settings}


def test_ready_lists_the_voices_and_the_player(worker):
    ready = worker.next("ready")
    assert {"gmw/en", "cel/cy", "zlw/pl", "sem/ar", "inc/ur"} <= set(ready["voices"])
    assert ready["languages"]["cel/cy"] == ["cy"]
    assert ready["driver"] == "espeak" and ready["player"] == "aplay -q -D null"
    assert abs(ready["at"] - time.monotonic()) < 5  # the same monotonic clock as this process


def test_a_say_is_answered_in_protocol_order_with_clean_output(worker):
    worker.next("ready")
    worker.send(**say("Hello there."))
    events = [worker.next() for _ in range(3)]
    assert [e["event"] for e in events] == ["synthesized", "audio-started", "finished"]
    assert events[0]["words"][0][1:] == [0, 5] and events[2]["completed"] is True
    # pyttsx3 prints "Audio saved to ..." on stdout: none of that may reach the protocol
    assert all(raw.startswith(b'{"event": ') for raw in worker.raw)


def test_whitespace_is_finished_at_once_without_audio(worker):
    worker.next("ready")
    worker.send(**say("  \n\t "))
    assert worker.next() == {
        "event": "finished",
        "id": 1,
        "completed": True,
        "at": pytest.approx(time.monotonic(), abs=5),
    }


def test_bad_settings_give_an_error_and_a_finish(worker):
    worker.next("ready")
    worker.send(**say("Hello", rate=5))
    error = worker.next()
    assert error["event"] == "error" and "reading speed" in error["message"]
    assert worker.next()["event"] == "finished"


def test_stdin_closing_ends_the_worker_and_its_player_at_once(tmp_path):
    running = Worker(tmp_path, player=PACED_PLAYER)
    try:
        running.next("ready")
        running.send(**say("This is a long sentence that keeps the player going for several seconds."))
        running.next("audio-started")
        time.sleep(0.2)
        assert len(group(running.process.pid)) >= 3  # worker, player, the player's aplay
        before = time.monotonic()
        running.process.stdin.close()
        running.process.wait(timeout=2)
        assert time.monotonic() - before < 0.5
        assert group(running.process.pid) == []  # no process left, not even a zombie
    finally:
        running.close()


def test_sigterm_kills_and_reaps_the_player_and_its_children(tmp_path):
    running = Worker(tmp_path, player=PACED_PLAYER)
    try:
        running.next("ready")
        running.send(**say("This is a long sentence that keeps the player going for several seconds."))
        running.next("audio-started")
        time.sleep(0.2)
        before = time.monotonic()
        os.kill(running.process.pid, signal.SIGTERM)
        running.process.wait(timeout=2)
        assert time.monotonic() - before < 0.1
        assert group(running.process.pid) == []
    finally:
        running.close()


@pytest.mark.parametrize(
    ("driver", "expected"),
    [
        ("none", "COPROD_SPEECH_DRIVER is set to “none”"),
        ("no_such_driver", "sudo apt install espeak-ng"),
    ],
)
def test_no_engine_is_reported_as_unavailable_and_the_worker_leaves(tmp_path, driver, expected):
    running = Worker(tmp_path, env={"COPROD_SPEECH_DRIVER": driver})
    try:
        message = running.next()
        assert message["event"] == "unavailable" and expected in message["message"]
        assert message["message"].startswith("Speech is ")
        assert running.process.wait(timeout=5) == 0
    finally:
        running.close()


def test_clean_text_keeps_every_position():
    text = "a\x00b\x07c\td\ne\u200d\u200bf\ud800g🎂"
    cleaned = _clean_text(text)
    assert len(cleaned) == len(text)
    assert cleaned == "a b c\td\ne\u200d\u200bf g🎂"
    cleaned.encode("utf-8")  # a lone surrogate would fail here


def test_player_failures_are_plain_english():
    assert _player_failure("aplay", "aplay: main:831: audio open error: No such file or directory", 1) == (
        "No sound could be played: this computer has no working sound output. "
        "(aplay: main:831: audio open error: No such file or directory)"
    )
    assert _player_failure("/usr/bin/paplay", "Connection failure: Connection refused", 1).startswith(
        "No sound could be played: this computer has no working sound output."
    )
    assert _player_failure("/usr/bin/odd", "", 3) == (
        "No sound could be played: the audio player (odd) stopped with an error. (exit code 3)"
    )
