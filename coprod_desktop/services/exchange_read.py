"""Reading a meeting export: from a file to a checked MeetingExport, or one plain line saying why not.

Every problem is a ValidationError whose message is one line and names the place in the file, e.g.
"Cannot import m.json: contributions[3].person_id is not an id." Nothing here touches a database:
the whole file is checked before import_meeting() opens a write transaction.
"""

import json
import re
import stat
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from ..domain.credit import parse_credit_style
from ..domain.dates import parse_meeting_date
from ..domain.errors import ValidationError
from ..domain.ids import is_id
from ..domain.markers import marker_colour, marker_shape
from ..domain.models import Contribution, Meeting, Prompt
from ..domain.profile import INTERPRETER_LANGUAGE_MAX, NOTES_MAX, VOICE_MAX, CommunicationProfile
from ..domain.text import CONTRIBUTION_MAX, NAME_MAX, PLACE_MAX, PROMPT_MAX, TITLE_MAX, clean_text
from ..store.contributions import MAX_CARDS
from .exchange_format import (
    APP_VERSION_MAX,
    CARD_ID_MAX,
    CARD_TEXT_MAX,
    FORMAT,
    MARKER_INITIALS_MAX,
    MAX_FILE_BYTES,
    MAX_POSITION,
    VERSION,
    ExportedCard,
    ExportedPerson,
    MeetingExport,
)

# ASCII digits only: \d would also accept Arabic-Indic and other digits, which datetime refuses.
_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})(?:\.([0-9]{1,6}))?Z")
T = TypeVar("T")
_TOP_FIELDS = (
    "format",
    "version",
    "exported_at",
    "app_version",
    "meeting",
    "people",
    "prompts",
    "cards",
    "contributions",
)
_PROFILE_FIELDS = (
    "preferred_name",
    "formats",
    "language",
    "interpreter",
    "interpreter_language",
    "access",
    "switch_mode",
    "switch_step_seconds",
    "switch_hold_seconds",
    "speech_rate",
    "voice",
    "card_size",
    "notes",
    "consent_given_at",
)


def _shown(value: object, limit: int = 40) -> str:
    """A value quoted for a message: one line, short, so a hostile value cannot flood the message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _file_name(path: Path) -> str:
    # The name goes into a one-line message: a newline or bidi override in it must not survive.
    return clean_text(path.name) or "the file"


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


def read_export(path: Path) -> MeetingExport:
    """Read and check the meeting export at *path*.

    Raises ValidationError with one plain line for every problem, including a missing or unreadable
    file (an OSError is turned into a ValidationError here, so callers handle one error type):
    too big, not UTF-8, not JSON, not a meeting export, a newer format version, a wrong shape, or
    references that do not resolve inside the file. Whether the picture cards exist on this laptop
    is checked by import_meeting(), against the store.
    """
    path = Path(path)
    name = _file_name(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ValidationError(f"Cannot import {name}: it is a folder, not a meeting export file.")
        # A FIFO or device would block or never end; only regular files are read.
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError(f"Cannot import {name}: it is not a file.")
        if info.st_size > MAX_FILE_BYTES:
            raise ValidationError(f"Cannot import {name}: it is too big to be a meeting export (over 50 MB).")
        with path.open("rb") as f:
            # Read one byte past the limit, in case the file grew after stat().
            raw = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ValidationError(f"Cannot import {name}: there is no such file.") from None
    except OSError as exc:
        raise ValidationError(f"Cannot import {name}: it cannot be read ({exc.strerror or exc}).") from None
    return parse_export_bytes(raw, source=name)


def parse_export_bytes(raw: bytes, *, source: str = "the file") -> MeetingExport:
    """Decode and check export bytes (see read_export). *source* names the file in messages."""
    if len(raw) > MAX_FILE_BYTES:
        raise ValidationError(f"Cannot import {source}: it is too big to be a meeting export (over 50 MB).")
    if not raw.strip():
        raise ValidationError(f"Cannot import {source}: it is empty.")
    try:
        # utf-8-sig: some Windows editors put a byte-order mark in front of UTF-8 JSON.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(f"Cannot import {source}: it is not UTF-8 text, so it is not a meeting export.") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_fields)
    except _DuplicateField as exc:
        raise ValidationError(
            f"Cannot import {source}: the field {_shown(exc.args[0])} appears twice in one place."
        ) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"Cannot import {source}: it is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from None
    except ValueError:
        # e.g. a number of more than 4300 digits, which Python refuses to convert.
        raise ValidationError(f"Cannot import {source}: it holds a value no meeting export has.") from None
    except RecursionError:
        # The guard against absurd nesting: the JSON decoder stops at Python's recursion limit
        # (about 1000 levels) and a real export is 4 deep.
        raise ValidationError(f"Cannot import {source}: it is nested far too deeply to be a meeting export.") from None
    return parse_export(data, source=source)


def parse_export(data: object, *, source: str = "the file") -> MeetingExport:
    """Check already-parsed JSON *data* and return it as a MeetingExport; see read_export()."""
    return _Checker(source).document(data)


def json_kind(value: object) -> str:
    """What a JSON value is, in plain words, for messages about files of the wrong shape."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    return "an object"


