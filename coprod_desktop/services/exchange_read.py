"""Reading a meeting export: from a file to a checked MeetingExport, or one plain error saying why not.

Three steps, each refusing with a ValidationError whose code names the problem and whose params
name the file and the place in it (e.g. "import.not_id", file="m.json",
field="contributions[3].person_id"):

1. the file: a regular file, not too big, UTF-8 JSON, no field twice in one object, no absurd
   nesting or numbers; a CoProd Desktop meeting export of a version this app knows;
2. its shape, against the JSON Schema we ship (exchange_schema.check_shape);
3. what a schema cannot say, while the records are built: text cleaned by the domain rules before
   its length is checked, real dates and times, ids unique within the file, and every person,
   prompt and card referred to present in the file.

Nothing here touches a database: the whole file is checked before import_meeting() opens a write
transaction.
"""

import json
import re
import stat
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from ..domain.credit import parse_credit_style
from ..domain.dates import parse_meeting_date
from ..domain.errors import ValidationError
from ..domain.markers import marker_colour, marker_shape
from ..domain.messages import os_reason
from ..domain.models import Contribution, Meeting, Prompt
from ..domain.names import check_person_name
from ..domain.profile import INTERPRETER_LANGUAGE_MAX, NOTES_MAX, VOICE_MAX, CommunicationProfile
from ..domain.speech import check_language
from ..domain.text import CONTRIBUTION_MAX, NAME_MAX, PLACE_MAX, PROMPT_MAX, TITLE_MAX, clean_text
from .exchange_format import (
    APP_VERSION_MAX,
    CARD_TEXT_MAX,
    FORMAT,
    MARKER_INITIALS_MAX,
    MAX_FILE_BYTES,
    OLDEST_VERSION,
    VERSION,
    ExportedCard,
    ExportedPerson,
    MeetingExport,
)
from .exchange_schema import check_shape, shown

# ASCII digits only: \d would also accept Arabic-Indic and other digits, which datetime refuses.
_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})(?:\.([0-9]{1,6}))?Z")
T = TypeVar("T")


class _DuplicateField(ValueError):
    pass


def _no_duplicate_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads would silently keep the last of two equal keys; a file that says two things is refused.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateField(key)
        result[key] = value
    return result


def _no_constants(name: str) -> float:
    # json.loads accepts NaN and Infinity, which are not JSON and would pass any range check.
    raise ValueError(name)


