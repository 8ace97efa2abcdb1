"""Recording consent, for every kind a person can give: one history table, one current answer.

Each time consent is given or taken back, an event is added to consent_events (the history a
facilitator can show) and the person's row mirrors the latest answer in *column*, for quick checks.
Callers run it inside their own transaction, with whatever else the answer changes.
"""

from collections.abc import Iterable

from sqlite_utils import Database

from ..domain.consent import ConsentEvent, ConsentState
from ..domain.errors import NotFound
from ..domain.ids import new_id, utc_now
from ._base import Repository

# The people column that holds the current answer, for each kind of consent. Credit is mirrored
# as the naming agreed (credit_consent), not as a yes or no.
CURRENT_ANSWER = {
    "photo": "photo_consent",
    "profile_share": "profile_share_consent",
    "take_home": "take_home_consent",
    "quotes": "quotes_consent",
}


def record_consent(
    db: Database,
    person_id: str,
    kind: str,
    given: bool,
    note: str,
    *,
    detail: str = "",
    how: str = "",
    told: str = "",
) -> ConsentEvent:
    """Add the event and update the person's current answer; returns the event.

    For kind 'credit', *detail* is the naming agreed (a domain.consent.NAMING_CHOICES value) and is
    mirrored in people.credit_consent; *given* is then always true (not being named is a choice of
    naming, 'anonymous', not a refusal).
    """
    event = ConsentEvent(new_id(), person_id, kind, bool(given), utc_now(), note, detail, how, told)
    db["consent_events"].insert(
        {
            "id": event.id,
            "person_id": person_id,
            "kind": event.kind,
            "given": int(event.given),
            "detail": detail,
            "how": how,
            "told": told,
            "at": event.at,
            "note": event.note,
        }
    )
    if kind == "credit":
        db.execute("UPDATE people SET credit_consent = ? WHERE id = ?", (detail, person_id))
    else:
        db.execute(f"UPDATE people SET {CURRENT_ANSWER[kind]} = ? WHERE id = ?", (int(event.given), person_id))
    return event


def _event(row: dict) -> ConsentEvent:
    return ConsentEvent(
        row["id"],
        row["person_id"],
        row["kind"],
        bool(row["given"]),
        row["at"],
        row["note"],
        row["detail"],
        row["how"],
        row["told"],
    )


def consent_history(db: Database, person_id: str, kind: str | None = None) -> list[ConsentEvent]:
    """Every consent event of the person (of one *kind*, when given), oldest first."""
    sql = "SELECT * FROM consent_events WHERE person_id = ?"
    params: tuple = (person_id,)
    if kind is not None:
        sql += " AND kind = ?"
        params += (kind,)
    cursor = db.execute(sql + " ORDER BY at, rowid", params)
    names = [d[0] for d in cursor.description]
    return [_event(dict(zip(names, r, strict=True))) for r in cursor.fetchall()]


def consent_state(db: Database, person_id: str) -> ConsentState | None:
    """The person's consent in force for every purpose, or None for an unknown person."""
    row = db.execute(
        "SELECT credit_consent, take_home_consent, quotes_consent, photo_consent, profile_share_consent"
        " FROM people WHERE id = ?",
        (person_id,),
    ).fetchone()
    if row is None:
        return None
    naming, take_home, quotes, photo, share = row
    return ConsentState(person_id, naming, bool(take_home), bool(quotes), bool(photo), bool(share))


class ConsentRecords(Repository):
    """Consent for every purpose: the answer in force, its history, and who withholds what.

    Writes for photo and profile sharing go through store.photos and store.profiles (their answers
    change what is stored); credit, take-home and quotes are recorded here.
    """

    def state(self, person_id: str) -> ConsentState:
        """The person's consent in force; NotFound for an unknown person."""
        state = consent_state(self.db, person_id)
        if state is None:
            raise NotFound("person.unknown")
        return state

    def history(self, person_id: str) -> list[ConsentEvent]:
        """Every consent event of the person, oldest first; NotFound for an unknown person."""
        self.state(person_id)
        return consent_history(self.db, person_id)

    def names(self, person_id: str) -> tuple[str, str]:
        """The person's full name and the name they last chose to be credited by ('' if none)."""
        rows = self.rows("SELECT full_name FROM people WHERE id = ?", (person_id,))
        if not rows:
            raise NotFound("person.unknown")
        chosen = self.rows(
            "SELECT chosen_name FROM attendance WHERE person_id = ? AND credit_style = 'chosen_name'"
            " AND chosen_name != '' ORDER BY rowid DESC LIMIT 1",
            (person_id,),
        )
        return rows[0]["full_name"], chosen[0]["chosen_name"] if chosen else ""

    def withholding(self, person_ids: Iterable[str], kind: str) -> frozenset[str]:
        """Those of *person_ids* whose answer for *kind* ('take_home' or 'quotes') is no."""
        column = CURRENT_ANSWER[kind]
        ids = list(dict.fromkeys(person_ids))
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT id FROM people WHERE {column} = 0 AND id IN ({marks})"
            found.update(r["id"] for r in self.rows(sql, tuple(chunk)))
        return frozenset(found)

    def record(
        self, person_id: str, kind: str, given: bool, note: str, *, detail: str = "", how: str = "", told: str = ""
    ) -> ConsentEvent:
        """Record a credit, take-home or quotes answer (callers hold the transaction), announced.

        For credit with a credit style (not 'anonymous'), every attendance of the person takes
        that style: the caller also calls set_credit_everywhere.
        """
        self.state(person_id)
        with self.writing():
            event = record_consent(self.db, person_id, kind, given, note, detail=detail, how=how, told=told)
        self._announce(person_id)
        return event

    def set_credit_everywhere(self, person_id: str, style: str, chosen_name: str) -> None:
        """Every attendance of the person takes *style* (already checked) and *chosen_name*."""
        with self.writing():
            self.db.execute(
                "UPDATE attendance SET credit_style = ?, chosen_name = ? WHERE person_id = ?",
                (style, chosen_name, person_id),
            )
        self._announce(person_id)

    def _announce(self, person_id: str) -> None:
        # "person" for views that list everyone; "attendee" for each meeting they take part in.
        self.announce("person", "updated", None, person_id)
        for row in self.rows("SELECT meeting_id FROM attendance WHERE person_id = ?", (person_id,)):
            self.announce("attendee", "updated", row["meeting_id"], person_id)
