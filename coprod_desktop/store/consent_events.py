"""Recording consent, for every kind a person can give: one history table, one current answer.

Each time consent is given or taken back, an event is added to consent_events (the history a
facilitator can show) and the person's row mirrors the latest answer in *column*, for quick checks.
Callers run it inside their own transaction, with whatever else the answer changes.
"""

from sqlite_utils import Database

from ..domain.consent import ConsentEvent
from ..domain.ids import new_id, utc_now

# The people column that holds the current answer, for each kind of consent.
CURRENT_ANSWER = {"photo": "photo_consent", "profile_share": "profile_share_consent"}


def record_consent(db: Database, person_id: str, kind: str, given: bool, note: str) -> ConsentEvent:
    """Add the event and update the person's current answer; returns the event."""
    event = ConsentEvent(new_id(), person_id, kind, bool(given), utc_now(), note)
    db["consent_events"].insert(
        {
            "id": event.id,
            "person_id": person_id,
            "kind": event.kind,
            "given": int(event.given),
            "at": event.at,
            "note": event.note,
        }
    )
    db.execute(f"UPDATE people SET {CURRENT_ANSWER[kind]} = ? WHERE id = ?", (int(event.given), person_id))
    return event
