"""How long meetings are kept, from the window: "Keep meetings for…" in the Settings menu, the
reminder on the meetings screen when meetings are older than that, and the clean-up dialog, which
asks, makes a backup and only then deletes the meetings ticked."""

from dataclasses import replace
from datetime import date

import pytest
from clipping import clipped_widgets, hidden_parts
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel

from coprod_desktop.app.retention import RetentionOperations
from coprod_desktop.domain.appearance import Appearance
from coprod_desktop.store.backup import find_backups
from coprod_desktop.store.backup_check import BackupNotSaved, read_contents
from coprod_desktop.ui.app import build_main_window, prepare_application
from coprod_desktop.ui.dialogs import clean_up_dialog
from coprod_desktop.ui.dialogs.clean_up_dialog import CleanUpDialog
from coprod_desktop.ui.dialogs.retention_dialog import RetentionDialog
from coprod_desktop.ui.platform.speech_engines import FakeEngine
from coprod_desktop.ui.platform.speech_service import SpeechService
from coprod_desktop.ui.platform.tasks import TaskRunner
from coprod_desktop.ui.platform.theme import apply_theme

TODAY = date(2026, 12, 3)
SMALL_LAPTOP = QSize(1024, 768)


def letter(text: str) -> str:
    return text[text.index("&") + 1].lower()


@pytest.fixture
def old_meetings(app_store):
    """Two meetings from 2023 (past a two-year period) and one from last month."""
    first = app_store.meetings.create("Old bus survey", "2023-03-01")
    second = app_store.meetings.create("Old garden chat", "2023-09-15")
    recent = app_store.meetings.create("Recent plans", "2026-11-20")
    sam = app_store.people.add_attendee(first.id, "Sam Brown", "first_name")
    app_store.contributions.add(first.id, sam.person_id, "The number 9 bus is always late")
    app_store.contributions.add(first.id, sam.person_id, "More seats at the stop")
    return {"first": first, "second": second, "recent": recent}


