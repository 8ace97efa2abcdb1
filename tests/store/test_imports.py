"""Imports: low-level writes of rows that already have ids, all in one transaction, on a real SQLite file."""

import sqlite3

import pytest

from coprod_desktop.domain.credit import CreditStyle
from coprod_desktop.domain.ids import new_id
from coprod_desktop.domain.models import Attendee, Contribution, Meeting, Person, Prompt
from coprod_desktop.store import StoreWriteError, open_store

T0 = "2025-03-01T09:00:00.000000Z"
T1 = "2025-03-01T09:05:00.000000Z"


def _records(card_ids=("feeling-good", "response-agree")):
    """A meeting with one new person, one prompt and one contribution, all with their own ids and times."""
    meeting = Meeting(new_id(), "Imported meeting", "2025-03-01", "Library", T0, T1)
    person = Person(new_id(), "Jo", T0)
    attendee = Attendee(meeting.id, person, CreditStyle.FULL_NAME, "", "blue", "star", 4)
    prompt = Prompt(new_id(), meeting.id, 7, "How was it?", "feeling-good")
    said = Contribution(new_id(), meeting.id, prompt.id, person.id, "Good <b>day</b>", T1, tuple(card_ids))
    return meeting, person, attendee, prompt, said


def _dump(store) -> str:
    return "\n".join(store.db.conn.iterdump())


def _add(store, meeting, person, attendee, prompt, said):
    return store.imports.add_records(
        meeting=meeting, people=[person], attendees=[attendee], prompts=[prompt], contributions=[said]
    )


def test_rows_are_written_with_their_own_ids_times_and_positions(store):
    meeting, person, attendee, prompt, said = _records()
    _add(store, meeting, person, attendee, prompt, said)

    assert store.meetings.get(meeting.id) == meeting
    assert store.people.attendees(meeting.id) == [attendee]
    assert store.prompts.for_meeting(meeting.id) == [prompt]
    assert store.contributions.for_meeting(meeting.id) == [said]
    # card order is kept, and the text is stored literally
    assert store.contributions.get(said.id).card_ids == ("feeling-good", "response-agree")
    assert store.contributions.get(said.id).text == "Good <b>day</b>"


def test_changes_are_announced_after_the_commit(store):
    meeting, person, attendee, prompt, said = _records()
    seen = []

    def listener(change):
        # By the time anyone hears of a change, it is readable from the database.
        assert store.meetings.exists(meeting.id)
        seen.append((change.kind, change.action, change.item_id))

    store.subscribe(listener)
    changes = _add(store, meeting, person, attendee, prompt, said)
    assert seen == [
        ("meeting", "added", meeting.id),
        ("attendee", "added", person.id),
        ("prompt", "added", prompt.id),
        ("contribution", "added", said.id),
    ]
    assert [(c.kind, c.item_id) for c in changes] == [(k, i) for k, _, i in seen]


def test_questions_about_what_is_here(store, meeting):
    m = meeting["meeting"]
    said = store.contributions.add(m.id, meeting["sam"].person_id, "Hello")
    strangers = [new_id() for _ in range(1200)]  # more than one SQL statement's worth of ids

    people = store.imports.people_here([meeting["sam"].person_id, *strangers])
    assert list(people) == [meeting["sam"].person_id]
    assert people[meeting["sam"].person_id].full_name == "Sam Brown"
    assert store.imports.prompts_here([meeting["prompt"].id, *strangers]) == {meeting["prompt"].id: m.id}
    assert store.imports.contributions_here([*strangers, said.id]) == {said.id: m.id}
    assert store.imports.people_here([]) == {}


def test_existing_row_is_never_overwritten_and_nothing_is_half_written(store, meeting):
    m = meeting["meeting"]
    before = _dump(store)
    # A prompt with an id that is already here, arriving with different words, after new rows.
    clash = Prompt(meeting["prompt"].id, m.id, 0, "Overwritten?", None)
    newcomer = Person(new_id(), "New person", T0)
    with pytest.raises(sqlite3.IntegrityError):
        store.imports.add_records(
            meeting=None,
            people=[newcomer],
            attendees=[Attendee(m.id, newcomer, CreditStyle.FULL_NAME, "", "grey", "cross", 9)],
            prompts=[clash],
            contributions=[],
        )
    assert store.prompts.get(meeting["prompt"].id).text == "What is good about the day centre?"
    assert store.imports.people_here([newcomer.id]) == {}
    assert _dump(store) == before


def test_failure_on_the_last_row_rolls_back_everything_byte_for_byte(db_path, catalogue):
    with open_store(db_path) as store:
        store.cards.sync(catalogue.cards)
    before = db_path.read_bytes()

    # The last contribution's card is not on this laptop: the foreign key refuses it at the very end.
    meeting, person, attendee, prompt, said = _records(card_ids=("feeling-good", "no-such-card"))
    with open_store(db_path) as store:
        with pytest.raises(sqlite3.IntegrityError):
            _add(store, meeting, person, attendee, prompt, said)
        assert not store.meetings.exists(meeting.id)
    assert db_path.read_bytes() == before


def test_read_only_database_gives_a_plain_error_and_saves_nothing(store):
    meeting, person, attendee, prompt, said = _records()
    store.db.execute("PRAGMA query_only = ON")
    with pytest.raises(StoreWriteError, match="read-only") as caught:
        _add(store, meeting, person, attendee, prompt, said)
    assert "\n" not in str(caught.value)
    store.db.execute("PRAGMA query_only = OFF")
    assert not store.meetings.exists(meeting.id)
