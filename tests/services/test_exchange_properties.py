"""Property tests (Hypothesis) of moving meetings between laptops, and of the importers fed hostile input.

- round trip: any meeting exported, then imported into an empty laptop, is the same meeting as
  credited, and exporting it again gives the same document;
- merges: two laptops' non-conflicting additions give the same meeting whichever file comes in
  first; importing a file twice changes nothing; a conflict never overwrites without a choice;
- hostile input: any JSON value, any mutation of a real export, any bytes, to the meeting reader and
  the board reader raise nothing but ValidationError and never change the database.

Each example gets its own fresh SQLite file (fresh_store), not pytest's function-scoped fixtures,
which Hypothesis would share between examples.
"""

import copy
import io
import json
import shutil
import tempfile
import zipfile
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from coprod_desktop.domain.credit import CreditStyle
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.services.catalogue import load_catalogue
from coprod_desktop.services.exchange import (
    export_meeting,
    import_meeting,
    parse_export,
    parse_export_bytes,
    read_export,
)
from coprod_desktop.services.exchange_merge import find_conflicts
from coprod_desktop.services.obf_read import read_board
from coprod_desktop.store import open_store

CATALOGUE = load_catalogue()
CARD_IDS = sorted(card.id for card in CATALOGUE.cards)[:8]
OBF_SAMPLES = Path(__file__).resolve().parents[1] / "data" / "obf"

SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@contextmanager
def fresh_store():
    """A new laptop: its own database file with the built-in cards, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="coprod-prop-"))
    store = open_store(folder / "meetings.db")
    store.cards.sync(CATALOGUE.cards)
    try:
        yield store
    finally:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)


def dump(store) -> str:
    return "\n".join(store.db.conn.iterdump())


# ---- generated meetings ---------------------------------------------------------------------------

# Letters of several scripts, right-to-left ones, invisible and bidi characters, emoji, markup.
ODD_CHARACTERS = "abcXYZ éñß ЖЯ ΩΣ سارة محمد שלום 李小龍 ताज 🙂👍🏽👨‍👩‍👧 \u200b\u200d\u202e\u2067\u2069\ufeff <b>&'\"/"
BASE_NAMES = ["Sam", "سارة", "שרה", "李", "Zoë", "Ṁo", "Ann-Marie", "😀Jo", "Ｊｏ"]

names = st.builds(lambda base, tail: base + tail, st.sampled_from(BASE_NAMES), st.text(ODD_CHARACTERS, max_size=12))
words = st.text(ODD_CHARACTERS + "\n", max_size=40)


@st.composite
def meetings(draw):
    """A recipe for a meeting: people (any credit style), prompts, contributions with cards,
    some confirmed and some withdrawn."""
    people = draw(
        st.lists(
            st.tuples(names, st.sampled_from(list(CreditStyle)), names),
            min_size=1,
            max_size=4,
        )
    )
    prompts = draw(
        st.lists(
            st.tuples(st.sampled_from(["What is good?", "ما الجيد؟"]), words, st.sampled_from([None, *CARD_IDS])),
            max_size=3,
        )
    )
    said = draw(
        st.lists(
            st.tuples(
                st.integers(0, len(people) - 1),
                st.none() | st.integers(0, max(len(prompts) - 1, 0)),
                words,
                st.lists(st.sampled_from(CARD_IDS), max_size=3),
                st.booleans(),  # confirmed
                st.booleans(),  # withdrawn
            ),
            max_size=6,
        )
    )
    title = draw(names)
    return {"title": title, "people": people, "prompts": prompts, "said": said}


def build(store, recipe) -> str:
    """Make the meeting of *recipe* in *store*; returns its id. Contributions nobody could make
    (no words and no cards once cleaned) are skipped."""
    m = store.meetings.create(recipe["title"], "2026-11-26", "Room ♿ 2")
    attendees = [
        store.people.add_attendee(m.id, name, style, chosen if style is CreditStyle.CHOSEN_NAME else "")
        for name, style, chosen in recipe["people"]
    ]
    prompts = [store.prompts.add(m.id, head + tail, card) for head, tail, card in recipe["prompts"]]
    for who, prompt, text, cards, confirmed, withdrawn in recipe["said"]:
        try:
            c = store.contributions.add(
                m.id,
                attendees[who].person_id,
                text,
                cards,
                prompts[prompt].id if prompts and prompt is not None else None,
            )
        except ValidationError:
            continue  # nothing said once cleaned: the room would refuse it too
        if confirmed:
            store.contributions.confirm(c.id)
        if withdrawn:
            store.contributions.withdraw(c.id)
    return m.id


def document(store, meeting_id) -> dict:
    doc = export_meeting(store, meeting_id)
    doc.pop("exported_at")
    return doc


def as_credited(store, meeting_id) -> dict:
    """The meeting as anyone sees it: its details, the people as credited, the agenda, what was said."""
    m = store.meetings.get(meeting_id)
    return {
        "meeting": (m.id, m.title, m.date, m.place, m.language),
        "people": {
            a.person_id: (a.credited_as, a.marker_colour, a.marker_shape) for a in store.people.attendees(meeting_id)
        },
        "prompts": {p.id: (p.text, p.card_id, p.position) for p in store.prompts.for_meeting(meeting_id)},
        "said": {
            c.id: (c.person_id, c.prompt_id, c.text, c.card_ids, c.is_confirmed, c.is_withdrawn)
            for c in store.contributions.for_meeting(meeting_id) + store.contributions.withdrawn(meeting_id)
        },
    }


# ---- round trip -----------------------------------------------------------------------------------


@SETTINGS
@given(meetings())
def test_export_then_import_gives_the_same_meeting_and_the_same_document(recipe):
    with fresh_store() as here, fresh_store() as there, fresh_store() as third:
        meeting_id = build(here, recipe)
        first = export_meeting(here, meeting_id)
        import_meeting(there, parse_export_bytes(json.dumps(first, ensure_ascii=False).encode("utf-8")))

        assert as_credited(there, meeting_id) == as_credited(here, meeting_id)
        again = document(there, meeting_id)
        first.pop("exported_at")
        # The other laptop knows each person only by their credited name, credited by it as a full
        # name: that is the only thing allowed to differ.
        for person in first["people"]:
            person["credit_style"] = CreditStyle.FULL_NAME.value
        assert again == first
        # And from there on, exactly the same document.
        import_meeting(third, parse_export(export_meeting(there, meeting_id)))
        assert document(third, meeting_id) == again


# ---- merges ---------------------------------------------------------------------------------------

additions = st.lists(st.tuples(st.integers(0, 3), words, st.lists(st.sampled_from(CARD_IDS), max_size=2)), max_size=3)


def add_on(store, meeting_id, added, withdraw) -> None:
    """New contributions on one laptop, and some of the shared ones withdrawn there."""
    people = store.people.attendees(meeting_id)
    for who, text, cards in added:
        try:
            store.contributions.add(meeting_id, people[who % len(people)].person_id, text, cards)
        except ValidationError:
            continue
    standing = store.contributions.for_meeting(meeting_id)
    for index in withdraw:
        if index < len(standing) and not store.contributions.get(standing[index].id).is_withdrawn:
            store.contributions.withdraw(standing[index].id)


def merged_view(store, meeting_id) -> dict:
    view = as_credited(store, meeting_id)
    # Two laptops withdrawing the same contribution record different times: that it is withdrawn is what counts.
    return view


@SETTINGS
@given(meetings(), additions, additions, st.sets(st.integers(0, 5), max_size=2), st.sets(st.integers(0, 5), max_size=2))
def test_non_conflicting_exports_merge_the_same_whichever_comes_first(recipe, on_a, on_b, withdraw_a, withdraw_b):
    with fresh_store() as base, fresh_store() as a, fresh_store() as b, fresh_store() as ab, fresh_store() as ba:
        meeting_id = build(base, recipe)
        shared = parse_export(export_meeting(base, meeting_id))
        for laptop in (a, b):
            import_meeting(laptop, shared)
        add_on(a, meeting_id, on_a, withdraw_a)
        add_on(b, meeting_id, on_b, withdraw_b)
        from_a, from_b = (parse_export(export_meeting(s, meeting_id)) for s in (a, b))

        for first, second, into in ((from_a, from_b, ab), (from_b, from_a, ba)):
            import_meeting(into, first)
            result = import_meeting(into, second)
            assert result.conflicts == ()  # additions and withdrawals never conflict
        assert merged_view(ab, meeting_id) == merged_view(ba, meeting_id)
        # Withdrawing wins: withdrawn on either laptop, withdrawn in the merge.
        gone = {c.id for s in (a, b) for c in s.contributions.withdrawn(meeting_id)}
        assert {c.id for c in ab.contributions.withdrawn(meeting_id)} == gone

        # Importing either file again changes nothing.
        before = dump(ab)
        for export in (from_a, from_b):
            again = import_meeting(ab, export)
            assert again.added == 0 and again.withdrawn_here == 0
        assert dump(ab) == before


edits = st.lists(
    st.tuples(st.sampled_from(["title", "prompt", "said", "confirm"]), st.integers(0, 5), words), max_size=4
)


@SETTINGS
@given(meetings(), edits)
def test_a_conflict_never_overwrites_without_a_choice(recipe, changes):
    with fresh_store() as here, fresh_store() as there:
        meeting_id = build(here, recipe)
        import_meeting(there, parse_export(export_meeting(here, meeting_id)))
        prompts = there.prompts.for_meeting(meeting_id)
        said = there.contributions.for_meeting(meeting_id)
        for what, index, text in changes:
            try:
                if what == "title":
                    m = there.meetings.get(meeting_id)
                    there.meetings.update(meeting_id, "Changed " + text, m.date, m.place)
                elif what == "prompt" and prompts:
                    there.prompts.update(prompts[index % len(prompts)].id, "Changed " + text, None)
                elif what == "said" and said:
                    there.contributions.update(said[index % len(said)].id, text="Changed " + text)
                elif what == "confirm" and said:
                    c = said[index % len(said)]
                    there.contributions.confirm(c.id, not there.contributions.get(c.id).is_confirmed)
            except ValidationError:
                continue
        export = parse_export(export_meeting(there, meeting_id))
        before, view = dump(here), as_credited(here, meeting_id)

        result = import_meeting(here, export)

        assert dump(here) == before and as_credited(here, meeting_id) == view
        assert [c.id for c in result.conflicts] == [c.id for c in find_conflicts(here, export)]
        assert result.kept == result.conflicts
        # Everything that differs is listed: taking all of theirs makes the laptops agree.
        import_meeting(here, export, {c.id: "take_theirs" for c in result.conflicts})
        assert find_conflicts(here, export) == []
        mine, theirs = as_credited(here, meeting_id), as_credited(there, meeting_id)
        assert mine["prompts"] == theirs["prompts"] and mine["said"] == theirs["said"]
        assert mine["meeting"] == theirs["meeting"]


# ---- hostile input --------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(ODD_CHARACTERS, max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)

HOSTILE_SETTINGS = settings(SETTINGS, max_examples=60)


@HOSTILE_SETTINGS
@given(json_values)
def test_any_json_value_is_refused_with_a_validation_error(value):
    for call in (lambda: parse_export(value), lambda: parse_export_bytes(json.dumps(value).encode("utf-8"))):
        try:
            call()
        except ValidationError as error:
            assert "\n" not in str(error)


def _valid_document() -> dict:
    with fresh_store() as store:
        m = store.meetings.create("Valid", "2026-11-26", "Hall")
        sam = store.people.add_attendee(m.id, "Sam Brown", "first_name")
        ann = store.people.add_attendee(m.id, "سارة", "full_name")
        prompt = store.prompts.add(m.id, "What is good?", CARD_IDS[0])
        store.contributions.add(m.id, sam.person_id, "The garden", [CARD_IDS[1]], prompt.id)
        c = store.contributions.add(m.id, ann.person_id, "More buses", [])
        store.contributions.confirm(c.id)
        gone = store.contributions.add(m.id, ann.person_id, "Take it back", [])
        store.contributions.withdraw(gone.id)
        return export_meeting(store, m.id)


VALID = _valid_document()


def _places(node, path=()):
    """Every place in a document: (path, value)."""
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _places(value, (*path, index))


PLACES = [path for path, _ in _places(VALID) if path]


@st.composite
def mutated_documents(draw):
    doc = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PLACES))
        parent = doc
        try:
            for part in path[:-1]:
                parent = parent[part]
            key = path[-1]
            action = draw(st.sampled_from(["replace", "delete", "add", "duplicate"]))
            if action == "replace":
                parent[key] = draw(json_values)
            elif action == "delete":
                del parent[key]
            elif action == "add" and isinstance(parent, dict):
                parent[draw(st.text(max_size=8))] = draw(json_values)
            elif action == "duplicate" and isinstance(parent, list):
                parent.append(copy.deepcopy(parent[key]))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation moved that place
    return doc


@HOSTILE_SETTINGS
@given(mutated_documents())
def test_a_mutated_export_is_refused_or_imported_never_anything_else(doc):
    with fresh_store() as store:
        import_meeting(store, parse_export(copy.deepcopy(VALID)))  # the meeting is here already
        before = dump(store)
        try:
            export = parse_export(doc)
        except ValidationError:
            assert dump(store) == before
            return
        try:
            import_meeting(store, export)
        except ValidationError:
            assert dump(store) == before  # refused: byte for byte as it was


@HOSTILE_SETTINGS
@given(
    st.binary(max_size=400)
    | st.builds(lambda b, cut: b[:cut], st.just(json.dumps(VALID).encode()), st.integers(0, 4000))
)
def test_any_bytes_are_refused_with_a_validation_error_and_change_nothing(raw):
    with fresh_store() as store:
        before = dump(store)
        path = Path(store.path).parent / "in.coprod.json"
        path.write_bytes(raw)
        for call in (lambda: parse_export_bytes(raw), lambda: read_export(path)):
            try:
                export = call()
            except ValidationError:
                continue
            assume(export is not None)
        assert dump(store) == before


# ---- the board reader -----------------------------------------------------------------------------

SAMPLE_OBF = (OBF_SAMPLES / "foreign.obf").read_bytes()
SAMPLE_OBZ = (OBF_SAMPLES / "links.obz").read_bytes()


def _obz(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return out.getvalue()


def _flipped(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for at, byte in flips:
        out[at % len(out)] = byte
    return bytes(out)


flips = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8)
boards = (
    st.binary(max_size=300).map(lambda b: ("board.obf", b))
    | json_values.map(lambda v: ("board.obf", json.dumps(v).encode()))
    | flips.map(lambda f: ("board.obf", _flipped(SAMPLE_OBF, f)))
    | flips.map(lambda f: ("board.obz", _flipped(SAMPLE_OBZ, f)))
    | st.builds(lambda cut: ("board.obz", SAMPLE_OBZ[:cut]), st.integers(0, len(SAMPLE_OBZ)))
    | st.dictionaries(
        st.sampled_from(["manifest.json", "boards/1.obf", "../evil.obf", "/abs.obf", "images/a.png"]),
        st.binary(max_size=100) | json_values.map(lambda v: json.dumps(v).encode()),
        max_size=3,
    ).map(lambda entries: ("board.obz", _obz(entries)))
)


@settings(SETTINGS, max_examples=60)
@given(boards)
def test_the_board_reader_refuses_hostile_files_with_its_own_error_only(board):
    name, data = board
    folder = Path(tempfile.mkdtemp(prefix="coprod-obf-"))
    try:
        path = folder / name
        path.write_bytes(data)
        try:
            read_board(path)
        except ValidationError as error:
            assert error.code.startswith("board."), error.code
        assert sorted(p.name for p in folder.iterdir()) == [name]  # nothing unpacked beside it
    finally:
        shutil.rmtree(folder, ignore_errors=True)
