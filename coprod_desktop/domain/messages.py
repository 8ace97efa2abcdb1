"""The English words of every error a person can be shown, keyed by the error's code.

These are the source strings of the "Errors" context in the content catalogues
(translations/coprod_content_<lang>.ts): app.messages.describe() looks a code up there in the
person's language and falls back to the English here. Sentences are short and plain, say what
happened and what to do, and never include technical detail. {placeholders} are filled from the
error's params.
"""

from __future__ import annotations

import string
from typing import Any

MESSAGES: dict[str, str] = {
    "error.unknown": "Something went wrong. Nothing was changed.",
    "input.invalid": "That cannot be used. Please check it and try again.",
    "not_found": "That could not be found. It may have been removed.",
}


def english_message(code: str, params: dict[str, Any]) -> str:
    """The English sentence for *code* with *params* filled in.

    A code not in the table is shown as it is: during the move to codes some errors still carry
    an English sentence as their code, and a sentence must never be lost.
    """
    template = MESSAGES.get(code, code)
    return fill(template, params)


def fill(template: str, params: dict[str, Any]) -> str:
    """Fill {name} placeholders; one with no value is left as it is rather than failing."""
    names = {field for _, field, _, _ in string.Formatter().parse(template) if field}
    if not names:
        return template
    values = {name: params.get(name, "{" + name + "}") for name in names}
    try:
        return template.format(**values)
    except (IndexError, KeyError, ValueError):
        return template
