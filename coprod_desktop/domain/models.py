"""The things a meeting is made of. Plain frozen dataclasses: the store builds them, views read them."""

from dataclasses import dataclass, field

from .credit import CreditStyle, credit_name, initials_of
from .markers import Marker, MarkerShape, marker_colour
from .speech import DEFAULT_LANGUAGE, DEFAULT_RATE, DEFAULT_VOLUME
from .support import Support


@dataclass(frozen=True)
class Meeting:
    id: str
    title: str
    date: str  # ISO date, e.g. 2026-11-26
    place: str
    created_at: str
    updated_at: str
    language: str = DEFAULT_LANGUAGE  # picks the reading voice (and, later, printouts)
    speech_rate: int = DEFAULT_RATE  # words per minute, the meeting's default
    speech_volume: float = DEFAULT_VOLUME


@dataclass(frozen=True)
class MeetingDetails:
    """What the take-home sheets and the summary say around what people said, set with the meeting.

    All optional: a sheet leaves out what is not set. *decisions* and *next_steps* are short
    sentences, one per item. *starts_at* and *ends_at* are "HH:MM" (24-hour clock, the meeting's
    local time): how long it lasted is the time each person gave.
    """

    meeting_id: str
    purpose: str = ""  # why we met, in one short line
    decisions: tuple[str, ...] = ()  # what the group decided
    next_steps: tuple[str, ...] = ()  # what happens next
    next_meeting: str = ""  # when and where we meet next, in the facilitator's words
    contact: str = ""  # who to contact, and how
    starts_at: str = ""
    ends_at: str = ""

    @property
    def minutes(self) -> int | None:
        """How long the meeting lasted, in minutes, or None when its times are not both set."""
        if not (self.starts_at and self.ends_at):
            return None
        start_h, start_m = map(int, self.starts_at.split(":"))
        end_h, end_m = map(int, self.ends_at.split(":"))
        return (end_h * 60 + end_m) - (start_h * 60 + start_m)


@dataclass(frozen=True)
class Person:
    id: str
    full_name: str
    created_at: str
    speech_rate: int | None = None  # their own reading speed; None: the meeting's
    speech_volume: float | None = None


@dataclass(frozen=True)
class Attendee:
    """A person taking part in one meeting, with how they chose to be credited there."""

    meeting_id: str
    person: Person
    credit_style: CreditStyle
    chosen_name: str
    marker_colour: str
    marker_shape: str
    position: int
    role: str = "participant"  # domain.involvement roles
    minutes: int | None = None  # time given; None: the whole meeting
    # Set when the person's consent says they are not named ("Anonymous 2") or they were anonymised
    # ("Former participant"): then this, in the meeting's language, is their credit everywhere.
    withheld_name: str = ""

    @property
    def person_id(self) -> str:
        return self.person.id

    @property
    def credited_as(self) -> str:
        if self.withheld_name:
            return self.withheld_name
        return credit_name(self.person.full_name, self.credit_style, self.chosen_name)

    @property
    def marker(self) -> Marker:
        # Initials come from the credited name, so someone credited as "Star" is not outed by
        # initials of their full name.
        initials = initials_of(self.credited_as.replace(".", " "), limit=2) or "?"
        return Marker(marker_colour(self.marker_colour), MarkerShape(self.marker_shape), initials)


@dataclass(frozen=True)
class Card:
    """A picture card; licence and author travel with it.

    Built-in cards: *image* names the SVG in the card assets and *source* is "openmoji". Cards people
    bring (photos, pictures, AAC boards): *image* is empty and the picture is in the database.
    """

    id: str
    label: str
    category: str
    image: str
    licence: str
    author: str
    source: str
    synonyms: tuple[str, ...] = ()  # other words for the same thing, for search and words-to-cards


@dataclass(frozen=True)
class Prompt:
    id: str
    meeting_id: str
    position: int
    text: str
    card_id: str | None


@dataclass(frozen=True)
class Contribution:
    """Something a person said or chose, with how it was made and how the room took it.

    A withdrawn contribution (the person's choice) keeps only that something was withdrawn and
    when: its words, cards, support and confirmation are erased, and it is never shown or printed.
    """

    id: str
    meeting_id: str
    prompt_id: str | None
    person_id: str
    text: str
    created_at: str
    card_ids: tuple[str, ...] = field(default_factory=tuple)
    confirmed_at: str | None = None  # when the person said "yes, that's right"
    support: Support | None = None  # who helped them say it
    agreed_by: tuple[str, ...] = ()  # people (ids) who added their marker, in the order they did
    withdrawn_at: str | None = None

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None


@dataclass(frozen=True)
class Pass:
    """A person said "not now" on a prompt: recorded with the time, never shown as a failure."""

    meeting_id: str
    prompt_id: str
    person_id: str
    at: str


@dataclass(frozen=True)
class Agreement:
    """A person added their marker to someone else's contribution ("I agree")."""

    contribution_id: str
    person_id: str
    at: str
