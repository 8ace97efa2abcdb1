"""The guard against the Qt for Python release that loses references to None, True and False."""

import subprocess
import sys
import textwrap


def run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )


# More calls than None, True or False hold references at start-up.
LOOP = """
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QListWidget

    class Switch(QObject):
        toggled = Signal(bool)

    app = QApplication([])
    grid = QListWidget()
    switch = Switch()
    switch.toggled.connect(lambda on: None)
    for n in range(300_000):
        grid.setToolTip("x")
        switch.toggled.emit(n % 2 == 0)
    print("still running")
"""


def test_many_qt_calls_do_not_abort_the_app_once_the_ui_package_is_loaded():
    result = run("import coprod_desktop.ui\n" + textwrap.dedent(LOOP))
    assert result.returncode == 0, result.stderr[-500:]
    assert "still running" in result.stdout


def test_the_guard_is_applied_exactly_where_the_fault_is_measured():
    result = run(
        """
        import sys
        from PySide6.QtCore import QObject, Signal
        from coprod_desktop.ui import PROTECTED

        class Probe(QObject):
            flag = Signal(bool)

        probe = Probe()
        probe.flag.connect(lambda on: None)
        lost = []
        before = sys.getrefcount(None)
        probe.setObjectName("x")
        if sys.getrefcount(None) < before:
            lost.append("None")
        for value in (False, True):
            before = sys.getrefcount(value)
            probe.flag.emit(value)
            if sys.getrefcount(value) < before:
                lost.append(str(value))
        faulty = bool(lost) and sys.version_info < (3, 12)
        expected = ["False", "None", "True"] if faulty else []
        print(PROTECTED == expected, PROTECTED)
        """
    )
    assert result.stdout.startswith("True"), result.stdout + result.stderr[-500:]
