"""Meetings, people, prompts and contributions on a real SQLite file."""

import sqlite3

import pytest

from coprod_desktop.domain.errors import NotFound, ValidationError
from coprod_desktop.store import StoreWriteError


def test_meeting_validation(store):
    with pytest.raises(ValidationError, match="meeting title"):
        store.meetings.create("   ", "2026-11-26")
    with pytest.raises(ValidationError, match="not a date"):
        store.meetings.create("Title", "tomorrow")
    assert store.meetings.all() == []


def test_meetings_listed_most_recent_first(store):
    old = store.meetings.create("Old", "2025-01-01")
    new = store.meetings.create("New", "2026-11-26")
    assert [m.id for m in store.meetings.all()] == [new.id, old.id]
    store.meetings.update(old.id, "Older", "2024-01-01", "Hall")
    assert store.meetings.get(old.id).place == "Hall"
    with pytest.raises(NotFound):
        store.meetings.get("no-such-id")


def test_people_are_credited_as_they_chose(store, meeting):
    m = meeting["meeting"]
    initials = store.people.add_attendee(m.id, "Tomasz Nowak", "initials")
    credits = [a.credited_as for a in store.people.attendees(m.id)]
    assert credits == ["Sam", "Star", "T.N."]
    assert initials.marker.initials == "TN"
    # the marker initials of a chosen-name person come from the chosen name, not the full name
    assert meeting["ann"].marker.initials == "S"


def test_markers_differ_and_clash_is_refused(store, meeting):
    m = meeting["meeting"]
    sam, ann = meeting["sam"], meeting["ann"]
    assert (sam.marker_colour, sam.marker_shape) != (ann.marker_colour, ann.marker_shape)
    with pytest.raises(ValidationError, match="already has the"):
        store.people.update_attendee(
            m.id, ann.person_id, "Ann Lee", "chosen_name", "Star", sam.marker_colour, sam.marker_shape
        )


def test_person_who_has_spoken_cannot_be_removed(store, meeting):
    m, sam = meeting["meeting"], meeting["sam"]
    store.contributions.add(m.id, sam.person_id, "Hello")
    with pytest.raises(ValidationError, match="stay on the list"):
        store.people.remove_attendee(m.id, sam.person_id)
    store.people.remove_attendee(m.id, meeting["ann"].person_id)
    assert [a.credited_as for a in store.people.attendees(m.id)] == ["Sam"]


def test_prompts_keep_order_and_move(store, meeting):
    m = meeting["meeting"]
    second = store.prompts.add(m.id, "Second?")
    third = store.prompts.add(m.id, "Third?", "response-question")
    store.prompts.move(third.id, -1)
    assert [p.text for p in store.prompts.for_meeting(m.id)] == [
        "What is good about the day centre?",
        "Third?",
        "Second?",
    ]
    with pytest.raises(ValidationError, match="no picture card"):
        store.prompts.add(m.id, "Bad card", "no-such-card")
    store.prompts.remove(second.id)
    assert len(store.prompts.for_meeting(m.id)) == 2


def test_contribution_is_committed_when_add_returns(store, meeting, db_path):
    m, sam, prompt = meeting["meeting"], meeting["sam"], meeting["prompt"]
    saved = store.contributions.add(m.id, sam.person_id, "The garden", ["feeling-good", "response-agree"], prompt.id)
    other = sqlite3.connect(db_path)  # another connection sees it: it is on disk, not in a transaction
    row = other.execute("SELECT text, person_id FROM contributions WHERE id = ?", (saved.id,)).fetchone()
    cards = other.execute(
        "SELECT card_id FROM contribution_cards WHERE contribution_id = ? ORDER BY position", (saved.id,)
    ).fetchall()
    other.close()
    assert row == ("The garden", sam.person_id)
    assert [c for (c,) in cards] == ["feeling-good", "response-agree"]
    assert store.contributions.for_meeting(m.id, prompt.id)[0].card_ids == ("feeling-good", "response-agree")


def test_contribution_needs_words_or_a_card_and_a_real_attendee(store, meeting):
    m, sam = meeting["meeting"], meeting["sam"]
    with pytest.raises(ValidationError, match="at least one picture card"):
        store.contributions.add(m.id, sam.person_id, "  ")
    with pytest.raises(ValidationError, match="choose who is speaking"):
        store.contributions.add(m.id, "someone-else", "Hi")
    with pytest.raises(ValidationError, match="no picture card"):
        store.contributions.add(m.id, sam.person_id, "", ["made-up"])
    assert store.contributions.count(m.id) == 0


def test_markup_is_stored_literally(store, meeting):
    m = meeting["meeting"]
    person = store.people.add_attendee(m.id, "<b>Sam</b>", "full_name")
    c = store.contributions.add(m.id, person.person_id, '0.1 <A & B> <img src="x">')
    assert store.contributions.get(c.id).text == '0.1 <A & B> <img src="x">'
    assert store.people.attendee(m.id, person.person_id).credited_as == "<b>Sam</b>"


def test_listeners_hear_each_committed_change(store, meeting):
    heard = []
    store.subscribe(heard.append)
    c = store.contributions.add(meeting["meeting"].id, meeting["sam"].person_id, "Yes")
    assert [(h.kind, h.action, h.item_id) for h in heard] == [("contribution", "added", c.id)]


def test_disk_full_gives_a_plain_error_and_saves_nothing(store, meeting):
    m, sam = meeting["meeting"], meeting["sam"]
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    saved = 0
    with pytest.raises(StoreWriteError, match="disk is full"):
        for _ in range(100):
            store.contributions.add(m.id, sam.person_id, "x" * 4000)
            saved += 1
    store.db.execute("PRAGMA max_page_count = 1073741823")
    assert store.contributions.count(m.id) == saved  # the failed one left nothing behind


def test_deleting_a_meeting_removes_its_parts_but_keeps_people(store, meeting):
    m = meeting["meeting"]
    store.contributions.add(m.id, meeting["sam"].person_id, "Bye")
    store.meetings.delete(m.id)
    assert store.db.execute("SELECT count(*) FROM contributions").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM prompts").fetchone()[0] == 0
    assert len(store.people.everyone()) == 2


def test_changes_inside_a_transaction_are_announced_only_after_it_commits(store):
    heard = []
    store.subscribe(lambda change: heard.append((change.kind, change.action, store.db.conn.in_transaction)))
    with store.transaction():
        meeting = store.meetings.create("Grouped", "2026-11-26", "Hall")
        store.people.add_attendee(meeting.id, "Sam Brown", "first_name")
        assert heard == []  # nothing heard while it could still roll back
    assert [kind for kind, _action, _open in heard] == ["meeting", "attendee"]
    assert not any(still_open for _kind, _action, still_open in heard)


def test_changes_of_a_rolled_back_transaction_are_never_announced(store):
    heard = []
    store.subscribe(heard.append)
    with pytest.raises(RuntimeError), store.transaction():
        store.meetings.create("Never kept", "2026-11-26", "Hall")
        raise RuntimeError("stop")
    assert heard == []
    assert [m.title for m in store.meetings.all()] == []
    store.meetings.create("Kept", "2026-11-26", "Hall")
    assert [c.kind for c in heard] == ["meeting"]
