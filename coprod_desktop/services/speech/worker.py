"""The speech worker: pyttsx3 in a child process of its own, so speech never blocks or crashes the app.

Run as ``python -m coprod_desktop.services.speech.worker [--player JSON] [--tmpdir DIR]``. The
client (client.py) starts it with start_new_session=True, so the worker and the audio player it
starts share a process group of their own.

How it speaks: pyttsx3's public Engine API synthesises each utterance to a WAV file
(``save_to_file`` + ``runAndWait``, with ``started-word`` for word positions), and the worker plays
that file with a player process it controls (Linux ``aplay -q``, else ``paplay`` or ``pw-play``;
macOS ``afplay``; Windows ``winsound`` in this process). A player's failure becomes a plain message.
Why not ``engine.say``: on Linux, pyttsx3 2.99's eSpeak driver synthesises the whole utterance,
then runs ``aplay`` through ``os.system`` and swallows its errors, and it cannot stop mid-sentence.
Its ``runAndWait`` can also return before the file is written (the first call starts eSpeak's
asynchronous synthesis and leaves the loop at once), so the worker waits for ``finished-utterance``
instead, with a time limit. pyttsx3 prints "Audio saved to ..." on stdout, so the protocol uses a
duplicate of the original stdout and file descriptor 1 goes to /dev/null.

Long text is spoken in parts split at sentence ends (positions.split_parts): the first part plays
while the next is synthesised, so the first sound comes as soon for a page as for a sentence.

Stopping: the client sends SIGTERM to the worker. The handler SIGKILLs every other process in the
worker's process group (the player and any children it has), reaps them, then exits at once, so no
player is left behind, not even as a zombie (on Linux the worker is a child subreaper, so a player's
orphaned children are reaped here too). If the worker does not go within 50 ms the client kills the
whole process group. When stdin closes (the app has gone) the worker stops the same way.

Protocol: one JSON object per line, UTF-8 (ASCII-escaped), over stdin and stdout.

Client to worker:
  {"cmd": "say", "id": N, "text": str, "language": str, "voice": str|null, "rate": int, "volume": float}
  {"cmd": "save", "id": N, "text": str, "path": str, "language": ..., "voice": ..., "rate": ..., "volume": ...}
      (synthesise the whole text to the WAV file at "path"; nothing is played)
  {"cmd": "quit"}

Worker to client ("at" is time.monotonic() in the worker; CLOCK_MONOTONIC is system-wide on Linux):
  {"event": "ready", "voices": [id, ...], "languages": {id: [tag, ...]}, "driver": str, "player": str, "at": t}
  {"event": "unavailable", "message": str, "code": str, "params": {...}}
                                                        (then the worker exits; do not start it again)
  {"event": "notice", "id": N, "message": str, "code": str, "params": {...}}  (a voice fallback; never silent)
  {"event": "synthesized", "id": N, "part": k, "words": [[seconds, utf16_start, utf16_length], ...],
   "duration": seconds, "at": t}                        (sent just before that part's audio starts)
  {"event": "audio-started", "id": N, "part": k, "pid": player pid or 0, "at": t}
  {"event": "error", "id": N, "message": str, "code": str, "params": {...}}
  {"event": "finished", "id": N, "completed": bool, "at": t}   (always the last event of a say)
  {"event": "saved", "id": N, "path": str, "duration": seconds, "at": t}   (or "error" for a save)

Every say ends with exactly one "finished"; a failure sends "error" first. Word times are seconds
from the start of that part's audio; word positions are UTF-16 units in the whole text (see
positions.py for how the times are estimated). Part k > 0 sends its own "synthesized" and
"audio-started" pair when it begins to play.

"message" is English with any technical detail, for a log; "code" and "params" (on "unavailable",
"error" and "notice") name the plain sentence a person is told, in their language (domain/messages.py), which
the client hands on as SpeechEvent.error().

COPROD_SPEECH_DRIVER chooses the pyttsx3 driver ("espeak", "sapi5", "nsss"); "none" switches speech
off (the worker reports "unavailable" with how to turn it back on). COPROD_AUDIO_PLAYER sets the
player command (split like a shell would; the WAV path is added at the end).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import queue
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import wave
from array import array
from pathlib import Path
from typing import Any

from .positions import split_parts, word_timeline
from .settings import VoiceFallback, VoiceSettings, choose_voice, how_code, how_to_turn_speech_on

_PLAYER_SLACK_S = 15.0  # a player gets this long beyond the audio's own length before it counts as stuck


class _Said(str):
    """English words for a log (with any technical detail), carrying the code and params of the
    plain sentence a person is told (domain/messages.py); compares and prints as the English."""

    code: str
    params: dict[str, Any]

    def __new__(cls, text: str, code: str, **params: Any) -> _Said:
        said = super().__new__(cls, text)
        said.code, said.params = code, params
        return said


def _told(said: str) -> dict[str, Any]:
    """The message fields of an "error" or "unavailable" event for *said*."""
    return {
        "message": str(said),
        "code": getattr(said, "code", ""),
        "params": getattr(said, "params", {}),
    }


class _Channel:
    """The protocol's output: JSON lines on a private copy of the original stdout."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._out = os.fdopen(os.dup(1), "w", encoding="utf-8", newline="\n")
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)  # pyttsx3 prints to stdout; that must not reach the protocol
        os.close(devnull)

    def send(self, event: str, **fields: Any) -> None:
        line = json.dumps({"event": event, **fields}, ensure_ascii=True) + "\n"
        with self._lock:
            try:
                self._out.write(line)
                self._out.flush()
            except (BrokenPipeError, OSError, ValueError):
                _players.shutdown()


