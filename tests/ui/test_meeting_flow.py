"""The whole flow through the real widgets: create a meeting, add people and a prompt, add
contributions with cards and words, and check the wall credits each one. Once by mouse, once by
keyboard alone."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from coprod_desktop.ui.room.wall import ContributionCard


def focused():
    return QApplication.focusWidget()


MARKUP_NAME = "<b>Sam</b>"
MARKUP_TEXT = '0.1 <A & B> <img src="x">'


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_item(qtbot, list_widget, card_id):
    for row in range(list_widget.count()):
        item = list_widget.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == card_id:
            list_widget.scrollToItem(item)
            centre = list_widget.visualItemRect(item).center()
            qtbot.mouseClick(list_widget.viewport(), Qt.MouseButton.LeftButton, pos=centre)
            return
    raise AssertionError(f"card {card_id} is not in the grid")


def wall_entries(window):
    return [c for c in window.room.wall.cards if isinstance(c, ContributionCard)]


def test_whole_flow_by_mouse(qtbot, window, app_store):
    click(qtbot, window.meetings.new_button)
    setup = window.setup
    qtbot.keyClicks(setup.title, "Coffee & chat <i>")
    qtbot.keyClicks(setup.place, "Oak Room")
    click(qtbot, setup.save_details_button)
    [meeting] = app_store.meetings.all()
    assert meeting.title == "Coffee & chat <i>"
    assert setup.heading.textFormat() == Qt.TextFormat.PlainText

    people = setup.people
    qtbot.keyClicks(people.full_name, MARKUP_NAME)
    people.credit_style.setCurrentIndex(people.credit_style.findData("full_name"))
    click(qtbot, people.add_button)
    qtbot.keyClicks(people.full_name, "Ann Lee")
    people.credit_style.setCurrentIndex(people.credit_style.findData("chosen_name"))
    qtbot.keyClicks(people.chosen_name, "Star")
    click(qtbot, people.add_button)
    assert [a.credited_as for a in app_store.people.attendees(meeting.id)] == [MARKUP_NAME, "Star"]

    setup.tabs.setCurrentIndex(2)
    prompts = setup.prompts
    qtbot.keyClicks(prompts.text, "What do you like about lunch?")
    prompts.card.setCurrentIndex(prompts.card.findData("topic-food"))
    click(qtbot, prompts.add_button)
    assert [p.card_id for p in app_store.prompts.for_meeting(meeting.id)] == ["topic-food"]

    click(qtbot, setup.start_button)
    room = window.room
    assert window.stack.currentWidget() is room
    assert room.prompt_panel.text.text() == "What do you like about lunch?"

    tiles = room.tiles.tiles
    sam_id, star_id = list(tiles)
    # Nothing chosen yet: a plain message, nothing saved
    click(qtbot, room.composer.save_button)
    assert room.composer.error.isVisible()
    assert app_store.contributions.count(meeting.id) == 0

    click(qtbot, tiles[sam_id])
    click_item(qtbot, room.composer.grid, "feeling-good")
    qtbot.keyClicks(room.composer.words, MARKUP_TEXT)
    click(qtbot, room.composer.save_button)

    click(qtbot, tiles[star_id])
    click_item(qtbot, room.composer.grid, "response-agree")
    click_item(qtbot, room.composer.grid, "topic-food")
    click(qtbot, room.composer.save_button)

    saved = app_store.contributions.for_meeting(meeting.id)
    assert [(c.person_id, c.text, c.card_ids) for c in saved] == [
        (sam_id, MARKUP_TEXT, ("feeling-good",)),
        (star_id, "", ("response-agree", "topic-food")),
    ]
    first, second = wall_entries(window)
    assert first.credit.text() == f"{MARKUP_NAME} said:"
    assert first.credit.textFormat() == Qt.TextFormat.PlainText
    assert first.words.text() == MARKUP_TEXT
    assert first.words.textFormat() == Qt.TextFormat.PlainText
    assert "Good" in first.accessibleName()
    assert second.credit.text() == "Star said:"
    labels = [label.text() for label in second.findChildren(QLabel)]
    assert "Agree" in labels and "Food" in labels
    # The form is ready for the next person; the words box was emptied only after the save
    assert room.composer.words.toPlainText() == ""
    assert room.composer.chosen.count() == 0
    assert "Saved what Star said" in window.statusBar().currentMessage()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)
    if modifier == Qt.KeyboardModifier.AltModifier:
        qtbot.wait(150)  # a mnemonic "animates" its click for 100 ms before it happens


def type_text(qtbot, text):
    qtbot.keyClicks(focused(), text)


def test_whole_flow_by_keyboard_alone(qtbot, window, app_store):
    alt = Qt.KeyboardModifier.AltModifier
    press(qtbot, Qt.Key.Key_N, alt)  # New meeting
    assert focused() is window.setup.title
    type_text(qtbot, "Keyboard meeting")
    press(qtbot, Qt.Key.Key_Return)
    [meeting] = app_store.meetings.all()

    people = window.setup.people
    assert focused() is people.full_name
    type_text(qtbot, "Sam Brown")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Ann Lee")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is people.credit_style
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down)
    assert people.credit_style.currentData() == "chosen_name"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is people.chosen_name
    type_text(qtbot, "Star")
    press(qtbot, Qt.Key.Key_Return)
    assert [a.credited_as for a in app_store.people.attendees(meeting.id)] == ["Sam", "Star"]

    window.setup.tabs.setFocus()
    press(qtbot, Qt.Key.Key_Right)  # People -> Prompts tab
    assert window.setup.tabs.currentIndex() == 2
    press(qtbot, Qt.Key.Key_W, alt)  # Prompt words
    assert focused() is window.setup.prompts.text
    type_text(qtbot, "How was the bus?")
    press(qtbot, Qt.Key.Key_Return)
    assert len(app_store.prompts.for_meeting(meeting.id)) == 1

    press(qtbot, Qt.Key.Key_M, alt)  # Start the meeting
    room = window.room
    assert window.stack.currentWidget() is room

    press(qtbot, Qt.Key.Key_1, alt)  # first person speaks
    press(qtbot, Qt.Key.Key_C, alt)  # to Find a card (issue 10: the Cards label's key goes to the search)
    assert focused() is room.composer.search
    press(qtbot, Qt.Key.Key_Down)  # into the cards
    assert focused() is room.composer.grid
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_W, alt)  # to their words
    assert focused() is room.composer.words
    type_text(qtbot, "It was late again")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    press(qtbot, Qt.Key.Key_2, alt)  # second person, words only, saved with Enter on the button
    press(qtbot, Qt.Key.Key_W, alt)
    type_text(qtbot, "Fine for me")
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the words box (no keyboard trap)
    assert focused() is room.composer.save_button
    press(qtbot, Qt.Key.Key_Return)

    second_card = room.composer.grid.item(1).data(Qt.ItemDataRole.UserRole)
    saved = app_store.contributions.for_meeting(meeting.id)
    assert [(c.text, c.card_ids) for c in saved] == [("It was late again", (second_card,)), ("Fine for me", ())]
    credits = [entry.credit.text() for entry in wall_entries(window)]
    assert credits == ["Sam said:", "Star said:"]
