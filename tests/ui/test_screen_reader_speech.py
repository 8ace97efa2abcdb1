"""What a blind facilitator hears, from the real Orca screen reader: packaging/check_orca.py runs
the installed app under Orca on a private desktop, presses keys and prints what Orca says.

The expected lines must come, in order: the room and the prompt on opening, each contribution on
the wall with its credit, whose turn it is, and "saved" after Save. Orca's wording varies a little
between runs, so lines are looked for, not the whole transcript.

Needs the Debian packages the README lists (orca, speech-dispatcher, openbox, xdotool, ...):
without them the check cannot run, and that is a failure, not a skip.
"""

import subprocess
import sys
from pathlib import Path

from coprod_desktop.services.demo import DEMO_TITLE

REPO = Path(__file__).resolve().parents[2]


def _heard(*keys: str) -> list[str]:
    app = Path(sys.executable).parent / "coprod-desktop"
    assert app.exists(), "the app is not installed in this environment (pip install -e .)"
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "check_orca.py"), "--app", str(app), "--", *keys],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout.splitlines()


def _in_order(lines: list[str], *expected: str) -> None:
    """Each expected piece of text is in a line after the line that held the one before."""
    at = 0
    for text in expected:
        found = next((i for i in range(at, len(lines)) if text in lines[i]), None)
        assert found is not None, f"{text!r} was not said after line {at}:\n" + "\n".join(lines)
        at = found + 1


def test_orca_says_the_room_each_credited_contribution_the_turn_and_saved():
    # Open the room, Tab to the wall (its newest contribution), Up to the one before, give Sam the
    # turn, type in the words box and save.
    lines = _heard("alt+o", "Tab", "Up", "alt+1", "alt+w", "type:hello", "ctrl+Return")
    _in_order(
        lines,
        f"The room: {DEMO_TITLE}",
        "said:",  # the newest contribution on the wall, with its credit
        "said:",  # the one before it
        "Sam is speaking.",
        "Saved what Sam said.",
    )
    opened = next(line for line in lines if "The room:" in line)
    assert "Prompt 1 of 3" in opened
    credits = [line for line in lines if " said: " in line and "Saved" not in line]
    assert len(credits) >= 2 and credits[0] != credits[1]
