"""People on this laptop: the list, saving a person's record off the GUI thread, erasing or
anonymising with the choices explained, keyboard reach, and large text on a small screen."""

import pytest
from person_fixtures import OTHERS, PRIYA, busy_meeting
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox

from coprod_desktop.app.workspace import Workspace
from coprod_desktop.domain.appearance import Appearance
from coprod_desktop.ui.people.people_dialog import EraseDialog, PeopleDialog
from coprod_desktop.ui.platform.tasks import TaskRunner
from coprod_desktop.ui.platform.theme import MIN_TARGET, apply_theme


@pytest.fixture
def workspace(store, catalogue):
    return Workspace(store, catalogue)


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait(10000)


@pytest.fixture
def people(store):
    return busy_meeting(store)


@pytest.fixture
def open_dialog(qtbot, workspace, tasks, people, tmp_path):
    def make(answer=True, folder=None) -> PeopleDialog:
        asked: list[str] = []

        def confirm(_parent, question):
            asked.append(question)
            return answer

        dialog = PeopleDialog(workspace, tasks, choose_folder=lambda _p: folder, confirm=confirm)
        dialog.asked = asked
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def _choose(dialog: PeopleDialog, name: str) -> None:
    for row in range(dialog.list.count()):
        if dialog.list.item(row).text().startswith(name) or name in dialog.list.item(row).text():
            dialog.list.setCurrentRow(row)
            return
    raise AssertionError(name)


def _texts(dialog: PeopleDialog) -> list[str]:
    return [dialog.list.item(r).text() for r in range(dialog.list.count())]


def test_everyone_is_listed_with_their_meetings(open_dialog):
    dialog = open_dialog()
    texts = _texts(dialog)
    assert len(texts) == 3
    assert any(PRIYA in t and t.endswith("meetings: 2") for t in texts)
    assert any(OTHERS[0] in t and t.endswith("meetings: 1") for t in texts)
    assert dialog.consent_button.isEnabled() and dialog.erase_button.isEnabled()


def test_saving_a_record_runs_off_the_gui_thread_and_says_where(qtbot, open_dialog, tmp_path):
    out = tmp_path / "records"
    out.mkdir()
    dialog = open_dialog(folder=out)
    _choose(dialog, PRIYA)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Files saved in" in dialog.status.text(), timeout=20000)
    assert dialog.status.text().endswith(": 3.")
    assert sorted(p.name for p in out.iterdir()) == [
        "Priya Zephyrine - photo.png", "Priya Zephyrine - record.json", "Priya Zephyrine - record.pdf",
    ]  # fmt: skip
    # Again: the files are there, so it asks; Keep both saves beside them.
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    box = _wait_for(qtbot, QMessageBox)
    assert "already in that folder: 3" in box.text()
    keep = next(b for b in box.buttons() if b.text().replace("&", "") == "Keep both")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(list(out.iterdir())) == 6, timeout=20000)


def _wait_for(qtbot, kind):
    found = []

    def shown():
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=20000)
    return found[0]


def test_anonymise_is_the_default_and_says_what_backups_hold(qtbot, open_dialog, workspace, people):
    dialog = open_dialog()
    _choose(dialog, PRIYA)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    erase = dialog.erase_dialog
    assert isinstance(erase, EraseDialog) and erase.anonymise.isChecked()
    assert "No backup holds their data." in erase.backups.text()
    qtbot.mouseClick(erase.go_button, Qt.MouseButton.LeftButton)
    assert dialog.asked == []  # no second question for anonymising
    qtbot.waitUntil(lambda: any(t.startswith("Former participant") for t in _texts(dialog)))
    assert not any(PRIYA in t for t in _texts(dialog))
    attendee = workspace.people.attendee(people["meeting"].id, people["priya"])
    assert attendee.credited_as == "Former participant"


