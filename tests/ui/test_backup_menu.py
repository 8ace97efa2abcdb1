"""Backups from the window: Back up now and Back up to… in the Settings menu, the automatic ones
when a meeting starts and ends, a failure said in the status line, and Restore from a backup with a
confirmation that says what will change, after which the window shows the restored file."""

import stat

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu

from coprod_desktop.app.opening import open_for_writing
from coprod_desktop.store.backup import backup_folder, find_backups
from coprod_desktop.ui.app import build_main_window
from coprod_desktop.ui.dialogs.restore_dialog import RestoreDialog
from coprod_desktop.ui.files import backup_keeper
from coprod_desktop.ui.widgets import message_boxes


def settings_menu(window) -> QMenu:
    return window.menuBar().actions()[0].menu()


def test_the_backup_actions_are_in_the_settings_menu_with_their_own_letters(window):
    texts = [a.text() for a in settings_menu(window).actions() if not a.isSeparator()]
    backup = ["&Back up now", "Back up &to…", "&Restore from a backup…"]
    assert texts[0] == "&Display and access…" and texts[1:4] == backup  # other actions may follow
    letters = [t[t.index("&") + 1].lower() for t in texts]
    assert len(set(letters)) == len(letters)
    assert all(a.isEnabled() for a in settings_menu(window).actions())


def test_back_up_now_says_where_when_and_what_it_holds(qtbot, window, app_store, monkeypatch):
    said = []
    monkeypatch.setattr(backup_keeper, "tell", lambda parent, title, text, **kw: said.append(text))
    with qtbot.waitSignal(window.backups.made, timeout=20000) as made:
        window.back_up_now_action.trigger()
    backup = made.args[0]
    assert backup.path.parent == backup_folder(app_store.path)
    assert said and str(backup.path) in said[0] and "Meetings: 0. Contributions: 0." in said[0]
    assert said[0] == window.statusBar().currentMessage()


def test_back_up_to_a_chosen_file(qtbot, window, app_store, tmp_path, monkeypatch):
    app_store.meetings.create("Garden planning", "2026-12-01")
    out = tmp_path / "stick" / "copy"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), ""))
    monkeypatch.setattr(backup_keeper, "tell", lambda *args, **kw: None)
    with qtbot.waitSignal(window.backups.made, timeout=20000) as made:
        window.back_up_to_action.trigger()
    assert made.args[0].path == out.with_suffix(".db")
    assert stat.S_IMODE(out.with_suffix(".db").stat().st_mode) == 0o600
    assert "Meetings: 1." in window.statusBar().currentMessage()
    assert [b for b in find_backups(app_store.path) if b.rotated] == []  # not in the rotation


def test_a_meeting_is_backed_up_when_it_starts_and_when_it_ends(qtbot, window, app_store):
    meeting = app_store.meetings.create("Garden planning", "2026-12-01")
    with qtbot.waitSignal(window.backups.made, timeout=20000):
        window.show_room(meeting.id)
    window.show_setup(meeting.id)  # set-up and back is the same meeting going on: no backup
    window.show_room(meeting.id)
    assert not window.tasks.busy()
    with qtbot.waitSignal(window.backups.made, timeout=20000):
        window.show_meetings()
    assert sorted(b.reason for b in find_backups(app_store.path)) == ["meeting-end", "meeting-start"]
    assert "Backed up automatically" in window.statusBar().currentMessage()
    # A backup made is only a passing note: it never covers what the status line is saying.
    window.statusBar().showMessage("The room display covers this screen. Escape brings the console back.")
    with qtbot.waitSignal(window.backups.made, timeout=20000):
        window.backups.back_up_automatically("meeting-start")
    assert window.statusBar().currentMessage().startswith("The room display covers this screen.")


def test_a_failed_automatic_backup_is_said_and_the_meeting_goes_on(qtbot, window, app_store):
    backup_folder(app_store.path).write_bytes(b"a file where the backups folder goes")
    meeting = app_store.meetings.create("Garden planning", "2026-12-01")
    window.show_room(meeting.id)
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=20000)
    assert "The backup was not made" in window.statusBar().currentMessage()
    assert window.stack.currentWidget() is window.room and window.room.session.is_open


@pytest.fixture
def own_window(qtbot, qapp, db_path):
    """A window whose workspace the test does not close itself: a restore replaces it."""
    store = open_for_writing(db_path)
    win = build_main_window(store, qapp)
    qtbot.addWidget(win)
    win.show()
    yield win, store
    win.tasks.wait(10000)
    win.close()
    if win.workspace is not None:
        win.workspace.close()


def test_restore_says_what_will_change_and_the_window_shows_the_restored_file(qtbot, own_window, monkeypatch):
    window, store = own_window
    meeting = store.meetings.create("Garden planning", "2026-12-01")
    with qtbot.waitSignal(window.backups.made, timeout=20000):
        window.backups.back_up_automatically("daily")
    store.meetings.create("Made since", "2026-12-02")
    dialog = RestoreDialog(window.workspace.path, window)
    assert dialog.list.count() == 1
    assert "daily backup. Meetings: 1. Contributions: 0." in dialog.list.item(0).text()
    # Each backup's line is read whole: wrapped, never cut, and the dialog stays on the screen.
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.list.visualItemRect(dialog.list.item(0)).width() <= dialog.list.viewport().width()
    assert dialog.list.horizontalScrollBar().maximum() == 0
    assert dialog.frameGeometry().width() <= dialog.screen().availableGeometry().width()
    asked = []
    monkeypatch.setattr(dialog, "ask", lambda text: asked.append(text) or True)
    dialog.confirm_and_accept()
    assert "You will lose the meeting 'Made since' and its contributions (0)." in asked[0]
    assert "kept aside" in asked[0]
    told = []
    monkeypatch.setattr(message_boxes, "tell", lambda parent, title, text, **kw: told.append(text))
    assert window.restore_from(dialog.chosen_backup)
    assert [m.title for m in window.workspace.meetings.all()] == [meeting.title]
    assert window.meetings.list.count() == 1
    assert "kept as" in told[-1]
