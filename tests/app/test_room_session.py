"""The room session, driven headlessly on a real SQLite file: no Qt, no widgets."""

import os
import sqlite3

import pytest

from coprod_desktop.app.room_changes import RoomPart, parts_to_redraw
from coprod_desktop.app.workspace import Workspace
from coprod_desktop.domain.changes import ChangeKind
from coprod_desktop.domain.errors import UserFacingError, ValidationError
from coprod_desktop.domain.profile import CommunicationProfile
from coprod_desktop.domain.rules import MAX_CARDS
from coprod_desktop.domain.scanning import ScanSettings
from coprod_desktop.domain.text import CONTRIBUTION_MAX


@pytest.fixture
def workspace(store, catalogue):
    return Workspace(store, catalogue)


@pytest.fixture
def room(workspace, meeting, store):
    store.prompts.add(meeting["meeting"].id, "What should change?")
    workspace.room.open(meeting["meeting"].id)
    return workspace.room


def saved(store, meeting_id):
    return [(c.person_id, c.text, c.card_ids) for c in store.contributions.for_meeting(meeting_id)]


def test_opening_shows_the_first_prompt_its_people_and_nobody_speaking(room, meeting):
    assert room.meeting.title == "Planning the day centre"
    assert room.prompt.text == "What is good about the day centre?"
    assert [a.credited_as for a in room.attendees] == ["Sam", "Star"]
    assert room.speaker is None and room.cards == [] and room.words == ""
    assert room.contributions == []


def test_choosing_the_speaker_and_saving_commits_and_clears_the_draft(room, meeting, store):
    room.choose_speaker(meeting["sam"].person_id)
    assert room.speaker.credited_as == "Sam"
    assert room.add_card("feeling-good") and room.add_card("topic-music")
    room.set_words("The garden is lovely")
    contribution = room.save()
    assert saved(store, meeting["meeting"].id) == [
        (meeting["sam"].person_id, "The garden is lovely", ("feeling-good", "topic-music"))
    ]
    assert contribution.prompt_id == meeting["prompt"].id
    assert room.cards == [] and room.words == ""
    assert room.speaker_id is None  # cleared, so the next words are not credited to Sam by mistake
    assert [c.id for c in room.contributions] == [contribution.id]


def test_the_facilitator_can_keep_the_speaker_after_save(room, meeting):
    room.set_keep_speaker(True)
    room.choose_speaker(meeting["sam"].person_id)
    room.set_words("First")
    room.save()
    assert room.speaker_id == meeting["sam"].person_id


def test_a_draft_has_at_most_max_cards(room):
    for n in range(MAX_CARDS):
        assert room.add_card("feeling-good" if n % 2 else "topic-music")
    assert not room.add_card("feeling-bad")
    assert len(room.cards) == MAX_CARDS
    room.remove_card(0)
    room.remove_card(99)  # no such position: nothing happens
    assert len(room.cards) == MAX_CARDS - 1


def test_the_change_is_announced_after_the_commit(room, meeting, store, db_path):
    seen = []

    def listener(change):
        # Another connection sees the row: it was committed before anyone was told.
        with sqlite3.connect(db_path) as other:
            rows = other.execute("SELECT text FROM contributions WHERE id = ?", (change.item_id,)).fetchall()
        seen.append((change.kind, change.action, rows, len(room.contributions)))

    store.subscribe(listener)
    room.choose_speaker(meeting["ann"].person_id)
    room.set_words("More trips out")
    room.save()
    assert seen == [(ChangeKind.CONTRIBUTION, "added", [("More trips out",)], 1)]


def test_nothing_chosen_or_nothing_said_keeps_the_draft(room, meeting, store):
    room.add_card("feeling-good")
    room.set_words("Said by someone")
    with pytest.raises(ValidationError) as nobody:
        room.save()
    assert nobody.value.code == "room.no_speaker"
    assert room.cards == ["feeling-good"] and room.words == "Said by someone"

    room.clear_draft()
    room.choose_speaker(meeting["sam"].person_id)
    with pytest.raises(ValidationError):
        room.save()  # no words, no cards
    assert saved(store, meeting["meeting"].id) == []


