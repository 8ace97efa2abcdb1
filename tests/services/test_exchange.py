"""Moving a meeting between laptops as JSON: export, read, import, on real SQLite files."""

import copy
import json
import os
import re
import uuid
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from coprod_desktop.app.messages import sentences
from coprod_desktop.domain.credit import CreditStyle
from coprod_desktop.domain.errors import NotFound, ValidationError
from coprod_desktop.domain.messages import MESSAGES
from coprod_desktop.domain.rules import MAX_CARDS
from coprod_desktop.services import exchange_read, exchange_schema
from coprod_desktop.services.exchange import (
    ImportResult,
    export_meeting,
    import_meeting,
    parse_export,
    parse_export_bytes,
    read_export,
    schema_file,
    suggested_file_name,
    write_export,
)
from coprod_desktop.services.exchange_format import MAX_FILE_BYTES
from coprod_desktop.store import open_store

ODD = {
    "markup": '0.1 <A & B> <img src="x"> </unclosed',
    "emoji": "Yes 👍🏽 my family 👨‍👩‍👧 came",
    "arabic": "مرحبا بكم في الاجتماع",
    "long_word": "Supercalifragilistic" * 200,  # one 4000-letter word, under the 5000 limit
    "lines": "First line\nSecond line",
}


@pytest.fixture
def rich(store, meeting):
    """The conftest meeting plus people credited every way, a second prompt and varied contributions."""
    m = meeting["meeting"]
    tom = store.people.add_attendee(m.id, "Tomasz Nowak", "initials")
    priya = store.people.add_attendee(m.id, "Priya Shah", "full_name")
    markup = store.people.add_attendee(m.id, "<b>Sam</b>", "full_name")
    second = store.prompts.add(m.id, "What should change?\nAnything at all.")
    sam, ann, first = meeting["sam"], meeting["ann"], meeting["prompt"]
    said = [
        store.contributions.add(m.id, sam.person_id, "I like the garden", ["response-agree", "feeling-good"], first.id),
        store.contributions.add(m.id, ann.person_id, "", ["response-question"], first.id),
        store.contributions.add(m.id, tom.person_id, ODD["markup"], [], second.id),
        store.contributions.add(m.id, priya.person_id, ODD["emoji"], ["feeling-good"], second.id),
        store.contributions.add(m.id, markup.person_id, ODD["arabic"]),
        store.contributions.add(m.id, sam.person_id, ODD["long_word"], [], second.id),
        store.contributions.add(m.id, ann.person_id, ODD["lines"], ["feeling-good", "response-agree"]),
    ]
    return {**meeting, "tom": tom, "priya": priya, "markup": markup, "second": second, "said": said}


@pytest.fixture
def other(tmp_path, catalogue):
    """A second laptop: a fresh database with the same built-in cards."""
    s = open_store(tmp_path / "other.db")
    s.cards.sync(catalogue.cards)
    yield s
    s.close()


@pytest.fixture(scope="module")
def schema():
    return json.loads(schema_file().read_text(encoding="utf-8"))


def _dump(store) -> str:
    return "\n".join(store.db.conn.iterdump())


def _one_line_error(call, *args) -> str:
    with pytest.raises(ValidationError) as caught:
        call(*args)
    message = str(caught.value)
    assert "\n" not in message and "\r" not in message and "Traceback" not in message
    return message


def _reid(doc: dict) -> dict:
    """The same people in a different meeting: new ids for the meeting, prompts and contributions."""
    doc = copy.deepcopy(doc)
    doc["meeting"]["id"] = str(uuid.uuid4())
    renamed = {p["id"]: str(uuid.uuid4()) for p in doc["prompts"]}
    for p in doc["prompts"]:
        p["id"] = renamed[p["id"]]
    for c in doc["contributions"]:
        c["id"] = str(uuid.uuid4())
        c["prompt_id"] = renamed.get(c["prompt_id"])
    return doc


# ---- the round trip ---------------------------------------------------------------------------


