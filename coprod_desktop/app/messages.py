"""Errors as sentences in the person's language, for the ui and the command line alike."""

from __future__ import annotations

from ..domain.errors import UserFacingError


def describe(error: BaseException, language: str = "en") -> str:
    """The sentence to show for *error* in *language*.

    A UserFacingError is looked up by its code in the "Errors" catalogue; anything else (a bug, a
    library's exception) gets the general sentence: raw exception text never reaches a screen.
    """
    if isinstance(error, UserFacingError):
        return error.english()  # TODO(issue 9): look the code up in the language's catalogue
    # TODO(issue 9, errors): every error a person sees becomes a UserFacingError; until then the
    # store's and the file system's own sentences are shown as they are.
    return str(error) or UserFacingError().english()