def test_erasing_asks_twice_and_no_changes_nothing(qtbot, open_dialog, workspace, people):
    dialog = open_dialog(answer=False)
    _choose(dialog, PRIYA)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    dialog.erase_dialog.erase.setChecked(True)
    qtbot.mouseClick(dialog.erase_dialog.go_button, Qt.MouseButton.LeftButton)
    assert len(dialog.asked) == 1 and PRIYA in dialog.asked[0]
    assert dialog.status.text() == "Nothing was changed."
    assert any(PRIYA in t for t in _texts(dialog))

    dialog.confirm = lambda _parent, _question: True
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    dialog.erase_dialog.erase.setChecked(True)
    qtbot.mouseClick(dialog.erase_dialog.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_texts(dialog)) == 2)
    assert dialog.status.text() == "They were erased from this laptop."
    assert [a.person_id for a in workspace.people.attendees(people["meeting"].id)] == [people["bart"], people["otto"]]


def test_with_a_backup_the_date_is_said(qtbot, open_dialog, workspace, people, db_path):
    from datetime import UTC, datetime

    from coprod_desktop.store.backup import backup_path_for, rotated_backup_path_for

    rotated_backup_path_for(db_path, "daily", datetime.now(UTC)).write_bytes(b"x")
    backup_path_for(db_path, "before-upgrade", datetime.now(UTC)).write_bytes(b"x")
    dialog = open_dialog()
    _choose(dialog, PRIYA)
    erase = dialog.ask_erase()
    assert "Backups made before today still hold their data until " in erase.backups.text()
    assert "Backups: 1." in erase.backups.text()
    assert "until you delete them: 1." in erase.backups.text()
    erase.reject()


def test_keyboard_names_and_targets(qtbot, open_dialog):
    dialog = open_dialog()
    buttons = [dialog.consent_button, dialog.involvement_button, dialog.record_button, dialog.erase_button]
    letters = [b.text().split("&")[1][0].lower() for b in [*buttons, dialog.close_button]]
    assert len(set(letters)) == len(letters)
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.accessibleName(), button.text()
            assert button.height() >= MIN_TARGET, button.text()
    assert dialog.list.accessibleName() == "People on this laptop"
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.list.setFocus()
    QTest.keyClick(dialog.list, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.erase_dialog is not None and dialog.erase_dialog.isVisible())
    QTest.keyClick(dialog.erase_dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.erase_dialog.isVisible())


def test_consent_and_involvement_open_for_the_chosen_person(qtbot, open_dialog, people):
    dialog = open_dialog()
    _choose(dialog, PRIYA)
    consent = dialog.open_consent()
    assert isinstance(consent, QDialog) and consent.person_id == people["priya"]
    consent.close()
    involvement = dialog.open_involvement()
    assert isinstance(involvement, QDialog)
    involvement.close()


def test_large_text_fits_a_small_screen(qtbot, qapp, workspace, tasks, people, tmp_path):
    from clipping import clipped_widgets, hidden_parts

    apply_theme(qapp, Appearance(text_scale=300))
    try:
        dialog = PeopleDialog(workspace, tasks)
        qtbot.addWidget(dialog)
        dialog.resize(1024, 768)
        dialog.setMaximumSize(1024, 768)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1024 and dialog.height() <= 768
        problems = [p for p in clipped_widgets(dialog) + hidden_parts(dialog) if "(it scrolls sideways)" not in p]
        assert problems == [], "\n".join(problems)
        dialog.grab().save(str(tmp_path / "people-300.png"))
        dialog.grab().save("/tmp/people-300.png")
        erase = dialog.ask_erase()
        erase.resize(1024, 768)
        erase.setMaximumSize(1024, 768)
        qtbot.waitExposed(erase)
        problems = clipped_widgets(erase) + hidden_parts(erase)
        assert problems == [], "\n".join(problems)
        erase.grab().save("/tmp/erase-300.png")
        erase.reject()
    finally:
        apply_theme(qapp, Appearance())


def test_the_window_opens_it_from_the_menu_and_the_meetings_screen(qtbot, window):
    from PySide6.QtGui import QAction

    menu_action = next(a for a in window.findChildren(QAction) if a.text() == "People on this &laptop…")
    settings_actions = [a.text() for a in menu_action.parent().actions() if a.text()]
    letters = [t.split("&")[1][0].lower() for t in settings_actions if "&" in t]
    assert len(letters) == len(set(letters)), settings_actions
    menu_action.trigger()
    dialog = _wait_for(qtbot, PeopleDialog)
    dialog.close()
    qtbot.mouseClick(window.meetings.people_button, Qt.MouseButton.LeftButton)
    _wait_for(qtbot, PeopleDialog).close()