def test_a_store_write_failure_keeps_the_draft_and_saves_nothing(room, meeting, store, db_path):
    room.choose_speaker(meeting["sam"].person_id)
    room.add_card("feeling-good")
    room.set_words("Kept through a failure")
    # Another program holds the write lock: SQLite refuses the write, for real.
    store.db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(UserFacingError):
            room.save()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert room.cards == ["feeling-good"] and room.words == "Kept through a failure"
    assert saved(store, meeting["meeting"].id) == []
    room.save()  # the lock is gone: the same draft saves
    assert saved(store, meeting["meeting"].id)[0][1] == "Kept through a failure"


def break_the_file(store, db_path) -> None:
    """Overwrite the open database's header (and its shared index, so SQLite looks again)."""
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path, size in ((db_path, 100), (db_path.with_name(db_path.name + "-shm"), None)):
        with open(path, "r+b") as f:
            f.write(b"\0" * (size or os.path.getsize(path)))
            f.flush()
            os.fsync(f.fileno())


def test_a_file_gone_bad_while_open_is_a_plain_error_and_keeps_the_draft(room, meeting, store, db_path):
    room.choose_speaker(meeting["sam"].person_id)
    room.set_words("Typed before the file broke")
    room.add_card("feeling-good")
    break_the_file(store, db_path)
    with pytest.raises(UserFacingError) as failed:
        room.save()
    assert not isinstance(failed.value, sqlite3.Error)
    assert "sqlite" not in str(failed.value).lower()
    assert room.words == "Typed before the file broke" and room.cards == ["feeling-good"]
    with pytest.raises(UserFacingError):
        room.next_prompt()  # reading fails plainly too
    assert room.words == "Typed before the file broke"


def test_over_long_words_are_refused_as_they_arrive_and_the_words_stay(room):
    room.set_words("Short")
    with pytest.raises(ValidationError) as long_paste:
        room.set_words("x" * 1_000_000)
    assert long_paste.value.code == "contribution.text_too_long"
    with pytest.raises(ValidationError):
        room.set_words("y" * (CONTRIBUTION_MAX + 1))
    assert room.words == "Short"
    room.set_words("z" * CONTRIBUTION_MAX)  # exactly the most is fine
    # invisible characters do not count, as at Save
    room.set_words("a" * CONTRIBUTION_MAX + "\u200b" * 10)


def test_next_previous_and_go_to(room):
    first, second = room.prompts
    assert not room.has_previous and room.has_next
    assert room.next_prompt() and room.prompt == second
    assert not room.next_prompt() and room.prompt == second
    assert room.previous_prompt() and room.prompt == first
    assert not room.go_to(5) and not room.go_to(0)
    assert room.go_to(1) and room.prompt == second


def test_contributions_follow_the_current_prompt_and_ones_added_elsewhere(room, meeting, store):
    sam = meeting["sam"].person_id
    store.contributions.add(meeting["meeting"].id, sam, "From the first prompt", [], meeting["prompt"].id)
    assert [c.text for c in room.contributions] == ["From the first prompt"]  # added elsewhere, taken in
    room.next_prompt()
    assert room.contributions == []
    store.contributions.add(meeting["meeting"].id, sam, "Not for this prompt", [], meeting["prompt"].id)
    assert room.contributions == []
    room.previous_prompt()
    assert [c.text for c in room.contributions] == ["From the first prompt", "Not for this prompt"]


def test_set_up_changes_are_taken_in_and_the_place_kept(room, meeting, store):
    room.next_prompt()
    current = room.prompt.id
    room.choose_speaker(meeting["ann"].person_id)
    room.add_card("feeling-good")
    store.prompts.add(meeting["meeting"].id, "A late prompt")
    store.prompts.move(current, -1)  # set-up moves the current prompt up: we stay on it
    assert room.prompt.id == current and room.index == 0
    late = store.people.add_attendee(meeting["meeting"].id, "Dot Jones", "first_name")
    assert "Dot" in [a.credited_as for a in room.attendees]
    store.meetings.update(meeting["meeting"].id, "Planning the garden", "2026-11-26")
    assert room.meeting.title == "Planning the garden"
    store.people.remove_attendee(meeting["meeting"].id, meeting["ann"].person_id)
    assert room.speaker is None  # they left: nobody is speaking for them
    assert room.cards == ["feeling-good"]  # the draft stays
    store.prompts.remove(current)
    assert room.prompt is not None and room.prompt.id != current
    assert late.person_id in {a.person_id for a in room.attendees}


