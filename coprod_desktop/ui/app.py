"""The composition root: builds the store and services once and hands each window what it needs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ..domain.errors import ValidationError
from .main_window import MainWindow
from .platform.language import LanguageSwitcher
from .platform.settings import SettingsStore
from .platform.tasks import GuiThreadGarbageCollector, TaskRunner
from .platform.theme import apply_theme

if TYPE_CHECKING:
    from ..app.opening import Store
    from .platform.speech_service import SpeechService


def prepare_application(app: QApplication, settings: SettingsStore | None = None) -> None:
    """Theme and app-wide behaviour: keys, plain tooltips, garbage collection (also used by the UI tests).

    run_app calls this only after the window's first paint. An app-wide event filter written in
    Python is called for every event of every widget, and the first time it sees a kind of widget
    PySide6 builds that class and its enums (about 17 ms for the meetings screen): the filters are
    not needed before anyone can press a key or hover, so the window paints without them.
    """
    from .platform.keyboard import use_menus_by_key_style  # a style class costs ~6 ms to import

    use_menus_by_key_style(app)
    apply_theme(app, settings.load().appearance if settings is not None else None)
    if not hasattr(app, "_coprod_keys"):
        from .platform.keyboard import EnterActivatesButtons

        app._coprod_keys = EnterActivatesButtons(app)  # kept on the app so it lives as long
        app.installEventFilter(app._coprod_keys)
        app._coprod_gc = GuiThreadGarbageCollector()
        from .platform.plain_tooltips import PlainToolTips  # every tooltip plain text: user text is data

        app._coprod_tooltips = PlainToolTips(app)
        app.installEventFilter(app._coprod_tooltips)


def _language(app: QApplication, settings: SettingsStore) -> LanguageSwitcher:
    """The app's one language switcher, set to the saved language before any screen is built."""
    # Kept on the application rather than found with findChild(), which would make a Python object
    # of every child of the application (its style among them: about 7 ms before the first paint).
    switcher = getattr(app, "_coprod_language", None)
    if switcher is None or not shiboken6.isValid(switcher):
        switcher = app._coprod_language = LanguageSwitcher(app)
    saved = settings.load().interface_language
    if saved != switcher.language:
        try:
            switcher.set_language(saved)
        except ValidationError:
            switcher.set_language("en")  # an old or hand-edited settings file
    return switcher


def _new_window(app: QApplication, speech: SpeechService | None, settings: SettingsStore) -> MainWindow:
    apply_theme(app, settings.load().appearance)
    window = MainWindow(TaskRunner(), speech, settings, _language(app, settings))
    window.resize(1366, 768)
    return window


def _fit_to_screen(window: MainWindow, app: QApplication) -> None:
    """A laptop's screen (1366×768 or smaller, 1024×768 on older ones) is filled: the window is
    maximised rather than opened at 1366×768 with its right-hand side and Save beyond the edge."""
    screen = app.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    if area.width() <= window.width() or area.height() <= window.height():
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def build_main_window(
    store: Store, app: QApplication, speech: SpeechService | None = None, settings: SettingsStore | None = None
) -> MainWindow:
    """Wire the app's parts together around an open store (used by tests and benchmarks).

    Without a speech service the window gets a silent one (FakeEngine): tests that are not about
    speech must not start speech processes.
    """
    from ..app.workspace import Workspace
    from ..services.catalogue import load_catalogue
    from .platform.speech_engines import FakeEngine
    from .platform.speech_service import SpeechService

    if speech is None:
        speech = SpeechService(FakeEngine())
        speech.start()
    window = _new_window(app, speech, settings or SettingsStore())
    window.attach(Workspace(store, load_catalogue()))
    return window


def run_app(db_path: Path) -> int:
    """Start the window on the database at *db_path*; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CoProd Desktop")
    app.setDesktopFileName("coprod-desktop")
    settings = SettingsStore()
    window = _new_window(app, None, settings)  # applies the theme first
    _fit_to_screen(window, app)
    window.show()
    # Paint the window before the app-wide event filters (see prepare_application) and before
    # opening the database (which also loads sqlite-utils): people see the app straight away, and
    # the meetings appear a moment later.
    app.processEvents()
    prepare_application(app, settings)
    from ..services.catalogue import load_catalogue
    from .platform.speech_service import make_speech_service
    from .startup import open_or_explain

    speech = make_speech_service(settings.load().speech_engine)
    window.use_speech(speech)

    # The card catalogue is read after the first paint, with the database.
    workspace = open_or_explain(db_path, load_catalogue(), window)
    if workspace is None:
        speech.close()
        return 2
    try:
        window.attach(workspace)
        speech.start()  # the speech process loads in the background while people look at the list
        return app.exec()
    finally:
        speech.close()
        if window.workspace is not None:  # after a restore the window holds the file it reopened
            window.workspace.close()
