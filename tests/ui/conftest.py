"""UI fixtures: the real main window on a real database file, offscreen."""

import pytest
from PySide6.QtCore import QSettings

from coprod_desktop.app.opening import open_for_writing
from coprod_desktop.ui.app import build_main_window, prepare_application
from coprod_desktop.ui.platform.settings import SettingsStore
from coprod_desktop.ui.platform.speech_engines import FakeEngine
from coprod_desktop.ui.platform.speech_service import SpeechService


@pytest.fixture
def app_store(db_path):
    store = open_for_writing(db_path)
    yield store
    store.close()


@pytest.fixture
def settings_store(tmp_path):
    """App settings in a private ini file: tests never touch the user's own settings."""
    return SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def fake_engine():
    return FakeEngine()


@pytest.fixture
def window(qtbot, qapp, app_store, settings_store, fake_engine):
    prepare_application(qapp)
    speech = SpeechService(fake_engine)
    speech.start()
    win = build_main_window(app_store, qapp, speech, settings_store)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.tasks.wait(10000)
    win.close()  # before the store closes: as in the app, the window goes first
