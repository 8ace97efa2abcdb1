"""Everything held about one person, gathered once: the data behind their record (JSON and PDF).

PersonRecord.data is the JSON document itself (services/person_record_json.py writes it; its shape
is documented there), and the PDF (services/easy_read/person_record.py) is built from the same
data, so the two can never disagree. The photo bytes are kept beside the data, not in it.

No one else's name is ever in it: a contribution comes with its support role only, never the
supporter's name; the contributions they agreed with come as the meeting and the time only; and a
card on their contributions that is a photo of someone else is labelled as such, not by its label
(a photo card is usually labelled with the name of the person on it).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from ..domain.errors import NotFound
from ..domain.ids import utc_now
from ..domain.profile import CommunicationProfile
from ..store import person_data
from ..store.consent_events import consent_history, consent_state
from ..store.store import Store
from .catalogue import CardCatalogue

FORMAT = "coprod-person-record"
VERSION = 1
# The label given to a card that is a photo of another person (its own label may be their name).
OTHER_PERSON_PHOTO = "Photo of another person"


@dataclass(frozen=True)
class PersonRecord:
    """One person's record: *data* (JSON-ready, see person_record_json), their photo and its type."""

    person_id: str
    data: dict[str, Any]
    photo: bytes | None = None
    photo_media_type: str | None = None
    # Each card's print picture (a built-in card's PNG, a brought card's bytes), for the PDF only.
    card_sources: dict[str, Path | bytes] = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return self.data["person"]["full_name"]

    @property
    def language(self) -> str:
        """The language of their readable record: their profile's, else English."""
        profile = self.data.get("communication_profile") or {}
        return profile.get("language") or "en"


def _plain(value: Any) -> Any:
    """A dataclass value as JSON can hold it: enums as their values, sets as sorted lists."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _profile(profile: CommunicationProfile) -> dict[str, Any] | None:
    if profile.is_empty:
        return None
    return _plain(asdict(profile))


def _card_labels(store: Store, catalogue: CardCatalogue, person_id: str, card_ids: set[str]) -> dict[str, str]:
    """Each card's label (English, as kept), or OTHER_PERSON_PHOTO for a photo of someone else."""
    others = set()
    if card_ids:
        marks = ",".join("?" * len(card_ids))
        cursor = store.db.execute(
            f"SELECT card_id FROM card_people WHERE person_id != ? AND card_id IN ({marks})",
            (person_id, *sorted(card_ids)),
        )
        others = {row[0] for row in cursor.fetchall()}
    labels = {}
    for card_id in card_ids:
        if card_id in others:
            labels[card_id] = OTHER_PERSON_PHOTO
            continue
        try:
            labels[card_id] = store.cards.get(card_id).label
        except NotFound:
            labels[card_id] = catalogue.get(card_id).label if card_id in catalogue else card_id
    return labels


def read_person_record(store: Store, person_id: str, catalogue: CardCatalogue) -> PersonRecord:
    """Gather everything held about *person_id*. Raises NotFound for an unknown person."""
    db = store.db
    person = person_data.person_row(db, person_id)
    state = consent_state(db, person_id)
    contributions = person_data.contributions(db, person_id)
    labels = _card_labels(store, catalogue, person_id, {c for row in contributions for c in row["card_ids"]})
    by_meeting: dict[str, dict[str, list]] = {}

    def meeting_part(meeting_id: str) -> dict[str, list]:
        return by_meeting.setdefault(meeting_id, {"contributions": [], "passes": [], "agreed_with": [], "expenses": []})

    for row in contributions:
        meeting_part(row["meeting_id"])["contributions"].append(
            {
                "id": row["id"],
                "prompt": row["prompt"],
                "words": row["text"],
                "cards": [{"id": c, "label": labels[c]} for c in row["card_ids"]],
                "made_at": row["created_at"],
                "confirmed_at": row["confirmed_at"],
                "withdrawn": row["withdrawn_at"] is not None,
                "withdrawn_at": row["withdrawn_at"],
                "support_role": row["support_role"],
            }
        )
    for row in person_data.passes(db, person_id):
        meeting_part(row["meeting_id"])["passes"].append({"prompt": row["prompt"], "at": row["at"]})
    for row in person_data.agreements(db, person_id):
        meeting_part(row["meeting_id"])["agreed_with"].append({"at": row["at"]})
    for row in person_data.expenses(db, person_id):
        meeting_part(row["meeting_id"])["expenses"].append(
            {
                "kind": row["kind"],
                "miles": row["miles"],
                "pence": row["pence"],
                "note": row["note"],
                "recorded_at": row["created_at"],
            }
        )

    meetings = []
    for row in person_data.attendance(db, person_id):
        meetings.append(
            {
                "id": row["meeting_id"],
                "title": row["title"],
                "date": row["date"],
                "place": row["place"],
                "language": row["language"],
                "credit_style": row["credit_style"],
                "chosen_name": row["chosen_name"],
                "marker": {"colour": row["marker_colour"], "shape": row["marker_shape"]},
                "role": row["role"],
                "minutes": row["minutes"],
                **meeting_part(row["meeting_id"]),
            }
        )

    photo = person_data.photo(db, person_id)
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "made_at": utc_now(),
        "person": {
            "id": person["id"],
            "full_name": person["full_name"],
            "added_at": person["created_at"],
            "anonymised_at": person.get("anonymised_at"),
            "speech_rate": person["speech_rate"],
            "speech_volume": person["speech_volume"],
            "recognition": person.get("recognition", "none"),
        },
        "communication_profile": _profile(store.profiles.get(person_id)),
        "photo": None
        if photo is None
        else {
            "file": None,  # the photo's file name beside the JSON, set when it is saved
            "media_type": photo["media_type"],
            "width": photo["width"],
            "height": photo["height"],
            "sha256": hashlib.sha256(photo["data"]).hexdigest(),
        },
        "cards_showing_them": [
            {"id": r["card_id"], "label": r["label"]} for r in person_data.cards_showing(db, person_id)
        ],
        "consent": {
            "now": None if state is None else {k: v for k, v in asdict(state).items() if k != "person_id"},
            "history": [
                {
                    "kind": e.kind,
                    "given": e.given,
                    "detail": e.detail,
                    "how": e.how,
                    "told": e.told,
                    "note": e.note,
                    "at": e.at,
                }
                for e in consent_history(db, person_id)
            ],
        },
        "meetings": meetings,
    }
    return PersonRecord(
        person_id,
        data,
        None if photo is None else bytes(photo["data"]),
        None if photo is None else photo["media_type"],
        _card_sources(store, catalogue, {c for c, label in labels.items() if label != OTHER_PERSON_PHOTO}),
    )


def _card_sources(store: Store, catalogue: CardCatalogue, card_ids: set[str]) -> dict[str, Path | bytes]:
    sources: dict[str, Path | bytes] = {}
    for card_id in card_ids:
        if card_id in catalogue:
            path = catalogue.png_path(card_id)
            if path.is_file():
                sources[card_id] = path
            continue
        try:
            sources[card_id] = store.imported_cards.picture(card_id)[0]
        except NotFound:
            pass
    return sources
