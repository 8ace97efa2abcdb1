"""Searching what was said in every meeting from the meetings screen: the real window, keyboard
only, on a real database file."""

from dataclasses import replace

import pytest
from clipping import clipped_widgets, hidden_parts, too_wide
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from coprod_desktop.domain.appearance import Appearance
from coprod_desktop.ui.app import build_main_window, prepare_application
from coprod_desktop.ui.meetings.meetings_view import SEARCH_DELAY_MS
from coprod_desktop.ui.platform.speech_engines import FakeEngine
from coprod_desktop.ui.platform.speech_service import SpeechService
from coprod_desktop.ui.platform.theme import apply_theme


def two_meetings(store):
    """An older meeting where Sam (credited by first name) and Star (a chosen name) spoke, and a
    newer one at the top of the list, so choosing the older one by a hit visibly moves the list."""
    garden = store.meetings.create("Garden planning", "2026-12-03", "Oak Room")
    sam = store.people.add_attendee(garden.id, "Sam Okafor", "first_name")
    ann = store.people.add_attendee(garden.id, "Ann Lee", "chosen_name", "Star")
    prompt = store.prompts.add(garden.id, "What should we grow?")
    roses = store.contributions.add(garden.id, sam.person_id, "Plant the roses by the door please", [], prompt.id)
    store.contributions.add(garden.id, ann.person_id, "Tomatoes in the greenhouse", [], prompt.id)
    newer = store.meetings.create("Trips out", "2027-01-10")
    dana = store.people.add_attendee(newer.id, "Dana Smith", "initials")
    store.contributions.add(newer.id, dana.person_id, "The seaside in June")
    return garden, newer, roses


def type_search(qtbot, window, text):
    view = window.meetings
    view.search_field.clear()
    qtbot.keyClicks(view.search_field, text)
    qtbot.waitUntil(lambda: not view._search_timer.isActive(), timeout=SEARCH_DELAY_MS * 10)
    return view


def hits(view):
    return [view.results.item(row).text() for row in range(view.results.count())]


def show_meetings(window, qtbot):
    window.meetings.refresh()
    window.show_meetings()
    qtbot.wait(20)


def test_type_see_hits_and_enter_chooses_the_meeting(qtbot, window, app_store):
    garden, newer, _roses = two_meetings(app_store)
    show_meetings(window, qtbot)
    view = window.meetings
    assert view.current_meeting_id() == newer.id  # the newest meeting is chosen first
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Fin&d
    assert QApplication.focusWidget() is view.search_field
    view = type_search(qtbot, window, "ROSE")
    assert hits(view) == ["Sam, in ‘Garden planning’ (Thursday 3 December 2026): Plant the roses by the door please"]
    assert view.search_note.isVisible() and "1" in view.search_note.text()
    qtbot.keyClick(view.search_field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.results
    qtbot.keyClick(view.results, Qt.Key.Key_Return)
    assert view.current_meeting_id() == garden.id
    assert QApplication.focusWidget() is view.list
    assert view.setup_button.isEnabled()


def test_a_hit_credits_the_person_as_they_chose(qtbot, window, app_store):
    two_meetings(app_store)
    show_meetings(window, qtbot)
    view = type_search(qtbot, window, "greenhouse")
    [hit] = hits(view)
    assert hit.startswith("Star, in ‘Garden planning’")
    assert "Ann" not in hit and "Lee" not in hit
    view = type_search(qtbot, window, "roses")
    assert hits(view)[0].startswith("Sam, in") and "Okafor" not in hits(view)[0]


def test_withdrawn_words_are_not_found_and_go_from_the_hits_shown(qtbot, window, app_store):
    _garden, _newer, roses = two_meetings(app_store)
    show_meetings(window, qtbot)
    view = type_search(qtbot, window, "roses")
    assert len(hits(view)) == 1
    app_store.contributions.withdraw(roses.id)
    # The hits already shown follow the change stream: the withdrawn words go at once.
    qtbot.waitUntil(lambda: hits(view) == [], timeout=2000)
    assert view.search_note.text() == "Nothing said in any meeting holds those words."
    view = type_search(qtbot, window, "roses")
    assert hits(view) == [] and not view.results.isVisible()


@pytest.mark.parametrize("text", ['"', "NEAR(", "roses OR", "*", "^", "-", ":", '"roses', "🌹", "x" * 5000, "   "])
def test_hostile_text_shows_a_plain_answer_never_an_error(qtbot, window, app_store, text):
    two_meetings(app_store)
    show_meetings(window, qtbot)
    view = window.meetings
    view.search_field.setText(text)
    view.run_search()
    assert all("Plant the roses" in hit for hit in hits(view))
    if not text.strip():
        assert not view.search_note.isVisible() and not view.results.isVisible()


def test_markup_in_words_and_names_is_shown_as_typed(qtbot, window, app_store):
    m = app_store.meetings.create("<b>Bold</b> & co", "2026-12-03")
    a = app_store.people.add_attendee(m.id, "<i>Kim</i> Lee", "full_name")
    app_store.contributions.add(m.id, a.person_id, 'Cake <img src="x"> & tea')
    show_meetings(window, qtbot)
    view = type_search(qtbot, window, "cake")
    assert hits(view) == ['<i>Kim</i> Lee, in ‘<b>Bold</b> & co’ (Thursday 3 December 2026): Cake <img src="x"> & tea']
    assert view.search_note.textFormat() == Qt.TextFormat.PlainText


def test_the_search_is_labelled_for_a_screen_reader(qtbot, window, app_store):
    view = window.meetings
    assert isinstance(view.search_label.buddy(), QLineEdit)
    assert view.search_field.accessibleName() == "Find words said in any meeting"
    assert view.results.accessibleName() == "Words found"
    assert view.results.accessibleDescription()


@pytest.fixture
def window_at(qtbot, qapp, app_store, settings_store):
    built = []

    def build(percent: int, size: tuple[int, int]):
        settings_store.save(replace(settings_store.load(), text_scale=percent))
        apply_theme(qapp, Appearance(text_scale=percent))
        prepare_application(qapp)
        speech = SpeechService(FakeEngine())
        speech.start()
        window = build_main_window(app_store, qapp, speech, settings_store)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        built.append(window)
        return window

    yield build
    for window in built:
        window.tasks.wait(10000)
        window.close()
    apply_theme(qapp, Appearance())


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("percent", [100, 300])
def test_the_hits_fit_the_screen_at_any_text_size(qtbot, window_at, app_store, percent, size):
    garden = app_store.meetings.create("Garden planning: what we grow, where, and who looks after it", "2026-12-03")
    sam = app_store.people.add_attendee(garden.id, "Sam Okafor", "first_name")
    for n in range(12):
        app_store.contributions.add(
            garden.id, sam.person_id, f"Roses number {n} by the door, and a long sentence after it to wrap the row"
        )
    window = window_at(percent, size)
    show_meetings(window, qtbot)
    view = type_search(qtbot, window, "roses")
    assert len(hits(view)) == 12
    window.resize(*size)
    qtbot.wait(50)
    assert (window.width(), window.height()) == size, too_wide(window, size[0])
    problems = clipped_widgets(view) + hidden_parts(view)
    assert problems == [], "\n".join(problems)
