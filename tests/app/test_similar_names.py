"""Warning of a name that looks like one already in use (app.people.similar_names), and refusing a
name with nothing to see, wherever a person is added: set-up, the room, the store."""

import pytest

from coprod_desktop.app.people import SimilarNames
from coprod_desktop.app.workspace import Workspace
from coprod_desktop.domain.errors import ValidationError

ZWSP, ZWJ, ZWNJ, ACUTE = "\u200b", "\u200d", "\u200c", "\u0301"
CYRILLIC_SAM = "S\u0430m"


@pytest.fixture
def workspace(store, catalogue):
    return Workspace(store, catalogue)


@pytest.fixture
def two_meetings(store):
    """A meeting with Sam in it, and an earlier one where Ann Lee took part."""
    earlier = store.meetings.create("Last month", "2026-10-26", "Oak Room")
    store.people.add_attendee(earlier.id, "Ann Lee")
    today = store.meetings.create("Planning the day centre", "2026-11-26", "Oak Room")
    sam = store.people.add_attendee(today.id, "Sam")
    return today.id, sam.person_id


@pytest.mark.parametrize("typed", ["Sam", "Sam" + ZWSP, CYRILLIC_SAM, "SAM", " sam "])
def test_a_second_sam_in_the_meeting_is_found(workspace, two_meetings, typed):
    meeting_id, _ = two_meetings
    similar = workspace.people.similar_names(meeting_id, typed)
    assert similar == SimilarNames(in_meeting=("Sam",))
    assert similar


def test_sam_brown_shown_by_first_name_would_look_like_sam_on_the_wall(workspace, two_meetings):
    meeting_id, sam = two_meetings
    similar = workspace.people.similar_names(meeting_id, "Sam Brown", credit="Sam")
    assert similar == SimilarNames(same_credit=("Sam",))
    assert not workspace.people.similar_names(meeting_id, "Sam Brown", credit="S.B.")
    assert not workspace.people.similar_names(meeting_id, "Sam", credit="Sam", except_person=sam)  # himself


def test_sam_brown_is_not_sam(workspace, two_meetings):
    meeting_id, _ = two_meetings
    assert not workspace.people.similar_names(meeting_id, "Sam Brown")
    assert not workspace.people.similar_names(meeting_id, "")
    assert not workspace.people.similar_names(meeting_id, ZWJ + ZWNJ)


def test_someone_known_from_another_meeting_is_found_apart(workspace, two_meetings):
    meeting_id, _ = two_meetings
    assert workspace.people.similar_names(meeting_id, "ann  lee") == SimilarNames(on_laptop=("Ann Lee",))


def test_the_person_being_changed_does_not_match_themselves(workspace, two_meetings):
    meeting_id, sam_id = two_meetings
    assert not workspace.people.similar_names(meeting_id, "Sam", except_person=sam_id)


def test_two_sams_can_still_both_take_part(workspace, store, two_meetings):
    meeting_id, _ = two_meetings
    workspace.people.add(meeting_id, CYRILLIC_SAM, "full_name", "", None, None)
    names = [a.person.full_name for a in store.people.attendees(meeting_id)]
    assert names == ["Sam", CYRILLIC_SAM]
    assert workspace.people.similar_names(meeting_id, "Sam") == SimilarNames(in_meeting=("Sam", CYRILLIC_SAM))


@pytest.mark.parametrize("name", [ZWJ, ZWNJ + ZWJ, ACUTE, ZWJ + ACUTE + " " + ZWNJ])
def test_a_name_with_no_letter_is_refused_in_set_up_and_nobody_is_added(workspace, store, two_meetings, name):
    meeting_id, sam_id = two_meetings
    before = store.people.everyone()
    with pytest.raises(ValidationError) as raised:
        workspace.people.add(meeting_id, name, "first_name", "", None, None)
    assert raised.value.code == "person.name_no_letter"
    with pytest.raises(ValidationError) as raised:
        workspace.people.update(meeting_id, sam_id, name, "first_name", "", "red", "circle", speech_rate=None)
    assert raised.value.code == "person.name_no_letter"
    assert store.people.everyone() == before


def test_the_room_warns_and_refuses_the_same_way(workspace, store, meeting):
    meeting_id = meeting["meeting"].id
    store.prompts.add(meeting_id, "What should change?")
    workspace.room.open(meeting_id)
    room = workspace.room
    assert room.similar_names("Sam Br\u043ewn" + ZWSP) == SimilarNames(in_meeting=("Sam Brown",))
    assert not room.similar_names("Sam")
    with pytest.raises(ValidationError) as raised:
        room.add_person(ZWJ + ACUTE, "first_name")
    assert raised.value.code == "person.name_no_letter"
    assert len(store.people.attendees(meeting_id)) == 2


def test_a_name_with_its_joiners_is_added_as_typed(workspace, store, two_meetings):
    meeting_id, _ = two_meetings
    urdu, persian = "فاطمہ", "مهر" + ZWNJ + "داد"
    for name in (urdu, persian):
        assert not workspace.people.similar_names(meeting_id, name)
        workspace.people.add(meeting_id, name, "full_name", "", None, None)
    assert [a.person.full_name for a in store.people.attendees(meeting_id)][1:] == [urdu, persian]
    assert not workspace.people.similar_names(meeting_id, "فاطمة")  # the Arabic spelling is another name
    assert workspace.people.similar_names(meeting_id, "مهرداد") == SimilarNames(in_meeting=(persian,))
