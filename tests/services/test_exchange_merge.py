"""Merging a meeting exported on another laptop into the same meeting here: conflicts found by id,
kept unless the file's version is chosen, withdrawing always wins. Real SQLite files."""

import copy
import os
import stat

import pytest

from coprod_desktop.app.messages import sentences
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.messages import MESSAGES
from coprod_desktop.services.exchange import export_meeting, import_meeting, parse_export, write_export
from coprod_desktop.services.exchange_merge import Choice, ConflictKind, find_conflicts
from coprod_desktop.store import open_store


@pytest.fixture
def laptops(store, meeting, tmp_path, catalogue):
    """The meeting on this laptop (store) and a copy of it on another laptop (there)."""
    m = meeting["meeting"]
    store.contributions.add(m.id, meeting["sam"].person_id, "The garden", ["feeling-good"], meeting["prompt"].id)
    store.contributions.add(m.id, meeting["ann"].person_id, "More buses", [], meeting["prompt"].id)
    there = open_store(tmp_path / "there.db")
    there.cards.sync(catalogue.cards)
    import_meeting(there, parse_export(export_meeting(store, m.id)))
    yield {**meeting, "there": there}
    there.close()


def _export(store, meeting_id):
    return parse_export(export_meeting(store, meeting_id))


def _dump(store) -> str:
    return "\n".join(store.db.conn.iterdump())


def test_a_copy_imported_back_has_no_conflicts_and_changes_nothing(store, laptops):
    m = laptops["meeting"]
    before = _dump(store)
    result = import_meeting(store, _export(laptops["there"], m.id))
    assert result.conflicts == () and result.added == 0 and result.withdrawn_here == 0
    assert _dump(store) == before


def test_every_kind_of_difference_is_a_conflict_and_kept_without_a_choice(store, laptops):
    m, there = laptops["meeting"], laptops["there"]
    said = there.contributions.for_meeting(m.id)
    there.meetings.update(m.id, "Planning the new centre", m.date, "Hall")
    there.prompts.update(laptops["prompt"].id, "What is good here?", None)
    there.contributions.update(said[0].id, text="The big garden")
    there.contributions.confirm(said[1].id)
    ann = laptops["ann"]
    there.people.update_attendee(
        m.id, ann.person_id, "Ann Lee", "chosen_name", "Annie", ann.marker_colour, ann.marker_shape
    )
    before = _dump(store)

    result = import_meeting(store, _export(there, m.id))

    kinds = {(c.kind, c.id) for c in result.conflicts}
    assert kinds == {
        (ConflictKind.MEETING, m.id),
        (ConflictKind.PROMPT, laptops["prompt"].id),
        (ConflictKind.CONTRIBUTION, said[0].id),
        (ConflictKind.CONTRIBUTION, said[1].id),
        (ConflictKind.CREDIT, ann.person_id),
    }
    assert _dump(store) == before  # never silently overwritten
    assert result.kept == result.conflicts and not result.taken
    meeting_conflict = next(c for c in result.conflicts if c.kind is ConflictKind.MEETING)
    assert meeting_conflict.local == "Planning the day centre · Oak Room"
    assert meeting_conflict.incoming == "Planning the new centre · Hall"
    credit = next(c for c in result.conflicts if c.kind is ConflictKind.CREDIT)
    assert (credit.local, credit.incoming) == ("Star", "Annie")
    # Each is reported, with its id and both sides.
    text = sentences(result.report())
    assert f"Kept this laptop’s contribution ({said[0].id}): “The garden [" in text
    assert "The file says: “The big garden [" in text


def test_taking_theirs_overwrites_only_the_chosen_rows_and_a_second_import_finds_nothing(store, laptops):
    m, there = laptops["meeting"], laptops["there"]
    said = there.contributions.for_meeting(m.id)
    there.meetings.update(m.id, "Planning the new centre", m.date, "Hall")
    there.contributions.update(said[0].id, text="The big garden", card_ids=[])
    there.contributions.confirm(said[0].id)
    there.contributions.update(said[1].id, text="Fewer buses")
    export = _export(there, m.id)

    result = import_meeting(store, export, {said[0].id: Choice.TAKE_THEIRS, m.id: Choice.KEEP_MINE})

    assert result.taken == {said[0].id}
    here = store.contributions.get(said[0].id)
    assert (here.text, here.card_ids, here.is_confirmed) == ("The big garden", (), True)
    assert store.contributions.get(said[1].id).text == "More buses"
    assert store.meetings.get(m.id).title == "Planning the day centre"
    before = _dump(store)
    again = import_meeting(store, export)
    assert {c.id for c in again.conflicts} == {m.id, said[1].id}  # the kept ones, still differing
    assert _dump(store) == before  # idempotent


