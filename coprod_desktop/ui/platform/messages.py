"""Errors, and reports of what was done, as sentences in the interface's current language: what every screen shows.

The words come from the "Errors" context through Qt's installed translators first (the content
catalogue's .qm that LanguageSwitcher loads, or a test's pseudo-translator), then from the
catalogue's .ts, as the command line reads it: a .qm compiled before a message was translated
still gives the translation.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ...app.messages import Translate, describe, sentences


def current_language() -> str:
    """The code of the interface's language now ("en" before a LanguageSwitcher exists)."""
    from PySide6.QtWidgets import QApplication

    from .language import LanguageSwitcher

    app = QApplication.instance()
    switcher = app.findChild(LanguageSwitcher) if app is not None else None
    return switcher.language if switcher is not None else "en"


def error_text(error: BaseException) -> str:
    """The sentence to show for *error*, in the language the interface is in now."""
    language = current_language()
    return describe(error, language, _translator(language))


def report_text(report: Iterable[tuple[str, dict[str, Any]]]) -> str:
    """A report of what was done ((code, params) sentences, e.g. BoardImport.report()), in the
    language the interface is in now, looked up as errors are."""
    language = current_language()
    return sentences(report, language, _translator(language))


def _translator(language: str) -> Translate:
    from PySide6.QtCore import QCoreApplication

    from ...services.translations import translate as from_catalogue

    def translate(context: str, source: str) -> str:
        translated = QCoreApplication.translate(context, source)
        return translated if translated != source else from_catalogue(context, source, language)

    return translate
