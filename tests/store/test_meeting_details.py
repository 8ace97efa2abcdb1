"""A meeting's details for the take-home sheets, and the organisation setting: kept, checked, and
refused whole when something is wrong."""

import pytest

from coprod_desktop.domain.errors import NotFound, ValidationError
from coprod_desktop.domain.meeting_details import ITEMS_MAX, LINE_MAX, lines_of
from coprod_desktop.domain.models import MeetingDetails


def _details(meeting_id: str, **changes) -> MeetingDetails:
    values = dict(
        purpose="  To make the day centre better.  ",
        decisions=("Ask for more trips.", "", "Keep the quiet room."),
        next_steps=("Dana writes to the manager.",),
        next_meeting="Thursday 7 January, 2pm",
        contact="Dana, 01234 567890",
        starts_at="9.30",
        ends_at="11:00",
    )
    return MeetingDetails(meeting_id, **{**values, **changes})


def test_a_meeting_has_empty_details_until_they_are_set(store, meeting):
    details = store.meeting_details.get(meeting["meeting"].id)
    assert details == MeetingDetails(meeting["meeting"].id)
    assert details.minutes is None


def test_details_are_kept_cleaned_and_announced(store, meeting):
    mid = meeting["meeting"].id
    seen = []
    store.subscribe(seen.append)
    saved = store.meeting_details.save(_details(mid))
    assert saved.purpose == "To make the day centre better."
    assert saved.decisions == ("Ask for more trips.", "Keep the quiet room.")
    assert (saved.starts_at, saved.ends_at, saved.minutes) == ("09:30", "11:00", 90)
    assert store.meeting_details.get(mid) == saved
    assert [(c.kind, c.item_id) for c in seen] == [("meeting", mid)]


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"starts_at": "half two"}, "meeting.time_not_understood"),
        ({"starts_at": "25:00"}, "meeting.time_not_understood"),
        ({"starts_at": "14:00", "ends_at": "13:00"}, "meeting.times_backwards"),
        ({"purpose": "x" * (LINE_MAX + 1)}, "meeting.purpose_too_long"),
        ({"decisions": ("One.",) * (ITEMS_MAX + 1)}, "meeting.decisions_too_many"),
        ({"next_steps": ("y" * (LINE_MAX + 1),)}, "meeting.next_step_too_long"),
    ],
)
def test_bad_details_are_refused_and_nothing_changes(store, meeting, changes, code):
    mid = meeting["meeting"].id
    kept = store.meeting_details.save(_details(mid))
    with pytest.raises(ValidationError) as refused:
        store.meeting_details.save(_details(mid, **changes))
    assert refused.value.code == code
    assert store.meeting_details.get(mid) == kept


def test_details_of_an_unknown_meeting_are_not_found(store):
    with pytest.raises(NotFound):
        store.meeting_details.get("no-such-meeting")
    with pytest.raises(NotFound):
        store.meeting_details.save(MeetingDetails("no-such-meeting", purpose="x"))


def test_details_go_with_their_meeting(store, meeting):
    mid = meeting["meeting"].id
    store.meeting_details.save(_details(mid))
    store.meetings.delete(mid)
    assert store.db.execute("SELECT count(*) FROM meeting_details").fetchone()[0] == 0


def test_a_box_of_lines_is_one_item_per_line():
    assert lines_of("Ask for trips.\n\n  Keep the quiet room.  \n") == ("Ask for trips.", "Keep the quiet room.")


def test_the_organisation_is_one_plain_line(store):
    assert store.settings.organisation() == ""
    assert store.settings.set_organisation("  Riverside\nDay Centre ") == "Riverside Day Centre"
    assert store.settings.organisation() == "Riverside Day Centre"
    with pytest.raises(ValidationError) as refused:
        store.settings.set_organisation("x" * 500)
    assert refused.value.code == "settings.organisation_too_long"
    assert store.settings.organisation() == "Riverside Day Centre"
