"""Read back and confirm, in the console: after Save "Sam said: …" is shown and read aloud, and the
person answers "yes, that's right" (the contribution is stored as confirmed and the wall marks it)
or "change it" (it opens for correcting in the console). By click, by key and by one switch."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_switch_access import Room

from coprod_desktop.domain.scanning import ScanSettings
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.room.room_scanning import room_scan_groups
from coprod_desktop.ui.room.room_shortcuts import CHANGE_KEY, YES_KEY


def _open(window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    return window.room


def _save(room, words="More time to talk at the start.", person=0):
    room.choose_speaker(room.session.attendees[person].person_id)
    room.composer.words.setPlainText(words)
    room.save()
    return room.session.contributions[-1]


def _keys(widget, sequence: str):
    QTest.keySequence(widget, sequence)


def test_after_save_the_bar_shows_what_was_said_and_it_is_read_aloud(qtbot, window, app_store, fake_engine):
    room = _open(window, app_store)
    assert not room.read_back.isVisible()
    _save(room)
    assert room.read_back.isVisible()
    assert room.read_back.text.text() == "Sam said: More time to talk at the start."
    assert room.read_back.yes_button.text() == "✓ Yes, that's right"
    assert room.read_back.change_button.text() == "✎ Change it"
    assert "Sam said" in room.read_back.accessibleName()
    qtbot.waitUntil(lambda: any("Sam said" in text for text, _voice in fake_engine.spoken), timeout=3000)


def test_yes_stores_it_as_confirmed_and_the_wall_marks_it(qtbot, window, app_store):
    room = _open(window, app_store)
    saved = _save(room)
    qtbot.mouseClick(room.read_back.yes_button, Qt.MouseButton.LeftButton)
    assert not room.read_back.isVisible()
    assert room.session.contribution(saved.id).is_confirmed
    card = room.wall.cards[-1]
    assert card.contribution_id == saved.id
    assert not card.details.isHidden()
    assert "✓ Confirmed" in card.details.text()
    assert "Confirmed" in card.accessibleName()


def test_the_keys_answer_from_anywhere_in_the_room(qtbot, window, app_store):
    room = _open(window, app_store)
    first = _save(room)
    room.composer.search.setFocus()
    _keys(room.composer.search, YES_KEY)
    assert room.session.contribution(first.id).is_confirmed
    second = _save(room, "And a quiet room.", person=1)
    room.composer.words.setFocus()
    _keys(room.composer.words, CHANGE_KEY)
    assert room.session.correcting_id == second.id
    assert room.correcting_panel.isVisible()
    assert room.correcting_panel.words.toPlainText() == "And a quiet room."
    assert not room.read_back.isVisible()


def test_change_it_opens_correcting_in_the_console_and_unconfirms(qtbot, window, app_store):
    room = _open(window, app_store)
    saved = _save(room)
    qtbot.mouseClick(room.read_back.change_button, Qt.MouseButton.LeftButton)
    assert room.correcting_panel.isVisible()
    assert room.correcting_panel.heading.text().startswith("Correcting what Sam said")
    assert room.correcting_panel.window() is window  # in the console, not a window over the projector
    assert not room.session.contribution(saved.id).is_confirmed


def test_the_wall_shows_support_and_agreements(qtbot, window, app_store):
    room = _open(window, app_store)
    saved = _save(room)
    people = room.session.attendees
    room.session.set_support(saved.id, "interpreter", "Jo")
    room.session.agree(saved.id, people[1].person_id)
    room.session.agree(saved.id, people[2].person_id)
    card = room.wall.cards[-1]
    lines = card.details.text().split("\n")
    names = f"{people[1].credited_as} and {people[2].credited_as} agree."
    assert lines == ["With support from Jo (interpreter).", names]
    assert card.accessibleName().endswith(names)


def test_one_switch_can_answer_the_read_back(qtbot, window, app_store):
    room = Room(qtbot, window, app_store, ScanSettings(step_seconds=1.0, first_item_extra_seconds=0.5))
    view = room.view
    saved = _save(view)
    groups = room_scan_groups(view)
    assert groups[0].name == "Yes, or change it"
    assert [t.widget() for t in groups[0].targets] == [view.read_back.yes_button, view.read_back.change_button]
    room.switch.start()
    try:
        room.choose("Yes, or change it")
        room.choose("Yes, that's right")
    finally:
        room.switch.stop()
    assert view.session.contribution(saved.id).is_confirmed
    assert not view.read_back.isVisible()
    assert room_scan_groups(view)[0].targets == []  # gone from the scan once answered
