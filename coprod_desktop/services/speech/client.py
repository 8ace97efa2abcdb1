"""Speech in child processes, driven from the app without ever blocking it.

`ProcessSpeech` keeps two worker processes (worker.py): the active one, which speaks, and a warm
standby that has already loaded pyttsx3 and eSpeak. Each is started with start_new_session=True,
so a worker and the audio player it runs form a process group of their own.

- say() sends the text to the active worker, or, if that one is busy, ends it (the interrupted
  request gets finished(completed=False)), promotes the standby and sends the text there.
- stop() ends the speaking worker the same way and promotes the standby, so the next say() is warm.
- A new standby is started in the background after each promotion.
- A worker that cannot run speech (no espeak-ng, no voices) reports "unavailable" once; the client
  does not start it again, and every later say() gets an "error" and a "finished" at once.

Ending a worker: SIGTERM, which the worker handles by killing and reaping its player and leaving;
if it is still there after 50 ms, SIGKILL to the whole process group. The group is killed before
the worker is reaped, so its id cannot have been reused. Silence comes within milliseconds.

Events reach *on_event* on one background thread, in order, never while a lock is held: the
callback may call say() or stop(). The events of one request, in order: "notice"s (voice fallback),
then per part of the text a "synthesized" (words and duration) and an "audio-started"; and last,
always exactly one "finished" (completed=True when played to the end). A failure adds an "error"
just before the "finished". An "error" or "unavailable" event's message is English with any
technical detail, for a log; what a person is told is its error(): a SpeechFailed or
SpeechUnavailable with a code of domain/messages.py, for describe() and error_text(). Long text
is spoken in parts, each with its own "synthesized" and "audio-started"; word times count from the
"audio-started" of their part, and word positions are UTF-16 units in the whole text.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain.errors import UserFacingError
from .settings import (
    SpeechFailed,
    SpeechUnavailable,
    VoiceSettings,
    choose_voice,
    how_code,
    how_to_turn_speech_on,
)

WORKER_MODULE = "coprod_desktop.services.speech.worker"
_GRACE_S = 0.05  # how long a worker gets to stop its player and leave before its group is killed
_MAX_FAILED_STARTS = 3  # workers that died unexpectedly before speech is declared off


@dataclass(frozen=True)
class SpeechEvent:
    """Something that happened to speech. See the module docstring for the order of events."""

    kind: str  # "ready" | "unavailable" | "synthesized" | "audio-started" | "finished" | "error" | "notice"
    request_id: int = 0
    text: str = ""  # the request's whole text
    words: tuple[tuple[float, int, int], ...] = ()  # "synthesized": (seconds from audio start, utf16 start, length)
    duration: float = 0.0  # "synthesized": seconds of audio in this part
    completed: bool = False  # "finished": played to the end (False: stopped, interrupted or failed)
    message: str = ""  # English (with any technical detail), for "unavailable", "error" and "notice"
    at: float = 0.0  # time.monotonic() in this process's clock when it happened
    part: int = 0  # "synthesized" / "audio-started": which part of a long text (0 for the first)
    pid: int = 0  # "audio-started": the player's process id (0 when playing in the worker itself)
    code: str = ""  # "unavailable" / "error" / "notice": the code of the sentence a person is told
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def error(self) -> UserFacingError:
        """What to tell a person about an "unavailable", "error" or "notice" event, as an error with a
        code (domain/messages.py) for describe() or error_text(); a notice (a voice fallback) is said
        the same way, from its code."""
        kind = SpeechUnavailable if self.kind == "unavailable" else SpeechFailed
        return kind(self.code or self.message or None, **self.params)


def worker_command(python: str = sys.executable, player: list[str] | None = None, tmpdir: Path | None = None) -> list:
    """The command line that starts a speech worker."""
    command = [python, "-m", WORKER_MODULE]
    if player:
        command += ["--player", json.dumps(list(player))]
    if tmpdir is not None:
        command += ["--tmpdir", str(tmpdir)]
    return command


def spawn_worker(command: list[str], env: dict[str, str] | None = None) -> subprocess.Popen:
    """Start a worker in a process group of its own (a new session on POSIX).

    *env*: variables to set for the worker on top of this process's environment.
    """
    options: dict = {}
    if os.name == "posix":
        options["start_new_session"] = True
    else:
        options["creationflags"] = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
    env = {**os.environ, **(env or {})}
    env.setdefault("PYTHONIOENCODING", "utf-8")
    return subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=None,  # a crashing worker's traceback goes where the app's own would
        env=env,
        **options,
    )


def end_worker(process: subprocess.Popen, grace: float = _GRACE_S) -> None:
    """End a worker and every process in its group; returns once the worker is reaped.

    SIGTERM first (the worker kills and reaps its player, then leaves); after *grace* seconds,
    SIGKILL to the whole group. The group is signalled before the worker is reaped, while the
    group id is still reserved by it.
    """
    if os.name != "posix":
        with contextlib.suppress(OSError):
            process.kill()
        process.wait()
        return
    if process.returncode is None:
        with contextlib.suppress(OSError):
            os.kill(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline and not _has_exited(process.pid):
            time.sleep(0.002)
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _has_exited(pid: int) -> bool:
    """True once *pid* (our child) has exited, without reaping it (False where that cannot be told)."""
    if not hasattr(os, "waitid"):
        return False
    try:
        result = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return True
    return result is not None


class _Worker:
    """One worker process and its two threads: one starts it and writes commands, one reads events."""

    def __init__(self, owner: ProcessSpeech, number: int) -> None:
        self.owner = owner
        self.number = number
        self.tmpdir = owner._tmpdir / f"worker-{number}"
        self.process: subprocess.Popen | None = None
        self.ready = False
        self.retired = False
        self.request = 0  # the request this worker is speaking, 0 when idle
        self._commands: queue.Queue = queue.Queue()
        self.writer = threading.Thread(target=self._write, name=f"speech-worker-{number}-writer", daemon=True)
        self.writer.start()

    def send(self, command: dict) -> None:
        self._commands.put(command)

    def retire(self) -> None:
        """Stop this worker (in the background): kill its player and end its process group."""
        self.retired = True
        self._commands.put(None)

    @property
    def pid(self) -> int:
        return self.process.pid if self.process else 0

    def _write(self) -> None:
        try:
            self.tmpdir.mkdir(parents=True, exist_ok=True)
            self.process = spawn_worker(worker_command(self.owner._python, self.owner._player, self.tmpdir))
        except OSError as error:
            self.owner._worker_failed_to_start(self, error)
            return
        threading.Thread(target=self._read, name=f"speech-worker-{self.number}-reader", daemon=True).start()
        stdin = self.process.stdin
        while True:
            command = self._commands.get()
            if command is None or self.retired:
                break
            try:
                stdin.write((json.dumps(command, ensure_ascii=True) + "\n").encode("ascii"))
                stdin.flush()
            except (BrokenPipeError, OSError, ValueError):
                break  # the worker has gone; the reader reports it
        self._end()

    def _end(self) -> None:
        assert self.process is not None
        end_worker(self.process)
        with contextlib.suppress(OSError, ValueError):
            self.process.stdin.close()
        shutil.rmtree(self.tmpdir, ignore_errors=True)

    def _read(self) -> None:
        assert self.process is not None
        for raw in self.process.stdout:
            try:
                message = json.loads(raw)
            except ValueError:
                continue
            if isinstance(message, dict):
                self.owner._from_worker(self, message)
        with contextlib.suppress(OSError, ValueError):
            self.process.stdout.close()
        self.owner._worker_gone(self)
        self._commands.put(None)  # the writer thread ends the process group and reaps the worker


class ProcessSpeech:
    """Speech through pyttsx3 in child processes. See the module docstring.

    *on_event* is called from a background thread; callers marshal to their own thread.
    *player*: the audio player command (the WAV path is added at the end); by default the worker
    uses COPROD_AUDIO_PLAYER, else aplay/paplay/pw-play on Linux, afplay on macOS, winsound on Windows.
    """

    def __init__(
        self,
        on_event: Callable[[SpeechEvent], None],
        *,
        player: list[str] | None = None,
        python: str = sys.executable,
    ) -> None:
        self._on_event = on_event
        self._player = list(player) if player else None
        self._python = python
        self._lock = threading.Lock()
        self._events: queue.Queue = queue.Queue()
        self._dispatcher: threading.Thread | None = None
        self._tmpdir = Path(tempfile.mkdtemp(prefix="coprod-speech-"))
        self._active: _Worker | None = None
        self._standby: _Worker | None = None
        self._all: list[_Worker] = []
        self._count = 0
        self._next_request = 0
        self._texts: dict[int, str] = {}
        self._available: bool | None = None
        self._reason = ""
        self._told: UserFacingError | None = None
        self._voices: list[str] = []
        self._languages: dict[str, list[str]] = {}
        self._failed_starts = 0
        self._clock_offset: float | None = None
        self._started = False
        self._closed = False

    # ----- public API -----

    def start(self) -> None:
        """Start the workers in the background; "ready" or "unavailable" follows through on_event."""
        with self._lock:
            if self._started or self._closed:
                return
            self._started = True
            self._dispatcher = threading.Thread(target=self._dispatch, name="speech-events", daemon=True)
            self._dispatcher.start()
            self._active = self._new_worker()

    def say(self, text: str, settings: VoiceSettings) -> int:
        """Read *text* aloud; returns its request id at once. Interrupts whatever is being read."""
        if not self._started:
            self.start()
        with self._lock:
            self._next_request += 1
            request = self._next_request
            self._texts[request] = text
            if self._closed or self._available is False:
                reason = "Speech has been closed." if self._closed else self._reason
                told = SpeechFailed("speech.closed") if self._closed else self._told
                self._finish(request, completed=False, error=reason, told=told)
                return request
            self._interrupt()
            if self._active is None:
                self._active = self._standby or self._new_worker()
                self._standby = None
            self._active.request = request
            self._active.send(
                {
                    "cmd": "say",
                    "id": request,
                    "text": text,
                    "language": settings.language,
                    "voice": settings.voice,
                    "rate": settings.rate,
                    "volume": settings.volume,
                }
            )
            self._keep_standby()
        return request

    def stop(self) -> None:
        """Silence whatever is being read (within milliseconds); its request gets finished(completed=False)."""
        with self._lock:
            self._interrupt()
            self._keep_standby()

    def close(self) -> None:
        """End every worker process and remove the temporary audio files. Call at app exit."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            workers = list(self._all)
            self._interrupt()
            self._active = self._standby = None
            for worker in workers:
                worker.retire()
        for worker in workers:  # each writer thread ends its worker's process group and reaps it
            if worker.writer is not threading.current_thread():
                worker.writer.join(5)
        self._events.put(None)
        if self._dispatcher is not None and self._dispatcher is not threading.current_thread():
            self._dispatcher.join(2)
        shutil.rmtree(self._tmpdir, ignore_errors=True)

    @property
    def available(self) -> bool | None:
        """True once a worker is ready, False when speech cannot run here, None until known."""
        return self._available

    @property
    def unavailable_reason(self) -> str:
        """Why speech is off and how to turn it on (empty while speech is available or unknown)."""
        return self._reason

    def voices(self) -> list[str]:
        """The engine's voice ids (known once a worker is ready)."""
        return list(self._voices)

    def voice_for(self, settings: VoiceSettings) -> tuple[str | None, str | None]:
        """The voice *settings* will be read with, and the fallback message if any (after "ready")."""
        return choose_voice(settings, self._voices, languages=self._languages)

    @property
    def temp_dir(self) -> Path:
        """The private folder holding the audio files of utterances (removed by close())."""
        return self._tmpdir

    @property
    def warm(self) -> bool:
        """True when the worker that would take the next say() has loaded its engine already."""
        with self._lock:
            worker = self._active if self._active is not None and not self._active.request else self._standby
            return bool(worker and worker.ready)

    @property
    def standby_warm(self) -> bool:
        """True when a standby worker is there and has loaded its engine (a stop() would stay warm)."""
        with self._lock:
            return bool(self._standby and self._standby.ready)

    def process_ids(self) -> list[int]:
        """Process ids of the workers currently running (active and standby)."""
        with self._lock:
            return [w.pid for w in (self._active, self._standby) if w is not None and w.pid]

    # ----- inside; all called with self._lock held unless noted -----

    def _new_worker(self) -> _Worker:
        self._count += 1
        worker = _Worker(self, self._count)
        self._all = [w for w in self._all if not (w.retired and w.process and w.process.returncode is not None)]
        self._all.append(worker)
        return worker

    def _interrupt(self) -> None:
        """End the active worker if it is speaking; its request is finished as not completed."""
        worker = self._active
        if worker is None or not worker.request:
            return
        self._finish(worker.request, completed=False)
        worker.request = 0
        worker.retire()
        self._active, self._standby = self._standby, None

    def _keep_standby(self) -> None:
        """Make sure a standby worker is on its way, once speech is known to work."""
        if self._closed or self._available is not True:
            return
        if self._active is None:
            self._active = self._new_worker()
        if self._standby is None:
            self._standby = self._new_worker()

    def _finish(self, request: int, *, completed: bool, error: str = "", told: UserFacingError | None = None) -> None:
        text = self._texts.pop(request, "")
        now = time.monotonic()
        if error:
            code, params = (told.code, dict(told.params)) if told is not None else ("speech.failed", {})
            self._events.put(SpeechEvent("error", request, text, message=error, at=now, code=code, params=params))
        self._events.put(SpeechEvent("finished", request, text, completed=completed, at=now))

    def _local_time(self, worker_time: object) -> float:
        """A worker's time.monotonic() in this process's clock (the same clock on Linux, macOS, Windows)."""
        if not isinstance(worker_time, int | float):
            return time.monotonic()
        if self._clock_offset is None:
            # Both read the system's monotonic clock; an offset is kept only if that ever proves untrue.
            difference = time.monotonic() - worker_time
            self._clock_offset = difference if abs(difference) > 5.0 else 0.0
        return float(worker_time) + self._clock_offset

    def _from_worker(self, worker: _Worker, message: dict) -> None:
        """An event line from a worker (reader thread)."""
        kind = message.get("event")
        with self._lock:
            if worker.retired or self._closed:
                return
            if kind == "ready":
                worker.ready = True
                if self._available is None:
                    self._available = True
                    self._voices = [str(v) for v in message.get("voices", [])]
                    self._languages = {str(k): list(v) for k, v in (message.get("languages") or {}).items()}
                    self._local_time(message.get("at"))
                    self._events.put(SpeechEvent("ready", at=time.monotonic()))
                self._keep_standby()
                return
            if kind == "unavailable":
                self._make_unavailable(str(message.get("message") or "Speech is off."), _told(message, "unavailable"))
                return
            request = int(message.get("id") or 0)
            if not request or request != worker.request:
                return  # late news of a request that was interrupted
            text = self._texts.get(request, "")
            at = self._local_time(message.get("at")) if "at" in message else time.monotonic()
            if kind == "finished":
                worker.request = 0
                self._finish(request, completed=bool(message.get("completed")))
            elif kind == "synthesized":
                words = tuple((float(t), int(s), int(n)) for t, s, n in message.get("words", []))
                self._events.put(
                    SpeechEvent(
                        "synthesized",
                        request,
                        text,
                        words=words,
                        duration=float(message.get("duration") or 0.0),
                        at=at,
                        part=int(message.get("part") or 0),
                    )
                )
            elif kind == "audio-started":
                part, pid = int(message.get("part") or 0), int(message.get("pid") or 0)
                self._events.put(SpeechEvent("audio-started", request, text, at=at, part=part, pid=pid))
            elif kind in ("error", "notice"):
                told = _told(message, kind) if kind == "error" or message.get("code") else None
                self._events.put(
                    SpeechEvent(
                        kind,
                        request,
                        text,
                        message=str(message.get("message") or ""),
                        at=at,
                        code=told.code if told else "",
                        params=dict(told.params) if told else {},
                    )
                )

    @property
    def unavailable_error(self) -> UserFacingError | None:
        """Why speech is off, as an error with a code for describe() (None while it is not off)."""
        return self._told if self._available is False else None

    def _make_unavailable(self, reason: str, told: UserFacingError | None = None) -> None:
        told = told if told is not None else SpeechUnavailable()
        if self._available is not False:
            self._events.put(
                SpeechEvent(
                    "unavailable", message=reason, at=time.monotonic(), code=told.code, params=dict(told.params)
                )
            )
        self._available, self._reason, self._told = False, reason, told
        for worker in (self._active, self._standby):
            if worker is not None:
                if worker.request:
                    self._finish(worker.request, completed=False, error=reason, told=told)
                    worker.request = 0
                worker.retire()
        self._active = self._standby = None

    def _worker_gone(self, worker: _Worker) -> None:
        """A worker's output ended (reader thread). Unexpected unless it was retired."""
        with self._lock:
            if worker.retired or self._closed:
                return
            worker.retired = True
            if worker.request:
                self._finish(
                    worker.request,
                    completed=False,
                    error="Speech stopped unexpectedly; try again.",
                    told=SpeechFailed("speech.stopped"),
                )
                worker.request = 0
            if self._active is worker:
                self._active = None
            if self._standby is worker:
                self._standby = None
            self._failed_starts += 1 if not worker.ready else 0
            if self._failed_starts >= _MAX_FAILED_STARTS or (self._available is None and not worker.ready):
                self._make_unavailable(
                    f"Speech is off: the speech helper stopped while starting. {how_to_turn_speech_on()}",
                    SpeechUnavailable("speech.helper_stopped_starting", reason=how_code()),
                )

    def _worker_failed_to_start(self, worker: _Worker, error: OSError) -> None:
        with self._lock:
            if worker.retired or self._closed:
                return
            worker.retired = True
            self._make_unavailable(
                f"Speech is off: the speech helper could not start ({error}).",
                SpeechUnavailable("speech.helper_failed"),
            )

    def _dispatch(self) -> None:
        """Deliver events to on_event, one at a time, in order (the dispatcher thread)."""
        while True:
            event = self._events.get()
            if event is None:
                return
            try:
                self._on_event(event)
            except Exception:  # a faulty callback must not stop later events
                import traceback

                traceback.print_exc()


def _told(message: dict, kind: str) -> UserFacingError:
    """The error a worker's "unavailable" or "error" line tells a person (its code and params)."""
    error = SpeechUnavailable if kind == "unavailable" else SpeechFailed
    code = message.get("code")
    params = message.get("params")
    if not isinstance(code, str) or not code:
        return error()
    return error(code, **(params if isinstance(params, dict) else {}))
