"""UI fixtures: the real main window on a real database file, offscreen."""

import pytest

from coprod_desktop.composition import open_for_writing
from coprod_desktop.ui.app import build_main_window, prepare_application


@pytest.fixture
def app_store(db_path):
    store = open_for_writing(db_path)
    yield store
    store.close()


@pytest.fixture
def window(qtbot, qapp, app_store):
    prepare_application(qapp)
    win = build_main_window(app_store, qapp)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.tasks.wait(10000)