class _Players:
    """The player processes this worker has started, so a stop can kill and reap every one."""

    def __init__(self) -> None:
        self.running: dict[int, subprocess.Popen] = {}
        self._spawning = False
        self._stop_pending = False

    @contextlib.contextmanager
    def spawning(self):
        """Defer a stop that arrives while a player is being started until it is on the list."""
        self._spawning = True
        try:
            yield
        finally:
            self._spawning = False
            if self._stop_pending:
                self.shutdown()

    def shutdown(self, *_signal_args: object) -> None:
        """Kill every other process in this worker's group and reap them, then leave at once.

        The SIGTERM handler, also used when stdin closes. On Linux the worker is a child subreaper
        (see _become_subreaper), so a player's own children (aplay under a wrapper script) are
        reparented to it and reaped here too, and none is left behind, not even as a zombie.
        """
        if self._spawning:
            self._stop_pending = True
            return
        me = os.getpid()
        targets = set(self.running) | {pid for pid in _group_members(os.getpgrp()) if pid != me}
        for pid in targets:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 0.2
        while time.monotonic() < deadline:
            try:
                pid, _status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                time.sleep(0.001)
        os._exit(0)


def _group_members(pgid: int) -> list[int]:
    """Process ids in process group *pgid*, from /proc (Linux); [] where there is no /proc."""
    members = []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return members
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if len(fields) > 2 and int(fields[2]) == pgid:
            members.append(int(entry))
    return members


def _become_subreaper() -> None:
    """Linux: adopt orphaned descendants (a player's own children) so that they can be reaped here."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


_players = _Players()


def _read_commands(commands: queue.Queue) -> None:
    """Feed stdin's JSON lines to the main thread; when stdin closes, the app has gone: stop."""
    for raw in sys.stdin.buffer:
        try:
            command = json.loads(raw.decode("utf-8", errors="replace"))
        except ValueError:
            continue
        if isinstance(command, dict):
            commands.put(command)
    if hasattr(signal, "SIGTERM") and os.name == "posix":
        os.kill(os.getpid(), signal.SIGTERM)
    else:
        os._exit(0)


