"""How long meetings are kept, and the clean-up: the period kept in the database, the meetings
listed past it, and deleting the chosen ones so their words leave the file and its log."""

from datetime import date
from pathlib import Path

import pytest

from coprod_desktop.app.retention import PastMeeting, RetentionOperations
from coprod_desktop.domain.changes import Change, ChangeAction, ChangeKind
from coprod_desktop.domain.errors import NotFound, ValidationError
from coprod_desktop.store import open_store

TODAY = date(2026, 12, 3)


def file_bytes(path: Path) -> bytes:
    """The database file and its log, as bytes on the disk."""
    wal = Path(str(path) + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def ops(store):
    return RetentionOperations(store)


@pytest.fixture
def old_and_new(store):
    """An old meeting (2023) whose words are unusual, and a recent one, with one person in both."""
    old = store.meetings.create("Zanzibarquokka review", "2023-05-10")
    new = store.meetings.create("Garden plans", "2026-11-01")
    both = store.people.add_attendee(old.id, "Sam Brown", "first_name")
    store.people.add_attendee(new.id, "Sam Brown", "first_name", person_id=both.person_id)
    only_old = store.people.add_attendee(old.id, "Ann Lee", "first_name")
    store.prompts.add(old.id, "What about the xylophonewombat room?")
    store.contributions.add(old.id, both.person_id, "The quizzicalpangolin bus was late")
    store.contributions.add(old.id, only_old.person_id, "More benches please")
    store.contributions.add(new.id, both.person_id, "Plant sunflowers everywhere")
    return {"old": old, "new": new, "both": both, "only_old": only_old}


def test_the_period_is_kept_until_deleted_by_default(ops, store):
    assert ops.period() is None
    assert ops.set_period(24) == 24
    assert ops.period() == 24
    assert store.settings.get("retention_months") == "24"
    assert ops.set_period(None) is None
    assert ops.period() is None


def test_a_bad_period_is_refused_and_nothing_changes(ops):
    ops.set_period(12)
    for bad in (0, -1, 100000, "soon"):
        with pytest.raises(ValidationError) as caught:
            ops.set_period(bad)
        assert caught.value.code == "retention.months_invalid"
    assert ops.period() == 12


def test_setting_the_period_is_announced(ops, store):
    seen: list[Change] = []
    store.subscribe(seen.append)
    ops.set_period(6)
    assert seen == [Change(ChangeKind.SETTINGS, ChangeAction.UPDATED, None, "retention_months")]


def test_meetings_past_the_period(ops, store, old_and_new):
    assert ops.meetings_past(TODAY) == []  # no period: nothing listed
    ops.set_period(24)
    assert ops.meetings_past(TODAY) == [PastMeeting(old_and_new["old"].id, "Zanzibarquokka review", "2023-05-10", 2)]
    assert ops.meetings_past(TODAY, months=72) == []  # the command line's own period
    assert [m.title for m in ops.meetings_past(TODAY, months=1)] == ["Zanzibarquokka review", "Garden plans"]
    store.meetings.create("Next year", "2027-06-01")
    assert "Next year" not in [m.title for m in ops.meetings_past(TODAY, months=1)]


def test_clean_up_takes_the_words_out_of_the_file_and_its_log(ops, store, old_and_new):
    before = file_bytes(store.path)
    for word in (b"quizzicalpangolin", b"Zanzibarquokka", b"xylophonewombat", b"sunflowers"):
        assert word in before  # the test can fail: each word is on the disk to begin with
    seen: list[Change] = []
    store.subscribe(seen.append)
    result = ops.clean_up([old_and_new["old"].id])
    assert (result.meetings, result.contributions, result.people_without_meetings) == (1, 2, 1)
    after = file_bytes(store.path)
    for word in (b"quizzicalpangolin", b"Zanzibarquokka", b"xylophonewombat"):
        assert word not in after
    assert Path(str(store.path) + "-wal").stat().st_size == 0
    assert seen == [Change(ChangeKind.MEETING, ChangeAction.REMOVED, old_and_new["old"].id, old_and_new["old"].id)]
    # The meeting not chosen is untouched, and can still be searched.
    new = old_and_new["new"]
    assert [m.id for m in store.meetings.all()] == [new.id]
    assert [c.text for c in store.contributions.for_meeting(new.id)] == ["Plant sunflowers everywhere"]
    assert [h.meeting_id for h in store.search.search("sunflowers")] == [new.id]
    assert store.search.search("quizzicalpangolin") == []
    # People are kept, with or without a meeting.
    everyone = {p.id for p in store.people.everyone()}
    assert {old_and_new["both"].person_id, old_and_new["only_old"].person_id} <= everyone


def test_the_words_stay_gone_after_closing_and_opening_again(store, old_and_new, db_path):
    RetentionOperations(store).clean_up([old_and_new["old"].id])
    store.close()
    again = open_store(db_path)
    try:
        assert b"quizzicalpangolin" not in file_bytes(db_path)
        assert [m.title for m in again.meetings.all()] == ["Garden plans"]
    finally:
        again.close()


def test_an_unknown_id_refuses_the_whole_clean_up(ops, store, old_and_new):
    seen: list[Change] = []
    store.subscribe(seen.append)
    with pytest.raises(NotFound) as caught:
        ops.clean_up([old_and_new["old"].id, "no-such-meeting"])
    assert caught.value.code == "meeting.missing"
    assert len(store.meetings.all()) == 2
    assert len(store.contributions.for_meeting(old_and_new["old"].id)) == 2
    assert seen == []


def test_cleaning_up_nothing_changes_nothing(ops, store, old_and_new):
    assert ops.clean_up([]) == ops.clean_up([])
    assert ops.clean_up([]).meetings == 0
    assert len(store.meetings.all()) == 2


def test_several_meetings_in_one_go(ops, store, old_and_new):
    third = store.meetings.create("Another old one", "2022-01-01")
    result = ops.clean_up([old_and_new["old"].id, third.id, third.id])  # an id twice counts once
    assert result.meetings == 2
    assert [m.title for m in store.meetings.all()] == ["Garden plans"]