class _Checker:
    """Walks the parsed document, field by field, naming the place of the first problem."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, problem: str) -> NoReturn:
        raise ValidationError(f"Cannot import {self.source}: {problem.rstrip('.')}.")

    # ---- the document ---------------------------------------------------------------------------

    def document(self, data: object) -> MeetingExport:
        if not isinstance(data, dict):
            self.fail(f"it is not a meeting export (it holds {json_kind(data)}, not a JSON object)")
        # Format and version come first: a newer file should say so, not list fields we do not know.
        if data.get("format") != FORMAT:
            self.fail(f"it is not a CoProd Desktop meeting export (the format field is not {FORMAT!r})")
        version = data.get("version")
        # type() rather than isinstance(): true and 1.0 are not version 1.
        if type(version) is not int or version < VERSION:
            self.fail(f"it has an unknown format version: {_shown(version)}")
        if version > VERSION:
            self.fail(
                f"it was made by a newer version of CoProd Desktop (format version {_shown(version)}). "
                "Please update CoProd Desktop to import it"
            )
        top = self.fields(data, "the file", _TOP_FIELDS)
        exported_at = self.time(top["exported_at"], "exported_at")
        app_version = self.text(top["app_version"], "app_version", APP_VERSION_MAX, required=False)
        meeting = self.meeting(top["meeting"])
        people = tuple(self.person(v, f"people[{i}]") for i, v in enumerate(self.array(top["people"], "people")))
        prompts = tuple(
            self.prompt(v, f"prompts[{i}]", meeting.id) for i, v in enumerate(self.array(top["prompts"], "prompts"))
        )
        cards = tuple(self.card(v, f"cards[{i}]") for i, v in enumerate(self.array(top["cards"], "cards")))
        contributions = tuple(
            self.contribution(v, f"contributions[{i}]", meeting.id)
            for i, v in enumerate(self.array(top["contributions"], "contributions"))
        )
        export = MeetingExport(exported_at, app_version, meeting, people, prompts, cards, contributions)
        self.references(export)
        return export

    def meeting(self, value: object) -> Meeting:
        m = self.fields(value, "meeting", ("id", "title", "date", "place", "created_at", "updated_at"))
        return Meeting(
            id=self.id(m["id"], "meeting.id"),
            title=self.text(m["title"], "meeting.title", TITLE_MAX),
            date=self.date(m["date"], "meeting.date"),
            place=self.text(m["place"], "meeting.place", PLACE_MAX, required=False),
            created_at=self.time(m["created_at"], "meeting.created_at"),
            updated_at=self.time(m["updated_at"], "meeting.updated_at"),
        )

    def person(self, value: object, where: str) -> ExportedPerson:
        p = self.fields(
            value, where, ("id", "credited_as", "credit_style", "marker", "position"), optional=("profile",)
        )
        marker = self.fields(p["marker"], f"{where}.marker", ("colour", "shape", "initials"))
        profile, consent_at = self.profile(p["profile"], f"{where}.profile") if "profile" in p else (None, None)
        return ExportedPerson(
            id=self.id(p["id"], f"{where}.id"),
            credited_as=self.text(p["credited_as"], f"{where}.credited_as", NAME_MAX),
            credit_style=self.domain(
                parse_credit_style, self.plain(p["credit_style"], f"{where}.credit_style"), f"{where}.credit_style"
            ),
            marker_colour=self.domain(
                marker_colour, self.plain(marker["colour"], f"{where}.marker.colour"), f"{where}.marker.colour"
            ).key,
            marker_shape=self.domain(
                marker_shape, self.plain(marker["shape"], f"{where}.marker.shape"), f"{where}.marker.shape"
            ).value,
            marker_initials=self.text(
                marker["initials"], f"{where}.marker.initials", MARKER_INITIALS_MAX, required=False
            ),
            position=self.position(p["position"], f"{where}.position"),
            profile=profile,
            profile_consent_given_at=consent_at,
        )

    def profile(self, value: object, where: str) -> tuple[CommunicationProfile, str]:
        """A shared communication profile: each field's type here, the rules in the domain."""
        p = self.fields(value, where, _PROFILE_FIELDS)
        formats = [
            self.plain(v, f"{where}.formats[{i}]") for i, v in enumerate(self.array(p["formats"], f"{where}.formats"))
        ]
        if len(set(formats)) != len(formats):
            self.fail(f"{where}.formats lists a format twice")
        fields = {
            "preferred_name": self.text(p["preferred_name"], f"{where}.preferred_name", NAME_MAX, required=False),
            "formats": formats,
            "language": self.maybe(self.plain, p["language"], f"{where}.language"),
            "interpreter": self.plain(p["interpreter"], f"{where}.interpreter"),
            "interpreter_language": self.text(
                p["interpreter_language"], f"{where}.interpreter_language", INTERPRETER_LANGUAGE_MAX, required=False
            ),
            "access": self.maybe(self.plain, p["access"], f"{where}.access"),
            "switch_mode": self.plain(p["switch_mode"], f"{where}.switch_mode"),
            "switch_step_seconds": self.number(p["switch_step_seconds"], f"{where}.switch_step_seconds"),
            "switch_hold_seconds": self.number(p["switch_hold_seconds"], f"{where}.switch_hold_seconds"),
            "speech_rate": self.maybe(self.whole, p["speech_rate"], f"{where}.speech_rate"),
            "voice": None if p["voice"] is None else self.text(p["voice"], f"{where}.voice", VOICE_MAX),
            "card_size": self.plain(p["card_size"], f"{where}.card_size"),
            "notes": self.text(p["notes"], f"{where}.notes", NOTES_MAX, required=False, multiline=True),
        }
        consent_at = self.time(p["consent_given_at"], f"{where}.consent_given_at")
        return self.domain(lambda f: CommunicationProfile(**f), fields, where), consent_at

    def prompt(self, value: object, where: str, meeting_id: str) -> Prompt:
        p = self.fields(value, where, ("id", "position", "text", "card_id"))
        card_id = None if p["card_id"] is None else self.card_id(p["card_id"], f"{where}.card_id")
        return Prompt(
            id=self.id(p["id"], f"{where}.id"),
            meeting_id=meeting_id,
            position=self.position(p["position"], f"{where}.position"),
            text=self.text(p["text"], f"{where}.text", PROMPT_MAX, multiline=True),
            card_id=card_id,
        )

    def card(self, value: object, where: str) -> ExportedCard:
        c = self.fields(value, where, ("id", "label", "category", "licence", "author", "source"))
        return ExportedCard(
            id=self.card_id(c["id"], f"{where}.id"),
            label=self.text(c["label"], f"{where}.label", CARD_TEXT_MAX),
            **{
                k: self.text(c[k], f"{where}.{k}", CARD_TEXT_MAX, required=False)
                for k in ("category", "licence", "author", "source")
            },
        )

    def contribution(self, value: object, where: str, meeting_id: str) -> Contribution:
        c = self.fields(value, where, ("id", "person_id", "prompt_id", "text", "created_at", "card_ids"))
        card_ids = self.array(c["card_ids"], f"{where}.card_ids")
        if len(card_ids) > MAX_CARDS:
            self.fail(f"{where}.card_ids has {len(card_ids)} picture cards, the most is {MAX_CARDS}")
        cards = tuple(self.card_id(v, f"{where}.card_ids[{i}]") for i, v in enumerate(card_ids))
        text = self.text(c["text"], f"{where}.text", CONTRIBUTION_MAX, required=False, multiline=True)
        if not text and not cards:
            self.fail(f"{where} has neither words nor picture cards")
        return Contribution(
            id=self.id(c["id"], f"{where}.id"),
            meeting_id=meeting_id,
            prompt_id=None if c["prompt_id"] is None else self.id(c["prompt_id"], f"{where}.prompt_id"),
            person_id=self.id(c["person_id"], f"{where}.person_id"),
            text=text,
            created_at=self.time(c["created_at"], f"{where}.created_at"),
            card_ids=cards,
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
                self.fail(f"prompts[{i}].card_id {_shown(prompt.card_id)} is not in the cards list")
        for i, c in enumerate(export.contributions):
            where = f"contributions[{i}]"
            if c.person_id not in people:
                self.fail(f"{where}.person_id is credited to someone who is not among the people in the file")
            if c.prompt_id is not None and c.prompt_id not in prompts:
                self.fail(f"{where}.prompt_id is not one of the prompts in the file")
            for j, card_id in enumerate(c.card_ids):
                if card_id not in cards:
                    self.fail(f"{where}.card_ids[{j}] {_shown(card_id)} is not in the cards list")

    # ---- single values --------------------------------------------------------------------------

    def fields(
        self, value: object, where: str, names: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        """An object with exactly the fields *names*, and perhaps some of *optional*: a missing or
        unknown field is refused."""
        if not isinstance(value, dict):
            self.fail(f"{where} is {json_kind(value)}, not a JSON object")
        prefix = "" if where == "the file" else f"{where}."
        for name in names:
            if name not in value:
                self.fail(f"{prefix}{name} is missing")
        for name in value:
            if name not in names and name not in optional:
                # Unknown fields are refused rather than dropped: importing would silently lose them.
                self.fail(f"{where} has an unknown field {_shown(name)}")
        return value

    def array(self, value: object, where: str) -> list[Any]:
        if not isinstance(value, list):
            self.fail(f"{where} is {json_kind(value)}, not a list")
        return value

    def plain(self, value: object, where: str) -> str:
        if not isinstance(value, str):
            self.fail(f"{where} is {json_kind(value)}, not text")
        return value

    def text(self, value: object, where: str, limit: int, *, required: bool = True, multiline: bool = False) -> str:
        """Text cleaned by the domain rules (clean_text) and held to the domain's length limits."""
        text = clean_text(self.plain(value, where), multiline=multiline)
        if required and not text:
            self.fail(f"{where} is empty")
        if len(text) > limit:
            self.fail(f"{where} is too long: {len(text)} characters, the most is {limit}")
        return text

    def id(self, value: object, where: str) -> str:
        if not is_id(value):
            self.fail(f"{where} is not an id")
        # is_id accepts upper case; ids are stored lower case so the same id always matches itself.
        return str(value).lower()

    def card_id(self, value: object, where: str) -> str:
        text = self.plain(value, where)
        if not text or len(text) > CARD_ID_MAX or clean_text(text) != text or any(ch.isspace() for ch in text):
            self.fail(f"{where} {_shown(text)} is not a picture card id")
        return text

    def maybe(self, check: Callable[[object, str], T], value: object, where: str) -> T | None:
        """null, or a value that passes *check*."""
        return None if value is None else check(value, where)

    def number(self, value: object, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(f"{where} is {json_kind(value)}, not a number")
        try:
            return float(value)
        except OverflowError:  # a whole number of hundreds of digits
            self.fail(f"{where} is far too big")

    def whole(self, value: object, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{where} is not a whole number")
        return value

    def position(self, value: object, where: str) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_POSITION:
            self.fail(f"{where} is not a whole number from 0 to {MAX_POSITION}")
        return value

    def date(self, value: object, where: str) -> str:
        text = self.plain(value, where)
        iso = self.domain(parse_meeting_date, text, where)
        if iso != text:
            # Only the canonical form: it is what we write, and it sorts as text.
            self.fail(f"{where} {_shown(text)} is not a date written like 2026-11-26")
        return iso

    def time(self, value: object, where: str) -> str:
        """A UTC time like 2026-11-26T10:00:00.123456Z, returned in that canonical form."""
        match = _TIME.fullmatch(value) if isinstance(value, str) else None
        try:
            moment = datetime.strptime(match.group(1), "%Y-%m-%dT%H:%M:%S") if match else None
        except ValueError:
            moment = None
        if moment is None:
            self.fail(f"{where} is not a UTC time written like 2026-11-26T10:00:00Z")
        micro = (match.group(2) or "").ljust(6, "0")
        # Stored times must sort as text beside utc_now() values, so fractions are padded to 6 digits.
        return f"{moment:%Y-%m-%dT%H:%M:%S}.{micro}Z"

    def domain(self, rule: Callable[[Any], T], value: object, where: str) -> T:
        """Apply a domain rule (credit style, marker colour...), naming the place if it refuses."""
        try:
            return rule(value)
        except ValidationError as exc:
            message = str(exc)
            self.fail(f"{where}: {message[:1].lower()}{message[1:]}")

    def unique(self, values: list[Any], where: str, field: str) -> set[Any]:
        seen: dict[Any, int] = {}
        for i, value in enumerate(values):
            if value in seen:
                self.fail(f"{where}[{i}].{field} is the same as {where}[{seen[value]}].{field}")
            seen[value] = i
        return set(seen)