def read_export(path: Path) -> MeetingExport:
    """Read and check the meeting export at *path*.

    Raises ValidationError for every problem, including a missing or unreadable file (an OSError
    is turned into a ValidationError here, so callers handle one error type): too big, not UTF-8,
    not JSON, not a meeting export, a newer format version, a wrong shape, or references that do
    not resolve inside the file. Whether the picture cards exist on this laptop is checked by
    import_meeting(), against the store.
    """
    path = Path(path)
    # The name goes into a one-line message: a newline or bidi override in it must not survive.
    name = clean_text(path.name) or "the file"
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ValidationError("import.is_folder", file=name)
        # A FIFO or device would block or never end; only regular files are read.
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError("import.not_a_file", file=name)
        if info.st_size > MAX_FILE_BYTES:
            raise ValidationError("import.too_big", file=name, limit_mb=MAX_FILE_BYTES // (1024 * 1024))
        with path.open("rb") as f:
            # Read one byte past the limit, in case the file grew after stat().
            raw = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ValidationError("import.no_file", file=name) from None
    except OSError as exc:
        raise ValidationError("import.unreadable", file=name, reason=os_reason(exc)) from None
    return parse_export_bytes(raw, source=name)


def parse_export_bytes(raw: bytes, *, source: str = "the file") -> MeetingExport:
    """Decode and check export bytes (see read_export). *source* names the file in messages."""
    if len(raw) > MAX_FILE_BYTES:
        raise ValidationError("import.too_big", file=source, limit_mb=MAX_FILE_BYTES // (1024 * 1024))
    if not raw.strip():
        raise ValidationError("import.empty", file=source)
    try:
        # utf-8-sig: some Windows editors put a byte-order mark in front of UTF-8 JSON.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("import.not_utf8", file=source) from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_fields, parse_constant=_no_constants)
    except _DuplicateField as exc:
        raise ValidationError("import.field_twice", file=source, name=shown(exc.args[0])) from None
    except json.JSONDecodeError as exc:
        raise ValidationError("import.not_json", file=source, line=exc.lineno, column=exc.colno) from None
    except ValueError:
        # e.g. a number of more than 4300 digits, which Python refuses to convert, or NaN.
        raise ValidationError("import.odd_value", file=source) from None
    except RecursionError:
        # The guard against absurd nesting: the JSON decoder stops at Python's recursion limit
        # (about 1000 levels) and a real export is 4 deep.
        raise ValidationError("import.too_deep", file=source) from None
    return parse_export(data, source=source)


def parse_export(data: object, *, source: str = "the file") -> MeetingExport:
    """Check already-parsed JSON *data* and return it as a MeetingExport; see read_export()."""
    # Format and version come first: a newer file should say so, not list fields we do not know.
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError("import.not_export", file=source)
    version = data.get("version")
    # type() rather than isinstance(): true and 1.0 are not version 1.
    if type(version) is not int or version < OLDEST_VERSION:
        raise ValidationError("import.unknown_version", file=source, value=shown(version))
    if version > VERSION:
        raise ValidationError("import.newer_version", file=source, value=version)
    check_shape(data, source=source)
    return _Builder(source).document(data, version)


class _Builder:
    """Builds the records from a document whose shape the schema has checked, checking the rest."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, code: str, field: str, **params: Any) -> ValidationError:
        return ValidationError(code, file=self.source, field=field, **params)

    def document(self, data: dict, version: int = VERSION) -> MeetingExport:
        meeting = self.meeting(data["meeting"])
        export = MeetingExport(
            exported_at=self.time(data["exported_at"], "exported_at"),
            app_version=self.text(data["app_version"], "app_version", APP_VERSION_MAX),
            meeting=meeting,
            people=tuple(self.person(p, f"people[{i}]") for i, p in enumerate(data["people"])),
            prompts=tuple(self.prompt(p, f"prompts[{i}]", meeting.id) for i, p in enumerate(data["prompts"])),
            cards=tuple(self.card(c, f"cards[{i}]") for i, c in enumerate(data["cards"])),
            contributions=tuple(
                self.contribution(c, f"contributions[{i}]", meeting.id) for i, c in enumerate(data["contributions"])
            ),
            version=version,
        )
        self.references(export)
        return export

    def meeting(self, m: dict) -> Meeting:
        return Meeting(
            id=m["id"].lower(),
            title=self.text(m["title"], "meeting.title", TITLE_MAX, required=True),
            date=self.date(m["date"], "meeting.date"),
            place=self.text(m["place"], "meeting.place", PLACE_MAX),
            created_at=self.time(m["created_at"], "meeting.created_at"),
            updated_at=self.time(m["updated_at"], "meeting.updated_at"),
            # Absent in version 1 files: the app's default, and not compared on import.
            **({"language": self.domain(check_language, m["language"], "meeting.language")} if "language" in m else {}),
        )

    def person(self, p: dict, where: str) -> ExportedPerson:
        marker = p["marker"]
        profile, consent_at = self.profile(p["profile"], f"{where}.profile") if "profile" in p else (None, None)
        return ExportedPerson(
            id=p["id"].lower(),
            credited_as=self.domain(check_person_name, p["credited_as"], f"{where}.credited_as"),
            credit_style=self.domain(parse_credit_style, p["credit_style"], f"{where}.credit_style"),
            marker_colour=self.domain(marker_colour, marker["colour"], f"{where}.marker.colour").key,
            marker_shape=self.domain(marker_shape, marker["shape"], f"{where}.marker.shape").value,
            marker_initials=self.text(marker["initials"], f"{where}.marker.initials", MARKER_INITIALS_MAX),
            position=self.position(p["position"], f"{where}.position"),
            profile=profile,
            profile_consent_given_at=consent_at,
        )

    def profile(self, p: dict, where: str) -> tuple[CommunicationProfile, str]:
        """A shared communication profile: its shape checked by the schema, its rules by the domain."""
        fields = {
            "preferred_name": self.text(p["preferred_name"], f"{where}.preferred_name", NAME_MAX),
            "formats": list(p["formats"]),
            "language": p["language"],
            "interpreter": p["interpreter"],
            "interpreter_language": self.text(
                p["interpreter_language"], f"{where}.interpreter_language", INTERPRETER_LANGUAGE_MAX
            ),
            "access": p["access"],
            "switch_mode": p["switch_mode"],
            "switch_step_seconds": float(p["switch_step_seconds"]),
            "switch_hold_seconds": float(p["switch_hold_seconds"]),
            "speech_rate": p["speech_rate"],
            "voice": None if p["voice"] is None else self.text(p["voice"], f"{where}.voice", VOICE_MAX, required=True),
            "card_size": p["card_size"],
            "notes": self.text(p["notes"], f"{where}.notes", NOTES_MAX, multiline=True),
        }
        consent_at = self.time(p["consent_given_at"], f"{where}.consent_given_at")
        return self.domain(lambda f: CommunicationProfile(**f), fields, where), consent_at

    def prompt(self, p: dict, where: str, meeting_id: str) -> Prompt:
        return Prompt(
            id=p["id"].lower(),
            meeting_id=meeting_id,
            position=self.position(p["position"], f"{where}.position"),
            text=self.text(p["text"], f"{where}.text", PROMPT_MAX, required=True, multiline=True),
            card_id=None if p["card_id"] is None else self.card_id(p["card_id"], f"{where}.card_id"),
        )

    def card(self, c: dict, where: str) -> ExportedCard:
        return ExportedCard(
            id=self.card_id(c["id"], f"{where}.id"),
            label=self.text(c["label"], f"{where}.label", CARD_TEXT_MAX, required=True),
            **{k: self.text(c[k], f"{where}.{k}", CARD_TEXT_MAX) for k in ("category", "licence", "author", "source")},
        )

    def contribution(self, c: dict, where: str, meeting_id: str) -> Contribution:
        withdrawn_at = self.optional_time(c.get("withdrawn_at"), f"{where}.withdrawn_at")
        cards = tuple(self.card_id(v, f"{where}.card_ids[{i}]") for i, v in enumerate(c["card_ids"]))
        text = self.text(c["text"], f"{where}.text", CONTRIBUTION_MAX, multiline=True)
        confirmed_at = self.optional_time(c.get("confirmed_at"), f"{where}.confirmed_at")
        if withdrawn_at is not None:
            # Withdrawn: only the record that it was. Words or cards a file gives it are dropped,
            # never stored: withdrawn words are not brought back by any file.
            text, cards, confirmed_at = "", (), None
        elif not text and not cards:
            raise self.fail("import.nothing_said", where)
        return Contribution(
            id=c["id"].lower(),
            meeting_id=meeting_id,
            prompt_id=None if c["prompt_id"] is None else c["prompt_id"].lower(),
            person_id=c["person_id"].lower(),
            text=text,
            created_at=self.time(c["created_at"], f"{where}.created_at"),
            card_ids=cards,
            confirmed_at=confirmed_at,
            withdrawn_at=withdrawn_at,
        )

    def references(self, export: MeetingExport) -> None:
        """Ids are unique within the file and everything referred to is in the file."""
        people = self.unique([p.id for p in export.people], "people", "id")
        self.unique([p.position for p in export.people], "people", "position")
        prompts = self.unique([p.id for p in export.prompts], "prompts", "id")
        self.unique([p.position for p in export.prompts], "prompts", "position")
        cards = self.unique([c.id for c in export.cards], "cards", "id")
        self.unique([c.id for c in export.contributions], "contributions", "id")
        for i, prompt in enumerate(export.prompts):
            if prompt.card_id is not None and prompt.card_id not in cards:
                raise self.fail("import.card_not_listed", f"prompts[{i}].card_id", card=shown(prompt.card_id))
        for i, c in enumerate(export.contributions):
            where = f"contributions[{i}]"
            if c.person_id not in people:
                raise self.fail("import.person_not_listed", f"{where}.person_id")
            if c.prompt_id is not None and c.prompt_id not in prompts:
                raise self.fail("import.prompt_not_listed", f"{where}.prompt_id")
            for j, card_id in enumerate(c.card_ids):
                if card_id not in cards:
                    raise self.fail("import.card_not_listed", f"{where}.card_ids[{j}]", card=shown(card_id))

    # ---- single values (their JSON type already checked by the schema) ---------------------------

    def text(self, value: str, where: str, limit: int, *, required: bool = False, multiline: bool = False) -> str:
        """Text cleaned by the domain rules (clean_text), held again to the domain's length limit:
        cleaning can lengthen text (NFC composes some letters into two)."""
        text = clean_text(value, multiline=multiline)
        if required and not text:
            raise self.fail("import.field_empty", where)
        if len(text) > limit:
            raise self.fail("import.too_long", where, length=len(text), limit=limit)
        return text

    def card_id(self, value: str, where: str) -> str:
        # The schema refuses spaces; invisible and control characters are refused here.
        if clean_text(value) != value:
            raise self.fail("import.not_card_id", where, value=shown(value))
        return value

    def position(self, value: int | float, where: str) -> int:
        # The schema counts 1.0 as a whole number; a position is stored as an integer.
        if type(value) is not int:
            raise self.fail("import.not_whole_number", where)
        return value

    def date(self, value: str, where: str) -> str:
        iso = self.domain(parse_meeting_date, value, where)
        if iso != value:
            # Only the canonical form: it is what we write, and it sorts as text.
            raise self.fail("import.not_date", where, value=shown(value))
        return iso

    def time(self, value: str, where: str) -> str:
        """A UTC time like 2026-11-26T10:00:00.123456Z, returned in that canonical form."""
        match = _TIME.fullmatch(value)
        try:
            moment = datetime.strptime(match.group(1), "%Y-%m-%dT%H:%M:%S") if match else None
        except ValueError:  # the right shape but no such moment: 2026-02-30
            moment = None
        if match is None or moment is None:
            raise self.fail("import.not_time", where, value=shown(value))
        micro = (match.group(2) or "").ljust(6, "0")
        # Stored times must sort as text beside utc_now() values, so fractions are padded to 6 digits.
        return f"{moment:%Y-%m-%dT%H:%M:%S}.{micro}Z"

    def optional_time(self, value: str | None, where: str) -> str | None:
        return None if value is None else self.time(value, where)

    def domain(self, rule: Callable[[Any], T], value: object, where: str) -> T:
        """Apply a domain rule (credit style, marker colour, profile...), naming the place if it refuses."""
        try:
            return rule(value)
        except ValidationError as exc:
            # The rule's own error is a param: it is put in the sentence in the person's language.
            raise self.fail("import.value_refused", where, reason=exc) from None

    def unique(self, values: list[Any], where: str, field: str) -> set[Any]:
        seen: dict[Any, int] = {}
        for i, value in enumerate(values):
            if value in seen:
                raise self.fail("import.same_twice", f"{where}[{i}].{field}", other=f"{where}[{seen[value]}].{field}")
            seen[value] = i
        return set(seen)
