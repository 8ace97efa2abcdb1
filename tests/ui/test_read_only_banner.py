"""The window on a file that can only be read: a banner above every screen, reachable with Tab,
and set-up and the room refused with the same plain words before anything is typed. And start-up:
random bytes, an unknown version or a lost -wal file get a plain message and the backup offered."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from coprod_desktop.app.opening import open_for_reading
from coprod_desktop.store import open_store
from coprod_desktop.store.backup import backup_database, backup_path_for
from coprod_desktop.ui import startup
from coprod_desktop.ui.app import build_main_window, prepare_application
from coprod_desktop.ui.widgets import read_only_banner
from coprod_desktop.ui.widgets.read_only_banner import ReadOnlyBanner, read_only_words


@pytest.fixture
def read_only_window(qtbot, qapp, db_path, settings_store, monkeypatch):
    with open_store(db_path) as store:
        meeting = store.meetings.create("Tea and talk", "2026-11-26")
    store = open_for_reading(db_path)  # a connection that cannot write, as the window's read-only mode
    prepare_application(qapp)
    win = build_main_window(store, qapp, None, settings_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    told = []
    monkeypatch.setattr(read_only_banner, "tell", lambda parent, title, text, **kw: told.append(text))
    yield win, meeting, told
    win.close()
    store.close()


def test_the_banner_says_it_plainly_above_the_screens(read_only_window):
    win, _, _ = read_only_window
    banner = win.read_only_banner
    assert banner.isVisible()
    assert banner.label.text() == read_only_words()
    assert banner.label.text().startswith("This file can only be read: changes cannot be saved.")
    assert banner.label.textFormat() == Qt.TextFormat.PlainText
    assert banner.label.accessibleName() == "Read-only file"
    assert banner.geometry().bottom() <= win.stack.geometry().top() + 1  # above the screens
    assert win.meetings.isVisible()  # the meetings are still there to see


def test_tab_reaches_the_banner(read_only_window, qtbot, qapp):
    win, _, _ = read_only_window
    win.activateWindow()
    win.meetings.list.setFocus()
    reached = []
    for _ in range(12):
        qtbot.keyClick(qapp.focusWidget(), Qt.Key.Key_Tab)
        reached.append(qapp.focusWidget())
    assert win.read_only_banner.label in reached
    assert win.meetings.list in reached  # and on round to the screens again


@pytest.mark.parametrize("where", ["room", "setup", "new"])
def test_editing_is_refused_with_the_plain_words_before_anything_is_typed(read_only_window, where):
    win, meeting, told = read_only_window
    if where == "room":
        win.show_room(meeting.id)
    elif where == "setup":
        win.show_setup(meeting.id)
    else:
        win.show_new_meeting()
    assert told == [read_only_words()]
    assert win.stack.currentWidget() is win.meetings
    assert win._room is None and win._setup is None  # never built: nothing could be typed there


def test_a_writable_file_has_no_banner(window):
    assert window.findChildren(ReadOnlyBanner) == []
    assert not hasattr(window, "read_only_banner")


# --- start-up -----------------------------------------------------------------------------------


def _with_backup(db_path: Path) -> Path:
    with open_store(db_path) as store:
        store.meetings.create("Saved earlier", "2026-11-26")
        return backup_database(store.db.conn, backup_path_for(db_path, "manual"))


def _quiet(monkeypatch, said: list) -> None:
    monkeypatch.setattr(startup, "tell", lambda parent, title, text, **kw: said.append(text))


def test_random_bytes_with_a_backup_get_the_restore_offer(qapp, db_path, catalogue, monkeypatch):
    """Before: "not a meeting database" and nothing offered, though a backup was there."""
    backup = _with_backup(db_path)
    random = os.urandom(8192)
    db_path.write_bytes(random)
    offered, said = [], []
    _quiet(monkeypatch, said)
    monkeypatch.setattr(startup, "_offer_restore", lambda message, offer, parent: offered.append((message, offer)))
    assert startup.open_or_explain(db_path, catalogue) is None  # declined: nothing opened or changed
    assert offered == [("meetings.db is not a CoProd Desktop meeting database. It was left as it is.", backup)]
    assert db_path.read_bytes() == random
    monkeypatch.setattr(startup, "_offer_restore", lambda message, offer, parent: True)
    workspace = startup.open_or_explain(db_path, catalogue)
    try:
        assert [m.title for m in workspace.meetings.all()] == ["Saved earlier"]
    finally:
        workspace.close()
    kept = [p for p in db_path.parent.iterdir() if p.is_file() and p.read_bytes() == random]
    assert len(kept) == 1  # the random file was set aside, not deleted


def test_an_unknown_version_gets_the_restore_offer(qapp, db_path, catalogue, monkeypatch):
    backup = _with_backup(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = db_path.read_bytes()
    offered = []
    _quiet(monkeypatch, [])
    monkeypatch.setattr(startup, "_offer_restore", lambda message, offer, parent: offered.append(offer))
    assert startup.open_or_explain(db_path, catalogue) is None
    assert offered == [backup]
    assert db_path.read_bytes() == before


def _lose_the_log(db_path: Path) -> None:
    code = f"""
        import os, signal
        from pathlib import Path
        from coprod_desktop.store import open_store
        store = open_store(Path({str(db_path)!r}))
        for i in range(50):
            store.meetings.create(f"Said {{i}}", "2026-11-26")
        os.kill(os.getpid(), signal.SIGKILL)
    """
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], timeout=60)
    assert result.returncode == -signal.SIGKILL
    Path(str(db_path) + "-wal").unlink()


@pytest.mark.parametrize("choice", [None, startup.OPEN_AS_IT_IS, startup.RESTORE])
def test_a_lost_log_is_said_and_the_person_chooses(qapp, db_path, catalogue, monkeypatch, choice):
    backup = _with_backup(db_path)
    _lose_the_log(db_path)
    before = db_path.read_bytes()
    asked = []

    def ask(message, offer, parent):
        asked.append((message, offer))
        return choice

    monkeypatch.setattr(startup, "_ask_about_missing_changes", ask)
    _quiet(monkeypatch, [])
    workspace = startup.open_or_explain(db_path, catalogue)
    assert len(asked) == 1
    assert asked[0][0].startswith("Some recent changes may be missing: ")
    assert asked[0][1] == backup
    if choice is None:
        assert workspace is None
        assert db_path.read_bytes() == before
        return
    try:
        titles = [m.title for m in workspace.meetings.all()]
        if choice == startup.RESTORE:
            assert titles == ["Saved earlier"]
        else:
            assert "Saved earlier" in titles and len(titles) < 51
    finally:
        workspace.close()


def test_the_question_about_missing_changes_is_plain_and_keyboard_driven(qapp, db_path, monkeypatch):
    seen = {}

    def answer(box):
        seen["text"] = box.text()
        seen["format"] = box.textFormat()
        seen["buttons"] = [b.text() for b in box.buttons()]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    result = startup._ask_about_missing_changes("<b>Some</b> words", db_path, None)
    assert result is None
    assert seen["format"] == Qt.TextFormat.PlainText
    assert seen["text"].startswith("<b>Some</b> words\n\n")
    assert sorted(seen["buttons"]) == ["&Open it as it is", "&Quit", "&Restore the backup"]
