"""Errors the domain raises for input a person should be told about."""


class ValidationError(ValueError):
    """Input that breaks a rule. The message is plain English, fit to show a facilitator."""


class NotFound(LookupError):
    """Something asked for by id does not exist. The message is plain English."""

    def __str__(self) -> str:  # LookupError would quote the message
        return str(self.args[0]) if self.args else "Not found."
