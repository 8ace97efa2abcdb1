"""People and how they take part: attendees with their credit, marker and reading speed, and each
person's communication profile (with their consent to share it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.consent import ConsentEvent
from ..domain.credit import CreditStyle
from ..domain.models import Attendee
from ..domain.names import name_key
from ..domain.profile import CommunicationProfile

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True)
class SimilarNames:
    """Names already in use that look the same as a name being typed (domain.names.name_key).

    in_meeting: the full names of people taking part in the meeting; on_laptop: of people known on
    this laptop from other meetings only; same_credit: how others in the meeting are shown, where
    that looks like how this person would be shown ("Sam" for Sam Brown and for Sam Okafor, each
    credited by first name). Each name once, as it is kept. A match is a warning, not a refusal:
    two real people can share a name.
    """

    in_meeting: tuple[str, ...] = ()
    on_laptop: tuple[str, ...] = ()
    same_credit: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.in_meeting or self.on_laptop or self.same_credit)


def similar_names(
    store: Store, meeting_id: str, name: str, *, credit: str = "", except_person: str | None = None
) -> SimilarNames:
    """The names in use in *meeting_id*, and on this laptop, that look like *name*; and the credits
    in the meeting that look like *credit* (how the person would be shown, when known).

    *except_person* is left out (the person being edited). A name with nothing visible in it matches
    nothing: it is refused when saved (person.name_no_letter).
    """
    key = name_key(name)
    attendees = [a for a in store.people.attendees(meeting_id) if a.person_id != except_person]
    credit_key = name_key(credit)
    same_credit = tuple(
        dict.fromkeys(a.credited_as for a in attendees if credit_key and name_key(a.credited_as) == credit_key)
    )
    if not key:
        return SimilarNames(same_credit=same_credit)
    here = [a.person for a in attendees]
    here_ids = {p.id for p in here}
    elsewhere = [p for p in store.people.everyone() if p.id not in here_ids and p.id != except_person]

    def matching(people: list) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.full_name for p in people if name_key(p.full_name) == key))

    return SimilarNames(matching(here), matching(elsewhere), same_credit)


class PeopleOperations:
    """The people taking part in a meeting. Each write is one transaction, announced after commit."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def attendees(self, meeting_id: str) -> list[Attendee]:
        """Everyone taking part in the meeting, in the order they were added."""
        return self._store.people.attendees(meeting_id)

    def attendee(self, meeting_id: str, person_id: str) -> Attendee:
        """One person as they take part in the meeting; raises NotFound."""
        return self._store.people.attendee(meeting_id, person_id)

    def similar_names(
        self, meeting_id: str, name: str, *, credit: str = "", except_person: str | None = None
    ) -> SimilarNames:
        """Names and credits already in use that look like *name* and *credit* (see similar_names):
        for a warning as they are typed."""
        return similar_names(self._store, meeting_id, name, credit=credit, except_person=except_person)

    def add(
        self,
        meeting_id: str,
        full_name: str,
        credit_style: CreditStyle | str,
        chosen_name: str,
        colour: str | None,
        shape: str | None,
        *,
        speech_rate: int | None = None,
    ) -> Attendee:
        """Add a new person to the meeting with their own reading speed (None: the meeting's).

        All or nothing: a bad name, credit, marker or speed raises ValidationError and adds no one.
        """
        with self._store.transaction():
            attendee = self._store.people.add_attendee(
                meeting_id, full_name, credit_style, chosen_name, colour=colour, shape=shape
            )
            if speech_rate is not None:
                self._store.people.set_speech(attendee.person_id, speech_rate, None)
                attendee = self._store.people.attendee(meeting_id, attendee.person_id)
        return attendee

    def update(
        self,
        meeting_id: str,
        person_id: str,
        full_name: str,
        credit_style: CreditStyle | str,
        chosen_name: str,
        colour: str,
        shape: str,
        *,
        speech_rate: int | None,
    ) -> Attendee:
        """Change how a person is named, credited and marked, and their reading speed (their
        volume is kept). All or nothing."""
        with self._store.transaction():
            volume = self._store.people.attendee(meeting_id, person_id).person.speech_volume
            self._store.people.update_attendee(
                meeting_id, person_id, full_name, credit_style, chosen_name, colour, shape
            )
            self._store.people.set_speech(person_id, speech_rate, volume)
            return self._store.people.attendee(meeting_id, person_id)

    def remove(self, meeting_id: str, person_id: str) -> None:
        """Take someone off the meeting; refused (ValidationError) once they have contributed."""
        with self._store.transaction():
            self._store.people.remove_attendee(meeting_id, person_id)


class ProfileOperations:
    """A person's communication profile and their consent to share it in exports."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, person_id: str) -> CommunicationProfile:
        """The person's profile (an empty one when nothing is recorded); NotFound if unknown."""
        return self._store.profiles.get(person_id)

    def share_consent(self, person_id: str) -> bool:
        """Whether the person currently agrees to their profile going out in exports."""
        return self._store.profiles.share_consent(person_id)

    def share_history(self, person_id: str) -> list[ConsentEvent]:
        """Every answer about sharing, oldest first."""
        return self._store.profiles.share_history(person_id)

    def save(
        self,
        person_id: str,
        profile: CommunicationProfile,
        *,
        share_consent: bool | None = None,
        consent_note: str = "",
    ) -> CommunicationProfile:
        """Record the profile, and a consent answer when *share_consent* is given, all or nothing."""
        with self._store.transaction():
            saved = self._store.profiles.save(
                person_id, profile, share_consent=share_consent, consent_note=consent_note
            )
        if profile.is_empty:
            # What was recorded is gone from the files too, not only unlinked (the repository does
            # this itself only outside a transaction).
            self._store.profiles.erase_checkpoint()
        return saved
