"""Speech saved as a WAV file, e.g. a person's take-home summary to listen to at home.

A one-shot worker process (worker.py) synthesises the text into a private temporary folder; the
finished file is then copied into a hidden file beside the target and moved into place with
os.replace, so the target is either the complete new file or untouched. The hidden file is made
(mode 0600: the recording is the person's own words) before the speech is, so a folder that
cannot be written is found at once rather than after the seconds the speech takes; nothing
temporary is left behind, however the job ends.
"""

import contextlib
import errno
import json
import os
import queue
import secrets
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...domain.messages import os_reason
from .client import end_worker, spawn_worker, worker_command
from .settings import SpeechFailed, SpeechUnavailable, VoiceFallback, VoiceSettings

_O_BINARY = getattr(os, "O_BINARY", 0)


class AudioNotSaved(SpeechFailed, OSError):
    """The sound file was made but could not be written ("audio.not_saved", with the reason).

    An OSError too: errno and strerror are the failure's, filename is the file asked for (never
    the hidden one it was staged in).
    """

    def __init__(self, path: Path, cause: OSError) -> None:
        SpeechFailed.__init__(self, "audio.not_saved", file=path.name, reason=os_reason(cause))
        self.errno, self.strerror, self.filename = cause.errno, cause.strerror, str(path)


def save_speech(
    text: str,
    path: Path,
    settings: VoiceSettings,
    *,
    timeout: float = 120,
    on_notice: Callable[[VoiceFallback], None] | None = None,
) -> Path:
    """Synthesise *text* to a WAV file at *path* (mode 0600) and return the path.

    Raises SpeechUnavailable (no engine; the message says how to turn speech on), SpeechFailed
    (no text, no such folder, the engine failed or took longer than *timeout* seconds), or its
    AudioNotSaved (the file cannot be written: an OSError too).
    A voice fallback is not an error: the nearest voice is used and *on_notice* gets what to say, a
    VoiceFallback with a code (e.g. "speech.language_voice_missing", language="Somali"), for describe().
    """
    path = Path(path)
    if not text or not text.strip():
        raise SpeechFailed("audio.no_text")
    if not path.parent.is_dir():
        raise SpeechFailed("file.no_folder", folder=str(path.parent))
    if path.is_dir():  # said now, not after the seconds the speech takes
        raise AudioNotSaved(path, IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)))
    staging = path.with_name(f".{path.name[:50]}.{secrets.token_hex(4)}.part")
    try:
        fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o600)
    except OSError as error:
        raise AudioNotSaved(path, error) from error
    try:
        with os.fdopen(fd, "wb") as out, tempfile.TemporaryDirectory(prefix="coprod-speech-save-") as folder:
            made = Path(folder) / "speech.wav"
            _synthesise(text, made, settings, timeout, Path(folder), on_notice)
            with made.open("rb") as source:
                shutil.copyfileobj(source, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(staging, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            staging.unlink()
        if isinstance(error, SpeechFailed):
            raise
        raise AudioNotSaved(path, error) from error
    except BaseException:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise
    return path


def _synthesise(
    text: str,
    target: Path,
    settings: VoiceSettings,
    timeout: float,
    folder: Path,
    on_notice: Callable[[VoiceFallback], None] | None,
) -> None:
    try:
        process = spawn_worker(worker_command(tmpdir=folder))
    except OSError as error:
        raise SpeechUnavailable("speech.helper_failed") from error
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
                raise SpeechFailed("audio.too_slow") from None
            if answer is None:
                raise SpeechFailed("audio.helper_stopped")
            kind = answer.get("event")
            if kind == "unavailable":
                # Said from the helper's code and params; its "message" is English, for a log.
                code, params = _told(answer)
                raise SpeechUnavailable(code, **params)
            if kind == "error":
                # The engine's own words are English and technical: kept as detail, for a log.
                raise SpeechFailed("audio.not_made", detail=str(answer.get("message")))
            if kind == "notice" and on_notice is not None:
                code, params = _told(answer)
                on_notice(VoiceFallback(code, **params))
            if kind == "saved":
                return
    except OSError as error:  # a broken pipe: the helper has gone
        raise SpeechFailed("audio.helper_stopped") from error
    finally:
        with contextlib.suppress(OSError):
            process.stdin.close()  # the worker leaves when its input closes
        end_worker(process, grace=1.0)
        reader.join(2)
        with contextlib.suppress(OSError):
            process.stdout.close()


def _told(answer: dict) -> tuple[str | None, dict[str, Any]]:
    """The code and params of the sentence a helper's answer tells a person (None: the default code)."""
    code, params = answer.get("code"), answer.get("params")
    return (code if isinstance(code, str) and code else None), (params if isinstance(params, dict) else {})
