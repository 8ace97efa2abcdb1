"""Consent a person gives, and takes back, for each purpose, with its history.

Consent has a history: each time it is given or taken back is kept with when, how it was asked,
what the person was told and a short note, so a facilitator can show what was agreed and when. The
current answer is the latest event. Withdrawing is as easy as giving: one event either way.

Purposes (ConsentKind):
- credit: how they are named beside what they say (detail: a credit style, or 'anonymous');
- take_home: take-home documents made for them (their sheet and their record of involvement);
- quotes: their words used in reports and exports beyond the room (summary, CSV, JSON);
- photo: a photo of them stored and shown;
- profile_share: their communication profile going in a file for another laptop.
"""

from dataclasses import dataclass
from enum import StrEnum

from .errors import ValidationError

NOTE_MAX = 500
TOLD_MAX = 1000


class ConsentKind(StrEnum):
    CREDIT = "credit"
    TAKE_HOME = "take_home"
    QUOTES = "quotes"
    PHOTO = "photo"
    PROFILE_SHARE = "profile_share"


class ConsentHow(StrEnum):
    """How consent was asked. '' (NOT_RECORDED) for events from before this was kept."""

    NOT_RECORDED = ""
    IN_PERSON = "in_person"
    EASY_READ_FORM = "easy_read_form"
    THROUGH_SUPPORTER = "through_supporter"
    PHONE_OR_EMAIL = "phone_or_email"


# Naming choices a person can consent to: the four credit styles, or not being named at all.
ANONYMOUS = "anonymous"
NAMING_CHOICES = ("full_name", "first_name", "initials", "chosen_name", ANONYMOUS)

# The answer when nothing has been recorded: photos and sharing a profile need a yes first;
# take-home documents and quotes were always made, so they stay until the person says no.
DEFAULT_GIVEN = {
    ConsentKind.CREDIT: True,
    ConsentKind.TAKE_HOME: True,
    ConsentKind.QUOTES: True,
    ConsentKind.PHOTO: False,
    ConsentKind.PROFILE_SHARE: False,
}


@dataclass(frozen=True)
class ConsentEvent:
    """One moment when a person gave or took back consent. *at* is UTC ISO 8601."""

    id: str
    person_id: str
    kind: str
    given: bool
    at: str
    note: str
    detail: str = ""  # for credit: the naming they agreed to
    how: str = ""  # a ConsentHow value
    told: str = ""  # what the person was told when asked


@dataclass(frozen=True)
class ConsentState:
    """A person's consent in force for every purpose."""

    person_id: str
    naming: str | None  # a NAMING_CHOICES value, or None: as chosen for each meeting
    take_home: bool
    quotes: bool
    photo: bool
    profile_share: bool

    @property
    def anonymous(self) -> bool:
        return self.naming == ANONYMOUS


def parse_consent_kind(value: object) -> ConsentKind:
    try:
        return ConsentKind(value)
    except ValueError:
        raise ValidationError("consent.kind_unknown", value=str(value)) from None


def parse_consent_how(value: object) -> ConsentHow:
    try:
        return ConsentHow(value or "")
    except ValueError:
        raise ValidationError("consent.how_unknown", value=str(value)) from None


def check_naming(value: object) -> str:
    """A naming choice for credit consent, or ValidationError."""
    if value not in NAMING_CHOICES:
        raise ValidationError("consent.naming_unknown", value=str(value), choices=", ".join(NAMING_CHOICES))
    return str(value)


def no_photo_consent(name: str) -> ValidationError:
    """The error raised when a photo of *name* is refused for want of consent."""
    return ValidationError("consent.no_photo", name=name)