def _player_command(explicit: list[str] | None) -> list[str] | None:
    """The player to run (the WAV path is added at the end), or None for winsound on Windows."""
    if explicit:
        return list(explicit)
    configured = os.environ.get("COPROD_AUDIO_PLAYER", "").strip()
    if configured:
        return shlex.split(configured)
    if sys.platform.startswith("win"):
        return None
    if sys.platform == "darwin":
        return ["afplay"]
    for candidate in (["aplay", "-q"], ["paplay"], ["pw-play"]):
        if shutil.which(candidate[0]):
            return candidate
    return ["aplay", "-q"]  # not installed: saying so is left to the first attempt to play


def _clean_text(text: str) -> str:
    """Make text safe for the engine without moving any character (positions must still match).

    Control characters other than tab and newlines, and lone surrogates (which cannot be encoded),
    become spaces; everything else, joiners included, is kept.
    """
    out = []
    for char in text:
        code = ord(char)
        if (code < 32 and char not in "\t\n\r") or code == 127 or 0xD800 <= code <= 0xDFFF:
            out.append(" ")
        else:
            out.append(char)
    return "".join(out)


def _settings_from(command: dict) -> VoiceSettings:
    return VoiceSettings(
        language=command.get("language") or "en",
        voice=command.get("voice") or None,
        rate=int(command.get("rate") or 160),
        volume=float(command.get("volume", 1.0)),
    )


def _read_wav(path: Path) -> tuple[array, int, float]:
    """(16-bit samples, sample rate, duration in seconds) of a mono WAV file."""
    with wave.open(str(path), "rb") as wav:
        rate, frames, width, channels = wav.getframerate(), wav.getnframes(), wav.getsampwidth(), wav.getnchannels()
        data = wav.readframes(frames)
    samples = array("h")
    if width == 2:
        samples.frombytes(data[: len(data) - len(data) % 2])
        if sys.byteorder == "big":
            samples.byteswap()
        if channels > 1:
            samples = samples[::channels]
    return samples, rate, (frames / rate if rate else 0.0)


class _Engine:
    """pyttsx3, driven through its public API only."""

    def __init__(self, driver_name: str | None) -> None:
        import pyttsx3  # imported here so that a missing package is reported, not a crash

        self.engine = pyttsx3.init(driver_name)
        self.driver_name = getattr(self.engine, "driver_name", driver_name or "default")
        self._words: list[tuple[int, int]] = []
        self._errors: list[str] = []
        self._done = threading.Event()
        self.engine.connect("started-word", self._on_word)
        self.engine.connect("finished-utterance", self._on_finished)
        self.engine.connect("error", self._on_error)
        self.voice_ids: list[str] = []
        self.voice_languages: dict[str, list[str]] = {}
        for voice in self.engine.getProperty("voices") or []:
            self.voice_ids.append(str(voice.id))
            self.voice_languages[str(voice.id)] = [str(tag) for tag in (getattr(voice, "languages", None) or [])]
        self._voice: str | None = None

    def _on_word(self, name: object = None, location: int = 0, length: int = 0, **_: object) -> None:
        self._words.append((int(location), int(length)))

    def _on_finished(self, name: object = None, completed: bool = True, **_: object) -> None:
        self._done.set()

    def _on_error(self, name: object = None, exception: object = None, **_: object) -> None:
        self._errors.append(str(exception))

    def apply(self, settings: VoiceSettings) -> VoiceFallback | None:
        """Set voice, rate and volume; returns what to say (a code and params) when the voice fell back."""
        voice, message = choose_voice(settings, self.voice_ids, languages=self.voice_languages)
        self._errors.clear()
        if voice is not None and voice != self._voice:
            self.engine.setProperty("voice", voice)
            if self._errors:
                message = VoiceFallback("speech.voice_not_usable", voice=voice)
                self._errors.clear()
            else:
                self._voice = voice
        self.engine.setProperty("rate", settings.rate)
        self.engine.setProperty("volume", settings.volume)
        return message

    def synthesize(self, text: str, path: Path) -> list[tuple[int, int]]:
        """Write *text* as speech to the WAV file *path*; returns the word reports (location, length)."""
        self._words = []
        self._errors.clear()
        self._done.clear()
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        limit = 10.0 + len(text) / 100
        # If the engine never finishes, this process cannot be trusted again: say so and leave.
        watchdog = threading.Timer(limit + 5, _engine_stuck)
        watchdog.daemon = True
        watchdog.start()
        try:
            self.engine.save_to_file(text, str(path))
            self.engine.runAndWait()
            finished = self._done.wait(limit)
        finally:
            watchdog.cancel()
        deadline = time.monotonic() + 1.0
        while self.engine.isBusy() and time.monotonic() < deadline:
            time.sleep(0.001)  # let the engine's own thread leave its callback before the next command
        if self._errors:
            raise RuntimeError(self._errors[0])
        if not finished or not path.exists():
            raise RuntimeError("the speech engine did not finish making the audio")
        return list(self._words)


