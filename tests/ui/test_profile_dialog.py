"""The communication profile dialog, driven by keyboard and mouse on a real database file."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coprod_desktop.app.people import ProfileOperations
from coprod_desktop.domain.profile import AccessMethod, CardSize, CommunicationProfile, Format, Interpreter, SwitchMode
from coprod_desktop.ui.dialogs.profile_dialog import ProfileDialog
from coprod_desktop.ui.platform.theme import MIN_TARGET
from coprod_desktop.ui.widgets.tile_flags import flag_words, profile_flags_text

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)

OLD = CommunicationProfile(
    preferred_name="Sammy",
    formats={Format.AUDIO},
    language="cy",
    interpreter=Interpreter.BSL,
    access=AccessMethod.KEYBOARD,
    card_size=CardSize.LARGE,
    notes="Needs breaks",
)


@pytest.fixture
def open_dialog(qtbot, store, meeting):
    def make(person="sam") -> ProfileDialog:
        attendee = meeting[person]
        dialog = ProfileDialog(ProfileOperations(store), attendee.person_id, attendee.credited_as)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.preferred_name)
        return dialog

    return make


def _choose(qtbot, combo: QComboBox, text: str) -> None:
    """Move a closed combo box to the item starting with *text* using the arrow keys, as a keyboard user."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not in the list")


def _type_number(qtbot, spin: QAbstractSpinBox, text: str) -> None:
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, text)


