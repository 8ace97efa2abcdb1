"""Moving a meeting between laptops as one JSON file: export and import. Qt-free.

    export_meeting(store, meeting_id) -> dict           the document (raises NotFound)
    write_export(store, meeting_id, out_path) -> Path   writes it atomically
    read_export(path) -> MeetingExport                  reads and checks a file (ValidationError)
    import_meeting(store, export, choices) -> ImportResult  adds it, all or nothing; rows that differ
                                                        keep this laptop's version unless chosen
                                                        (exchange_merge.find_conflicts lists them)

The format is documented field by field in schemas/meeting-export.schema.json. Privacy: people
are written only as they are credited, never by a full name they did not choose to be credited by
(someone not named only as "Anonymous 2"); the contributions of someone who took back consent to
quotes are left out;
a person's communication profile is written only when they agreed to share it (store.profiles).
"""

import json
import os
import tempfile
from pathlib import Path

from .. import __version__
from ..domain.credit import CreditStyle
from ..domain.filenames import safe_file_stem
from ..domain.ids import utc_now
from ..domain.models import Attendee, Card, Contribution, Meeting, Prompt
from ..domain.profile import Format
from ..store import Store
from ..store.profiles import SharedProfile
from .exchange_format import FORMAT, VERSION, MeetingExport, schema_file
from .exchange_import import ImportResult, import_meeting
from .exchange_read import parse_export, parse_export_bytes, read_export

__all__ = [
    "FORMAT",
    "VERSION",
    "ImportResult",
    "MeetingExport",
    "export_meeting",
    "import_meeting",
    "parse_export",
    "parse_export_bytes",
    "read_export",
    "schema_file",
    "suggested_file_name",
    "write_export",
]

EXTENSION = ".coprod.json"


def export_meeting(store: Store, meeting_id: str) -> dict:
    """The meeting as an export document (plain dict, ready for json.dumps). Raises NotFound."""
    meeting = store.meetings.get(meeting_id)
    attendees = store.people.attendees(meeting_id)
    prompts = store.prompts.for_meeting(meeting_id)
    # Someone who took back consent to quotes: their contributions (words and cards) are left out
    # of the file altogether, as it leaves the room; they stay in the meeting on this laptop.
    withheld = store.consent.withholding((a.person_id for a in attendees), "quotes")
    standing = [c for c in store.contributions.for_meeting(meeting_id) if c.person_id not in withheld]
    # Withdrawn ones travel as the bare record that they were withdrawn (no words, no cards, so no
    # quote of anyone), so that the other laptop withdraws them too: withdrawing wins on import.
    # sorted() is stable: contributions made at the same moment keep this laptop's order.
    contributions = sorted(standing + store.contributions.withdrawn(meeting_id), key=lambda c: c.created_at)
    # The one door for profiles leaving the laptop: only people who consented, only real profiles.
    shared = store.profiles.shared(a.person_id for a in attendees)
    used = dict.fromkeys([p.card_id for p in prompts if p.card_id] + [card for c in standing for card in c.card_ids])
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": utc_now(),
        "app_version": __version__,
        "meeting": _meeting(meeting),
        "people": [_person(a, shared.get(a.person_id)) for a in attendees],
        "prompts": [_prompt(p) for p in prompts],
        "cards": [_card(store.cards.get(card_id)) for card_id in used],
        "contributions": [_contribution(c) for c in contributions],
    }


