"""Involvement operations: the record across meetings, each write announced after its commit, and
the finance export saved privately."""

import csv
import os
import stat

import pytest

from coprod_desktop.app.involvement import InvolvementOperations, involvement_record, write_finance_export
from coprod_desktop.domain.changes import ChangeKind
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.involvement import Rates, Recognition, Role
from coprod_desktop.domain.models import MeetingDetails


@pytest.fixture
def ops(store):
    return InvolvementOperations(store)


def _read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_the_record_across_meetings(store, meeting, ops):
    m, sam = meeting["meeting"], meeting["sam"]
    later = store.meetings.create("Next steps", "2026-12-10", "Oak Room")
    store.people.add_attendee(later.id, "Sam Brown", "first_name", person_id=sam.person_id)
    store.meeting_details.save(MeetingDetails(m.id, starts_at="14:00", ends_at="16:30"))
    store.meeting_details.save(MeetingDetails(later.id, starts_at="10:00", ends_at="15:00"))
    ops.set_role(later.id, sam.person_id, Role.CO_FACILITATOR)
    store.contributions.add(m.id, sam.person_id, "More trips out")
    ops.add_expense(m.id, sam.person_id, "fare", pence=350)
    record = ops.record(sam.person_id)
    assert record.full_name == "Sam Brown"
    assert (record.meeting_count, record.minutes, record.contributions) == (2, 450, 1)
    assert record.roles == (Role.PARTICIPANT, Role.CO_FACILITATOR)
    assert [mi.meeting_id for mi in record.meetings] == [later.id, m.id]
    assert [e.pence for e in record.meetings[1].expenses] == [350]
    assert involvement_record(store, sam.person_id) == record


def test_writes_are_announced_after_they_commit(store, meeting, ops):
    seen = []
    store.subscribe(seen.append)
    sam = meeting["sam"]
    ops.set_recognition(sam.person_id, Recognition.PAYMENT)
    ops.set_rates(Rates(45, 1800, 0))
    assert [c.kind for c in seen] == [ChangeKind.PERSON] + [ChangeKind.SETTINGS] * 3
    with pytest.raises(ValidationError):
        ops.set_rates(Rates(45, -1, 0))
    assert ops.rates() == Rates(45, 1800, 0)


def test_money_owed_for_a_meeting(store, meeting, ops):
    m, sam = meeting["meeting"], meeting["sam"]
    store.meeting_details.save(MeetingDetails(m.id, starts_at="14:00", ends_at="16:00"))
    ops.set_rates(Rates(45, 2000, 0))
    ops.set_recognition(sam.person_id, "payment")
    ops.add_expense(m.id, sam.person_id, "mileage", miles=10)
    record = ops.record(sam.person_id)
    owed = ops.owed(record.recognition, record.meetings[0])
    assert (owed.payment_pence, owed.mileage_pence, owed.total_pence) == (4000, 450, 4450)


def test_finance_export_one_row_per_person_per_meeting(store, db_path, meeting, ops, tmp_path):
    m, sam, ann = meeting["meeting"], meeting["sam"], meeting["ann"]
    store.meeting_details.save(MeetingDetails(m.id, starts_at="14:00", ends_at="16:00"))
    ops.set_rates(Rates(45, 2000, 2500))
    ops.set_recognition(sam.person_id, "payment")
    ops.set_recognition(ann.person_id, "voucher")
    ops.set_minutes(m.id, ann.person_id, 60)
    ops.set_role(m.id, ann.person_id, "expert_by_experience")
    ops.add_expense(m.id, sam.person_id, "mileage", miles="12.5")
    ops.add_expense(m.id, sam.person_id, "parking", pence=300)
    store.people.update_attendee(
        m.id, ann.person_id, '=HYPERLINK("x")', "chosen_name", "Star", ann.marker_colour, ann.marker_shape
    )
    outside = store.meetings.create("Later", "2027-01-05", "Hall")
    store.people.add_attendee(outside.id, "Kim", "first_name")
    out = write_finance_export(db_path, "2026-11-01", "2026-11-30", tmp_path / "finance.csv", beside_writer=True)
    rows = _read_csv(out)
    assert rows[0][:4] == ["Person id", "Name", "Meeting", "Date"]
    assert rows[0][-1] == "Total (pence)"
    by_id = {row[0]: row for row in rows[1:]}
    assert len(rows) == 3
    sam_row = by_id[sam.person_id]
    assert sam_row[1:7] == ["Sam Brown", "Planning the day centre", "2026-11-26", "Participant", "120", "Payment"]
    assert sam_row[7:] == ["4000", "0", "12.5", "563", "300", "4863"]
    ann_row = by_id[ann.person_id]
    assert ann_row[1] == '\'=HYPERLINK("x")'  # her full name, as words never run as a formula
    assert ann_row[4:] == ["Expert by experience", "60", "Voucher", "0", "2500", "0", "0", "0", "2500"]
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_finance_export_refuses_bad_input_and_never_replaces_unasked(db_path, store, meeting, tmp_path):
    out = tmp_path / "finance.csv"
    for first, last, code in (
        ("2026-12-01", "2026-11-01", "finance.dates_backwards"),
        ("yesterday", "2026-11-01", "meeting.date_invalid"),
    ):
        with pytest.raises(ValidationError) as raised:
            write_finance_export(db_path, first, last, out, beside_writer=True)
        assert raised.value.code == code
    with pytest.raises(ValidationError) as raised:
        write_finance_export(db_path, "2026-01-01", "2026-12-31", tmp_path / "finance.txt", beside_writer=True)
    assert raised.value.code == "file.wrong_suffix"
    out.write_text("kept")
    with pytest.raises(ValidationError) as raised:
        write_finance_export(db_path, "2026-01-01", "2026-12-31", out, beside_writer=True)
    assert raised.value.code == "finance.file_exists"
    assert out.read_text() == "kept"
    write_finance_export(db_path, "2026-01-01", "2026-12-31", out, beside_writer=True, replace=True)
    assert len(_read_csv(out)) == 3