def test_round_trip_into_a_fresh_database_reproduces_the_meeting(store, rich, other, tmp_path):
    m = rich["meeting"]
    path = write_export(store, m.id, tmp_path / "out.json")
    result = import_meeting(other, read_export(path))

    assert sentences(result.report()) == (
        "Imported “Planning the day centre”. People added: 5. Prompts added: 2. Contributions added: 7. "
        "Already here: 0."
    )
    assert other.meetings.get(m.id) == m
    # People as credited, in order, with the same markers; nobody's fuller name came along.
    here = other.people.attendees(m.id)
    assert [a.credited_as for a in here] == ["Sam", "Star", "T.N.", "Priya Shah", "<b>Sam</b>"]
    assert [a.person.full_name for a in here] == ["Sam", "Star", "T.N.", "Priya Shah", "<b>Sam</b>"]
    assert {a.credit_style for a in here} == {CreditStyle.FULL_NAME}
    there = store.people.attendees(m.id)
    assert [(a.person_id, a.marker_colour, a.marker_shape, a.position) for a in here] == [
        (a.person_id, a.marker_colour, a.marker_shape, a.position) for a in there
    ]
    assert [a.marker.initials for a in here] == [a.marker.initials for a in there]
    # Prompts in order, contributions with their words, cards in order, times and credits.
    assert other.prompts.for_meeting(m.id) == store.prompts.for_meeting(m.id)
    assert other.contributions.for_meeting(m.id) == store.contributions.for_meeting(m.id)
    assert other.contributions.get(rich["said"][0].id).card_ids == ("response-agree", "feeling-good")


def test_odd_text_round_trips_literally(store, rich, other, tmp_path):
    path = write_export(store, rich["meeting"].id, tmp_path / "out.json")
    raw = path.read_text(encoding="utf-8")
    # ensure_ascii=False: Arabic and emoji are readable in the file, not \u escapes.
    assert ODD["arabic"] in raw and "👍🏽" in raw
    import_meeting(other, read_export(path))
    texts = [c.text for c in other.contributions.for_meeting(rich["meeting"].id)]
    for text in ODD.values():
        assert text in texts
    assert other.people.attendee(rich["meeting"].id, rich["markup"].person_id).credited_as == "<b>Sam</b>"


def test_importing_twice_adds_nothing(store, rich, other, tmp_path):
    path = write_export(store, rich["meeting"].id, tmp_path / "out.json")
    import_meeting(other, read_export(path))
    after_first = _dump(other)
    again = import_meeting(other, read_export(path))
    assert again.added == 0
    assert again.report() == [
        (
            "import.done",
            {"title": "Planning the day centre", "people": 0, "prompts": 0, "contributions": 0, "already": 14},
        )
    ]
    assert _dump(other) == after_first


def test_importing_into_the_laptop_that_made_it_changes_nothing(store, rich, tmp_path):
    before = _dump(store)
    result = import_meeting(store, read_export(write_export(store, rich["meeting"].id, tmp_path / "out.json")))
    assert result.added == 0 and not result.meeting_added
    assert _dump(store) == before
    assert store.people.attendee(rich["meeting"].id, rich["sam"].person_id).person.full_name == "Sam Brown"


def test_local_edits_are_kept_and_only_new_rows_are_added(store, rich, other):
    m = rich["meeting"]
    import_meeting(other, parse_export(export_meeting(store, m.id)))
    # On the other laptop: a new title, a local prompt, a local person and what they said.
    other.meetings.update(m.id, "Day centre (our copy)", m.date, m.place)
    local_prompt = other.prompts.add(m.id, "Local question")
    local_person = other.people.add_attendee(m.id, "Local Person", "first_name")
    other.contributions.add(m.id, local_person.person_id, "Local words")
    # Meanwhile on the first laptop: someone new speaks.
    newcomer = store.people.add_attendee(m.id, "New Comer", "first_name")
    late = store.contributions.add(m.id, newcomer.person_id, "I came late", ["feeling-good"])

    result = import_meeting(other, parse_export(export_meeting(store, m.id)))

    assert (result.people_added, result.prompts_added, result.contributions_added) == (1, 0, 1)
    assert result.report()[0][1]["title"] == "Day centre (our copy)"
    assert other.meetings.get(m.id).title == "Day centre (our copy)"
    assert other.prompts.for_meeting(m.id)[-1] == local_prompt
    assert other.contributions.get(late.id).text == "I came late"
    here = other.people.attendees(m.id)
    assert [a.credited_as for a in here][-2:] == ["Local", "New"]
    # Both newcomers had been given the same free marker on their own laptops; they must differ here.
    markers = [(a.marker_colour, a.marker_shape) for a in here]
    assert len(set(markers)) == len(markers)
    positions = [a.position for a in here]
    assert len(set(positions)) == len(positions)