def write_export(store: Store, meeting_id: str, out_path: Path) -> Path:
    """Write the meeting's export to *out_path* (UTF-8 JSON) and return the path.

    Atomic: written to a temporary file in the same folder, flushed to disk, then moved over
    *out_path* with os.replace, so a crash never leaves half a file under the real name. The file
    holds people's names and words, so it is readable by its owner only (mode 0600).
    Raises NotFound for an unknown meeting, OSError if the folder cannot be written: its filename
    is *out_path*, the file asked for, never the hidden temporary one.
    """
    out_path = Path(out_path)
    document = export_meeting(store, meeting_id)
    # ensure_ascii=False: names and words stay readable in any script for whoever opens the file.
    data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    temp_name: str | None = None
    try:
        # mkstemp makes the file 0600, and os.replace keeps that mode under the real name.
        fd, temp_name = tempfile.mkstemp(prefix=f".{out_path.name[:50]}.", suffix=".tmp", dir=out_path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp_name, out_path)
    except OSError as error:
        _remove(temp_name)
        # The temporary file's name means nothing to the person: name the file they asked for.
        raise OSError(error.errno, error.strerror, str(out_path)) from error
    except BaseException:
        _remove(temp_name)
        raise
    return out_path


def _remove(temp_name: str | None) -> None:
    if temp_name is not None:
        Path(temp_name).unlink(missing_ok=True)


def suggested_file_name(meeting: Meeting) -> str:
    """A safe file name for the meeting's export, e.g. "2026-11-26 Planning the day centre.coprod.json".

    The title is user text: domain.filenames.safe_file_stem strips separators, leading dots and
    characters Windows refuses, so the name always stays inside the folder chosen for it.
    """
    return f"{meeting.date} {safe_file_stem(meeting.title)}{EXTENSION}"


def _meeting(m: Meeting) -> dict:
    return {
        "id": m.id,
        "title": m.title,
        "date": m.date,
        "place": m.place,
        "created_at": m.created_at,
        "updated_at": m.updated_at,
        "language": m.language,
    }


def _person(a: Attendee, shared: SharedProfile | None) -> dict:
    # Only credited_as: the full name is written nowhere, whatever the credit style. Someone not
    # named is written as their "Anonymous 2" credit, credited by it as a full name (so an import
    # credits them exactly so); their profile, if shared, without the name they like to be called.
    marker = a.marker
    person = {
        "id": a.person_id,
        "credited_as": a.credited_as,
        "credit_style": CreditStyle.FULL_NAME.value if a.withheld_name else a.credit_style.value,
        "marker": {"colour": marker.colour.key, "shape": marker.shape.value, "initials": marker.initials},
        "position": a.position,
    }
    if shared is not None:
        # Absent, not null, without consent: a file with no profiles is exactly what it was before.
        person["profile"] = _profile(shared)
        if a.withheld_name:
            person["profile"]["preferred_name"] = ""
    return person


def _profile(shared: SharedProfile) -> dict:
    p = shared.profile
    return {
        "preferred_name": p.preferred_name,
        "formats": [f.value for f in Format if f in p.formats],
        "language": p.language,
        "interpreter": p.interpreter.value,
        "interpreter_language": p.interpreter_language,
        "access": None if p.access is None else p.access.value,
        "switch_mode": p.switch_mode.value,
        "switch_step_seconds": p.switch_step_seconds,
        "switch_hold_seconds": p.switch_hold_seconds,
        "speech_rate": p.speech_rate,
        "voice": p.voice,
        "card_size": p.card_size.value,
        "notes": p.notes,
        "consent_given_at": shared.consent_given_at,
    }


def _prompt(p: Prompt) -> dict:
    return {"id": p.id, "position": p.position, "text": p.text, "card_id": p.card_id}


def _card(c: Card) -> dict:
    return {
        "id": c.id,
        "label": c.label,
        "category": c.category,
        "licence": c.licence,
        "author": c.author,
        "source": c.source,
    }


def _contribution(c: Contribution) -> dict:
    return {
        "id": c.id,
        "person_id": c.person_id,
        "prompt_id": c.prompt_id,
        "text": "" if c.is_withdrawn else c.text,
        "created_at": c.created_at,
        "card_ids": [] if c.is_withdrawn else list(c.card_ids),
        "confirmed_at": None if c.is_withdrawn else c.confirmed_at,
        "withdrawn_at": c.withdrawn_at,
    }
