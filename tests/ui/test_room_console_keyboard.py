"""A keyboard-only run of the console: make a contribution, confirm it, make another, send it to
"change it", correct its words and take the correction back, with keys alone (no clicks, no calls
on the room). And the console's new Alt letters do not clash with the room's others."""

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from coprod_desktop.services.demo import create_demo_meeting


def focused():
    return QApplication.focusWidget()


def keys(sequence: str) -> None:
    QTest.keySequence(focused(), sequence)


def test_make_confirm_change_and_correct_with_the_keyboard(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    room = window.room
    sam, priya = room.session.attendees[0], room.session.attendees[1]
    qtbot.wait(20)

    # Sam speaks: Alt+1, then Alt+W to their words, type, Ctrl+Enter.
    keys("Alt+1")
    keys("Alt+W")
    assert focused() is room.composer.words
    QTest.keyClicks(focused(), "More time to talk.")
    keys("Ctrl+Return")
    first = room.session.contributions[-1]
    assert (first.person_id, first.text) == (sam.person_id, "More time to talk.")
    assert room.read_back.isVisible()
    keys("Ctrl+Shift+Y")  # "yes, that's right", from the words box
    assert app_store.contributions.get(first.id).is_confirmed
    assert not room.read_back.isVisible()

    # Priya speaks; she wants it changed.
    keys("Alt+2")
    keys("Alt+W")
    QTest.keyClicks(focused(), "A quite room.")
    keys("Ctrl+Return")
    second = room.session.contributions[-1]
    keys("Ctrl+Shift+C")
    assert room.session.correcting_id == second.id
    assert focused() is room.correcting_panel.words  # straight into the words to correct
    QTest.keyClick(focused(), Qt.Key.Key_End)
    for _ in range(len("quite room.")):
        QTest.keyClick(focused(), Qt.Key.Key_Backspace)
    QTest.keyClicks(focused(), "quiet room.")
    # Tab on to Save changes, and press it.
    while focused() is not room.correcting_panel.save_button:
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    QTest.keyClick(focused(), Qt.Key.Key_Space)
    assert app_store.contributions.get(second.id).text == "A quiet room."
    assert room.wall.cards[-1].words.text() == "A quiet room."
    assert room.wall.cards[-1].credit.text() == f"{priya.credited_as} said:"

    # Undo from a place that is not a text box takes the correction back.
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is not room.correcting_panel.words
    keys("Ctrl+Z")
    assert app_store.contributions.get(second.id).text == "A quite room."
    assert room.correcting_panel.words.toPlainText() == "A quite room."  # the panel follows

    # Done: the panel closes. Escape stops the reading aloud; with nothing being read, it is the
    # presenter's (to stop presenting: unused here).
    while focused() is not room.correcting_panel.done_button:
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    QTest.keyClick(focused(), Qt.Key.Key_Space)
    assert not room.correcting_panel.isVisible()
    unused = []
    room.escape_unused.connect(lambda: unused.append(True))
    qtbot.waitUntil(lambda: not room.speech.speech.speaking)  # the read-back has been read
    window.activateWindow()  # (offscreen, waiting can leave no window active)
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keySequence(room.composer.search, "Escape")
    assert unused == [True]


def test_enter_on_the_wall_opens_the_contribution_for_correcting(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    room = window.room
    qtbot.wait(20)
    tiles = list(room.tiles.tiles.values())
    tiles[0].setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is room.wall.current  # the wall's newest contribution, one Tab stop
    QTest.keyClick(focused(), Qt.Key.Key_Up)
    chosen = focused()
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert room.session.correcting_id == chosen.contribution_id
    assert focused() is room.correcting_panel.words
    assert "Press Enter to correct it." == chosen.accessibleDescription()


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_the_consoles_new_alt_letters_do_not_clash(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    room = window.room
    room.choose_speaker(room.session.attendees[0].person_id)
    room.composer.words.setPlainText("Yes.")
    room.save()
    room.change_read_back()  # the correcting panel open, the read-back answered
    qtbot.wait(20)
    ours = {
        room.composer.keep_line.label,
        room.correcting_panel.words_label,
        room.correcting_panel.support_label,
        room.correcting_panel.credit_label,
        room.correcting_panel.prompt_label,
    }
    letters: dict[str, list[str]] = {}
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisible() and (letter := _mnemonic(widget.text())):
            letters.setdefault(letter, []).append(widget.text())
    for widget in ours:
        letter = _mnemonic(widget.text())
        assert letter is not None
        assert len(letters[letter]) == 1, letters[letter]
