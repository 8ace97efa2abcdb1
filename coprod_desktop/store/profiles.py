"""Communication profiles: recorded per person, flagged in the room, shared only with consent.

A profile is one row in communication_profiles, except the reading speed, which stays in
people.speech_rate (the people editor sets it too, so there is one place for it). An empty profile
has no row. Sharing the profile outside this laptop (in a meeting export) needs the person's
consent, kept with its history in consent_events (kind 'profile_share') and mirrored on
people.profile_share_consent, as photo consent is.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..domain.consent import NOTE_MAX, TOLD_MAX, ConsentEvent, parse_consent_how
from ..domain.errors import NotFound
from ..domain.ids import utc_now
from ..domain.profile import (
    AccessMethod,
    CardSize,
    CommunicationProfile,
    Format,
    Interpreter,
    SwitchMode,
)
from ..domain.speech import LANGUAGE_NAMES
from ..domain.text import optional_text
from ._base import Repository
from .consent_events import consent_history, record_consent

SHARE_KIND = "profile_share"
_CHUNK = 500  # ids per statement, well under SQLite's limit on parameters

_PROFILE_SQL = """
SELECT c.*, p.id AS of_person, p.speech_rate AS person_speech_rate, p.profile_share_consent
FROM people p LEFT JOIN communication_profiles c ON c.person_id = p.id
"""


@dataclass(frozen=True)
class SharedProfile:
    """A profile the person agreed to share, with when they (last) gave that consent (UTC)."""

    person_id: str
    profile: CommunicationProfile
    consent_given_at: str


def _profile(row: dict) -> CommunicationProfile:
    """The profile in a _PROFILE_SQL row (no profile row: only the reading speed, if any)."""
    rate = row["person_speech_rate"]
    if row["updated_at"] is None:
        return CommunicationProfile(speech_rate=rate)
    language = row["language"]
    return CommunicationProfile(
        preferred_name=row["preferred_name"],
        formats=frozenset(f for f in Format if row[f.value]),
        # A language dropped from a later version's list falls back to the meeting's.
        language=language if language in LANGUAGE_NAMES else None,
        interpreter=Interpreter(row["interpreter"]),
        interpreter_language=row["interpreter_language"],
        access=None if row["access_method"] is None else AccessMethod(row["access_method"]),
        switch_mode=SwitchMode(row["switch_mode"]),
        switch_step_seconds=row["switch_step_seconds"],
        switch_hold_seconds=row["switch_hold_seconds"],
        speech_rate=rate,
        voice=row["voice"],
        card_size=CardSize(row["card_size"]),
        notes=row["notes"],
    )


def _row(person_id: str, profile: CommunicationProfile, now: str) -> dict:
    return {
        "person_id": person_id,
        "preferred_name": profile.preferred_name,
        **{f.value: int(f in profile.formats) for f in Format},
        "language": profile.language,
        "interpreter": profile.interpreter.value,
        "interpreter_language": profile.interpreter_language,
        "access_method": None if profile.access is None else profile.access.value,
        "switch_mode": profile.switch_mode.value,
        "switch_step_seconds": profile.switch_step_seconds,
        "switch_hold_seconds": profile.switch_hold_seconds,
        "voice": profile.voice,
        "card_size": profile.card_size.value,
        "notes": profile.notes,
        "updated_at": now,
    }


def _chunks(ids: Iterable[str]) -> Iterable[tuple[str, ...]]:
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), _CHUNK):
        yield tuple(unique[start : start + _CHUNK])


class Profiles(Repository):
    # ---- reading ----------------------------------------------------------------------------------

    def get(self, person_id: str) -> CommunicationProfile:
        """The person's profile; an empty one when nothing is recorded. NotFound for an unknown person."""
        rows = self.rows(_PROFILE_SQL + " WHERE p.id = ?", (person_id,))
        if not rows:
            raise NotFound("person.unknown")
        return _profile(rows[0])

    def for_people(self, person_ids: Iterable[str]) -> dict[str, CommunicationProfile]:
        """Profiles of the known people among *person_ids* (empty ones included), in one pass.

        For the room: flags on every tile without one query per person.
        """
        found: dict[str, CommunicationProfile] = {}
        for chunk in _chunks(person_ids):
            marks = ",".join("?" * len(chunk))
            for row in self.rows(_PROFILE_SQL + f" WHERE p.id IN ({marks})", chunk):
                found[row["of_person"]] = _profile(row)
        return found

    # ---- writing ----------------------------------------------------------------------------------

    def save(
        self,
        person_id: str,
        profile: CommunicationProfile,
        *,
        share_consent: bool | None = None,
        consent_note: str = "",
    ) -> CommunicationProfile:
        """Record the person's profile (replacing what was there) and return it as stored.

        An empty profile removes the record. With *share_consent* True or False, a consent event
        is recorded in the same transaction (see set_share_consent). One commit, then announced.
        """
        self._check_person(person_id)
        note = optional_text(consent_note, field="consent.note", limit=NOTE_MAX)
        with self.writing():
            self._write(person_id, profile)
            if share_consent is not None:
                self._record_consent(person_id, share_consent, note)
        if profile.is_empty and not self.db.conn.in_transaction:
            self.erase_checkpoint()  # what was recorded is gone from the files, not only unlinked
        self._announce(person_id)
        return self.get(person_id)

    def clear(self, person_id: str) -> None:
        """Remove everything in the person's profile (their share-consent history is kept)."""
        self.save(person_id, CommunicationProfile())

    def _write(self, person_id: str, profile: CommunicationProfile) -> None:
        if profile.is_empty:
            self.db.execute("DELETE FROM communication_profiles WHERE person_id = ?", (person_id,))
        else:
            self.db["communication_profiles"].upsert(_row(person_id, profile, utc_now()), pk="person_id")
        self.db.execute("UPDATE people SET speech_rate = ? WHERE id = ?", (profile.speech_rate, person_id))

    def add_imported(self, profiles: Mapping[str, CommunicationProfile]) -> list[str]:
        """Record profiles that came in a meeting export, for people who have none here yet.

        A person who already has a profile on this laptop keeps it exactly: nothing is merged or
        overwritten, so importing the same file twice changes nothing. Unknown people and empty
        profiles are skipped. No consent is recorded: consent to share again is asked on this laptop.
        Call inside the import's transaction. Returns the ids of the people whose profile was added.
        """
        here = self.for_people(profiles)
        adding = [pid for pid, p in profiles.items() if pid in here and here[pid].is_empty and not p.is_empty]
        if not adding:
            return []
        with self.writing():
            for person_id in adding:
                self._write(person_id, profiles[person_id])
        for person_id in adding:
            self._announce(person_id)
        return adding

    # ---- consent to share -------------------------------------------------------------------------

    def share_consent(self, person_id: str) -> bool:
        """Whether the person currently agrees to their profile going out in meeting exports."""
        rows = self.rows("SELECT profile_share_consent FROM people WHERE id = ?", (person_id,))
        if not rows:
            raise NotFound("person.unknown")
        return bool(rows[0]["profile_share_consent"])

    def set_share_consent(
        self, person_id: str, given: bool, note: str = "", *, how: str = "", told: str = ""
    ) -> ConsentEvent:
        """Record that the person agreed (or no longer agrees) to share their profile, with a note,
        how it was asked (a ConsentHow value) and what they were told.

        Every call adds to the history, even when the answer is unchanged (consent renewed).
        Taking it back stops future exports carrying the profile; files already written are not
        recalled, so the facilitator should say so.
        """
        self._check_person(person_id)
        clean = optional_text(note, field="consent.note", limit=NOTE_MAX)
        how = parse_consent_how(how).value
        told = optional_text(told, field="consent.told", limit=TOLD_MAX, multiline=True)
        with self.writing():
            event = self._record_consent(person_id, given, clean, how=how, told=told)
        self._announce(person_id)
        return event

    def share_history(self, person_id: str) -> list[ConsentEvent]:
        """Every time the person gave or took back consent to share their profile, oldest first."""
        self._check_person(person_id)
        return consent_history(self.db, person_id, SHARE_KIND)

    def shared(self, person_ids: Iterable[str]) -> dict[str, SharedProfile]:
        """The profiles that may leave this laptop: only people who consent, only non-empty profiles.

        This is the one door for exports: anything that writes profiles out goes through it.
        """
        result: dict[str, SharedProfile] = {}
        for person_id, profile in self.for_people(person_ids).items():
            if profile.is_empty or not self.share_consent(person_id):
                continue
            given = self.rows(
                "SELECT at FROM consent_events WHERE person_id = ? AND kind = ? AND given = 1"
                " ORDER BY at DESC, rowid DESC LIMIT 1",
                (person_id, SHARE_KIND),
            )
            result[person_id] = SharedProfile(person_id, profile, given[0]["at"] if given else utc_now())
        return result

    def for_export(self, person_id: str) -> SharedProfile | None:
        """The person's profile for an export, or None unless they consent and it is not empty."""
        self._check_person(person_id)
        return self.shared([person_id]).get(person_id)

    def _record_consent(self, person_id: str, given: bool, note: str, *, how: str = "", told: str = "") -> ConsentEvent:
        return record_consent(self.db, person_id, SHARE_KIND, given, note, how=how, told=told)

    # ---- helpers ----------------------------------------------------------------------------------

    def _check_person(self, person_id: str) -> None:
        if not self.rows("SELECT 1 AS x FROM people WHERE id = ?", (person_id,)):
            raise NotFound("person.unknown")

    def _announce(self, person_id: str) -> None:
        # "profile" for whatever shows the person's profile; "attendee" for each meeting they take
        # part in, so the room redraws their tile and its flags.
        self.announce("profile", "updated", None, person_id)
        for row in self.rows("SELECT meeting_id FROM attendance WHERE person_id = ? ORDER BY rowid", (person_id,)):
            self.announce("attendee", "updated", row["meeting_id"], person_id)
