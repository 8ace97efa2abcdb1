"""The meeting export format: its name, version, limits and the checked records read from a file.

A meeting travels between laptops as one JSON document (format "coprod-desktop.meeting", version 2;
version 1 files, which carry no meeting language, no confirmed or withdrawn times and no withdrawn
contributions, are still read).
The JSON Schema in schemas/meeting-export.schema.json documents every field, and is also what
checks the shape of every file imported (exchange_schema.py, through jsonschema); exchange_read.py
checks what a schema cannot say.
"""

from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable

from ..domain.credit import CreditStyle
from ..domain.models import Contribution, Meeting, Prompt
from ..domain.profile import CommunicationProfile

FORMAT = "coprod-desktop.meeting"
VERSION = 2
OLDEST_VERSION = 1  # the oldest layout still read

# A year of weekly meetings is well under 1 MB; 50 MB leaves room while keeping a hostile or
# mistaken file (a video renamed .json) from being read into memory and parsed.
MAX_FILE_BYTES = 50 * 1024 * 1024
# Positions (at most 1,000,000, so a huge JSON integer cannot overflow SQLite) and card ids (1 to 200
# characters) are bounded by the schema alone. The text limits here apply again after cleaning.
CARD_TEXT_MAX = 200
APP_VERSION_MAX = 100
MARKER_INITIALS_MAX = 8

SCHEMA_NAME = "meeting-export.schema.json"


def schema_file() -> Traversable:
    """The JSON Schema shipped inside the package, for tests and for anyone writing a converter."""
    return resources.files("coprod_desktop.services").joinpath("schemas", SCHEMA_NAME)


@dataclass(frozen=True)
class ExportedPerson:
    """A person as the export carries them: only as credited, never by their full name."""

    id: str
    credited_as: str
    # How they chose to be credited on the laptop that exported them (for information: the
    # credited name above is what they are shown as everywhere).
    credit_style: CreditStyle
    marker_colour: str
    marker_shape: str
    # Derived from credited_as when the file is written; ignored on import (recomputed).
    marker_initials: str
    position: int
    # Their communication profile, present only when they agreed to share it; with when they
    # agreed (for information: consent to share it again is asked on the laptop that imports it).
    profile: CommunicationProfile | None = None
    profile_consent_given_at: str | None = None


@dataclass(frozen=True)
class ExportedCard:
    """A picture card used in the meeting, carried so the file keeps its attribution."""

    id: str
    label: str
    category: str
    licence: str
    author: str
    source: str


@dataclass(frozen=True)
class MeetingExport:
    """A meeting export that has been read and fully checked: safe to hand to import_meeting().

    Text is already cleaned by the domain rules; ids are lower-case; times are canonical UTC.
    Every person, prompt and card referred to is present in the file.
    """

    exported_at: str
    app_version: str
    meeting: Meeting
    people: tuple[ExportedPerson, ...]
    prompts: tuple[Prompt, ...]
    cards: tuple[ExportedCard, ...]
    contributions: tuple[Contribution, ...]
    # The file's layout. Version 1 says nothing about the meeting's language or whether a
    # contribution was confirmed or withdrawn: those are then not compared with the laptop's.
    version: int = VERSION

    @property
    def carries_state(self) -> bool:
        """True when the file says the meeting's language and each contribution's confirmed and
        withdrawn times (version 2 on)."""
        return self.version >= 2

    def card_label(self, card_id: str) -> str:
        """The card's label as the file gives it, or its id if the file has no label for it."""
        return next((c.label for c in self.cards if c.id == card_id), card_id)
