"""A name that looks like one already in use gets a plain warning line as it is typed, in set-up's
people editor and in the room's late-arrival dialog; it never stops the person being added. A name
with nothing to see is refused with a plain message."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from coprod_desktop.ui.room.late_arrival_dialog import LateArrivalDialog

ZWSP, ZWJ, ZWNJ, ACUTE = "\u200b", "\u200d", "\u200c", "\u0301"
ISOLATED_SAM = "\u2068Sam\u2069"  # the name keeps its own direction inside the sentence
IN_MEETING = (
    f'Someone called "{ISOLATED_SAM}" is already taking part in this meeting. '
    "If this is another person, credit them in a way that tells the two apart."
)
ON_LAPTOP = (
    'Someone called "\u2068Ann Lee\u2069" is already known on this laptop from another meeting. '
    "Adding this name makes a new person: their meetings are not joined up."
)
NO_LETTER = "Please type a name with at least one letter or number."

# Typed three ways: plainly, with a zero-width space, with a Cyrillic "а".
THREE_SAMS = [("Sam", ""), ("Sam", ZWSP), ("S", "\u0430m")]


@pytest.fixture
def meeting_with_sam(app_store):
    earlier = app_store.meetings.create("Last month", "2026-10-26", "Oak Room")
    app_store.people.add_attendee(earlier.id, "Ann Lee")
    today = app_store.meetings.create("Planning the day centre", "2026-11-26", "Oak Room")
    app_store.people.add_attendee(today.id, "Sam")
    app_store.prompts.add(today.id, "What should change?")
    return today.id


def accessible_name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def type_name(qtbot, field, keys: str, pasted: str) -> None:
    """Type *keys* as a person would, then put in what a keyboard cannot (as a paste would)."""
    field.clear()
    qtbot.keyClicks(field, keys)
    if pasted:
        field.insert(pasted)


def assert_warns(warning, text: str) -> None:
    assert warning.isVisible()
    assert warning.text() == text
    assert warning.textFormat() == Qt.TextFormat.PlainText
    assert accessible_name(warning) == text  # read out, not only shown


@pytest.fixture
def people_editor(qtbot, window, meeting_with_sam):
    window.show_setup(meeting_with_sam)
    window.setup.tabs.setCurrentIndex(1)
    editor = window.setup.people
    qtbot.waitUntil(lambda: editor.list.count() == 1)
    return editor


@pytest.mark.parametrize(("keys", "pasted"), THREE_SAMS)
def test_the_people_editor_warns_of_a_second_sam_and_still_adds_them(
    qtbot, people_editor, app_store, meeting_with_sam, keys, pasted
):
    editor = people_editor
    assert not editor.name_warning.isVisible()
    type_name(qtbot, editor.full_name, keys, pasted)
    assert_warns(editor.name_warning, IN_MEETING)
    assert not editor.error.isVisible()  # a warning, not an error
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.list.count() == 2)
    assert len(app_store.people.attendees(meeting_with_sam)) == 2
    # The form is ready for the next person, and the warning has gone with the name.
    assert editor.full_name.text() == ""
    assert not editor.name_warning.isVisible()


SAME_CREDIT = (
    f'Someone in this meeting is already shown as "{ISOLATED_SAM}". '
    "Credit this person another way, so the room can tell the two apart."
)


def test_the_people_editor_warns_when_sam_brown_would_be_shown_as_sam_too(qtbot, people_editor):
    from coprod_desktop.domain.credit import CreditStyle
    from coprod_desktop.ui.widgets.form_parts import select_data

    editor = people_editor
    select_data(editor.credit_style, CreditStyle.FIRST_NAME.value)
    qtbot.keyClicks(editor.full_name, "Sam Brown")
    assert_warns(editor.name_warning, SAME_CREDIT)
    select_data(editor.credit_style, CreditStyle.INITIALS.value)  # "S.B." tells them apart
    assert not editor.name_warning.isVisible()


def test_the_people_editor_does_not_warn_of_sam_brown_or_of_sam_himself(qtbot, people_editor):
    from coprod_desktop.domain.credit import CreditStyle
    from coprod_desktop.ui.widgets.form_parts import select_data

    editor = people_editor
    select_data(editor.credit_style, CreditStyle.FULL_NAME.value)
    qtbot.keyClicks(editor.full_name, "Sam Brown")
    assert not editor.name_warning.isVisible()
    editor.list.setCurrentRow(0)  # Sam himself, in the form to be changed
    assert editor.full_name.text() == "Sam"
    assert not editor.name_warning.isVisible()


def test_the_people_editor_says_when_the_name_is_known_from_another_meeting(qtbot, people_editor):
    qtbot.keyClicks(people_editor.full_name, "ann lee")
    assert_warns(people_editor.name_warning, ON_LAPTOP)


def test_the_people_editor_refuses_a_name_of_only_joiners(qtbot, people_editor, app_store, meeting_with_sam):
    editor = people_editor
    editor.full_name.setText(ZWJ + ZWNJ + ACUTE)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.error.isVisible() and editor.error.text() == NO_LETTER
    assert editor.full_name.text() == ZWJ + ZWNJ + ACUTE  # what was typed stays
    assert len(app_store.people.attendees(meeting_with_sam)) == 1


@pytest.fixture
def late_dialog(qtbot, window, meeting_with_sam):
    window.show_room(meeting_with_sam)
    dialog = LateArrivalDialog(window.room.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize(("keys", "pasted"), THREE_SAMS)
def test_the_late_arrival_dialog_warns_of_a_second_sam_and_still_adds_them(
    qtbot, late_dialog, app_store, meeting_with_sam, keys, pasted
):
    dialog = late_dialog
    assert not dialog.name_warning.isVisible()
    type_name(qtbot, dialog.full_name, keys, pasted)
    assert_warns(dialog.name_warning, IN_MEETING)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    names = [a.person.full_name for a in app_store.people.attendees(meeting_with_sam)]
    assert names == ["Sam", keys + pasted.replace(ZWSP, "")]  # stored without the invisible space


def test_the_late_arrival_dialog_warns_only_of_look_alikes(qtbot, late_dialog):
    from coprod_desktop.domain.credit import CreditStyle
    from coprod_desktop.ui.widgets.form_parts import select_data

    dialog = late_dialog
    select_data(dialog.credit_style, CreditStyle.FIRST_NAME.value)
    qtbot.keyClicks(dialog.full_name, "Sam Brown")
    assert_warns(dialog.name_warning, SAME_CREDIT)  # shown as "Sam", like Sam
    select_data(dialog.credit_style, CreditStyle.FULL_NAME.value)
    assert not dialog.name_warning.isVisible()
    type_name(qtbot, dialog.full_name, "Ann Lee", "")
    assert_warns(dialog.name_warning, ON_LAPTOP)
    dialog.full_name.clear()
    assert not dialog.name_warning.isVisible()


def test_the_late_arrival_dialog_refuses_a_name_of_only_joiners(qtbot, late_dialog, app_store, meeting_with_sam):
    dialog = late_dialog
    dialog.full_name.setText(ZWNJ + ACUTE + ZWJ)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text() == NO_LETTER
    assert dialog.focusWidget() is dialog.full_name
    assert len(app_store.people.attendees(meeting_with_sam)) == 1
