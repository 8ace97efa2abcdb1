"""What the room display may show, headlessly on a real SQLite file: how the room took each
contribution (confirmed, supported, agreed), the people (heard, passed, invited, waiting), the
read-back, the contribution being corrected, and the end-of-meeting review. No Qt."""

import pytest

from coprod_desktop.app.display_content import display_content
from coprod_desktop.app.meeting_review import MeetingReview
from coprod_desktop.app.workspace import Workspace

FULL_NAMES = ["Sam Brown", "Ann Lee", "Tom Nowak"]


@pytest.fixture
def workspace(store, catalogue):
    return Workspace(store, catalogue)


@pytest.fixture
def room(workspace, meeting, store):
    meeting["second"] = store.prompts.add(meeting["meeting"].id, "What should change?", "topic-music")
    meeting["tom"] = store.people.add_attendee(meeting["meeting"].id, "Tom Nowak", "first_name")
    workspace.room.open(meeting["meeting"].id)
    return workspace.room


def said(room, person, words="The garden is lovely", cards=("feeling-good",)):
    room.choose_speaker(person.person_id)
    for card in cards:
        room.add_card(card)
    room.set_words(words)
    return room.save()


def test_a_saved_contribution_is_read_back_then_shown_confirmed(room, meeting):
    before = display_content(room)
    assert before.read_back is None and before.contributions == ()
    c = said(room, meeting["sam"])
    content = display_content(room)
    assert content.read_back is not None
    assert (content.read_back.contribution_id, content.read_back.name, content.read_back.words) == (
        c.id,
        "Sam",
        "The garden is lovely",
    )
    assert content.read_back.confirmed is False
    assert content.contributions[-1].confirmed is False
    room.confirm()
    content = display_content(room)
    assert content.read_back is None
    assert content.contributions[-1].confirmed is True


def test_the_read_back_gives_way_when_the_next_contribution_is_being_written(room, meeting):
    said(room, meeting["sam"])
    room.choose_speaker(meeting["ann"].person_id)
    assert display_content(room).read_back is not None  # Ann chosen, nothing written yet: still asking Sam
    room.set_words("I")
    content = display_content(room)
    assert content.read_back is None and content.draft.words == "I"


def test_change_it_marks_the_contribution_being_corrected(room, meeting):
    c = said(room, meeting["sam"])
    room.confirm()
    room.change_it(c.id)
    content = display_content(room)
    assert content.correcting_id == c.id
    assert content.contributions[-1].confirmed is False  # "change it": no longer confirmed
    room.stop_correcting()
    assert display_content(room).correcting_id is None


def test_support_and_agreements_are_shown_with_credited_names_only(room, meeting):
    c = said(room, meeting["sam"])
    room.set_support(c.id, "interpreter", "Jo")
    room.agree(c.id, meeting["ann"].person_id)
    room.agree(c.id, meeting["tom"].person_id)
    shown = display_content(room).contributions[-1]
    assert (shown.support_role, shown.support_name) == ("interpreter", "Jo")
    assert [name for name, _marker in shown.agreed] == ["Star", "Tom"]  # Ann chose to be "Star"
    assert shown.agreed[0][1] == room.attendee(meeting["ann"].person_id).marker
    everything = repr(display_content(room))
    for full_name in FULL_NAMES:
        assert full_name not in everything
    room.unagree(c.id, meeting["tom"].person_id)
    assert [name for name, _ in display_content(room).contributions[-1].agreed] == ["Star"]


def test_someone_who_passed_counts_as_heard_and_is_marked_passed(room, meeting):
    room.pass_turn(meeting["ann"].person_id)
    said(room, meeting["sam"])
    people = {p.name: p for p in display_content(room).people}
    assert (people["Star"].heard, people["Star"].passed) == (True, True)
    assert (people["Sam"].heard, people["Sam"].passed) == (True, False)
    assert (people["Tom"].heard, people["Tom"].passed) == (False, False)


def test_the_invited_person_and_the_queue_in_order(room, meeting):
    room.invite(meeting["tom"].person_id)
    room.ask_to_speak(meeting["ann"].person_id)
    room.ask_to_speak(meeting["sam"].person_id)
    content = display_content(room)
    people = {p.name: p for p in content.people}
    assert people["Tom"].invited and not people["Sam"].invited
    assert [(p.name, p.queue_place) for p in content.queue] == [("Star", 1), ("Sam", 2)]
    assert people["Tom"].queue_place == 0
    room.choose_speaker(meeting["ann"].person_id)  # her turn came: she leaves the queue
    content = display_content(room)
    assert [(p.name, p.queue_place) for p in content.queue] == [("Sam", 1)]
    assert [p.name for p in content.people if p.speaking] == ["Star"]


def test_the_review_shows_any_prompt_without_moving_the_room(room, meeting, store):
    said(room, meeting["sam"], "First prompt words")
    room.confirm()
    room.next_prompt()
    second = said(room, meeting["ann"], "Second prompt words", ())
    room.agree(second.id, meeting["tom"].person_id)
    room.pass_turn(meeting["tom"].person_id)
    room.previous_prompt()
    room.choose_speaker(meeting["tom"].person_id)
    room.set_words("typed, not saved")
    review = MeetingReview(room)
    assert review.prompt_count == 2
    first = review.content(0)
    assert first.review and first.draft is None and first.read_back is None and first.queue == ()
    assert (first.prompt_number, first.prompt_count, first.prompt_text) == (
        1,
        2,
        "What is good about the day centre?",
    )
    assert [(c.name, c.words, c.confirmed) for c in first.contributions] == [("Sam", "First prompt words", True)]
    later = review.content(1)
    assert (later.prompt_number, later.prompt_card_id) == (2, "topic-music")
    assert [(c.name, c.words) for c in later.contributions] == [("Star", "Second prompt words")]
    assert [name for name, _ in later.contributions[0].agreed] == ["Tom"]
    people = {p.name: p for p in later.people}
    assert people["Tom"].passed and people["Tom"].heard and not people["Sam"].heard
    assert not any(p.speaking or p.invited for p in later.people)
    # The room did not move: still on the first prompt, with the draft as typed.
    assert room.index == 0 and room.words == "typed, not saved"
    assert [c.text for c in room.contributions] == ["First prompt words"]
    with pytest.raises(IndexError):
        review.content(2)


def test_the_review_leaves_out_withdrawn_words(room, meeting):
    c = said(room, meeting["sam"], "Please take this back")
    room.withdraw(c.id)
    said(room, meeting["ann"], "This stays")
    review = MeetingReview(room)
    assert [c.words for c in review.content(0).contributions] == ["This stays"]
    assert "Please take this back" not in repr(review.content(0))


def test_no_meeting_open_means_an_empty_display(workspace):
    assert display_content(workspace.room).contributions == ()
    review = MeetingReview(workspace.room)
    assert review.prompt_count == 0
    assert review.content(0).prompt_text == ""