def shown_text(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


# --- Keep meetings for… ----------------------------------------------------------------------------


def test_keep_meetings_for_is_in_the_settings_menu_with_a_letter_of_its_own(window, monkeypatch):
    menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "&Keep meetings for…" in texts
    letters = [letter(t) for t in texts]
    assert len(set(letters)) == len(letters), texts
    opened = []
    monkeypatch.setattr(RetentionDialog, "exec", lambda self: opened.append(self) or 0)
    window.keep_meetings_action.trigger()
    assert len(opened) == 1 and opened[0].chosen() is None


def test_choosing_two_years_by_keyboard_says_what_it_means_and_keeps_it(qtbot, app_store):
    retention = RetentionOperations(app_store)
    dialog = RetentionDialog(retention)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.choice.currentText() == "Until I delete them"
    assert "kept until you delete them" in dialog.meaning.text()
    assert dialog.choice.accessibleName() == "Keep meetings for"
    assert dialog.focusWidget() is dialog.choice
    for _ in range(3):  # Until I delete them, 6 months, 1 year, 2 years
        qtbot.keyClick(dialog.choice, Qt.Key.Key_Down)
    assert dialog.meaning.text() == (
        "Meetings older than 2 years will be listed for clean-up. Nothing is deleted without asking."
    )
    assert dialog.meaning.textFormat() == Qt.TextFormat.PlainText
    assert retention.period() is None  # nothing kept before OK
    qtbot.keyClick(dialog.choice, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert retention.period() == 24


def test_the_dialog_shows_the_period_kept_and_cancel_keeps_it(qtbot, app_store):
    retention = RetentionOperations(app_store)
    retention.set_period(72)
    dialog = RetentionDialog(retention)
    qtbot.addWidget(dialog)
    assert dialog.choice.currentText() == "6 years"
    dialog.choice.setCurrentIndex(0)
    dialog.reject()
    assert retention.period() == 72


# --- the reminder on the meetings screen -----------------------------------------------------------


def test_the_reminder_shows_when_meetings_are_older_than_kept_and_follows_changes(qtbot, window, old_meetings):
    view = window.meetings
    assert not view.reminder.isVisible()  # no period chosen: no reminder
    window.workspace.retention.set_period(24)
    qtbot.waitUntil(lambda: view.reminder.isVisible())
    assert view.reminder_note.text() == "Meetings older than you keep them: 2"
    assert view.reminder_note.textFormat() == Qt.TextFormat.PlainText
    assert view.clean_up_button.accessibleName() == "Clean up"
    assert view.list.count() == 3
    # Deleting one elsewhere (any write announces a change) updates the count.
    window.workspace.retention.clean_up([old_meetings["second"].id])
    qtbot.waitUntil(lambda: view.reminder_note.text() == "Meetings older than you keep them: 1")
    window.workspace.retention.set_period(None)
    qtbot.waitUntil(lambda: not view.reminder.isVisible())


def test_clean_up_has_a_letter_no_other_control_on_the_meetings_screen_uses(qtbot, window, old_meetings, monkeypatch):
    window.workspace.retention.set_period(24)
    qtbot.waitUntil(lambda: window.meetings.reminder.isVisible())
    view = window.meetings
    texts = [b.text() for b in view.findChildren(QAbstractButton) if "&" in b.text()]
    texts += [label.text() for label in view.findChildren(QLabel) if "&" in label.text() and label.buddy()]
    texts += [a.text() for a in window.menuBar().actions() if "&" in a.text()]
    letters = [letter(t) for t in texts]
    assert "&Clean up…" in texts
    assert letters.count("c") == 1, texts
    opened = []
    monkeypatch.setattr(CleanUpDialog, "exec", lambda self: opened.append(self) or 0)
    view.clean_up_button.setFocus()
    qtbot.keyClick(view.clean_up_button, Qt.Key.Key_Space)
    assert len(opened) == 1 and len(opened[0].meetings) == 2


# --- the clean-up dialog ---------------------------------------------------------------------------


@pytest.fixture
def clean_up(qtbot, app_store, old_meetings):
    retention = RetentionOperations(app_store)
    retention.set_period(24)
    tasks = TaskRunner()
    dialog = CleanUpDialog(retention, app_store.path, tasks, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    tasks.wait(10000)


def test_the_meetings_are_listed_all_ticked_with_what_they_hold(clean_up):
    rows = [clean_up.list.item(r) for r in range(clean_up.list.count())]
    assert [r.text() for r in rows] == [
        "Old bus survey — Wednesday 1 March 2023 — Contributions: 2",
        "Old garden chat — Friday 15 September 2023 — Contributions: 0",
    ]
    assert all(r.checkState() == Qt.CheckState.Checked for r in rows)
    assert "A backup is made first." in shown_text(clean_up)
    assert "until the backups expire" in shown_text(clean_up)
    assert clean_up.list.accessibleName() == "Meetings to delete"
    assert clean_up.focusWidget() is clean_up.list


def test_delete_asks_backs_up_then_deletes_only_the_ticked_meetings(qtbot, clean_up, app_store, old_meetings):
    qtbot.keyClick(clean_up.list, Qt.Key.Key_Down)  # the second meeting
    qtbot.keyClick(clean_up.list, Qt.Key.Key_Space)  # unticked: it is kept
    assert clean_up.ticked() == [old_meetings["first"].id]
    asked = []
    clean_up.ask = lambda text: asked.append(text) or True
    with qtbot.waitSignal(clean_up.finished_cleaning, timeout=20000) as done:
        clean_up.delete_button.click()
    assert asked and "Meetings: 1. Contributions: 2." in asked[0]
    assert done.args[0].meetings == 1
    assert clean_up.outcome.text().startswith("Meetings deleted: 1")
    assert "People left with no meeting: 1" in clean_up.outcome.text()
    assert [m.title for m in app_store.meetings.all()] == ["Recent plans", "Old garden chat"]
    [backup] = [b for b in find_backups(app_store.path) if b.rotated]
    assert read_contents(backup.path).meeting_count == 3  # made before the delete, holding it still
    # The meeting deleted has left the list; the one kept is still there to delete later.
    assert [clean_up.list.item(r).text().split(" — ")[0] for r in range(clean_up.list.count())] == ["Old garden chat"]


def test_saying_no_deletes_nothing(qtbot, clean_up, app_store):
    clean_up.ask = lambda text: False
    clean_up.delete_button.click()
    qtbot.wait(50)
    assert len(app_store.meetings.all()) == 3
    assert find_backups(app_store.path) == []


def test_a_backup_that_fails_stops_the_clean_up_and_says_so(qtbot, clean_up, app_store, monkeypatch):
    def fail(*args, **kwargs):
        raise BackupNotSaved("backup.not_saved", name="meetings backups", reason="file.no_space")

    monkeypatch.setattr(clean_up_dialog.backups, "make_backup", fail)
    clean_up.ask = lambda text: True
    with qtbot.waitSignal(clean_up.backup_failed, timeout=20000):
        clean_up.delete_button.click()
    assert "The backup was not made, so nothing was deleted." in clean_up.status.text()
    assert "The disk is full." in clean_up.status.text()
    assert len(app_store.meetings.all()) == 3
    assert clean_up.delete_button.isEnabled()  # it can be tried again


def test_with_nothing_past_the_period_the_dialog_says_so(qtbot, app_store):
    dialog = CleanUpDialog(RetentionOperations(app_store), app_store.path, TaskRunner(), today=TODAY)
    qtbot.addWidget(dialog)
    assert "No meetings are older than you keep them." in dialog.status.text()
    assert not dialog.delete_button.isEnabled()


# --- large text ------------------------------------------------------------------------------------


@pytest.mark.parametrize("percent", [100, 300])
def test_the_dialogs_and_the_reminder_fit_a_laptop_screen_at_large_text(
    qtbot, qapp, app_store, settings_store, old_meetings, percent
):
    for n in range(8):  # a long list, with long titles
        app_store.meetings.create(f"An old meeting about the bus routes and the day centre, part {n}", "2022-01-01")
    retention = RetentionOperations(app_store)
    retention.set_period(24)
    settings_store.save(replace(settings_store.load(), text_scale=percent))
    apply_theme(qapp, Appearance(text_scale=percent))
    try:
        screen = qapp.primaryScreen().availableGeometry().size()
        report = {}
        for name, dialog in (
            ("keep meetings for", RetentionDialog(retention)),
            ("clean up", CleanUpDialog(retention, app_store.path, TaskRunner(), today=TODAY)),
        ):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            assert dialog.width() <= screen.width() and dialog.height() <= screen.height(), name
            dialog.resize(dialog.size().boundedTo(SMALL_LAPTOP))  # as a 1024×768 screen would bound it
            qtbot.wait(20)
            assert dialog.minimumSizeHint().width() <= SMALL_LAPTOP.width(), name
            assert dialog.minimumSizeHint().height() <= SMALL_LAPTOP.height(), name
            problems = clipped_widgets(dialog) + hidden_parts(dialog)
            if problems:
                report[name] = problems
            dialog.close()
        prepare_application(qapp)
        speech = SpeechService(FakeEngine())
        speech.start()
        window = build_main_window(app_store, qapp, speech, settings_store)
        qtbot.addWidget(window)
        window.resize(SMALL_LAPTOP)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.meetings.reminder.isVisible())
        qtbot.wait(20)
        window.resize(SMALL_LAPTOP)
        qtbot.wait(20)
        problems = clipped_widgets(window.meetings) + hidden_parts(window.meetings)
        if window.minimumSizeHint().width() > SMALL_LAPTOP.width():
            problems.append(f"the window needs {window.minimumSizeHint().width()} px of width")
        if problems:
            report["meetings screen"] = problems
        window.tasks.wait(10000)
        window.close()
    finally:
        apply_theme(qapp, Appearance())
        QApplication.processEvents()
    assert report == {}, f"At {percent}%: {report}"