def test_take_theirs_for_the_meeting_prompt_and_credit(store, laptops):
    m, there, ann = laptops["meeting"], laptops["there"], laptops["ann"]
    there.meetings.update(m.id, "Planning the new centre", "2026-12-01", "")
    there.meetings.set_speech(m.id, "cy", 160, 1.0)
    there.prompts.update(laptops["prompt"].id, "What is good here?", None)
    there.people.update_attendee(
        m.id, ann.person_id, "Ann Lee", "chosen_name", "Annie", ann.marker_colour, ann.marker_shape
    )
    export = _export(there, m.id)
    choices = {c.id: Choice.TAKE_THEIRS for c in find_conflicts(store, export)}
    assert len(choices) == 3

    import_meeting(store, export, choices)

    here = store.meetings.get(m.id)
    assert (here.title, here.date, here.place, here.language) == ("Planning the new centre", "2026-12-01", "", "cy")
    prompt = store.prompts.get(laptops["prompt"].id)
    assert (prompt.text, prompt.card_id) == ("What is good here?", None)
    assert store.people.attendee(m.id, ann.person_id).credited_as == "Annie"
    assert find_conflicts(store, export) == []


def test_withdrawn_in_the_file_is_withdrawn_here_too(store, laptops):
    m, there = laptops["meeting"], laptops["there"]
    said = there.contributions.for_meeting(m.id)
    there.contributions.withdraw(said[0].id)
    doc = export_meeting(there, m.id)
    assert "The garden" not in str(doc)  # the file carries only that it was withdrawn

    result = import_meeting(store, parse_export(doc))

    assert result.withdrawn_here == 1 and result.conflicts == ()
    here = store.contributions.get(said[0].id)
    assert here.is_withdrawn and here.text == "" and here.card_ids == ()
    assert "The garden" not in _dump(store)
    assert "Withdrawn in the file, so withdrawn here too: 1." in sentences(result.report())


def test_withdrawn_here_is_never_given_words_again_even_when_chosen(store, laptops):
    m, there = laptops["meeting"], laptops["there"]
    said = store.contributions.for_meeting(m.id)
    store.contributions.withdraw(said[0].id)
    there.contributions.update(said[0].id, text="The garden, said again")
    export = _export(there, m.id)
    assert find_conflicts(store, export) == []  # nothing to choose: withdrawing wins
    with pytest.raises(ValidationError) as caught:
        import_meeting(store, export, {said[0].id: Choice.TAKE_THEIRS})
    assert caught.value.code == "import.not_a_conflict"
    import_meeting(store, export)
    assert store.contributions.get(said[0].id).is_withdrawn
    assert "said again" not in _dump(store) and "The garden" not in _dump(store)


def test_a_withdrawn_contribution_in_a_file_never_brings_words(store, laptops, catalogue):
    m, there = laptops["meeting"], laptops["there"]
    said = there.contributions.for_meeting(m.id)
    there.contributions.withdraw(said[1].id)
    doc = export_meeting(there, m.id)
    hostile = next(c for c in doc["contributions"] if c["id"] == said[1].id)
    hostile["text"], hostile["confirmed_at"] = "Words smuggled back", "2026-11-26T10:00:00Z"
    store.close()
    fresh = open_store(store.path.parent / "fresh.db")
    fresh.cards.sync(catalogue.cards)
    try:
        import_meeting(fresh, parse_export(doc))
        gone = fresh.contributions.get(said[1].id)
        assert gone.is_withdrawn and gone.text == "" and gone.confirmed_at is None
        assert "smuggled" not in _dump(fresh)
    finally:
        fresh.close()


def test_a_choice_for_something_that_does_not_differ_is_refused_and_changes_nothing(store, laptops):
    m = laptops["meeting"]
    before = _dump(store)
    with pytest.raises(ValidationError) as caught:
        import_meeting(store, _export(laptops["there"], m.id), {"no-such-id": Choice.TAKE_THEIRS})
    assert caught.value.code == "import.not_a_conflict"
    assert _dump(store) == before


def test_a_version_1_file_is_still_read_and_says_nothing_of_confirmation(store, laptops):
    m, there = laptops["meeting"], laptops["there"]
    store.contributions.confirm(store.contributions.for_meeting(m.id)[0].id)
    doc = copy.deepcopy(export_meeting(there, m.id))
    doc["version"] = 1
    del doc["meeting"]["language"]
    for c in doc["contributions"]:
        del c["confirmed_at"], c["withdrawn_at"]
    store.meetings.set_speech(m.id, "cy", 160, 1.0)
    assert import_meeting(store, parse_export(doc)).conflicts == ()


def test_new_codes_have_messages():
    for kind in ConflictKind:
        assert f"import.kept_{kind.value}" in MESSAGES and f"import.took_{kind.value}" in MESSAGES
    assert "import.not_a_conflict" in MESSAGES and "import.withdrawn_here" in MESSAGES


def test_the_export_file_is_readable_by_its_owner_only(store, meeting, tmp_path):
    old = os.umask(0o022)  # a usual umask would leave a plain file readable by everyone
    try:
        path = write_export(store, meeting["meeting"].id, tmp_path / "out.coprod.json")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
