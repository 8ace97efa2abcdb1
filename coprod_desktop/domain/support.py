"""Who helped someone contribute: a supporter, an advocate or an interpreter, and their name.

Shown with the credit ("Sam said, with support from Jo (interpreter): ...") on the wall and on
paper, so the record says honestly how a contribution was made. The name is optional: a person may
want their interpreter credited by role only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import ValidationError
from .text import NAME_MAX, optional_text


class SupportRole(StrEnum):
    SUPPORTER = "supporter"
    ADVOCATE = "advocate"
    INTERPRETER = "interpreter"


@dataclass(frozen=True)
class Support:
    """Who helped: their role, and their name as they want it shown ('' for the role alone)."""

    role: SupportRole
    name: str = ""


def make_support(role: SupportRole | str, name: str = "") -> Support:
    """A checked Support: a known role and a name of at most NAME_MAX characters (ValidationError)."""
    try:
        parsed = SupportRole(role)
    except ValueError:
        choices = ", ".join(r.value for r in SupportRole)
        raise ValidationError("support.role_unknown", value=str(role), choices=choices) from None
    return Support(parsed, optional_text(name, field="support.name", limit=NAME_MAX))
