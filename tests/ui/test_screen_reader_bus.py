"""Through the real AT-SPI bus (what Orca reads from): every control on every screen, and every
stop of the Tab order, has a name. Runs packaging/check_atspi.py, which builds a private desktop
(Xvfb, D-Bus, the AT-SPI registry), starts the installed app on a demo meeting and walks it.

Needs the Debian packages the README lists (at-spi2-core, python3-pyatspi, ...): without them the
check cannot run, and that is a failure, not a skip.
"""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_control_and_tab_stop_is_named_on_the_accessibility_bus():
    app = Path(sys.executable).parent / "coprod-desktop"
    assert app.exists(), "the app is not installed in this environment (pip install -e .)"
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "check_atspi.py"), "--app", str(app)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = result.stdout[-6000:] + result.stderr[-3000:]
    assert result.returncode == 0, report
    for screen in ("Meetings", "Room"):
        assert screen.lower() in result.stdout.lower(), report
