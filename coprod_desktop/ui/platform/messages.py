"""Errors as sentences in the interface's current language: what every screen shows.

The words come from the "Errors" context through Qt's installed translators first (the content
catalogue's .qm that LanguageSwitcher loads, or a test's pseudo-translator), then from the
catalogue's .ts, as the command line reads it: a .qm compiled before a message was translated
still gives the translation.
"""

from __future__ import annotations

from ...app.messages import describe


def current_language() -> str:
    """The code of the interface's language now ("en" before a LanguageSwitcher exists)."""
    from PySide6.QtWidgets import QApplication

    from .language import LanguageSwitcher

    app = QApplication.instance()
    switcher = app.findChild(LanguageSwitcher) if app is not None else None
    return switcher.language if switcher is not None else "en"


def error_text(error: BaseException) -> str:
    """The sentence to show for *error*, in the language the interface is in now."""
    from PySide6.QtCore import QCoreApplication

    from ...services.translations import translate as from_catalogue

    language = current_language()

    def translate(context: str, source: str) -> str:
        translated = QCoreApplication.translate(context, source)
        return translated if translated != source else from_catalogue(context, source, language)

    return describe(error, language, translate)
