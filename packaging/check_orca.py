#!/usr/bin/env python3
"""Hear CoProd Desktop through the real Orca screen reader: press keys, print what Orca says.

Builds the same private desktop as check_atspi.py (Xvfb, a private D-Bus session, the AT-SPI bus),
adds a window manager (openbox, so keyboard focus behaves as on a desktop), speech-dispatcher with
eSpeak NG speaking into a null sound device (no sound card is needed), and Orca writing a debug
file; then starts the app on a throw-away demo meeting, presses the keys given (with xdotool),
waiting after each until Orca has been quiet for a moment, and prints each utterance Orca spoke,
one per line, in order. tests/ui/test_screen_reader_speech.py checks that the expected lines come.

    .venv/bin/python packaging/check_orca.py -- alt+o Tab Down

Exit code 0 when it ran (whatever Orca said), 2 when it could not run (a missing package, Orca
or the app did not start). Debian packages: orca speech-dispatcher speech-dispatcher-espeak-ng
openbox xvfb xauth xdotool at-spi2-core dbus-daemon x11-utils.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_atspi import PrivateDesktop, SetupError, default_app, print_log_tails

SPOKEN = re.compile(r"^\d\d:\d\d:\d\d\.\d+ - SPEECH OUTPUT: '(.*?)'(?: voice=\S+)?\s?\{[^\n{}]*\}[ \t]*$", re.S | re.M)
QUIET = 1.2  # seconds without new speech that count as "Orca has finished"
# Orca flushes its debug file at each line only when told to (otherwise the words arrive late).
ORCA_CUSTOMISATION = """from orca import debug
if debug.debugFile:
    debug.debugFile.reconfigure(line_buffering=True)
"""


class Listener:
    """Orca with its debug file, and the speech it has written there so far."""

    def __init__(self, desktop: PrivateDesktop) -> None:
        self.desktop = desktop
        self.log = desktop.workdir / "orca-debug.out"

    def start(self, timeout: float) -> None:
        for tool, package in (("orca", "orca"), ("speech-dispatcher", "speech-dispatcher"), ("xdotool", "xdotool")):
            if shutil.which(tool) is None:
                raise SetupError(f"{tool} not found: install the Debian package {package}")
        home = Path(self.desktop.env["HOME"])
        (home / ".config/speech-dispatcher").mkdir(parents=True, exist_ok=True)
        (home / ".local/share/orca").mkdir(parents=True, exist_ok=True)
        # No sound card: eSpeak NG speaks into ALSA's null device. Without "alsa" speech-dispatcher
        # tries PulseAudio, fails, and stops answering, and then Orca hangs.
        (home / ".asoundrc").write_text("pcm.!default { type null }\nctl.!default { type hw card 0 }\n")
        (home / ".config/speech-dispatcher/speechd.conf").write_text('AudioOutputMethod "alsa"\n')
        (home / ".local/share/orca/orca-customizations.py").write_text(ORCA_CUSTOMISATION)
        env = self.desktop.env
        subprocess.run(
            ["dbus-send", "--session", "--dest=org.a11y.Bus", "/org/a11y/bus",
             "org.freedesktop.DBus.Properties.Set", "string:org.a11y.Status", "string:IsEnabled",
             "variant:boolean:true"],
            env=env, capture_output=True,
        )  # fmt: skip
        if shutil.which("gsettings"):
            subprocess.run(
                ["gsettings", "set", "org.gnome.desktop.interface", "toolkit-accessibility", "true"],
                env=env, capture_output=True,
            )  # fmt: skip
        if shutil.which("openbox"):
            self.desktop._start(["openbox"], "openbox.log")
        self.desktop._start(["speech-dispatcher", "-s", "-t", "0"], "speech-dispatcher.log")
        socket = Path(env["XDG_RUNTIME_DIR"]) / "speech-dispatcher" / "speechd.sock"
        _wait(lambda: socket.exists(), timeout, "speech-dispatcher did not start (see speech-dispatcher.log)")
        self.desktop._start(["orca", "--replace", f"--debug-file={self.log}"], "orca.log")
        _wait(lambda: "Screen reader on" in " ".join(self.said()), timeout, "Orca did not start (see orca.log)")

    def said(self) -> list[str]:
        """Every utterance so far, oldest first, with its spaces tidied."""
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return []
        return [" ".join(u.split()) for u in SPOKEN.findall(text) if u.strip()]

    def wait_until_quiet(self, timeout: float) -> None:
        """Until Orca has said nothing new for QUIET seconds (or *timeout* has passed)."""
        deadline = time.monotonic() + timeout
        count, since = len(self.said()), time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.2)
            now = len(self.said())
            if now != count:
                count, since = now, time.monotonic()
            elif time.monotonic() - since >= QUIET:
                return


def _wait(probe, timeout: float, problem: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if probe():
            return
        time.sleep(0.1)
    raise SetupError(problem)


def run(args: argparse.Namespace, desktop: PrivateDesktop) -> list[str]:
    listener = Listener(desktop)
    listener.start(args.timeout)
    db = desktop.workdir / "hear.db"
    made = subprocess.run([args.app, "demo", "--db", str(db)], env=desktop.env, capture_output=True, text=True)
    if made.returncode != 0:
        raise SetupError(f"could not make the demo meeting: {made.stderr.strip()}")
    before = len(listener.said())
    app_env = dict(desktop.env, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb")
    log = open(desktop.workdir / "app.log", "wb")
    proc = subprocess.Popen([args.app, "--db", str(db)], env=app_env, stdout=log, stderr=log, start_new_session=True)
    desktop.procs.append(proc)
    _wait(lambda: len(listener.said()) > before, args.timeout, "Orca said nothing of the app (see app.log)")
    listener.wait_until_quiet(args.timeout)
    for key in args.keys:
        if key.startswith("type:"):
            subprocess.run(["xdotool", "type", "--delay", "60", key[5:]], env=desktop.env, check=True)
        else:
            subprocess.run(["xdotool", "key", key], env=desktop.env, check=True)
        listener.wait_until_quiet(args.timeout)
        if proc.poll() is not None:
            raise SetupError(f"the app exited with code {proc.returncode} (see app.log)")
    return listener.said()[before:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", default=None, help="the coprod-desktop command (default: the one next to this Python)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for each step (default 30)")
    parser.add_argument("--size", default="1366x768", help="virtual screen size (default 1366x768)")
    parser.add_argument("keys", nargs="*", help='xdotool key names, e.g. alt+o Tab; "type:hello" types text')
    args = parser.parse_args(argv)
    args.app = args.app or default_app()
    if not args.app:
        print("check_orca: coprod-desktop not found; give it with --app", file=sys.stderr)
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="coprod-orca-"))
    desktop = PrivateDesktop(workdir, args.size)
    try:
        desktop.start()
        for line in run(args, desktop):
            print(line)
        code = 0
    except SetupError as problem:
        print(f"check_orca: {problem}", file=sys.stderr)
        print_log_tails(workdir)
        code = 2
    finally:
        desktop.close()
        shutil.rmtree(workdir, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
