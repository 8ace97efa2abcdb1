"""A person's own words saved as a WAV, made by the real speech engine off the GUI thread."""

import os
import shutil
import wave

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

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
    assert "Sound file saved" in window.statusBar().currentMessage()
