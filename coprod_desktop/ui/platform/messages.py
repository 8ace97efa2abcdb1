"""Errors as sentences in the interface's current language: what every screen shows."""

from __future__ import annotations

from ...app.messages import describe


def current_language() -> str:
    from PySide6.QtWidgets import QApplication

    from .language import LanguageSwitcher

    app = QApplication.instance()
    switcher = app.findChild(LanguageSwitcher) if app is not None else None
    return switcher.language if switcher is not None else "en"


def error_text(error: BaseException) -> str:
    """The sentence to show for *error*, in the language the interface is in now."""
    return describe(error, current_language())
