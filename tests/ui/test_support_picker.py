"""Supported by: who helped someone make a contribution, chosen in the console and saved with it."""

from pathlib import Path

from PySide6.QtCore import Qt

from coprod_desktop.domain.support import Support, SupportRole
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.room.support_picker import SupportPicker

OUTPUT = Path(__file__).resolve().parents[1] / "output" / "people"


def open_room(window, app_store, qtbot):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    qtbot.wait(10)
    return window.room


def make_picker(qtbot, room) -> SupportPicker:
    # The room view places its own; a picker of the same session behaves the same.
    picker = SupportPicker(room.session)
    qtbot.addWidget(picker)
    picker.show()
    return picker


def choose_role(picker: SupportPicker, role: SupportRole | None) -> None:
    picker.role.setCurrentIndex(picker.role.findData(role.value if role else None))


def test_the_support_chosen_is_saved_with_the_contribution_and_cleared_after(qtbot, window, app_store):
    room = open_room(window, app_store, qtbot)
    session = room.session
    picker = make_picker(qtbot, room)
    labels = [picker.role.itemText(i) for i in range(picker.role.count())]
    assert labels == ["Nobody", "A supporter", "An advocate", "An interpreter"]
    assert not picker.name.isEnabled()  # a name only with a kind of support
    choose_role(picker, SupportRole.INTERPRETER)
    assert picker.name.isEnabled()
    qtbot.keyClicks(picker.name, "Jo <i>Bloggs</i>")
    assert session.draft_support == Support(SupportRole.INTERPRETER, "Jo <i>Bloggs</i>")

    sam = session.attendees[0]
    room.choose_speaker(sam.person_id)
    room.composer.words.setPlainText("I would like more trips out.")
    room.save()
    saved = app_store.contributions.for_meeting(session.meeting.id, session.prompt.id)[-1]
    assert saved.text == "I would like more trips out."
    assert saved.support == Support(SupportRole.INTERPRETER, "Jo <i>Bloggs</i>")
    # Cleared for the next contribution, and the picker shows it.
    assert session.draft_support is None
    assert picker.role.currentData() is None and picker.name.text() == ""
    assert not picker.name.isEnabled()


def test_the_picker_follows_the_draft_set_elsewhere(qtbot, window, app_store):
    room = open_room(window, app_store, qtbot)
    picker = make_picker(qtbot, room)
    room.session.set_draft_support(SupportRole.ADVOCATE, "Kim")
    assert picker.role.currentData() == "advocate" and picker.name.text() == "Kim"
    room.session.set_draft_support(None)
    assert picker.role.currentData() is None and picker.name.text() == ""


def test_typing_a_name_with_spaces_is_not_undone_as_it_is_typed(qtbot, window, app_store):
    room = open_room(window, app_store, qtbot)
    picker = make_picker(qtbot, room)
    choose_role(picker, SupportRole.SUPPORTER)
    qtbot.keyClicks(picker.name, "Mary Jo ")
    assert picker.name.text() == "Mary Jo "  # the draft trims it; the box keeps what is typed
    assert room.session.draft_support == Support(SupportRole.SUPPORTER, "Mary Jo")


def test_a_name_too_long_says_so_plainly_and_keeps_the_support_it_had(qtbot, window, app_store):
    room = open_room(window, app_store, qtbot)
    picker = make_picker(qtbot, room)
    choose_role(picker, SupportRole.SUPPORTER)
    qtbot.keyClicks(picker.name, "Jo")
    picker.name.setText("J" * 500)
    picker.name.textEdited.emit(picker.name.text())  # as a paste arrives
    assert picker.error.isVisible()
    assert picker.error.text() == "The supporter's name is too long: 500 characters, the most is 120."
    assert room.session.draft_support == Support(SupportRole.SUPPORTER, "Jo")
    picker.name.setText("Jo Smith")
    picker.name.textEdited.emit(picker.name.text())
    assert not picker.error.isVisible()
    assert room.session.draft_support == Support(SupportRole.SUPPORTER, "Jo Smith")


def test_the_picker_has_labels_and_is_one_row_at_the_usual_text_size(qtbot, window, app_store):
    room = open_room(window, app_store, qtbot)
    picker = make_picker(qtbot, room)
    assert picker.role_label.buddy() is picker.role and picker.name_label.buddy() is picker.name
    assert picker.role.accessibleName() == "Supported by"
    assert picker.name.accessibleName() == "Supporter's name (optional)"
    picker.resize(900, picker.sizeHint().height())
    qtbot.wait(10)
    tops = {w.mapTo(picker, w.rect().topLeft()).y() for w in (picker.role_label, picker.role, picker.name)}
    middles = {w.mapTo(picker, w.rect().center()).y() for w in (picker.role, picker.name)}
    assert len(middles) == 1 and max(tops) < picker.role.height()  # one row
    OUTPUT.mkdir(parents=True, exist_ok=True)
    choose_role(picker, SupportRole.INTERPRETER)
    qtbot.keyClicks(picker.name, "Jo")
    assert picker.grab().save(str(OUTPUT / "support_picker_100.png"))
    assert picker.role.focusPolicy() & Qt.FocusPolicy.TabFocus