def test_person_known_here_keeps_their_record_and_is_credited_as_in_the_file(store, rich):
    doc = _reid(export_meeting(store, rich["meeting"].id))
    people = {p["id"]: p for p in doc["people"]}
    people[rich["priya"].person_id]["credited_as"] = "Pri"  # not what her full name gives
    result = import_meeting(store, parse_export(doc))

    assert result.meeting_added and result.people_added == 5
    here = {a.person_id: a for a in store.people.attendees(doc["meeting"]["id"])}
    assert here[rich["sam"].person_id].credit_style is CreditStyle.FIRST_NAME
    assert here[rich["sam"].person_id].credited_as == "Sam"
    assert here[rich["tom"].person_id].credited_as == "T.N."
    assert here[rich["ann"].person_id].credited_as == "Star"
    assert here[rich["priya"].person_id].credited_as == "Pri"
    assert here[rich["priya"].person_id].credit_style is CreditStyle.CHOSEN_NAME
    # Local records untouched.
    assert {p.full_name for p in store.people.everyone()} >= {"Sam Brown", "Ann Lee", "Tomasz Nowak", "Priya Shah"}


def test_changes_are_announced(store, rich, other):
    heard = []
    other.subscribe(heard.append)
    import_meeting(other, parse_export(export_meeting(store, rich["meeting"].id)))
    kinds = [c.kind for c in heard]
    assert kinds[0] == "meeting" and kinds.count("contribution") == 7 and kinds.count("attendee") == 5


# ---- the file -----------------------------------------------------------------------------------


def test_exported_json_validates_against_the_shipped_schema(store, rich, schema, tmp_path):
    Draft202012Validator.check_schema(schema)
    path = write_export(store, rich["meeting"].id, tmp_path / "out.json")
    errors = list(Draft202012Validator(schema).iter_errors(json.loads(path.read_text(encoding="utf-8"))))
    assert errors == []


def test_schema_ships_inside_the_package():
    import coprod_desktop

    path = schema_file()
    assert path.is_file()
    assert os.path.commonpath([str(path), coprod_desktop.__path__[0]]) == coprod_desktop.__path__[0]


def test_privacy_full_names_are_not_in_the_file(store, rich, tmp_path):
    raw = write_export(store, rich["meeting"].id, tmp_path / "out.json").read_text(encoding="utf-8")
    for hidden in ("Sam Brown", "Brown", "Ann Lee", "Ann", "Lee", "Tomasz", "Nowak"):
        assert hidden not in raw
    for credited in ('"Sam"', '"Star"', '"T.N."', '"Priya Shah"'):
        assert credited in raw


