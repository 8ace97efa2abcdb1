"""Correcting a saved contribution from the console: opened from the wall (Enter, or Correct…),
its words and cards edited, credited to someone else, moved to another prompt or withdrawn, each
saved at once; the wall follows the change stream. Undo (Ctrl+Z outside a text box, or the Undo
button that says what it will undo) takes the last action back, except a withdrawal."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from coprod_desktop.services.demo import create_demo_meeting


def _open(window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    return window.room


def _save(room, words="More time to talk at the start.", person=0):
    room.choose_speaker(room.session.attendees[person].person_id)
    room.composer.words.setPlainText(words)
    room.save()
    return room.session.contributions[-1]


def _wall_texts(room) -> list[str]:
    return [card.words.text() if card.words else "" for card in room.wall.cards]


def _answer(button: QMessageBox.StandardButton, seen: list[str]):
    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, answer)


@pytest.fixture
def room(window, app_store):
    return _open(window, app_store)


def test_enter_on_a_contribution_opens_it_for_correcting(qtbot, room):
    saved = _save(room)
    card = room.wall.cards[-1]
    card.setFocus()
    QTest.keyClick(card, Qt.Key.Key_Return)
    assert room.session.correcting_id == saved.id
    panel = room.correcting_panel
    assert panel.isVisible()
    assert panel.words.toPlainText() == saved.text
    assert panel.words.hasFocus()
    assert panel.credit.currentData() == saved.person_id
    assert panel.prompt.currentData() == saved.prompt_id


def test_the_correct_button_acts_on_the_wall_s_contribution(qtbot, room):
    _save(room)
    older = room.wall.cards[-2]
    older.setFocus()
    qtbot.mouseClick(room.wall.correct_button, Qt.MouseButton.LeftButton)
    assert room.session.correcting_id == older.contribution_id


def test_editing_words_and_cards_is_saved_at_once_and_the_wall_follows(qtbot, room, app_store):
    saved = _save(room)
    room.correct(saved.id)
    panel = room.correcting_panel
    panel.words.setPlainText("More time to talk at the end.")
    card_id = room.composer.grid.item(0).data(Qt.ItemDataRole.UserRole)
    room.composer.grid.chosen.emit(card_id)  # the picker's card goes to the correction, not the draft
    assert room.session.cards == []
    assert panel.cards.count() == 1
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    stored = app_store.contributions.get(saved.id)
    assert (stored.text, stored.card_ids) == ("More time to talk at the end.", (card_id,))
    assert _wall_texts(room)[-1] == "More time to talk at the end."
    assert "Cards:" in room.wall.cards[-1].accessibleName()


def test_crediting_to_someone_else(qtbot, room, app_store):
    saved = _save(room)
    room.correct(saved.id)
    panel = room.correcting_panel
    other = room.session.attendees[3]
    panel.credit.setCurrentIndex(panel.credit.findData(other.person_id))
    panel.credit.activated.emit(panel.credit.currentIndex())
    assert app_store.contributions.get(saved.id).person_id == other.person_id
    assert room.wall.cards[-1].credit.text() == f"{other.credited_as} said:"
    assert panel.heading.text().startswith(f"Correcting what {other.credited_as} said")


def test_moving_to_another_prompt_takes_it_off_this_wall(qtbot, room, app_store):
    saved = _save(room)
    room.correct(saved.id)
    panel = room.correcting_panel
    second = room.session.prompts[1]
    panel.prompt.setCurrentIndex(panel.prompt.findData(second.id))
    panel.prompt.activated.emit(panel.prompt.currentIndex())
    assert app_store.contributions.get(saved.id).prompt_id == second.id
    assert saved.id not in [card.contribution_id for card in room.wall.cards]


def test_withdrawing_asks_first_and_erases_the_words(qtbot, room, app_store):
    saved = _save(room, "Feel sick")
    room.correct(saved.id)
    seen: list[str] = []
    _answer(QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(room.correcting_panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert "erased" in seen[0] and "cannot be undone" in seen[0]
    assert not app_store.contributions.get(saved.id).is_withdrawn  # No: nothing changed
    _answer(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(room.correcting_panel.withdraw_button, Qt.MouseButton.LeftButton)
    gone = app_store.contributions.get(saved.id)
    assert gone.is_withdrawn and gone.text == ""
    assert saved.id not in [card.contribution_id for card in room.wall.cards]
    assert not room.correcting_panel.isVisible()
    # Undo cannot bring it back, and says so plainly.
    assert room.composer.undo_button.text() == "↶ Undo (a withdrawal cannot be undone)"
    messages: list[str] = []
    room.message.connect(messages.append)
    room.undo()
    assert messages[-1] == "A withdrawn contribution cannot be brought back: its words were erased."


def test_ctrl_z_outside_a_text_box_undoes_the_save(qtbot, window, room, app_store):
    saved = _save(room)
    assert room.composer.undo_button.text() == "↶ Undo: Save"
    assert room.composer.undo_button.accessibleDescription() == "Shortcut: Ctrl+Z"
    room.wall.cards[-1].setFocus()
    QTest.keySequence(room.wall.cards[-1], "Ctrl+Z")
    assert saved.id not in [c.id for c in app_store.contributions.for_meeting(room.session.meeting.id)]
    assert saved.id not in [card.contribution_id for card in room.wall.cards]
    # Its words and speaker come back into the empty draft, to be saved again or thrown away.
    assert room.composer.words.toPlainText() == saved.text
    assert room.session.speaker_id == saved.person_id
    assert not room.read_back.isVisible()


def test_ctrl_z_in_the_words_box_undoes_typing_not_the_room(qtbot, room, app_store):
    saved = _save(room)
    words = room.composer.words
    words.setFocus()
    QTest.keyClicks(words, "Hello")
    QTest.keySequence(words, "Ctrl+Z")
    assert words.toPlainText() == ""  # the typing went
    assert app_store.contributions.get(saved.id).text == saved.text  # the saved contribution stayed


def test_the_undo_button_says_what_it_will_undo(qtbot, room):
    saved = _save(room)
    room.confirm_read_back()
    assert room.composer.undo_button.text() == "↶ Undo: “yes, that's right”"
    qtbot.mouseClick(room.composer.undo_button, Qt.MouseButton.LeftButton)
    assert not room.session.contribution(saved.id).is_confirmed
    assert room.composer.undo_button.text() == "↶ Undo: Save"


def test_keeping_the_speaker_is_a_check_box_by_save(qtbot, room):
    sam = room.session.attendees[0]
    room.choose_speaker(sam.person_id)
    line = room.composer.keep_line
    assert line.label.text() == f"&Keep {sam.credited_as} speaking after Save"
    assert room.composer.keep_speaker.accessibleName() == f"Keep {sam.credited_as} speaking after Save"
    room.composer.keep_speaker.click()
    assert room.session.keep_speaker
    room.composer.words.setPlainText("Yes.")
    room.save()
    assert room.session.speaker_id == sam.person_id


def test_escape_closes_the_correcting_panel_and_keeps_what_was_typed_in_it(qtbot, room, app_store):
    saved = _save(room, "The bus is late.")
    room.correcting.open(saved.id)
    panel = room.correcting_panel
    panel.words.setPlainText("The bus is late on Mondays.")
    room.speech.speech.stop()  # Escape stops the read-back first, if it is still being read
    qtbot.waitUntil(lambda: not room.speech.speech.speaking)
    panel.words.setFocus()
    QTest.keySequence(panel.words, "Escape")
    assert room.session.correcting_id is None and not panel.isVisible()
    # Typed but not yet saved with "Save changes": saved as the panel closed, not lost.
    assert app_store.contributions.get(saved.id).text == "The bus is late on Mondays."


def test_a_correction_that_is_refused_keeps_the_panel_open_with_the_reason(qtbot, room, app_store):
    saved = _save(room, "The bus is late.")
    room.correcting.open(saved.id)
    panel = room.correcting_panel
    panel.words.setPlainText("   ")  # nothing left: refused, nothing changed
    room.correcting.done()
    assert room.session.correcting_id == saved.id and panel.isVisible()
    assert panel.error.isVisible() and panel.error.text()
    assert app_store.contributions.get(saved.id).text == "The bus is late."
