"""Presenting the room display (issue 10): F5 shows it full screen in its own window, it follows the
room live, Escape brings the console back; on one screen it covers the console and the room's keys
work on it; its text size and colours are its own. Two screens: test_two_screens.py."""

from dataclasses import replace

import pytest
from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coprod_desktop.app.display_content import display_content
from coprod_desktop.domain.appearance import THEMES, Appearance
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.display.display_window import DisplayWindow
from coprod_desktop.ui.display.presenter import choose_screen
from coprod_desktop.ui.platform.theme import apply_theme, current_appearance, theme_palette


@pytest.fixture
def room(window, app_store, qapp):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    yield window.room
    window.stop_presenting()
    apply_theme(qapp, Appearance())


def presented(qtbot, window) -> DisplayWindow:
    """Press F5 on the console, as the facilitator does; the display window once it is shown."""
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert window.presenter.is_presenting
    shown = window.presenter.window
    qtbot.waitExposed(shown)
    return shown


def shown_windows() -> list[DisplayWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DisplayWindow) and w.isVisible()]


def test_f5_presents_the_room_display_with_the_prompt_in_its_own_window(qtbot, window, room):
    assert window.present_action.isEnabled()
    assert not window.page_forward_action.isEnabled()  # nothing to page before presenting
    shown = presented(qtbot, window)
    assert shown_windows() == [shown]
    assert shown.isWindow() and shown.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert shown.isFullScreen()
    assert shown.accessibleName() == "Room display"
    content = shown.display.content
    assert content.prompt_text == room.session.prompt.text
    assert [p.name for p in content.people] == ["Sam", "Priya Shah", "Gwen M", "T.N.", "Dot", "Ahmed"]
    assert window.page_forward_action.isEnabled()


def test_the_room_display_menu_has_an_alt_key_no_screen_uses(qtbot, window, room, app_store):
    from test_languages import _alt_keys

    menu = next(
        a for a in window.menuBar().actions() if a.menu() is not None and window.present_action in a.menu().actions()
    )
    key = QKeySequence.mnemonic(menu.text()).toString()
    assert key == "Alt+I"
    used = set(_alt_keys(room))  # the keys of what is on screen: the room first
    assert "Alt+R" in used  # Print summary: why the menu is not "&Room"
    window.show_setup(room.session.meeting.id)
    used |= set(_alt_keys(window.setup))
    window.show_meetings()
    used |= set(_alt_keys(window.meetings))
    assert key not in used
    others = [QKeySequence.mnemonic(a.text()).toString() for a in window.menuBar().actions() if a is not menu]
    assert key not in others


def test_the_f5_key_waits_until_a_meeting_is_open_in_the_room(qtbot, window, room):
    window.show_meetings()
    assert not window.present_action.isEnabled()
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert not window.presenter.is_presenting and shown_windows() == []


def test_words_typed_and_saved_in_the_console_show_on_the_display(qtbot, window, room):
    shown = presented(qtbot, window)
    dot = room.session.attendees[4]
    room.choose_speaker(dot.person_id)
    qtbot.waitUntil(lambda: shown.display.content.draft is not None and shown.display.content.draft.name == "Dot")
    QTest.keyClicks(room.composer.words, "The garden & the cat")
    qtbot.waitUntil(lambda: shown.display.content.draft.words == "The garden & the cat")
    before = len(shown.display.content.contributions)
    room.save()
    qtbot.waitUntil(lambda: len(shown.display.content.contributions) == before + 1)
    newest = shown.display.content.contributions[-1]
    assert (newest.name, newest.words) == ("Dot", "The garden & the cat")
    assert shown.display.content.draft is None  # the speaker is cleared after Save
    assert shown.display.content == display_content(room.session)


def test_a_click_on_the_display_answers_the_read_back(qtbot, window, room):
    shown = presented(qtbot, window)
    session = room.session
    session.choose_speaker(session.attendees[0].person_id)
    session.set_words("Yes to the garden")
    saved = session.save()
    qtbot.waitUntil(lambda: shown.display.content.read_back is not None)
    assert shown.display.content.read_back.contribution_id == saved.id
    shown.display.confirm_clicked.emit()  # "Yes, that's right" (a click on it, or a switch)
    qtbot.waitUntil(lambda: shown.display.content.read_back is None)
    assert next(c for c in shown.display.content.contributions if c.contribution_id == saved.id).confirmed


def test_many_changes_in_one_turn_redraw_the_display_once(qtbot, window, room, monkeypatch):
    shown = presented(qtbot, window)
    drawn = []
    monkeypatch.setattr(shown.display, "show_content", drawn.append)
    session = room.session
    session.choose_speaker(session.attendees[0].person_id)
    session.set_words("One")
    session.set_words("One two")
    session.save()
    assert drawn == []  # not yet: once, when the event loop turns
    qtbot.waitUntil(lambda: len(drawn) == 1)
    qtbot.wait(20)
    assert len(drawn) == 1
    assert drawn[0].contributions[-1].words == "One two"