def _engine_stuck() -> None:
    _channel.send(
        "error", id=_current_request, **_told(_Said("The speech engine stopped responding.", "speech.engine_stuck"))
    )
    _channel.send("finished", id=_current_request, completed=False, at=time.monotonic())
    _players.shutdown()


class _Player:
    """One playing WAV file: a player process, or winsound on Windows."""

    def __init__(self, command: list[str] | None, path: Path) -> None:
        self.command, self.path = command, path
        self.process: subprocess.Popen | None = None
        self._thread: threading.Thread | None = None
        self._error = ""

    def start(self) -> None:
        if self.command is None:
            import winsound  # Windows only

            def play() -> None:
                try:
                    winsound.PlaySound(str(self.path), winsound.SND_FILENAME | winsound.SND_NODEFAULT)
                except RuntimeError as error:
                    self._error = _Said(f"No sound could be played: {error}.", "speech.no_sound")

            self._thread = threading.Thread(target=play, daemon=True)
            self._thread.start()
            return
        with _players.spawning():
            self.process = subprocess.Popen(
                [*self.command, str(self.path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            _players.running[self.process.pid] = self.process

    @property
    def pid(self) -> int:
        return self.process.pid if self.process else 0

    def wait(self, duration: float) -> str:
        """Wait for the end of the audio; returns "" or a plain message saying why nothing was heard."""
        if self._thread is not None:
            self._thread.join(duration + _PLAYER_SLACK_S)
            return self._error
        assert self.process is not None
        try:
            _, err = self.process.communicate(timeout=duration + _PLAYER_SLACK_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()
            return _Said("No sound could be played: the audio player did not finish.", "speech.player_unfinished")
        finally:
            _players.running.pop(self.process.pid, None)
            _reap_orphans()
        if self.process.returncode == 0:
            return ""
        # The last line is the player's own verdict ("aplay: main:831: audio open error: ..."); the
        # lines before it are often library noise.
        lines = [line.strip() for line in (err or b"").decode("utf-8", errors="replace").splitlines() if line.strip()]
        reason = lines[-1][:200] if lines else ""
        return _player_failure(self.command[0], reason, self.process.returncode)


def _reap_orphans() -> None:
    """Reap descendants a finished player left behind (adopted by this subreaper); never blocks."""
    if os.name != "posix" or _players.running:
        return
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _player_failure(player: str, reason: str, returncode: int) -> str:
    lowered = reason.lower()
    no_device = ("audio open error", "no such device", "cannot find card", "unknown pcm", "connection refused")
    detail = reason or f"exit code {returncode}"
    if any(sign in lowered for sign in no_device) or "connection failure" in lowered:
        text = "No sound could be played: this computer has no working sound output."
        return _Said(f"{text} ({detail})", "speech.no_sound_output")
    name = Path(player).name
    text = f"No sound could be played: the audio player ({name}) stopped with an error."
    return _Said(f"{text} ({detail})", "speech.player_failed", name=name)


_channel: _Channel
_current_request = 0


class _Worker:
    def __init__(self, engine: _Engine, player: list[str] | None, tmpdir: Path) -> None:
        self.engine, self.player, self.tmpdir = engine, player, tmpdir
        self._count = 0

    def _wav(self) -> Path:
        self._count += 1
        return self.tmpdir / f"utterance-{os.getpid()}-{self._count}.wav"

    def _prepare(self, request: int, offset: int, part: str, text: str) -> dict:
        path = self._wav()
        reported = self.engine.synthesize(part, path)
        samples, rate, duration = _read_wav(path)
        words = word_timeline(part, reported, samples, rate, offset=offset, full_text=text)
        return {"path": path, "words": [list(word) for word in words], "duration": duration}

    def say(self, command: dict) -> None:
        global _current_request
        request = int(command.get("id", 0))
        _current_request = request
        text = _clean_text(str(command.get("text", "")))
        try:
            settings = _settings_from(command)
        except (ValueError, TypeError) as error:
            self._fail(request, _Said(f"Speech settings are not valid: {error}", "speech.settings_invalid"))
            return
        if not text.strip():
            _channel.send("finished", id=request, completed=True, at=time.monotonic())
            return
        message = self.engine.apply(settings)
        if message:
            _channel.send("notice", id=request, **_told(message))
        parts = split_parts(text)
        try:
            ready = self._prepare(request, parts[0][0], parts[0][1], text)
        except Exception as error:  # the engine's own errors are of any kind
            self._fail(request, _Said(f"The text could not be turned into speech: {error}.", "speech.not_spoken"))
            return
        for index in range(len(parts)):
            player = _Player(self.player, ready["path"])
            # Stamped here, as the protocol says: stamped on arrival instead, it could come after
            # the "audio-started" stamped here a moment later (seen once in a busy CI run).
            _channel.send(
                "synthesized",
                id=request,
                part=index,
                words=ready["words"],
                duration=ready["duration"],
                at=time.monotonic(),
            )
            try:
                player.start()
            except OSError as error:
                self._fail(request, _missing_player_message(self.player, error))
                return
            _channel.send("audio-started", id=request, part=index, pid=player.pid, at=time.monotonic())
            following, failure = None, ""
            if index + 1 < len(parts):
                try:
                    following = self._prepare(request, parts[index + 1][0], parts[index + 1][1], text)
                except Exception as error:
                    failure = _Said(f"The text could not be turned into speech: {error}.", "speech.not_spoken")
            problem = player.wait(ready["duration"])
            with contextlib.suppress(OSError):
                ready["path"].unlink()
            if problem or failure:
                self._fail(request, problem or failure)
                return
            ready = following
        _channel.send("finished", id=request, completed=True, at=time.monotonic())

    def save(self, command: dict) -> None:
        """Synthesise the whole text to command["path"] (parts joined), without playing it."""
        global _current_request
        request = int(command.get("id", 0))
        _current_request = request
        target = Path(str(command.get("path", "")))
        text = _clean_text(str(command.get("text", "")))
        try:
            settings = _settings_from(command)
            if not text.strip():
                raise ValueError("there is no text to read")
            message = self.engine.apply(settings)
            if message:
                _channel.send("notice", id=request, **_told(message))
            frames = 0
            with wave.open(str(target), "wb") as out:
                for _offset, part in split_parts(text, first_limit=1500):
                    piece = self._wav()
                    self.engine.synthesize(part, piece)
                    with wave.open(str(piece), "rb") as wav:
                        if frames == 0:
                            out.setparams(wav.getparams())
                        data = wav.readframes(wav.getnframes())
                        frames += wav.getnframes()
                        rate = wav.getframerate()
                    out.writeframes(data)
                    piece.unlink()
        except Exception as error:
            _channel.send(
                "error", id=request, **_told(_Said(f"The audio could not be made: {error}.", "audio.not_made"))
            )
            return
        _channel.send("saved", id=request, path=str(target), duration=frames / rate, at=time.monotonic())

    def _fail(self, request: int, message: str) -> None:
        _channel.send("error", id=request, **_told(message))
        _channel.send("finished", id=request, completed=False, at=time.monotonic())


def _missing_player_message(player: list[str] | None, error: OSError) -> str:
    name = player[0] if player else "winsound"
    if isinstance(error, FileNotFoundError):
        linux = sys.platform.startswith("linux")
        install = "Install alsa-utils (sudo apt install alsa-utils) or set" if linux else "Set"
        return _Said(
            f"No sound could be played: the audio player “{name}” is not installed. "
            f"{install} COPROD_AUDIO_PLAYER to a player command, and start CoProd Desktop again.",
            "speech.player_missing_linux" if linux else "speech.player_missing",
            name=name,
        )
    return _Said(
        f"No sound could be played: the audio player “{name}” could not start ({error}).",
        "speech.player_not_started",
        name=name,
    )


def _unavailable_message(error: BaseException | None) -> str:
    how, reason = how_to_turn_speech_on(), how_code()
    if error is None:
        return _Said(f"Speech is off: no voices are installed. {how}", "speech.no_voices", reason=reason)
    text = str(error)
    if isinstance(error, ModuleNotFoundError) and (error.name or "").startswith("pyttsx3"):
        if error.name == "pyttsx3":
            return _Said(
                "Speech is off: the pyttsx3 package is missing. Reinstall CoProd Desktop and start it again.",
                "speech.pyttsx3_missing",
            )
        engine = error.name.rsplit(".", 1)[-1]
        return _Said(
            f"Speech is off: the speech engine {engine!r} does not exist. {how}",
            "speech.engine_unknown",
            value=engine,
            reason=reason,
        )
    if "espeak" in text.lower():
        return _Said(
            f"Speech is off: the espeak-ng speech engine is not installed on this computer. {how}",
            "speech.no_espeak",
            reason=reason,
        )
    return _Said(
        f"Speech is off: the speech engine could not start ({type(error).__name__}: {text}). {how}",
        "speech.engine_failed",
        reason=reason,
    )


def main(argv: list[str] | None = None) -> int:
    global _channel
    parser = argparse.ArgumentParser(prog="coprod_desktop.services.speech.worker")
    parser.add_argument("--player", help="player command as a JSON list; the WAV path is added at the end")
    parser.add_argument("--tmpdir", help="folder for the WAV files of each utterance")
    args = parser.parse_args(argv)
    _channel = _Channel()
    if os.name == "posix":
        signal.signal(signal.SIGTERM, _players.shutdown)
        _become_subreaper()
    commands: queue.Queue = queue.Queue()
    threading.Thread(target=_read_commands, args=(commands,), daemon=True, name="stdin").start()

    driver = os.environ.get("COPROD_SPEECH_DRIVER", "").strip() or None
    if driver == "none":
        _channel.send(
            "unavailable",
            **_told(
                _Said(
                    "Speech is switched off on this computer (COPROD_SPEECH_DRIVER is set to “none”). "
                    "Remove that setting and start CoProd Desktop again.",
                    "speech.switched_off",
                )
            ),
        )
        _players.shutdown()
    try:
        engine = _Engine(driver)
    except Exception as error:  # whatever the driver raises, it means: no speech here
        _channel.send("unavailable", **_told(_unavailable_message(error)))
        _players.shutdown()
    if not engine.voice_ids:
        _channel.send("unavailable", **_told(_unavailable_message(None)))
        _players.shutdown()

    tmpdir = Path(args.tmpdir) if args.tmpdir else Path(tempfile.gettempdir())
    player = _player_command(json.loads(args.player) if args.player else None)
    worker = _Worker(engine, player, tmpdir)
    _channel.send(
        "ready",
        voices=engine.voice_ids,
        languages=engine.voice_languages,
        driver=str(engine.driver_name),
        player=" ".join(player) if player else "winsound",
        at=time.monotonic(),
    )
    while True:
        command = commands.get()
        kind = command.get("cmd")
        if kind == "say":
            worker.say(command)
        elif kind == "save":
            worker.save(command)
        elif kind == "quit":
            _players.shutdown()  # os._exit: pyttsx3's eSpeak driver may assert when torn down normally


if __name__ == "__main__":
    sys.exit(main())
