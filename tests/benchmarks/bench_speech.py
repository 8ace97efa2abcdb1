"""Benchmark: a speak request to the first audio sample, warm and cold, next to espeak-ng's command line.

"First audio sample" is the moment the player process has been started with the synthesised audio
(the "audio-started" event's time, taken in the worker right after the player was spawned). Also
reported, for information: the moment the player first reads the audio file (seen through inotify's
IN_ACCESS on the worker's audio folder, Linux only), i.e. the player has started up and is
consuming the file.

- warm: say() on a ProcessSpeech whose worker (and standby) are loaded; time from the call to audio-started.
- warm after stop: say() straight after stop() ended a speaking worker (served by the promoted standby).
- cold: from creating ProcessSpeech, start() and say() with no worker running, to audio-started.
- baselines, same text, same run, interleaved: `espeak-ng --stdout TEXT` from spawn to the first
  byte of audio on its stdout, and `espeak-ng -w FILE TEXT` from spawn to exit.
- for information: warm with a long text (about 1,500 characters), which is spoken in parts.

There is no sound card here: the player is `aplay -q -D null` (ALSA's null device).
Targets: warm median < 150 ms, cold median < 400 ms. Exit code 0 when both are met, 1 otherwise.

    python tests/benchmarks/bench_speech.py [--runs 30] [--warmups 3]
"""

import argparse
import ctypes
import os
import queue
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _bench_common import describe_machine, print_table, verdict

from coprod_desktop.services.speech.client import ProcessSpeech, SpeechEvent
from coprod_desktop.services.speech.settings import VoiceSettings

TEXT = "What is good about the day centre? Tell us one thing that made you smile this week."
LONG_TEXT = (
    "I have been coming to the day centre for about three years now, and the thing I like most is the people. "
    "The staff always say hello and they remember what I told them last week. "
)
LONG_TEXT = (LONG_TEXT * 9)[:1500]
PLAYER = ["aplay", "-q", "-D", "null"]
WARM_TARGET_MS, COLD_TARGET_MS = 150.0, 400.0
TIMEOUT_S = 30.0


class Events:
    """Collects a client's events; wait for one by kind and request."""

    def __init__(self) -> None:
        self.queue: queue.Queue[SpeechEvent] = queue.Queue()

    def __call__(self, event: SpeechEvent) -> None:
        self.queue.put(event)

    def wait(self, kind: str, request: int = 0) -> SpeechEvent:
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            event = self.queue.get(timeout=max(0.01, deadline - time.monotonic()))
            if event.kind == "unavailable" or (event.kind == "error" and event.request_id == request):
                raise RuntimeError(f"speech failed: {event.message}")
            if event.kind == kind and (not request or event.request_id == request):
                return event


class FileReads:
    """Times (time.monotonic) of reads of files in watched folders, via inotify (Linux; else nothing)."""

    IN_ACCESS, IN_NONBLOCK = 0x1, 0o4000

    def __init__(self) -> None:
        self.reads: list[tuple[float, str]] = []
        self._watched: set[str] = set()
        self._libc = None
        self._fd = -1
        if sys.platform.startswith("linux"):
            self._libc = ctypes.CDLL(None, use_errno=True)
            self._fd = self._libc.inotify_init1(self.IN_NONBLOCK)
            threading.Thread(target=self._read, daemon=True).start()

    def watch(self, folder: Path) -> None:
        if self._fd < 0 or str(folder) in self._watched or not folder.is_dir():
            return
        self._libc.inotify_add_watch(self._fd, str(folder).encode(), self.IN_ACCESS)
        self._watched.add(str(folder))

    def first_after(self, moment: float) -> float | None:
        later = [at for at, _ in list(self.reads) if at >= moment]
        return min(later) if later else None

    def _read(self) -> None:
        while True:
            select.select([self._fd], [], [])
            now = time.monotonic()
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                continue
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = struct.unpack_from("iIII", data, offset)
                name = data[offset + 16 : offset + 16 + length].rstrip(b"\0").decode()
                self.reads.append((now, name))
                offset += 16 + length


def watch_workers(reads: FileReads, client: ProcessSpeech) -> None:
    for folder in client.temp_dir.glob("worker-*"):
        reads.watch(folder)


def warm_once(client: ProcessSpeech, events: Events, reads: FileReads, text: str) -> tuple[float, float | None]:
    watch_workers(reads, client)
    start = time.monotonic()
    request = client.say(text, VoiceSettings())
    started = events.wait("audio-started", request)
    events.wait("finished", request)
    first_read = reads.first_after(started.at)
    return (started.at - start) * 1000, (first_read - start) * 1000 if first_read else None


def warm_after_stop_once(client: ProcessSpeech, events: Events) -> float:
    """stop() a request while it is being synthesised/played, then time the next say()."""
    wait_for_standby(client)
    first = client.say(LONG_TEXT, VoiceSettings())
    events.wait("audio-started", first)
    client.stop()
    start = time.monotonic()
    request = client.say(TEXT, VoiceSettings())
    started = events.wait("audio-started", request)
    events.wait("finished", request)
    return (started.at - start) * 1000


