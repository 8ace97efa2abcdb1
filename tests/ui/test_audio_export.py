"""A person's own words saved as a WAV, made by the real speech engine off the GUI thread."""

import os
import shutil
import stat
import wave

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coprod_desktop.services.demo import create_demo_meeting

if not shutil.which("espeak-ng") and not os.environ.get("CI"):
    pytest.skip("espeak-ng is not installed here (on CI this is a failure, not a skip)", allow_module_level=True)


def test_their_words_as_audio_from_set_up(qtbot, window, app_store, tmp_path, monkeypatch):
    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id)
    window.setup.tabs.setCurrentIndex(1)
    people = window.setup.people
    people.list.setCurrentRow(4)  # Dot
    out = tmp_path / "dot.wav"
    asked = []

    def save_dialog(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(out), filters

    # The file dialog is the one part not driven here: it answers with our path.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    with qtbot.waitSignal(window.audio.finished, timeout=60000) as done:
        qtbot.mouseClick(people.audio_button, Qt.MouseButton.LeftButton)
    assert done.args == [out]
    assert asked and asked[0].endswith("Dot - Our day centre what works, what could be better.wav")
    with wave.open(str(out)) as wav:
        seconds = wav.getnframes() / wav.getframerate()
    assert seconds > 8  # title, date, both things Dot said, and the thanks
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # their words: readable by the owner only
    assert [p.name for p in tmp_path.iterdir() if p.name != "meetings.db" and not p.name.startswith("meetings.db")] == [
        "dot.wav"
    ]
    assert "Sound file saved" in window.statusBar().currentMessage()


def shown_warning(window) -> QMessageBox:
    [box] = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    return box


def test_speech_switched_off_is_said_plainly_and_nothing_is_saved(qtbot, window, app_store, tmp_path, monkeypatch):
    meeting = create_demo_meeting(app_store)
    dot = app_store.people.attendees(meeting.id)[4]
    monkeypatch.setenv("COPROD_SPEECH_DRIVER", "none")  # the speech helper finds no engine
    out = tmp_path / "off.wav"
    with qtbot.waitSignal(window.audio.finished, timeout=60000) as done:
        window.audio.save(meeting.id, dot.person_id, window, out)
    assert done.args == [None]
    box = shown_warning(window)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "The sound file could not be made: Speech is off" in box.text()
    assert "COPROD_SPEECH_DRIVER" not in box.text()  # the engine's own technical words are not shown
    box.close()
    assert not out.exists()
    assert "could not be made" in window.statusBar().currentMessage()


def test_a_folder_in_the_way_is_said_plainly(qtbot, window, app_store, tmp_path):
    meeting = create_demo_meeting(app_store)
    dot = app_store.people.attendees(meeting.id)[4]
    taken = tmp_path / "<i>taken.wav"
    taken.mkdir()
    with qtbot.waitSignal(window.audio.finished, timeout=60000) as done:
        window.audio.save(meeting.id, dot.person_id, window, taken)
    assert done.args == [None]
    box = shown_warning(window)
    assert box.textFormat() == Qt.TextFormat.PlainText and f"{taken} is a folder" in box.text()
    box.close()
    assert taken.is_dir() and list(taken.iterdir()) == []