def test_views_subscribed_later_see_the_session_already_up_to_date(room, meeting, store):
    parts = []
    store.subscribe(lambda change: parts.append((parts_to_redraw(change, room), len(room.contributions))))
    store.contributions.add(meeting["meeting"].id, meeting["sam"].person_id, "Hello", [], meeting["prompt"].id)
    assert parts == [(RoomPart.NEW_CONTRIBUTION, 1)]
    store.prompts.add(meeting["meeting"].id, "Another")
    assert parts[-1][0] == RoomPart.PROMPT | RoomPart.WALL
    other = store.meetings.create("Another meeting", "2026-12-01")
    store.prompts.add(other.id, "Not ours")
    assert parts[-1][0] == RoomPart.NOTHING


def test_reopening_the_same_meeting_keeps_the_place_and_the_draft(room, meeting, store):
    room.next_prompt()
    room.choose_speaker(meeting["sam"].person_id)
    room.set_words("Half said")
    room.open(meeting["meeting"].id)  # back from set-up
    assert room.index == 1 and room.words == "Half said" and room.speaker_id == meeting["sam"].person_id
    other = store.meetings.create("Another meeting", "2026-12-01")
    room.open(other.id)
    assert room.index == 0 and room.words == "" and room.speaker is None and room.prompt is None


def test_their_turn_follows_their_communication_profile(room, meeting, store):
    sam, ann = meeting["sam"].person_id, meeting["ann"].person_id
    store.profiles.save(
        sam,
        CommunicationProfile(
            language="pl",
            speech_rate=100,
            card_size="large",
            access="switch",
            switch_mode="two_switch",
            switch_step_seconds=3.0,
            switch_hold_seconds=0.5,
        ),
    )
    usual = ScanSettings(step_seconds=2.0)
    turn = room.choose_speaker(sam)
    assert turn.read_back_language(room.meeting) == "pl"
    voice = turn.voice(room.meeting)
    assert (voice.language, voice.rate) == ("pl", 100)
    assert turn.card_size(64, (64, 96, 128, 160)) == 96  # 1.5 times, the nearest size there is
    assert turn.wants_scanning(room_uses_switch=False)
    scan = turn.scan_settings(usual)
    assert (scan.mode, scan.step_seconds, scan.hold_seconds) == ("two_switch", 3.0, 0.5)

    turn = room.choose_speaker(ann)  # no profile: the room's own ways
    assert turn.read_back_language(room.meeting) == room.meeting.language
    assert turn.card_size(64, (64, 96, 128, 160)) == 64
    assert not turn.wants_scanning(room_uses_switch=False) and turn.wants_scanning(room_uses_switch=True)
    assert turn.scan_settings(usual) == usual

    # A profile changed while it is their turn counts at once.
    store.profiles.save(ann, CommunicationProfile(card_size="extra_large"))
    assert room.turn.card_size(64, (64, 96, 128, 160)) == 128
    assert room.profile(ann).card_size == "extra_large"


def test_the_used_lately_row_and_photos_are_data(room, meeting, store):
    room.choose_speaker(meeting["sam"].person_id)
    room.add_card("topic-music")
    room.save()
    assert room.recent_cards(6)[0] == "topic-music"
    assert room.photo(meeting["sam"].person_id) is None


def test_choosing_someone_not_in_the_meeting_is_refused(room, store):
    stranger = store.people.add_attendee(store.meetings.create("Other", "2026-12-01").id, "Zed", "first_name")
    with pytest.raises(ValidationError):
        room.choose_speaker(stranger.person_id)
    assert room.speaker is None
