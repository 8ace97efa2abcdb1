"""Errors as sentences in the person's language, for the ui and the command line alike.

An error's code names an English sentence in domain/messages.py; its translation is the message
with that English source in the "Errors" context of translations/coprod_content_<lang>.ts (read
without Qt, so the command line says the same). Anything that is not one of our errors (an
OSError, a SQLite error, a bug) gets a general sentence: raw exception text, which is English and
technical, never reaches a person.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..domain.errors import UserFacingError
from ..domain.messages import MESSAGES, REASONS, TERM_CONTEXTS, english_message, fill, os_reason

ERRORS_CONTEXT = "Errors"
# Unicode first-strong isolate / pop directional isolate: a name or file name put inside a
# right-to-left sentence keeps its own direction and does not pull the words around it.
_ISOLATE, _POP = "\u2068", "\u2069"

# translate(context, english) -> the words in the person's language (the English when untranslated).
Translate = Callable[[str, str], str]


def error_code(error: BaseException) -> tuple[str, dict[str, Any]]:
    """The (code, params) a person is told for *error*: its own for ours, a general one otherwise."""
    if isinstance(error, UserFacingError):
        return error.code, dict(error.params)
    if isinstance(error, OSError):
        code = os_reason(error)
        if error.filename and f"{code}_named" in MESSAGES:
            return f"{code}_named", {"file": str(error.filename)}
        return code, {}
    # sqlite3 is looked up, not imported: the window's first paint does not wait for it, and no
    # SQLite error can exist before it is loaded.
    sqlite3 = sys.modules.get("sqlite3")
    if sqlite3 is not None and isinstance(error, sqlite3.Error):
        return "database.failed", {}
    return "error.unknown", {}


def describe(error: BaseException, language: str = "en", translate: Translate | None = None) -> str:
    """The sentence to show for *error* in *language*.

    *translate* looks words up (the ui passes one that asks Qt first); by default they come from
    the language's content catalogue. A UserFacingError is looked up by its code; anything else
    gets a general sentence (see error_code).
    """
    code, params = error_code(error)
    return sentence(code, params, language, translate)


def sentence(code: str, params: dict[str, Any], language: str = "en", translate: Translate | None = None) -> str:
    """The sentence for *code* with *params* filled, in *language*.

    An error still raised with English words (before the move to codes is finished) is shown in
    English as it is, rather than lost; a code missing from MESSAGES (a slip the tests catch) gets
    the general sentence rather than showing the code itself.
    """
    if code not in MESSAGES:
        if " " in code.strip():
            return english_message(code, params)
        code, params = "error.unknown", {}
    look_up = translate or _catalogue(language)
    rtl = _is_rtl(language)
    values: dict[str, Any] = {}
    for name, value in params.items():
        if name == "reason" and isinstance(value, str) and value in REASONS:
            values[name] = sentence(value, {}, language, translate)
            continue
        if isinstance(value, UserFacingError):  # an error as a param: its own sentence, same language
            values[name] = sentence(value.code, dict(value.params), language, translate)
            continue
        if name in TERM_CONTEXTS and isinstance(value, str):
            value = look_up(TERM_CONTEXTS[name], value)
        if rtl and isinstance(value, str):
            value = f"{_ISOLATE}{value}{_POP}"
        values[name] = value
    return fill(look_up(ERRORS_CONTEXT, MESSAGES[code]), values)


def sentences(
    report: Iterable[tuple[str, dict[str, Any]]], language: str = "en", translate: Translate | None = None
) -> str:
    """A report of what was done (domain.messages.Report: (code, params) pairs) as one line of
    sentences in *language*, each said as sentence() says it."""
    look_up = translate or _catalogue(language)
    return " ".join(sentence(code, params, language, look_up) for code, params in report)


def _catalogue(language: str) -> Translate:
    from ..services.translations import ContentTranslations  # read when first needed: not at start-up

    return ContentTranslations.for_language(language).text


def _is_rtl(language: str) -> bool:
    from ..services.translations import is_rtl

    return is_rtl(language)


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The first language of LANGUAGE, LC_ALL, LC_MESSAGES and LANG with an error catalogue, else "en".

    As gettext reads them: LANGUAGE is a colon-separated list ("cy:en"); the others are locales
    ("pl_PL.UTF-8"). The command line says its errors in this language.
    """
    from ..services.translations import catalogue_path

    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for value in environ.get(name, "").split(":"):
            code = value.split(".")[0].split("@")[0]
            for candidate in (code, code.split("_")[0]):
                if candidate in ("C", "POSIX"):
                    return "en"
                if candidate and catalogue_path(candidate) is not None:
                    return candidate
    return "en"
