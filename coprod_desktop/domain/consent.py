"""Consent a person gives, and takes back, for photos of them.

Consent has a history: each time it is given or taken back is kept with when and a short note, so a
facilitator can show what was agreed and when. The current answer is the latest event.
"""

from dataclasses import dataclass

from .errors import ValidationError

NOTE_MAX = 500


@dataclass(frozen=True)
class ConsentEvent:
    """One moment when a person gave or took back consent. *at* is UTC ISO 8601."""

    id: str
    person_id: str
    kind: str  # "photo": a photo of them may be stored and shown
    given: bool
    at: str
    note: str


def no_photo_consent(name: str) -> ValidationError:
    """The error raised when a photo of *name* is refused for want of consent."""
    return ValidationError("consent.no_photo", name=name)
