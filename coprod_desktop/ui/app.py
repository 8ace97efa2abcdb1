"""The composition root: builds the store and services once and hands each window what it needs."""

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ..services.catalogue import load_catalogue
from ..store import Store
from .keyboard import EnterActivatesButtons
from .main_window import MainWindow
from .pictures import CardPictures
from .startup import open_or_explain
from .store_bridge import StoreBridge
from .tasks import TaskRunner
from .theme import apply_theme


def prepare_application(app: QApplication) -> None:
    """Theme and app-wide keyboard behaviour (also used by the UI tests)."""
    apply_theme(app)
    if not hasattr(app, "_coprod_keys"):
        app._coprod_keys = EnterActivatesButtons(app)  # kept on the app so it lives as long
        app.installEventFilter(app._coprod_keys)


def build_main_window(store: Store, app: QApplication) -> MainWindow:
    """Wire the app's parts together around an open store (used by run_app and by tests)."""
    catalogue = load_catalogue()
    pictures = CardPictures(catalogue, app.devicePixelRatio())
    window = MainWindow(store, StoreBridge(store), catalogue, pictures, TaskRunner())
    window.resize(1366, 768)
    return window


def run_app(db_path: Path) -> int:
    """Start the window on the database at *db_path*; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CoProd Desktop")
    app.setDesktopFileName("coprod-desktop")
    prepare_application(app)
    store = open_or_explain(db_path)
    if store is None:
        return 2
    try:
        window = build_main_window(store, app)
        window.show()
        return app.exec()
    finally:
        store.close()
