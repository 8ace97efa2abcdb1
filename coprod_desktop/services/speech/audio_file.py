"""Speech saved as a WAV file, e.g. a person's take-home summary to listen to at home.

A one-shot worker process (worker.py) synthesises the text into a private temporary folder; the
finished file is then copied next to the target and moved into place with os.replace, so the target
is either the complete new file or untouched.
"""

import contextlib
import json
import os
import queue
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from .client import end_worker, spawn_worker, worker_command
from .settings import SpeechFailed, SpeechUnavailable, VoiceSettings


def save_speech(
    text: str,
    path: Path,
    settings: VoiceSettings,
    *,
    timeout: float = 120,
    on_notice: Callable[[str], None] | None = None,
) -> Path:
    """Synthesise *text* to a WAV file at *path* and return the path.

    Raises SpeechUnavailable (no engine; the message says how to turn speech on) or SpeechFailed
    (the engine is there but this failed, or took longer than *timeout* seconds), both with plain
    messages. A voice fallback is not an error: the nearest voice is used and *on_notice* gets the
    plain message (e.g. "No Somali voice is installed; reading in English instead.").
    """
    path = Path(path)
    if not text or not text.strip():
        raise SpeechFailed("There is no text to save as audio.")
    if not path.parent.is_dir():
        raise SpeechFailed(f"The folder {path.parent} does not exist.")
    with tempfile.TemporaryDirectory(prefix="coprod-speech-save-") as folder:
        made = Path(folder) / "speech.wav"
        _synthesise(text, made, settings, timeout, Path(folder), on_notice)
        staging = path.with_name(f".{path.name}.{os.getpid()}.part")
        try:
            shutil.copyfile(made, staging)
            os.replace(staging, path)
        except OSError as error:
            with contextlib.suppress(OSError):
                staging.unlink()
            raise SpeechFailed(f"The audio file could not be saved: {error.strerror or error}.") from error
    return path


def _synthesise(
    text: str,
    target: Path,
    settings: VoiceSettings,
    timeout: float,
    folder: Path,
    on_notice: Callable[[str], None] | None,
) -> None:
    try:
        process = spawn_worker(worker_command(tmpdir=folder))
    except OSError as error:
        raise SpeechUnavailable(f"Speech is off: the speech helper could not start ({error}).") from error
    answers: queue.Queue = queue.Queue()

    def read() -> None:
        for raw in process.stdout:
            with contextlib.suppress(ValueError):
                answers.put(json.loads(raw))
        answers.put(None)

    reader = threading.Thread(target=read, name="speech-save-reader", daemon=True)
    reader.start()
    command = {
        "cmd": "save",
        "id": 1,
        "text": text,
        "path": str(target),
        "language": settings.language,
        "voice": settings.voice,
        "rate": settings.rate,
        "volume": settings.volume,
    }
    try:
        process.stdin.write((json.dumps(command, ensure_ascii=True) + "\n").encode("ascii"))
        process.stdin.flush()
        while True:
            try:
                answer = answers.get(timeout=timeout)
            except queue.Empty:
                raise SpeechFailed("Making the audio took too long, so it was stopped.") from None
            if answer is None:
                raise SpeechFailed("The speech helper stopped before the audio was made.")
            kind = answer.get("event")
            if kind == "unavailable":
                raise SpeechUnavailable(str(answer.get("message")))
            if kind == "error":
                raise SpeechFailed(str(answer.get("message")))
            if kind == "notice" and on_notice is not None:
                on_notice(str(answer.get("message")))
            if kind == "saved":
                return
    except (BrokenPipeError, OSError) as error:
        raise SpeechFailed(f"The speech helper stopped before the audio was made ({error}).") from error
    finally:
        with contextlib.suppress(OSError):
            process.stdin.close()  # the worker leaves when its input closes
        end_worker(process, grace=1.0)
        reader.join(2)
        with contextlib.suppress(OSError):
            process.stdout.close()
