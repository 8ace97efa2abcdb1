"""What changed in the meeting database, as the one stream every screen refreshes from.

Each write (through the application layer) announces a Change after its commit. The kinds and
actions are enums, so a listener cannot wait for a kind that is never sent (a misspelt string
would simply never match). They are StrEnums, so a change still reads plainly in a log.
"""

from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    """Which sort of record changed."""

    MEETING = "meeting"  # a meeting's details, language, speech or the cards it shows
    ATTENDEE = "attendee"  # a person as they take part in one meeting (credit, marker)
    PERSON = "person"  # a person's own details that may show in several meetings (photo, consent)
    PROFILE = "profile"  # a person's communication profile
    PROMPT = "prompt"  # an agenda item
    CONTRIBUTION = "contribution"  # something said in the room
    CARD = "card"  # a picture card in the library (built in, brought or imported)
    # The room's records. item_id is the contribution agreed with (AGREEMENT) or the prompt passed
    # on (PASS): what a view draws again.
    AGREEMENT = "agreement"  # someone added (or took back) their marker on a contribution
    PASS = "pass"  # someone said "not now" on a prompt (or that was undone)
    SETTINGS = "settings"  # a setting kept in the database (item_id is its key)


class ChangeAction(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    REMOVED = "removed"


@dataclass(frozen=True)
class Change:
    """One committed change: sent to listeners only after its transaction commits.

    meeting_id is None for records that belong to no one meeting (people's own details, profiles,
    library cards); item_id is the id of the record that changed (see ChangeKind for the room's
    records). Withdrawing a contribution is an UPDATED contribution: it now reads is_withdrawn.
    """

    kind: ChangeKind
    action: ChangeAction
    meeting_id: str | None
    item_id: str

    def __post_init__(self) -> None:
        # Refuse an unknown kind or action at the place that announces it, not silently later.
        object.__setattr__(self, "kind", ChangeKind(self.kind))
        object.__setattr__(self, "action", ChangeAction(self.action))