def test_write_export_is_atomic_and_leaves_no_temporary_files(store, rich, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "meeting.json"
    target.write_text("old contents", encoding="utf-8")
    assert write_export(store, rich["meeting"].id, target) == target
    assert json.loads(target.read_text(encoding="utf-8"))["meeting"]["id"] == rich["meeting"].id
    assert [p.name for p in folder.iterdir()] == ["meeting.json"]

    with pytest.raises(NotFound):
        write_export(store, str(uuid.uuid4()), folder / "nothing.json")
    with pytest.raises(OSError):
        write_export(store, rich["meeting"].id, tmp_path / "no-such-folder" / "m.json")
    assert [p.name for p in folder.iterdir()] == ["meeting.json"]
    assert not (tmp_path / "no-such-folder").exists()


def test_suggested_file_name_stays_in_the_chosen_folder(store, tmp_path):
    for title in (
        "../../etc/passwd",
        "a\\b:c*?<>|",
        ".hidden",
        "CON",
        "\u202eevil\u202c/..",
        "Planning the day centre",
    ):
        meeting = store.meetings.create(title, "2026-11-26")
        name = suggested_file_name(meeting)
        assert "/" not in name and "\\" not in name and not name.startswith(".")
        assert (tmp_path / name).resolve().parent == tmp_path.resolve()
        assert name.startswith("2026-11-26 ") and name.endswith(".coprod.json")
    assert suggested_file_name(meeting) == "2026-11-26 Planning the day centre.coprod.json"


# ---- bad input ------------------------------------------------------------------------------------


def _set(path: str, value):
    """A mutation that sets the field at *path* ("a.b[0].c"); value DELETE removes it."""

    def mutate(doc):
        parts = path.replace("[", ".").replace("]", "").split(".")
        target = doc
        for part in parts[:-1]:
            target = target[int(part)] if part.isdigit() else target[part]
        last = int(parts[-1]) if parts[-1].isdigit() else parts[-1]
        if value is DELETE:
            del target[last]
        else:
            target[last] = value(doc) if callable(value) else value
        return doc

    return mutate


DELETE = object()
FAKE_ID = "8c2f8c2e-1111-4a4a-9b9b-123456789abc"

# (mutation, the error's code and the params that say which field and what is wrong)
BAD_DOCUMENTS = {
    "wrong top-level type": (lambda d: [d], "import.not_export", {}),
    "wrong format": (_set("format", "something.else"), "import.not_export", {}),
    "newer version": (_set("version", 3), "import.newer_version", {"value": 3}),
    "version as text": (_set("version", "1"), "import.unknown_version", {"value": "1"}),
    "version as a fraction": (_set("version", 1.0), "import.unknown_version", {"value": "1.0"}),
    "missing top-level key": (_set("contributions", DELETE), "import.field_missing", {"field": "contributions"}),
    "missing nested key": (_set("meeting.title", DELETE), "import.field_missing", {"field": "meeting.title"}),
    "unknown field": (
        _set("people[0].full_name", "Sam Brown"),
        "import.field_unknown",
        {"field": "people[0].full_name", "name": "full_name"},
    ),
    "people not a list": (_set("people", {}), "import.not_list", {"field": "people"}),
    "meeting not an object": (_set("meeting", "x"), "import.not_object", {"field": "meeting"}),
    "text is a number": (_set("contributions[2].text", 5), "import.not_text", {"field": "contributions[2].text"}),
    "position is text": (_set("prompts[0].position", "0"), "import.not_whole_number", {"field": "prompts[0].position"}),
    "position is true": (_set("people[1].position", True), "import.not_whole_number", {"field": "people[1].position"}),
    "position is a fraction": (
        _set("people[1].position", 1.0),
        "import.not_whole_number",
        {"field": "people[1].position"},
    ),
    "position is negative": (
        _set("people[1].position", -1),
        "import.out_of_range",
        {"field": "people[1].position", "low": 0, "high": 1_000_000},
    ),
    "position is huge": (
        _set("people[1].position", 10**30),
        "import.out_of_range",
        {"field": "people[1].position", "low": 0, "high": 1_000_000},
    ),
    "bad person id": (
        _set("contributions[3].person_id", "sam"),
        "import.not_id",
        {"field": "contributions[3].person_id", "value": "sam"},
    ),
    "bad meeting id": (_set("meeting.id", ""), "import.not_id", {"field": "meeting.id"}),
    "bad date": (_set("meeting.date", "26/11/2026"), "import.not_date", {"field": "meeting.date"}),
    "no such date": (_set("meeting.date", "2026-02-30"), "import.value_refused", {"field": "meeting.date"}),
    "bad time": (
        _set("contributions[0].created_at", "yesterday"),
        "import.not_time",
        {"field": "contributions[0].created_at", "value": "yesterday"},
    ),
    "no such time": (_set("exported_at", "2026-02-30T10:00:00Z"), "import.not_time", {"field": "exported_at"}),
    "time not UTC": (_set("exported_at", "2026-11-26T10:00:00+01:00"), "import.not_time", {"field": "exported_at"}),
    "bad credit style": (
        _set("people[0].credit_style", "boss"),
        "import.not_one_of",
        {"field": "people[0].credit_style", "value": "boss"},
    ),
    "bad marker colour": (
        _set("people[0].marker.colour", "pink"),
        "import.not_one_of",
        {"field": "people[0].marker.colour", "value": "pink"},
    ),
    "bad card id": (
        _set("contributions[0].card_ids[0]", "two words"),
        "import.not_card_id",
        {"field": "contributions[0].card_ids[0]", "value": "two words"},
    ),
    "bad prompt card id": (
        _set("prompts[0].card_id", "two words"),
        "import.not_card_id",
        {"field": "prompts[0].card_id"},
    ),
    "invisible card id": (
        _set("contributions[0].card_ids[0]", "feeling\u200bgood"),
        "import.not_card_id",
        {"field": "contributions[0].card_ids[0]"},
    ),
    "too many cards": (
        _set("contributions[0].card_ids", ["feeling-good"] * 13),
        "import.too_many",
        {"field": "contributions[0].card_ids", "count": 13, "limit": 12},
    ),
    "nothing said": (_set("contributions[1].card_ids", []), "import.nothing_said", {"field": "contributions[1]"}),
    "nothing said once cleaned": (
        _set("contributions[2].text", "\u200b "),
        "import.nothing_said",
        {"field": "contributions[2]"},
    ),
    "empty title": (_set("meeting.title", "  \u200b "), "import.field_empty", {"field": "meeting.title"}),
    "oversize contribution": (
        _set("contributions[0].text", "x" * 5001),
        "import.too_long",
        {"field": "contributions[0].text", "length": 5001, "limit": 5000},
    ),
    "oversize title": (_set("meeting.title", "T" * 201), "import.too_long", {"field": "meeting.title"}),
    "oversize name": (
        _set("people[2].credited_as", "N" * 121),
        "import.too_long",
        {"field": "people[2].credited_as", "length": 121, "limit": 120},
    ),
    "dangling person": (
        _set("contributions[4].person_id", FAKE_ID),
        "import.person_not_listed",
        {"field": "contributions[4].person_id"},
    ),
    "dangling prompt": (
        _set("contributions[0].prompt_id", FAKE_ID),
        "import.prompt_not_listed",
        {"field": "contributions[0].prompt_id"},
    ),
    "card not listed": (_set("cards", lambda d: d["cards"][1:]), "import.card_not_listed", {}),
    "duplicate person id": (
        _set("people[1].id", lambda d: d["people"][0]["id"]),
        "import.same_twice",
        {"field": "people[1].id", "other": "people[0].id"},
    ),
    "duplicate contribution id": (
        _set("contributions[6].id", lambda d: d["contributions"][2]["id"]),
        "import.same_twice",
        {"field": "contributions[6].id", "other": "contributions[2].id"},
    ),
    "duplicate prompt position": (
        _set("prompts[1].position", 0),
        "import.same_twice",
        {"field": "prompts[1].position", "other": "prompts[0].position"},
    ),
}


def refusal(call, *args) -> ValidationError:
    """The error *call* refuses with: one line, a code of ours (never jsonschema's words)."""
    with pytest.raises(ValidationError) as caught:
        call(*args)
    error = caught.value
    message = str(error)
    assert "\n" not in message and "\r" not in message and "Traceback" not in message
    assert error.code.startswith("import.") and " " not in error.code
    assert "jsonschema" not in message and "is not of type" not in message
    return error


@pytest.mark.parametrize("case", BAD_DOCUMENTS, ids=list(BAD_DOCUMENTS))
def test_bad_document_says_which_field_and_what_is_wrong_and_changes_nothing(case, store, rich, other):
    mutate, code, params = BAD_DOCUMENTS[case]
    doc = mutate(copy.deepcopy(export_meeting(store, rich["meeting"].id)))
    before = _dump(other)

    error = refusal(parse_export, doc)
    assert (error.code, {k: error.params.get(k) for k in params}) == (code, params)
    assert error.params["file"] == "the file"
    assert _dump(other) == before


def test_the_exported_file_passes_and_the_schema_is_what_refuses_a_wrong_shape(store, rich, monkeypatch):
    doc = export_meeting(store, rich["meeting"].id)
    assert parse_export(copy.deepcopy(doc)).meeting.id == rich["meeting"].id
    # The shipped schema, not a hand-written check, says what is wrong with a wrong shape.
    schema = json.loads(schema_file().read_text(encoding="utf-8"))
    schema["properties"]["meeting"]["properties"]["place"]["maxLength"] = 3
    monkeypatch.setattr(exchange_schema, "_validator", lambda: Draft202012Validator(schema))
    error = refusal(parse_export, doc)
    assert (error.code, error.params["field"], error.params["limit"]) == ("import.too_long", "meeting.place", 3)


def test_the_schema_allows_as_many_cards_as_the_domain(schema):
    card_ids = schema["properties"]["contributions"]["items"]["properties"]["card_ids"]
    assert card_ids["maxItems"] == MAX_CARDS


BAD_FILES = {
    "not JSON": (b'{"format": "coprod-desktop.meeting", ', "import.not_json", {"line": 1, "column": 38}),
    "not UTF-8": ('{"title": "café"}'.encode("latin-1"), "import.not_utf8", {}),
    "empty": (b"  \n", "import.empty", {}),
    "repeated field": (b'{"format": "a", "format": "b"}', "import.field_twice", {"name": "format"}),
    "absurd nesting": (b"[" * 100_000 + b"]" * 100_000, "import.too_deep", {}),
    "a 5000-digit number": (b'{"version": ' + b"9" * 5000 + b"}", "import.odd_value", {}),
    "not a number": (b'{"version": NaN}', "import.odd_value", {}),
    "a JSON string": (b'"coprod-desktop.meeting"', "import.not_export", {}),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_bad_file_gives_one_plain_error(case, tmp_path):
    raw, code, params = BAD_FILES[case]
    path = tmp_path / "meeting\nname.json"  # the name goes into the message: it must stay one line
    path.write_bytes(raw)
    error = refusal(read_export, path)
    assert (error.code, {k: error.params.get(k) for k in params}) == (code, params)
    assert error.params["file"] == "meeting name.json"


def test_missing_folder_and_oversize_files_are_refused_without_reading_them(tmp_path):
    assert refusal(read_export, tmp_path / "gone.json").code == "import.no_file"
    assert refusal(read_export, tmp_path).code == "import.is_folder"
    huge = tmp_path / "huge.json"
    with huge.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    assert refusal(read_export, huge).params == {"file": "huge.json", "limit_mb": 50}
    assert refusal(parse_export_bytes, b" " * (MAX_FILE_BYTES + 1)).code == "import.too_big"


def test_byte_order_mark_and_upper_case_ids_are_accepted(store, rich, other):
    doc = export_meeting(store, rich["meeting"].id)
    doc["meeting"]["id"] = doc["meeting"]["id"].upper()
    export = parse_export_bytes(b"\xef\xbb\xbf" + json.dumps(doc).encode("utf-8"))
    assert export.meeting.id == rich["meeting"].id


# ---- refused at import: nothing changes, byte for byte ----------------------------------------------


def _with_unknown_card_on_last_contribution(doc: dict) -> dict:
    doc["cards"].append(
        {
            "id": "mulberry-kettle",
            "label": "Kettle",
            "category": "things",
            "licence": "CC BY-SA",
            "author": "Mulberry",
            "source": "mulberry",
        }
    )
    doc["contributions"][-1]["card_ids"].append("mulberry-kettle")
    return doc


def _owned_by_another_meeting(store, doc: dict) -> dict:
    elsewhere = store.meetings.create("Another meeting", "2026-12-01")
    person = store.people.add_attendee(elsewhere.id, "Someone Else", "first_name")
    taken = store.contributions.add(elsewhere.id, person.person_id, "Mine")
    doc["contributions"][-1]["id"] = taken.id
    return doc


def test_unknown_card_refuses_the_whole_import_byte_for_byte(store, rich, tmp_path, catalogue):
    doc = _with_unknown_card_on_last_contribution(export_meeting(store, rich["meeting"].id))
    export = parse_export(doc)  # the file itself is sound; the card is missing on this laptop
    target = tmp_path / "target.db"
    with open_store(target) as other:
        other.cards.sync(catalogue.cards)
    before = target.read_bytes()

    with open_store(target) as other:
        message = _one_line_error(import_meeting, other, export)
    assert message == (
        "Cannot import “Planning the day centre”: the picture card “Kettle” (mulberry-kettle) is not on this"
        " laptop. Nothing was imported."
    )
    assert target.read_bytes() == before

    # The control: the same import without the unknown card does change the file.
    doc["contributions"][-1]["card_ids"].pop()
    with open_store(target) as other:
        import_meeting(other, parse_export(doc))
    assert target.read_bytes() != before


def test_id_already_used_by_another_meeting_refuses_the_import(store, rich, tmp_path):
    doc = _owned_by_another_meeting(store, _reid(export_meeting(store, rich["meeting"].id)))
    export = parse_export(doc)
    before = _dump(store)
    message = _one_line_error(import_meeting, store, export)
    assert "already belongs to another meeting" in message and "Nothing was imported" in message
    assert _dump(store) == before


def test_failure_while_writing_rolls_back_byte_for_byte(store, rich, tmp_path, catalogue):
    """Even a failure the checks cannot foresee (here a trigger refusing the last row) leaves nothing."""
    doc = export_meeting(store, rich["meeting"].id)
    target = tmp_path / "target.db"
    with open_store(target) as other:
        other.cards.sync(catalogue.cards)
        last = doc["contributions"][-1]["id"]
        other.db.execute(
            f"CREATE TRIGGER refuse_last BEFORE INSERT ON contributions WHEN NEW.id = '{last}'"
            " BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
    before = target.read_bytes()
    with open_store(target) as other:
        message = _one_line_error(import_meeting, other, parse_export(doc))
        assert "Nothing was imported" in message
        assert other.meetings.all() == []
    assert target.read_bytes() == before


def test_a_meeting_with_nobody_yet_round_trips(store, other, tmp_path):
    empty = store.meetings.create("Not started", "2027-01-05")
    result = import_meeting(other, read_export(write_export(store, empty.id, tmp_path / "empty.json")))
    assert sentences(result.report()) == (
        "Imported “Not started”. People added: 0. Prompts added: 0. Contributions added: 0. Already here: 0."
    )
    assert other.meetings.get(empty.id) == empty


def test_a_value_a_domain_rule_refuses_is_explained_by_that_rule(store, rich):
    doc = export_meeting(store, rich["meeting"].id)
    doc["meeting"]["date"] = "2026-02-30"  # the right shape, but no such day
    error = refusal(parse_export, doc)
    assert (error.code, error.params["field"]) == ("import.value_refused", "meeting.date")
    problem = error.params["reason"]
    assert isinstance(problem, ValidationError) and problem.code.startswith("meeting.date")


@pytest.mark.parametrize("name", ["\u200b\u200d", "\u200f\u2060 \u00ad", "..."])
def test_a_name_with_no_visible_letter_is_refused_as_at_set_up(store, rich, name):
    doc = export_meeting(store, rich["meeting"].id)
    doc["people"][0]["credited_as"] = name
    error = refusal(parse_export, doc)
    assert (error.code, error.params["field"]) == ("import.value_refused", "people[0].credited_as")
    assert error.params["reason"].code in ("person.name_no_letter", "person.name_missing")


def test_every_code_the_reader_raises_has_words_for_people():
    codes = set()
    for module in (exchange_read, exchange_schema):
        codes |= set(re.findall(r'"(import\.[a-z_]+)"', Path(module.__file__).read_text(encoding="utf-8")))
    assert len(codes) > 30
    assert sorted(codes - MESSAGES.keys()) == []


@pytest.mark.parametrize(
    ("mutate", "sentence"),
    [
        (_set("meeting.title", DELETE), "Cannot import the file: meeting.title is missing."),
        (_set("contributions[2].text", 5), "Cannot import the file: contributions[2].text is not text."),
        (
            _set("people[0].full_name", "Sam Brown"),
            "Cannot import the file: people[0].full_name is not a field a meeting export has.",
        ),
        (
            _set("people[1].position", -1),
            "Cannot import the file: people[1].position must be from 0 to 1000000.",
        ),
        (
            _set("meeting.date", "2026-02-30"),
            "Cannot import the file: meeting.date cannot be used. ",
        ),
    ],
)
def test_the_english_sentence_names_the_field_and_the_problem(store, rich, mutate, sentence):
    doc = mutate(copy.deepcopy(export_meeting(store, rich["meeting"].id)))
    assert str(refusal(parse_export, doc)).startswith(sentence)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "pl",
            "Zaimportowano „<b>Dzień</b> & co”. Dodane osoby: 2. Dodane tematy: 1. Dodane wypowiedzi: 5. "
            "Już tutaj: 3. Dodane profile komunikacyjne: 1.",
        ),
        (
            "ur",
            "“\u2068<b>Dzień</b> & co\u2069” امپورٹ ہو گئی۔ شامل کیے گئے لوگ: 2۔ شامل کیے گئے موضوعات: 1۔ "
            "شامل کی گئی باتیں: 5۔ پہلے سے یہاں: 3۔ شامل کیے گئے رابطے کے پروفائل: 1۔",
        ),
    ],
)
def test_what_an_import_added_is_said_in_the_persons_language_with_the_title_as_typed(language, expected):
    result = ImportResult("m1", "<b>Dzień</b> & co", True, 2, 1, 5, 3, profiles_added=1)
    assert sentences(result.report(), language) == expected
