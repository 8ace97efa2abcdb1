"""The consent dialog, driven by keyboard and mouse on a real database file, offscreen: recording
and taking back, the history in sentences, keyboard reach, and large text that still fits."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from coprod_desktop.app.workspace import Workspace
from coprod_desktop.domain.appearance import Appearance
from coprod_desktop.domain.consent import ConsentKind
from coprod_desktop.ui.people.consent_dialog import ConsentDialog
from coprod_desktop.ui.platform.theme import MIN_TARGET, apply_theme

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox)


@pytest.fixture
def workspace(store, catalogue):
    return Workspace(store, catalogue)


@pytest.fixture
def open_dialog(qtbot, workspace, meeting):
    asked: list[str] = []

    def make(person="sam", answer=True) -> ConsentDialog:
        def confirm(_parent, question):
            asked.append(question)
            return answer

        dialog = ConsentDialog(workspace, meeting[person].person_id, confirm=confirm)
        dialog.asked = asked
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return dialog

    return make


def _choose(qtbot, combo, text):
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def _history(dialog) -> list[str]:
    return dialog.history.text().splitlines()


def test_saying_no_then_yes_is_one_press_each_and_the_history_says_so(qtbot, open_dialog, workspace, meeting):
    dialog = open_dialog()
    sam = meeting["sam"].person_id
    assert dialog.now[ConsentKind.TAKE_HOME].text() == "Now: yes, take-home documents are made for them."
    assert _history(dialog) == ["Nothing recorded yet."]

    qtbot.mouseClick(dialog.no[ConsentKind.TAKE_HOME], Qt.MouseButton.LeftButton)
    _choose(qtbot, dialog.how, "With an Easy Read form")
    dialog.told.setPlainText("Sheets are posted to your home.")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert workspace.consent.state(sam).take_home is False
    qtbot.waitUntil(
        lambda: dialog.now[ConsentKind.TAKE_HOME].text() == "Now: no take-home documents are made for them."
    )
    first = _history(dialog)
    assert len(first) == 1
    assert first[0].endswith(
        ": said no to take-home sheets, with an Easy Read form. Told: Sheets are posted to your home."
    )

    qtbot.mouseClick(dialog.yes[ConsentKind.TAKE_HOME], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert workspace.consent.state(sam).take_home is True
    qtbot.waitUntil(lambda: len(_history(dialog)) == 2)
    assert "said yes to take-home sheets" in _history(dialog)[0]  # newest first


def test_nothing_changed_is_said_and_records_nothing(qtbot, open_dialog, workspace, meeting):
    dialog = open_dialog()
    assert dialog.record() is False
    assert dialog.error.text() and workspace.consent.history(meeting["sam"].person_id) == []


def test_naming_and_a_chosen_name(qtbot, open_dialog, workspace, store, meeting):
    dialog = open_dialog()
    m, sam = meeting["meeting"].id, meeting["sam"].person_id
    _choose(qtbot, dialog.naming, "A name they choose")
    assert dialog.chosen_name.isEnabled()
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text()  # a chosen name is needed
    assert workspace.consent.history(sam) == []
    dialog.chosen_name.setText("Sunny")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert store.people.attendee(m, sam).credited_as == "Sunny"
    qtbot.waitUntil(lambda: "chose to be named by: A name they choose" in " ".join(_history(dialog)))

    _choose(qtbot, dialog.naming, "Not named (anonymous)")
    assert not dialog.chosen_name.isEnabled()
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert store.people.attendee(m, sam).credited_as == "Anonymous"
    qtbot.waitUntil(lambda: dialog.naming_now.text().startswith("Now: not named"))


def test_taking_back_photo_consent_asks_first(qtbot, open_dialog, workspace, meeting, tmp_path):
    import io

    from PIL import Image

    from coprod_desktop.services.picture_import import load_picture

    sam = meeting["sam"].person_id
    workspace.consent.record(sam, "photo", True)
    out = io.BytesIO()
    Image.new("RGB", (64, 64), "orange").save(out, "PNG")
    (tmp_path / "p.png").write_bytes(out.getvalue())
    workspace.photos.set_photo(sam, load_picture(tmp_path / "p.png", purpose="photo"))

    dialog = open_dialog(answer=False)
    qtbot.mouseClick(dialog.no[ConsentKind.PHOTO], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.asked == ["Taking back consent deletes their photo now. Go on?"]
    assert workspace.photos.has_photo(sam) and dialog.yes[ConsentKind.PHOTO].isChecked()
    dialog.close()

    dialog = open_dialog(answer=True)
    qtbot.mouseClick(dialog.no[ConsentKind.PHOTO], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert not workspace.photos.has_photo(sam) and not workspace.photos.consent(sam)


def test_every_control_is_named_big_enough_and_reached_by_keyboard(qtbot, open_dialog, workspace, meeting):
    dialog = open_dialog()
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and w.isVisible() and not w.objectName().startswith("qt_")
        and not isinstance(w.parent(), QComboBox)
    ]  # fmt: skip
    nameless = [
        type(w).__name__
        for w in controls
        if not (QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name) or "").strip()
    ]
    assert nameless == []
    assert [f"{type(w).__name__} {w.height()}" for w in controls if w.height() < MIN_TARGET] == []

    expected = [
        dialog.naming,
        dialog.yes[ConsentKind.TAKE_HOME],
        dialog.yes[ConsentKind.QUOTES],
        dialog.no[ConsentKind.PHOTO],
        dialog.no[ConsentKind.PROFILE_SHARE],
        dialog.how,
        dialog.told,
        dialog.history,
        dialog.record_button,
        dialog.close_button,
    ]
    dialog.naming.setFocus()
    visited = [QApplication.focusWidget()]
    for _ in range(len(expected) - 1):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == expected

    # Arrow keys move between yes and no; Alt+letters reach each part; Alt+R records.
    def alt(key):
        QTest.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        qtbot.wait(150)  # a mnemonic "animates" its click for 100 ms before it happens

    alt(Qt.Key.Key_W)
    assert QApplication.focusWidget() is dialog.yes[ConsentKind.QUOTES]  # the answer in force
    alt(Qt.Key.Key_O)
    assert QApplication.focusWidget() is dialog.no[ConsentKind.PHOTO]  # the answer in force
    alt(Qt.Key.Key_W)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert dialog.no[ConsentKind.QUOTES].isChecked()
    QTest.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.told
    qtbot.wait(300)  # nothing else happens to the answer meanwhile
    assert dialog.no[ConsentKind.QUOTES].isChecked()
    QTest.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(300)  # a mnemonic animates its click first
    assert workspace.consent.state(meeting["sam"].person_id).quotes is False, dialog.error.text()
    QTest.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.naming


def test_large_text_fits_a_small_screen(qtbot, qapp, workspace, meeting, tmp_path):
    from clipping import clipped_widgets, hidden_parts

    for event in range(6):  # a long history too
        workspace.consent.record(meeting["sam"].person_id, "quotes", event % 2 == 0, told="Told " * 30)
    apply_theme(qapp, Appearance(text_scale=300))
    try:
        dialog = ConsentDialog(workspace, meeting["sam"].person_id)
        qtbot.addWidget(dialog)
        dialog.resize(1024, 768)
        dialog.setMaximumSize(1024, 768)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1024 and dialog.height() <= 768
        problems = [p for p in clipped_widgets(dialog) + hidden_parts(dialog) if "(it scrolls sideways)" not in p]
        assert problems == [], "\n".join(problems)
        dialog.grab().save(str(tmp_path / "consent-300.png"))
    finally:
        apply_theme(qapp, Appearance())


def test_the_people_tab_opens_it_for_the_chosen_person(qtbot, window, app_store):
    from coprod_desktop.services.demo import create_demo_meeting

    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id) if hasattr(window, "show_setup") else window.setup.edit(meeting.id)
    editor = window.setup.people
    assert not editor.consent_button.isEnabled()
    editor.list.setCurrentRow(0)
    assert editor.consent_button.isEnabled()
    qtbot.mouseClick(editor.consent_button, Qt.MouseButton.LeftButton)
    dialog = window.setup.consent_dialog
    assert isinstance(dialog, ConsentDialog) and dialog.isVisible()
    assert dialog.person_id == app_store.people.attendees(meeting.id)[0].person_id
    dialog.close()


def test_the_take_home_window_says_who_gets_no_documents(qtbot, window, app_store):
    from coprod_desktop.services.demo import create_demo_meeting

    meeting = create_demo_meeting(app_store)
    sam = next(a for a in app_store.people.attendees(meeting.id) if a.credited_as == "Sam")
    dialog = window.open_take_home(meeting.id)
    qtbot.waitExposed(dialog)
    assert not dialog.not_made.isVisible()
    dialog.close()

    window.workspace.consent.record(sam.person_id, "take_home", False)
    dialog = window.open_take_home(meeting.id)
    qtbot.waitExposed(dialog)
    assert dialog.not_made.isVisible()
    assert dialog.not_made.text().replace("\u2068", "").replace("\u2069", "") == (
        "No take-home sheet or certificate is made for them, as they asked: Sam"
    )
    dialog.close()
