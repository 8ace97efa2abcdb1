"""Presenting with a laptop and a projector (issue 10): the display fills the projector and the
console stays on the laptop; the chosen screen is remembered; a projector unplugged while
presenting is survived (the display folds onto the laptop) and plugged in again is used again.

Qt's offscreen platform takes its screens from a file (QT_QPA_PLATFORM=offscreen:configfile=...),
read once when the application starts, so each case runs the real window in a child Python
process (this file, run as a script) that prints what it saw as JSON. Unplugging is done as the
platform itself does it: its setConfiguration() (reached through Qt's native interface, which
PySide6 does not wrap, hence ctypes) removes the screen and Qt announces screenRemoved.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SHOTS = Path(__file__).resolve().parents[1] / "output" / "presenting"
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}
PROJECTOR = {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}
ROOT = Path(__file__).resolve().parents[2]


def run(tmp_path: Path, screens: list[dict], *steps: str) -> list[dict]:
    """Run the real window in a child process on *screens*; one report per step, in order."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, __file__, str(tmp_path), *steps],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    reports: list[dict] = []
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            seen = json.loads(line)
            if ("shot" in seen or "screen_choices" in seen) and reports:  # goes with the report before it
                reports[-1].update(seen)
            else:
                reports.append(seen)
    return reports


def test_the_display_fills_the_projector_and_the_console_stays_on_the_laptop(tmp_path):
    (seen,) = run(tmp_path, [LAPTOP, PROJECTOR], "present", "shot:display-projector-1920x1080")
    assert seen["screens"] == ["laptop", "projector"]
    assert seen["display"] == {
        "screen": "projector",
        "geometry": [1366, 0, 1920, 1080],
        "full_screen": True,
        "visible": True,
        "prompt": seen["prompt"],
        "takes_focus": False,  # not even when clicked: the facilitator goes on typing
    }
    assert seen["prompt"]  # the meeting's first prompt is on the projector
    assert seen["console"]["screen"] == "laptop"
    assert seen["console"]["active"]  # the facilitator goes on typing on the laptop
    assert not seen["folded"]
    assert seen["status"] == "The room display is showing on projector."
    assert seen["shot"] == [1920, 1080]


def test_display_and_access_lists_the_screens_by_number_name_and_size(tmp_path):
    (seen,) = run(tmp_path, [LAPTOP, PROJECTOR], "present", "dialog:access-room-display-two-screens")
    assert seen["screen_choices"] == ["Choose for me", "Screen 1: laptop 1366 × 768", "Screen 2: projector 1920 × 1080"]


def test_the_displays_own_colours_and_text_size_on_the_projector(tmp_path):
    _, dark = run(tmp_path, [LAPTOP, PROJECTOR], "present", "look:high_contrast_dark:200", "shot:display-dark-200")
    assert dark["display"]["screen"] == "projector" and dark["shot"] == [1920, 1080]


def test_the_chosen_screen_is_remembered_and_used_next_time(tmp_path):
    first, chosen = run(tmp_path, [LAPTOP, PROJECTOR], "present", "choose:laptop")
    assert first["display"]["screen"] == "projector"
    # Chosen in Display and access while presenting: the display moves at once, onto the laptop,
    # where it covers the console.
    assert chosen["display"]["screen"] == "laptop" and chosen["display"]["geometry"] == [0, 0, 1366, 768]
    assert chosen["folded"] and chosen["display_active"] and chosen["display"]["takes_focus"]
    assert chosen["saved_screen"] == "laptop"
    (next_time,) = run(tmp_path, [LAPTOP, PROJECTOR], "present")  # a new start, the same laptop's settings
    assert next_time["saved_screen"] == "laptop"
    assert next_time["display"]["screen"] == "laptop" and next_time["folded"]


def test_one_screen_the_display_covers_the_laptop_and_a_remembered_projector_that_is_gone_is_not_needed(tmp_path):
    run(tmp_path, [LAPTOP, PROJECTOR], "present", "choose:projector")
    (seen,) = run(tmp_path, [LAPTOP], "present", "shot:display-laptop-1366x768")
    assert seen["saved_screen"] == "projector"
    assert seen["display"]["screen"] == "laptop"
    assert seen["display"]["geometry"] == [0, 0, 1366, 768] and seen["display"]["full_screen"]
    assert seen["folded"] and seen["display_active"]
    assert seen["shot"] == [1366, 768]


def test_a_mirrored_projector_counts_as_one_screen(tmp_path):
    mirror = dict(PROJECTOR, x=0, width=1366, height=768)
    (seen,) = run(tmp_path, [LAPTOP, mirror], "present")
    assert seen["folded"]
    assert seen["display"]["geometry"] == [0, 0, 1366, 768]


def test_unplugging_the_projector_while_presenting_folds_the_display_onto_the_laptop(tmp_path):
    before, unplugged, plugged_in = run(tmp_path, [LAPTOP, PROJECTOR], "present", "screens:laptop", "screens:both")
    assert before["display"]["screen"] == "projector"
    assert unplugged["screens"] == ["laptop"]
    assert unplugged["presenting"] and unplugged["display"]["visible"]
    assert unplugged["display"]["screen"] == "laptop" and unplugged["display"]["geometry"] == [0, 0, 1366, 768]
    assert unplugged["folded"]
    assert unplugged["status"] == "The room display covers this screen. Escape brings the console back."
    assert plugged_in["screens"] == ["laptop", "projector"]
    assert plugged_in["display"]["screen"] == "projector" and not plugged_in["folded"]
    assert plugged_in["console"]["active"] and not plugged_in["display"]["takes_focus"]


