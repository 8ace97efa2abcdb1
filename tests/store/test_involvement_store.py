"""Involvement in the store: roles, minutes, recognition, expenses, rates and the queries over them."""

import sqlite3

import pytest

from coprod_desktop.domain.changes import ChangeKind
from coprod_desktop.domain.errors import NotFound, ValidationError
from coprod_desktop.domain.involvement import ExpenseKind, Rates, Recognition, Role
from coprod_desktop.domain.models import MeetingDetails


@pytest.fixture
def changes(store):
    seen = []
    store.subscribe(seen.append)
    return seen


def test_role_and_minutes_are_kept_and_announced(store, meeting, changes):
    m, sam = meeting["meeting"], meeting["sam"]
    assert store.people.attendee(m.id, sam.person_id).role == "participant"
    store.involvement.set_role(m.id, sam.person_id, "co_facilitator")
    store.involvement.set_minutes(m.id, sam.person_id, "45")
    attendee = store.people.attendee(m.id, sam.person_id)
    assert (attendee.role, attendee.minutes) == ("co_facilitator", 45)
    assert [c.kind for c in changes] == [ChangeKind.ATTENDEE, ChangeKind.ATTENDEE]
    store.involvement.set_minutes(m.id, sam.person_id, None)
    assert store.people.attendee(m.id, sam.person_id).minutes is None


def test_bad_role_minutes_or_attendance_change_nothing(store, meeting, changes):
    m, sam = meeting["meeting"], meeting["sam"]
    with pytest.raises(ValidationError):
        store.involvement.set_role(m.id, sam.person_id, "boss")
    with pytest.raises(ValidationError):
        store.involvement.set_minutes(m.id, sam.person_id, 2000)
    with pytest.raises(NotFound):
        store.involvement.set_role(m.id, "nobody", Role.OBSERVER)
    assert store.people.attendee(m.id, sam.person_id).role == "participant"
    assert changes == []


def test_recognition_is_the_persons_own(store, meeting, changes):
    sam = meeting["sam"]
    assert store.involvement.recognition(sam.person_id) is Recognition.NONE
    store.involvement.set_recognition(sam.person_id, "voucher")
    assert store.involvement.recognition(sam.person_id) is Recognition.VOUCHER
    assert changes[-1].kind == ChangeKind.PERSON and changes[-1].item_id == sam.person_id
    with pytest.raises(ValidationError):
        store.involvement.set_recognition(sam.person_id, "cash")
    with pytest.raises(NotFound):
        store.involvement.set_recognition("nobody", "payment")


def test_expenses_are_added_checked_and_removed(store, meeting, changes):
    m, sam = meeting["meeting"], meeting["sam"]
    mileage = store.involvement.add_expense(m.id, sam.person_id, "mileage", miles="12.5", note="Return trip")
    fare = store.involvement.add_expense(m.id, sam.person_id, ExpenseKind.FARE, pence=350)
    assert [e.id for e in store.involvement.expenses(sam.person_id)] == [mileage.id, fare.id]
    assert store.involvement.expenses(sam.person_id, m.id)[0].note == "Return trip"
    for kwargs in ({"pence": -1}, {"pence": 10_000_001}, {"pence": "lots"}):
        with pytest.raises(ValidationError):
            store.involvement.add_expense(m.id, sam.person_id, "parking", **kwargs)
    with pytest.raises(ValidationError) as raised:
        store.involvement.add_expense(m.id, sam.person_id, "other", pence=1, note="x" * 201)
    assert raised.value.code == "expense.note_too_long"
    with pytest.raises(NotFound):
        store.involvement.add_expense(m.id, "nobody", "fare", pence=1)
    store.involvement.remove_expense(mileage.id)
    assert [e.id for e in store.involvement.expenses(sam.person_id)] == [fare.id]
    with pytest.raises(NotFound) as raised:
        store.involvement.remove_expense(mileage.id)
    assert raised.value.code == "expense.missing"
    assert all(c.kind == ChangeKind.ATTENDEE for c in changes) and len(changes) == 3


def test_the_schema_refuses_what_the_checks_refuse(store, meeting):
    # The same limits hold in the file itself, whoever writes.
    m, sam = meeting["meeting"], meeting["sam"]
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO expenses (id, meeting_id, person_id, kind, pence, created_at)"
            " VALUES ('x', ?, ?, 'fare', -5, '')",
            (m.id, sam.person_id),
        )


def test_rates_default_then_kept_in_settings(store, changes):
    assert store.involvement.rates() == Rates(45, 0, 0)
    store.involvement.set_rates(Rates(mileage_pence_per_mile=40, hourly_pence=2000, voucher_pence=2500))
    assert store.involvement.rates() == Rates(40, 2000, 2500)
    assert store.settings.get("rate.hourly_pence") == "2000"
    assert {c.kind for c in changes} == {ChangeKind.SETTINGS}
    with pytest.raises(ValidationError):
        store.involvement.set_rates(Rates(hourly_pence=-5))
    assert store.involvement.rates() == Rates(40, 2000, 2500)


def test_one_person_across_meetings(store, meeting):
    m, sam, ann = meeting["meeting"], meeting["sam"], meeting["ann"]
    later = store.meetings.create("Next steps", "2026-12-10", "Oak Room")
    store.people.add_attendee(later.id, "Sam Brown", "first_name", person_id=sam.person_id)
    said = store.contributions.add(m.id, sam.person_id, "More trips out")
    store.contributions.add(m.id, sam.person_id, "Better lunches")
    gone = store.contributions.add(m.id, sam.person_id, "Take this back")
    store.contributions.withdraw(gone.id)
    theirs = store.contributions.add(m.id, ann.person_id, "A garden")
    store.agreements.add(theirs.id, sam.person_id)
    store.meeting_details.save(MeetingDetails(m.id, starts_at="14:00", ends_at="16:00"))
    rows = store.involvement.person_meetings(sam.person_id)
    assert [r["meeting_id"] for r in rows] == [later.id, m.id]  # newest first
    first = rows[1]
    assert (first["contributions"], first["agreements"], first["starts_at"], first["ends_at"]) == (
        2,
        1,
        "14:00",
        "16:00",
    )
    assert rows[0]["starts_at"] is None  # no details set
    assert said.id
    with pytest.raises(NotFound):
        store.involvement.person_meetings("nobody")


def test_everyone_in_a_date_range(store, meeting):
    m = meeting["meeting"]
    other = store.meetings.create("Outside the range", "2027-03-01", "Hall")
    store.people.add_attendee(other.id, "Kim", "first_name")
    rows = store.involvement.attendance_between("2026-11-01", "2026-11-30")
    assert [(r["meeting_id"], r["full_name"]) for r in rows] == [(m.id, "Sam Brown"), (m.id, "Ann Lee")]
    assert store.involvement.attendance_between("2026-11-27", "2026-12-31") == []
    store.involvement.add_expense(m.id, meeting["ann"].person_id, "care", pence=1200)
    assert len(store.involvement.expenses_between("2026-11-26", "2026-11-26")) == 1
    assert store.involvement.expenses_between("2026-11-27", "2026-11-28") == []
