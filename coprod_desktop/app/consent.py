"""A person's consent for every purpose, with its history: what the Consent dialog shows and records.

One operation records an answer for any purpose (domain.consent.ConsentKind), with how it was asked
and what the person was told; giving and taking back are the same single step. What an answer
changes happens in the same write:
- credit: the naming agreed; a credit style is set on every meeting they take part in, while
  'anonymous' leaves their meetings' styles as they were (so it can be undone) and store.people
  credits them as "Anonymous" everywhere;
- photo: delegated to the photo operations, so taking it back deletes their photo;
- profile_share: delegated to the profile store, as the profile editor records it;
- take_home and quotes: recorded; the documents and exports read the answer in force.
Every write announces a PERSON change (and an ATTENDEE change for each of their meetings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.consent import (
    ANONYMOUS,
    NOTE_MAX,
    TOLD_MAX,
    ConsentEvent,
    ConsentKind,
    ConsentState,
    check_naming,
    parse_consent_how,
    parse_consent_kind,
)
from ..domain.credit import CreditStyle, check_credit
from ..domain.text import optional_text

if TYPE_CHECKING:
    from ..store import Store


class ConsentOperations:
    """Record and read a person's consent. Each write is one transaction, announced after commit."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def state(self, person_id: str) -> ConsentState:
        """Their consent in force for every purpose; NotFound for an unknown person."""
        return self._store.consent.state(person_id)

    def history(self, person_id: str) -> list[ConsentEvent]:
        """Every answer they gave, for every purpose, oldest first; NotFound for an unknown person."""
        return self._store.consent.history(person_id)

    def names(self, person_id: str) -> tuple[str, str]:
        """Their full name (for the facilitator's screen only) and the name they last chose to be
        credited by ('' when none); NotFound for an unknown person."""
        return self._store.consent.names(person_id)

    def has_photo(self, person_id: str) -> bool:
        """Whether a photo of them is stored (taking photo consent back deletes it)."""
        return self._store.photos.photo(person_id) is not None

    def record(
        self,
        person_id: str,
        kind: ConsentKind | str,
        given: bool,
        *,
        naming: str | None = None,
        chosen_name: str = "",
        how: str = "",
        told: str = "",
        note: str = "",
    ) -> ConsentEvent:
        """Record their answer for *kind*: given (True) or taken back (False).

        For credit, *naming* is the naming agreed (a NAMING_CHOICES value; *given* is then always
        true) and *chosen_name* the name they chose, needed for 'chosen_name'. *how*: a ConsentHow
        value; *told*: what they were told when asked. Raises ValidationError for a bad value
        (nothing is recorded) and NotFound for an unknown person.
        """
        kind = parse_consent_kind(kind)
        how = parse_consent_how(how).value
        told = optional_text(told, field="consent.told", limit=TOLD_MAX, multiline=True)
        note = optional_text(note, field="consent.note", limit=NOTE_MAX)
        store = self._store
        if kind is ConsentKind.PHOTO:
            # Its own transaction: after deleting a photo it empties the write-ahead log, which
            # cannot run inside a transaction (see app.photos).
            return store.photos.set_consent(person_id, bool(given), note, how=how, told=told)
        if kind is ConsentKind.PROFILE_SHARE:
            with store.transaction():
                return store.profiles.set_share_consent(person_id, bool(given), note, how=how, told=told)
        if kind is ConsentKind.CREDIT:
            naming = check_naming(naming)
            chosen = ""
            if naming != ANONYMOUS:
                style = CreditStyle(naming)
                chosen = check_credit(style, chosen_name if style is CreditStyle.CHOSEN_NAME else "")
            with store.transaction():
                event = store.consent.record(person_id, kind.value, True, note, detail=naming, how=how, told=told)
                if naming != ANONYMOUS:
                    store.consent.set_credit_everywhere(person_id, naming, chosen)
            return event
        with store.transaction():
            return store.consent.record(person_id, kind.value, bool(given), note, how=how, told=told)