# --- the child process ----------------------------------------------------------------------------


def _set_screens(screens: list[dict]) -> None:
    """Plug screens in and out as the offscreen platform does (QOffscreenIntegration::setConfiguration)."""
    import ctypes

    import PySide6
    import shiboken6
    from PySide6.QtCore import QByteArray

    lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    gui, core = ctypes.CDLL(str(lib / "libQt6Gui.so.6")), ctypes.CDLL(str(lib / "libQt6Core.so.6"))
    native = gui._ZN15QGuiApplication23platformNativeInterfaceEv
    native.restype = ctypes.c_void_p
    interface = native()
    # QPlatformNativeInterface::nativeResourceForIntegration: the first virtual after QObject's 12.
    vtable = ctypes.c_void_p.from_address(interface).value
    slot = ctypes.c_void_p.from_address(vtable + 12 * ctypes.sizeof(ctypes.c_void_p)).value
    resource = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(slot)
    name = QByteArray(b"setConfiguration")
    set_configuration = resource(interface, shiboken6.getCppPointer(name)[0])
    assert set_configuration, "the offscreen platform's setConfiguration was not found"
    text = QByteArray(json.dumps({"screens": screens}).encode())
    document, config = ctypes.create_string_buffer(64), ctypes.create_string_buffer(64)
    from_json = core._ZN13QJsonDocument8fromJsonERK10QByteArrayP15QJsonParseError
    from_json.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    to_object = core._ZNK13QJsonDocument6objectEv
    to_object.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    from_json(ctypes.addressof(document), shiboken6.getCppPointer(text)[0], None)
    to_object(ctypes.addressof(config), ctypes.addressof(document))
    ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(set_configuration)(ctypes.addressof(config), interface)


def _child(folder: Path, steps: list[str]) -> None:
    from dataclasses import replace

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from coprod_desktop.app.opening import open_for_writing
    from coprod_desktop.services.demo import create_demo_meeting
    from coprod_desktop.ui.app import build_main_window, prepare_application
    from coprod_desktop.ui.platform.settings import SettingsStore
    from coprod_desktop.ui.platform.speech_engines import FakeEngine
    from coprod_desktop.ui.platform.speech_service import SpeechService

    app = QApplication([])
    store = open_for_writing(folder / "meetings.db")
    meeting = create_demo_meeting(store)
    settings = SettingsStore(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    prepare_application(app, settings)
    speech = SpeechService(FakeEngine())
    speech.start()
    window = build_main_window(store, app, speech, settings)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    window.show_room(meeting.id)

    def settle() -> None:
        for _ in range(10):
            QTest.qWait(20)

    def geometry(widget) -> list[int]:
        g = widget.geometry()
        return [g.x(), g.y(), g.width(), g.height()]

    def report(**extra) -> None:
        shown = window.presenter.window
        display = None
        if shown is not None:
            display = {
                "screen": shown.screen().name(),
                "geometry": geometry(shown),
                "full_screen": shown.isFullScreen(),
                "visible": shown.isVisible(),
                "prompt": shown.display.content.prompt_text,
                "takes_focus": not shown.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus,
            }
        seen = {
            "screens": [s.name() for s in app.screens()],
            "presenting": window.presenter.is_presenting,
            "folded": window.presenter.folded,
            "display": display,
            "prompt": window.room.session.prompt.text,
            "console": {"screen": window.screen().name(), "active": app.activeWindow() is window},
            "display_active": shown is not None and app.activeWindow() is shown,
            "saved_screen": settings.load().display_screen,
            "status": window.statusBar().currentMessage(),
            **extra,
        }
        print(json.dumps(seen), flush=True)

    for step in steps:
        if step == "present":
            window.present()
            settle()
            report()
        elif step.startswith("choose:"):
            window.apply_settings(replace(settings.load(), display_screen=step.split(":", 1)[1]))
            settle()
            report()
        elif step.startswith("screens:"):
            wanted = {"laptop": [LAPTOP], "both": [LAPTOP, PROJECTOR]}[step.split(":", 1)[1]]
            _set_screens(wanted)
            settle()
            report()
        elif step.startswith("look:"):  # the display's own colours and text size, e.g. look:cream:200
            _, theme, percent = step.split(":")
            window.apply_settings(replace(settings.load(), display_theme=theme, display_text_scale=int(percent)))
            settle()
            report()
        elif step.startswith("dialog:"):  # Display and access, its Room display group, with the screens listed
            from coprod_desktop.ui.dialogs.access_dialog import AccessDialog

            dialog = AccessDialog(settings.load(), window)
            dialog.show()
            QTest.qWaitForWindowExposed(dialog)
            combo = dialog.display_screen
            items = [combo.itemText(i) for i in range(combo.count())]
            combo.setCurrentIndex(2)
            SHOTS.mkdir(parents=True, exist_ok=True)
            assert dialog.display_box.grab().save(str(SHOTS / f"{step.split(':', 1)[1]}.png"))
            dialog.reject()
            print(json.dumps({"screen_choices": items}), flush=True)
        elif step.startswith("shot:"):
            SHOTS.mkdir(parents=True, exist_ok=True)
            image = window.presenter.window.grab().toImage()
            assert image.save(str(SHOTS / f"{step.split(':', 1)[1]}.png"))
            print(json.dumps({"shot": [image.width(), image.height()]}), flush=True)
    window.stop_presenting()
    window.tasks.wait(10000)
    window.close()
    store.close()


if __name__ == "__main__":
    _child(Path(sys.argv[1]), sys.argv[2:])