def test_escape_on_the_display_goes_back_to_the_console(qtbot, window, room):
    shown = presented(qtbot, window)
    QTest.keyClick(shown, Qt.Key.Key_Escape)
    assert not window.presenter.is_presenting
    assert shown_windows() == []
    assert not window.page_back_action.isEnabled()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    presented(qtbot, window)  # and F5 brings it back
    assert len(shown_windows()) == 1


def test_closing_the_display_window_or_the_app_stops_presenting(qtbot, window, room):
    shown = presented(qtbot, window)
    shown.close()  # as a window manager's Alt+F4 would
    assert not window.presenter.is_presenting and shown_windows() == []
    presented(qtbot, window)
    window.close()  # the display's window must not keep the app running
    assert shown_windows() == []


def test_escape_in_the_room_goes_back_to_the_console_when_nothing_is_being_read(qtbot, window, room):
    presented(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    room.composer.words.setFocus()
    QTest.keyClick(room.composer.words, Qt.Key.Key_Escape)
    assert not window.presenter.is_presenting


def test_on_one_screen_the_display_covers_the_console_and_the_rooms_keys_work_on_it(qtbot, window, room):
    assert len(QGuiApplication.screens()) == 1  # the offscreen platform's one screen
    shown = presented(qtbot, window)
    assert window.presenter.folded
    assert shown.geometry() == window.screen().geometry()  # the console is under it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    first = room.session.index
    QTest.keyClick(shown, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # the room's next prompt
    assert room.session.index == first + 1
    qtbot.waitUntil(lambda: shown.display.content.prompt_number == first + 2)
    QTest.keyClick(shown, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # person 2 is speaking
    assert room.session.speaker_id == room.session.attendees[1].person_id
    QTest.keyClick(shown, Qt.Key.Key_Escape)  # one key brings the console back
    assert not window.presenter.is_presenting
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_the_display_pages_with_a_clicker_the_arrows_and_from_the_console(qtbot, window, room):
    session = room.session
    for n in range(30):
        session.choose_speaker(session.attendees[n % 6].person_id)
        session.set_words(f"Contribution {n}: the bus is late on Mondays and the driver is kind to us.")
        session.save()
    shown = presented(qtbot, window)
    display = shown.display
    assert len(display.pages) > 2
    last = display.page  # the newest page (or, while the last is read back, the one it stands beside)
    assert last >= 2
    QTest.keyClick(shown, Qt.Key.Key_PageUp)
    assert display.page == last - 1
    QTest.keyClick(shown, Qt.Key.Key_Left)
    assert display.page == last - 2
    QTest.keyClick(shown, Qt.Key.Key_PageDown)
    QTest.keyClick(shown, Qt.Key.Key_Right)
    assert display.page == last
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    assert display.page == last - 1
    QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert display.page == last


def test_the_displays_text_size_and_colours_are_its_own_and_change_live(qtbot, window, room):
    shown = presented(qtbot, window)
    normal = shown.display.words_font().pixelSize()
    window.apply_settings(replace(window.settings.load(), display_text_scale=200, display_theme="high_contrast_dark"))
    assert window.presenter.window is shown  # changed in place, still presenting
    assert shown.display.text_scale == 200
    assert shown.display.words_font().pixelSize() >= 2 * normal - 1
    black = QColor(THEMES["high_contrast_dark"].background)
    assert shown.display.palette().color(QPalette.ColorRole.Window) == black
    assert shown.display.grab().toImage().pixelColor(3, 3) == black
    white = QColor(THEMES["high_contrast_dark"].selected_background)
    assert shown.display.palette().color(QPalette.ColorRole.Highlight) == white  # who is speaking
    # The console keeps its own look, and changing it leaves the display's alone.
    assert current_appearance() == Appearance()
    assert room.palette().color(QPalette.ColorRole.Window) == QColor(THEMES["standard"].background)
    window.apply_settings(replace(window.settings.load(), theme="cream"))
    shown = window.presenter.window
    qtbot.waitExposed(shown)
    assert current_appearance().theme == "cream"
    assert shown.display.grab().toImage().pixelColor(3, 3) == black
    assert shown.display.palette().color(QPalette.ColorRole.Highlight) == white
    assert shown.display.text_scale == 200
    # Every colour the display paints with is the display's theme's (the read-back's buttons too).
    expected = theme_palette(THEMES["high_contrast_dark"])
    roles = ["Window", "WindowText", "Highlight", "HighlightedText", "Base", "Text", "Button", "ButtonText", "Mid"]
    for role in [getattr(QPalette.ColorRole, name) for name in roles]:
        assert shown.display.palette().color(role) == expected.color(role), role
    apply_theme(QApplication.instance(), Appearance(theme="high_contrast_light"))  # the app's look, in place
    for role in [getattr(QPalette.ColorRole, name) for name in roles]:
        assert shown.display.palette().color(role) == expected.color(role), role


def test_the_display_opens_with_the_saved_text_size_and_colours(qtbot, window, room):
    window.settings.save(replace(window.settings.load(), display_text_scale=300, display_theme="cream"))
    shown = presented(qtbot, window)
    assert shown.display.text_scale == 300
    cream = QColor(THEMES["cream"].background)
    assert shown.display.grab().toImage().pixelColor(3, 3) == cream


def test_changing_the_consoles_language_or_look_keeps_presenting_and_leaves_no_listener(qtbot, qapp, window, room):
    presented(qtbot, window)
    bridge_listeners = window.bridge.receivers(SIGNAL("changed(PyObject)"))
    window.apply_settings(replace(window.settings.load(), text_scale=150))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    assert window.presenter.is_presenting
    assert len(shown_windows()) == 1
    assert window.bridge.receivers(SIGNAL("changed(PyObject)")) == bridge_listeners
    window.stop_presenting()
    assert shown_windows() == []


def test_the_display_window_goes_with_its_room_screen(qtbot, qapp, window, room):
    presented(qtbot, window)
    presenter = window.presenter
    window.bridge.changed.disconnect(room.on_change)  # as when the screens are rebuilt, without stopping first
    window.stack.removeWidget(room)
    room.deleteLater()
    window._room = window.presenter = None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    assert shown_windows() == []
    session = window.workspace.room
    session.choose_speaker(session.attendees[0].person_id)  # nothing listens that is gone
    qapp.processEvents()
    del presenter


def test_a_screen_is_chosen_by_its_saved_name_else_another_than_the_consoles_else_the_consoles():
    laptop = QGuiApplication.primaryScreen()
    assert choose_screen([laptop], laptop, "") == (laptop, True)
    assert choose_screen([laptop], laptop, "projector that is gone") == (laptop, True)
    assert choose_screen([laptop], None, "") == (laptop, True)


def test_display_settings_are_kept_and_bad_ones_read_as_defaults(settings_store):
    defaults = settings_store.load()
    assert (defaults.display_screen, defaults.display_text_scale, defaults.display_theme) == ("", 100, "standard")
    settings_store.save(replace(defaults, display_screen="projector", display_text_scale=250, display_theme="cream"))
    again = settings_store.load()
    assert (again.display_screen, again.display_text_scale, again.display_theme) == ("projector", 250, "cream")
    for scale, theme, expected in [("9000", "neon", (300, "standard")), ("big", "", (100, "standard"))]:
        settings_store.qsettings.setValue("display_text_scale", scale)
        settings_store.qsettings.setValue("display_theme", theme)
        loaded = settings_store.load()
        assert (loaded.display_text_scale, loaded.display_theme) == expected
    settings_store.qsettings.setValue("display_text_scale", "135")
    assert settings_store.load().display_text_scale in (125, 150)  # between two steps: the nearest


def test_f7_looks_back_over_the_meeting_prompt_by_prompt_then_the_live_room_comes_back(qtbot, window, room):
    session = room.session
    room.next_prompt()  # the console's place is kept through the review
    QTest.keyClick(window, Qt.Key.Key_F7)
    assert window.presenter.reviewing and window.end_review_action.isEnabled()
    shown = window.presenter.window
    qtbot.waitExposed(shown)
    display = shown.display
    assert display.content.review and display.content.prompt_number == 1 and display.page == 0
    assert display.content.draft is None and display.content.read_back is None
    # The clicker's page key walks every page of the first prompt, then on to the second.
    seen = []
    for _ in range(40):
        seen.append((display.content.prompt_number, display.page))
        QTest.keyClick(shown, Qt.Key.Key_PageDown)
        if seen[-1] == (display.content.prompt_number, display.page):
            break  # the last page of the last prompt: nowhere further
    assert seen[0][0] == 1 and seen[-1][0] == len(session.prompts)
    assert sorted({n for n, _ in seen}) == list(range(1, len(session.prompts) + 1))
    # Back from a prompt's first page goes to the last page of the prompt before.
    while display.page > 0:
        QTest.keyClick(shown, Qt.Key.Key_PageUp)
    last = display.content.prompt_number
    QTest.keyClick(shown, Qt.Key.Key_PageUp)
    assert display.content.prompt_number == last - 1 and display.page == len(display.pages) - 1
    window.end_review_action.trigger()
    assert not window.presenter.reviewing
    assert not display.content.review and display.content.prompt_number == session.index + 1 == 2
    QTest.keyClick(window, Qt.Key.Key_F7)
    room.speech.speech.stop()  # (Escape stops reading aloud first, if anything is being read)
    qtbot.waitUntil(lambda: not room.speech.speech.speaking)
    QTest.keyClick(window.presenter.window, Qt.Key.Key_Escape)  # Escape ends the review with the presenting
    assert not window.presenter.is_presenting and not window.presenter.reviewing