def test_a_new_profile_is_made_with_the_keyboard_and_the_mouse(qtbot, open_dialog, store, meeting):
    dialog = open_dialog()
    sam = meeting["sam"].person_id
    QTest.keyClicks(dialog.preferred_name, "Sammy")
    QTest.keyClick(dialog.preferred_name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.language
    _choose(qtbot, dialog.language, "Polish")
    _choose(qtbot, dialog.interpreter, "Spoken")
    QTest.keyClick(dialog.interpreter, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.interpreter_language
    QTest.keyClicks(dialog.interpreter_language, "Polish")
    _choose(qtbot, dialog.speed, "Slower")
    # The format boxes: Space on one reached by Tab, a mouse click on another.
    dialog.formats[Format.EASY_READ].setFocus()
    QTest.keyClick(dialog.formats[Format.EASY_READ], Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.formats[Format.LARGE_PRINT], Qt.MouseButton.LeftButton)
    _choose(qtbot, dialog.access, "Switch")
    _choose(qtbot, dialog.switch_mode, "Two")
    _type_number(qtbot, dialog.step, "2.5")
    _type_number(qtbot, dialog.hold, "0.5")
    _choose(qtbot, dialog.card_size, "Extra large")
    dialog.notes.setFocus()
    QTest.keyClicks(dialog.notes, "Needs breaks")
    QTest.keyClick(dialog.notes, Qt.Key.Key_Tab)  # Tab leaves the notes rather than typing a tab
    assert QApplication.focusWidget() is dialog.share
    QTest.keyClick(dialog.share, Qt.Key.Key_Space)
    QTest.keyClick(dialog.share, Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.consent_note, "Agreed with their support worker")
    heard = []
    dialog.saved.connect(heard.append)
    QTest.keyClick(dialog.consent_note, Qt.Key.Key_Return)  # Enter saves, as the default button

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    expected = CommunicationProfile(
        preferred_name="Sammy",
        formats={Format.EASY_READ, Format.LARGE_PRINT},
        language="pl",
        interpreter=Interpreter.SPOKEN,
        interpreter_language="Polish",
        access=AccessMethod.SWITCH,
        switch_mode=SwitchMode.TWO,
        switch_step_seconds=2.5,
        switch_hold_seconds=0.5,
        speech_rate=130,
        card_size=CardSize.EXTRA_LARGE,
        notes="Needs breaks",
    )
    assert store.profiles.get(sam) == expected
    assert heard == [expected]
    assert store.profiles.share_consent(sam) is True
    assert [e.note for e in store.profiles.share_history(sam)] == ["Agreed with their support worker"]


def test_cancel_keeps_the_old_profile_and_records_nothing(qtbot, open_dialog, store, meeting):
    sam = meeting["sam"].person_id
    store.profiles.save(sam, OLD)
    dialog = open_dialog()
    assert dialog.preferred_name.text() == "Sammy"
    assert dialog.formats[Format.AUDIO].isChecked() and dialog.language.currentData() == "cy"
    assert dialog.notes.toPlainText() == "Needs breaks"
    dialog.preferred_name.selectAll()
    QTest.keyClicks(dialog.preferred_name, "Someone else")
    qtbot.mouseClick(dialog.formats[Format.AUDIO], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.share, Qt.MouseButton.LeftButton)
    QTest.keyClick(dialog.preferred_name, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert store.profiles.get(sam) == OLD
    assert store.profiles.share_history(sam) == []

    again = open_dialog()
    qtbot.mouseClick(again.cancel_button, Qt.MouseButton.LeftButton)
    assert again.result() == QDialog.DialogCode.Rejected
    assert store.profiles.get(sam) == OLD


def test_a_problem_is_shown_plainly_in_the_dialog_and_nothing_is_saved(qtbot, open_dialog, store, meeting):
    sam = meeting["sam"].person_id
    dialog = open_dialog()
    _choose(qtbot, dialog.interpreter, "Spoken")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Please type the language the interpreter speaks."
    assert dialog.error.textFormat() == Qt.TextFormat.PlainText
    interface = QAccessible.queryAccessibleInterface(dialog.error)
    assert interface.text(QAccessible.Text.Name) == "Please type the language the interpreter speaks."
    assert store.profiles.get(sam).is_empty

    dialog.notes.setPlainText("x" * 501)
    QTest.keyClicks(dialog.interpreter_language, "Tigrinya")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "The note for the facilitator is too long: 501 characters, the most is 500."
    assert store.profiles.get(sam).is_empty

    dialog.notes.setPlainText("Short")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.profiles.get(sam).flags() == ("Interpreter: Tigrinya", "See notes")


def test_switch_and_interpreter_details_are_enabled_only_when_they_apply(open_dialog, qtbot):
    dialog = open_dialog()
    assert not dialog.interpreter_language.isEnabled()
    assert not any(w.isEnabled() for w in (dialog.switch_mode, dialog.step, dialog.hold))
    _choose(qtbot, dialog.access, "Switch")
    assert all(w.isEnabled() for w in (dialog.switch_mode, dialog.step, dialog.hold))
    _choose(qtbot, dialog.interpreter, "BSL")
    assert not dialog.interpreter_language.isEnabled()
    _choose(qtbot, dialog.interpreter, "Spoken")
    assert dialog.interpreter_language.isEnabled()


def test_every_control_is_named_big_enough_and_in_tab_order(qtbot, open_dialog, store, meeting):
    sam = meeting["sam"].person_id
    store.profiles.save(sam, CommunicationProfile(interpreter="spoken", interpreter_language="Polish", access="switch"))
    dialog = open_dialog()
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisible()
        and not w.objectName().startswith("qt_")
        and not isinstance(w.parent(), QComboBox)
    ]
    assert len(controls) >= 19
    nameless = []
    for w in controls:
        interface = QAccessible.queryAccessibleInterface(w)
        if not (interface and interface.text(QAccessible.Text.Name).strip()):
            nameless.append(type(w).__name__)
    assert nameless == []
    small = [f"{type(w).__name__} {w.height()}" for w in controls if w.height() < MIN_TARGET]
    assert small == []

    expected = [
        dialog.preferred_name,
        dialog.language,
        dialog.interpreter,
        dialog.interpreter_language,
        dialog.speed,
        dialog.voice,
        *dialog.formats.values(),
        dialog.access,
        dialog.switch_mode,
        dialog.step,
        dialog.hold,
        dialog.card_size,
        dialog.notes,
        dialog.share,
        dialog.consent_note,
        dialog.clear_button,
        dialog.save_button,
        dialog.cancel_button,
    ]
    visited = [QApplication.focusWidget()]
    for _ in range(len(expected) - 1):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == expected


def test_alt_letters_reach_their_fields(qtbot, open_dialog):
    dialog = open_dialog()
    QTest.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.notes
    QTest.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.access
    QTest.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # ticks the box, as a click
    qtbot.waitUntil(dialog.formats[Format.EASY_READ].isChecked)
    QTest.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.preferred_name


def test_a_speed_set_elsewhere_is_kept_when_it_is_not_touched(qtbot, open_dialog, store, meeting):
    sam = meeting["sam"].person_id
    store.people.set_speech(sam, 145, None)  # between the named speeds
    dialog = open_dialog()
    QTest.keyClicks(dialog.preferred_name, "Sammy")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.profiles.get(sam).speech_rate == 145


def test_clearing_the_form_and_saving_removes_the_profile(qtbot, open_dialog, store, meeting):
    sam = meeting["sam"].person_id
    store.profiles.save(sam, OLD)
    dialog = open_dialog()
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.preferred_name.text() == "" and dialog.notes.toPlainText() == ""
    assert store.profiles.get(sam) == OLD  # nothing happens until Save
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.profiles.get(sam).is_empty
    assert store.db.execute("SELECT count(*) FROM communication_profiles").fetchone()[0] == 0


def test_names_and_notes_are_shown_literally(qtbot, store, meeting):
    sam = meeting["sam"].person_id
    store.profiles.save(sam, CommunicationProfile(notes="<b>not bold</b> & <img src=x>"))
    dialog = ProfileDialog(ProfileOperations(store), sam, "<i>Sam</i> & co")
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [w for w in dialog.findChildren(QLabel) if "Sam" in w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    assert "<i>Sam</i> & co" in dialog.windowTitle()
    assert dialog.notes.toPlainText() == "<b>not bold</b> & <img src=x>"


def test_consent_status_says_what_was_last_recorded(qtbot, open_dialog, store, meeting):
    sam = meeting["sam"].person_id
    assert open_dialog().consent_status.text() == "No answer about sharing has been recorded yet."
    store.profiles.set_share_consent(sam, True)
    store.profiles.set_share_consent(sam, False, "Changed their mind")
    dialog = open_dialog()
    assert dialog.consent_status.text().startswith("Last recorded: does not agree to share, ")
    assert not dialog.share.isChecked()


def test_an_unknown_person_gets_a_message_not_a_crash(qtbot, store, meeting):
    dialog = ProfileDialog(ProfileOperations(store), "no-such-person", "Nobody")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error.text() == "That person is not known on this laptop."
    assert not dialog.save_button.isEnabled()


def test_flags_for_a_tile_are_plain_words(store, meeting):
    assert profile_flags_text(CommunicationProfile()) == ""
    profile = CommunicationProfile(interpreter="bsl", formats={"easy_read"}, access="switch", notes="private")
    assert profile_flags_text(profile) == "BSL, Easy Read, Switch, See notes"
    assert "private" not in profile_flags_text(profile)


def test_every_flag_the_domain_makes_has_words_for_translators():
    everything = [
        CommunicationProfile(
            interpreter=interpreter,
            interpreter_language="Polish",
            language="pl",
            formats=set(Format),
            access=access,
            speech_rate=rate,
            card_size=size,
            notes="n",
        )
        for interpreter in ("bsl", "spoken")
        for access in AccessMethod
        for rate in (100, 130, 200)
        for size in ("large", "extra_large")
    ]
    templates = {template for profile in everything for template, _value in profile.flag_parts()}
    assert templates <= set(flag_words())
    assert len(templates) == 15
