"""Errors a person is told about: each carries a code and its parameters, never finished words.

The words live in one table (domain/messages.py, English) and in the translation catalogues; the
ui and the command line turn an error into a sentence in the person's language with
app.messages.describe(). str() of an error gives the English sentence, for logs and tests.
"""

from __future__ import annotations

from typing import Any


class UserFacingError(Exception):
    """Something went wrong that the person using the app must be told about, in their language.

    code: a key of domain.messages.MESSAGES (for example "person.name_missing");
    params: the values its {placeholders} are filled with (names, numbers, file names).
    """

    default_code = "error.unknown"

    def __init__(self, code: str | UserFacingError | None = None, /, **params: Any) -> None:
        if isinstance(code, UserFacingError):  # wrapping one error in another keeps its words
            code, params = code.code, {**code.params, **params}
        self.code = code or self.default_code
        self.params = params
        super().__init__(self.code)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (to another process, or by a test runner) with its params, not just its code.
        return _rebuild, (type(self), self.code, self.params)

    def english(self) -> str:
        from .messages import english_message  # here: messages imports nothing of ours

        return english_message(self.code, self.params)

    def __str__(self) -> str:
        return self.english()


class ValidationError(UserFacingError, ValueError):
    """Input that breaks a rule."""

    default_code = "input.invalid"


class NotFound(UserFacingError, LookupError):
    """Something asked for by id does not exist."""

    default_code = "not_found"


def _rebuild(cls: type[UserFacingError], code: str, params: dict[str, Any]) -> UserFacingError:
    return cls(code, **params)