def wait_for_standby(client: ProcessSpeech) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not (client.warm and client.standby_warm):
        if time.monotonic() > deadline:
            raise RuntimeError("the standby worker did not get ready")
        time.sleep(0.005)


def cold_once() -> float:
    events = Events()
    start = time.monotonic()
    client = ProcessSpeech(events, player=PLAYER)
    client.start()
    request = client.say(TEXT, VoiceSettings())
    try:
        started = events.wait("audio-started", request)
        events.wait("finished", request)
    finally:
        client.close()
    return (started.at - start) * 1000


def espeak_first_byte(text: str) -> float:
    start = time.monotonic()
    process = subprocess.Popen(["espeak-ng", "--stdout", text], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    first = process.stdout.read(1)
    elapsed = (time.monotonic() - start) * 1000
    process.stdout.read()
    process.wait()
    if not first:
        raise RuntimeError("espeak-ng --stdout gave no audio")
    return elapsed


def espeak_to_file(text: str, folder: Path) -> float:
    start = time.monotonic()
    subprocess.run(["espeak-ng", "-w", str(folder / "baseline.wav"), text], check=True, stderr=subprocess.DEVNULL)
    return (time.monotonic() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=30, help="measured runs of each kind (default 30)")
    parser.add_argument("--warmups", type=int, default=3, help="warm-up runs of each kind, not counted (default 3)")
    args = parser.parse_args()
    if args.runs < 1 or args.warmups < 0:
        parser.error("--runs must be at least 1 and --warmups at least 0")
    if not shutil.which("espeak-ng") or not shutil.which("aplay"):
        print("espeak-ng and aplay are needed for this benchmark")
        return 1

    with tempfile.TemporaryDirectory(prefix="coprod-bench-speech-") as tmp:
        folder = Path(tmp)
        # Workers compile their modules once, as an installed app has .pyc files (see bench_startup.py).
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        print("Speech: say() -> the player started with the synthesised audio (pyttsx3 + espeak-ng, aplay -D null)")
        print(describe_machine(folder))
        print(f"text ({len(TEXT)} characters): {TEXT!r}")

        reads = FileReads()
        events = Events()
        client = ProcessSpeech(events, player=PLAYER)
        client.start()
        events.wait("ready")
        wait_for_standby(client)

        for _ in range(args.warmups):
            cold_once()
            warm_once(client, events, reads, TEXT)
            espeak_first_byte(TEXT)
            espeak_to_file(TEXT, folder)

        series: dict[str, list[float]] = {
            "warm": [],
            "warm, player reading the file": [],
            "warm after stop()": [],
            "cold": [],
            "espeak-ng --stdout, first byte": [],
            "espeak-ng -w FILE, total": [],
            "warm, 1,500-character text": [],
        }
        for i in range(args.runs):
            steps = [
                lambda: series["cold"].append(cold_once()),
                lambda: series["espeak-ng --stdout, first byte"].append(espeak_first_byte(TEXT)),
                lambda: series["espeak-ng -w FILE, total"].append(espeak_to_file(TEXT, folder)),
                lambda: series["warm after stop()"].append(warm_after_stop_once(client, events)),
            ]
            for step in steps if i % 2 == 0 else reversed(steps):
                wait_for_standby(client)
                step()
            wait_for_standby(client)
            warm, read = warm_once(client, events, reads, TEXT)
            series["warm"].append(warm)
            if read is not None:
                series["warm, player reading the file"].append(read)
            series["warm, 1,500-character text"].append(warm_once(client, events, reads, LONG_TEXT)[0])
        client.close()

    results = print_table(
        f"say() to first audio sample, {args.runs} runs each, interleaved",
        [(name, values) for name, values in series.items() if values],
    )
    cli = results["espeak-ng --stdout, first byte"]["median"]
    to_file = results["espeak-ng -w FILE, total"]["median"]
    warm, cold = results["warm"]["median"], results["cold"]["median"]
    print("\nratios of medians")
    print(f"  warm / espeak-ng --stdout first byte : {warm / cli:5.2f}")
    print(f"  cold / espeak-ng --stdout first byte : {cold / cli:5.2f}")
    print(f"  warm / espeak-ng -w total            : {warm / to_file:5.2f}")
    print(f"  cold / espeak-ng -w total            : {cold / to_file:5.2f}")
    ok = warm < WARM_TARGET_MS and cold < COLD_TARGET_MS
    return verdict(
        ok,
        f"warm median {warm:.1f} ms (target < {WARM_TARGET_MS:.0f}), cold median {cold:.1f} ms "
        f"(target < {COLD_TARGET_MS:.0f})",
    )


if __name__ == "__main__":
    sys.exit(main())
