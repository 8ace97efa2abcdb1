"""After Save the console shows what the session holds: nobody speaking, unless the facilitator
chose to keep the speaker. (The tile stayed chosen while the session had cleared it, so the next
contribution was refused or credited to the wrong person.)"""

from coprod_desktop.services.demo import create_demo_meeting


def _save_for(room, person_id, words):
    room.choose_speaker(person_id)
    room.composer.words.setPlainText(words)
    room.save()


def test_after_save_no_tile_is_chosen_and_the_note_asks_who_is_speaking(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    room = window.room
    sam = room.session.attendees[0].person_id
    _save_for(room, sam, "More time to talk at the start.")
    assert room.session.speaker_id is None
    assert not any(tile.isChecked() for tile in room.tiles.tiles.values())
    assert room.composer.speaker_note.text() == "Choose who is speaking."


def test_keeping_the_speaker_keeps_their_tile_chosen(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    room = window.room
    sam = room.session.attendees[0].person_id
    room.session.set_keep_speaker(True)
    _save_for(room, sam, "And a quiet room.")
    assert room.session.speaker_id == sam
    assert room.tiles.tiles[sam].isChecked()
    assert "Sam" in room.composer.speaker_note.text()
