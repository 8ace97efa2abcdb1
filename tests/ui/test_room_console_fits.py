"""The console fits a laptop: at 1366×768 and 1024×768, with twelve people in the meeting and an
error message shown, Save is whole and in view without scrolling, and no text is cut off. At 300%
text Save is still in view (the words and Save are pinned below what scrolls).

Screenshots go to tests/output/console/, to be looked at.
"""

from dataclasses import replace

import pytest
from clipping import clipped_widgets, hidden_parts, too_wide
from console_helpers import in_window, meeting_of_twelve, open_at, shoot, wholly_in_view
from PySide6.QtCore import QPoint, QRect, Qt

from coprod_desktop.domain.appearance import Appearance
from coprod_desktop.ui.app import build_main_window, prepare_application
from coprod_desktop.ui.platform.speech_engines import FakeEngine
from coprod_desktop.ui.platform.speech_service import SpeechService
from coprod_desktop.ui.platform.theme import apply_theme

SIZES = [(1366, 768), (1024, 768)]
ERROR = "Please choose who is speaking first."


def _clipped(window) -> list[str]:
    # The tiles keep to two rows and scroll sideways beyond, by design (scrolled to as each takes
    # the focus): that is not a clip.
    return [line for line in clipped_widgets(window) if not line.startswith("TileStrip ")]


def _save_in_view(window, room) -> None:
    save = room.composer.save_button
    where = in_window(save)
    assert wholly_in_view(save), f"Save at {where.getRect()} is not wholly in view in {window.size().toTuple()}"
    assert window.rect().contains(where)
    assert window.size().height() <= 768  # the window did not grow past the laptop's screen
    # Nothing scrolls it into view: it is outside what scrolls.
    assert not room.scroll.isAncestorOf(save)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_save_is_in_view_with_twelve_people_and_an_error(qtbot, window, app_store, size):
    meeting = meeting_of_twelve(app_store)
    room = open_at(window, qtbot, meeting.id, size)
    assert len(room.tiles.tiles) == 12
    room.save()  # nobody chosen: the error shows under the words
    qtbot.wait(50)
    assert room.composer.error.isVisible() and room.composer.error.text() == ERROR
    assert window.size().toTuple() == size
    _save_in_view(window, room)
    assert wholly_in_view(room.composer.words) and wholly_in_view(room.composer.error)
    assert _clipped(window) == []
    assert hidden_parts(room) == []
    shoot(window, f"console_{size[0]}x{size[1]}_100_error")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_tiles_take_two_rows_at_most(qtbot, window, app_store, size):
    meeting = meeting_of_twelve(app_store)
    room = open_at(window, qtbot, meeting.id, size)
    tops = sorted({tile.y() for tile in room.tiles.tiles.values()})
    assert 1 <= len(tops) <= 2
    assert room.tile_strip.height() < window.height() // 2
    last = list(room.tiles.tiles.values())[-1]
    last.setFocus(Qt.FocusReason.TabFocusReason)  # out of sight to the side: scrolled to
    qtbot.wait(20)
    strip = room.tile_strip
    assert strip.viewport().rect().contains(QRect(last.mapTo(strip.viewport(), QPoint(0, 0)), last.size()))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_save_and_the_read_back_are_in_view_after_save(qtbot, window, app_store, size):
    meeting = meeting_of_twelve(app_store)
    room = open_at(window, qtbot, meeting.id, size)
    room.choose_speaker(room.session.attendees[0].person_id)
    room.composer.words.setPlainText("More time to talk at the start. " * 8)
    room.save()
    qtbot.wait(50)
    assert room.read_back.isVisible()
    for widget in (room.read_back.yes_button, room.read_back.change_button, room.read_back.text):
        assert wholly_in_view(widget)
    # Who speaks next is chosen next: the people's first row is whole in view, not cut by the bar.
    assert wholly_in_view(next(iter(room.tiles.tiles.values())))
    _save_in_view(window, room)
    assert _clipped(window) == []
    shoot(window, f"console_{size[0]}x{size[1]}_100_read_back")
    room.change_read_back()
    qtbot.wait(50)
    assert room.correcting_panel.isVisible()
    assert wholly_in_view(room.correcting_panel.words)  # scrolled to, in the console
    panel = room.correcting_panel
    for widget in (panel.heading, panel.save_button, panel.withdraw_button, panel.done_button, panel.credit):
        assert wholly_in_view(widget), widget  # the whole panel, Done included, without scrolling
    _save_in_view(window, room)
    assert _clipped(window) == []
    shoot(window, f"console_{size[0]}x{size[1]}_100_correcting")


@pytest.fixture
def window_at_300(qtbot, qapp, app_store, settings_store):
    built = []

    def build():
        settings_store.save(replace(settings_store.load(), text_scale=300))
        apply_theme(qapp, Appearance(text_scale=300))
        prepare_application(qapp)
        speech = SpeechService(FakeEngine())
        speech.start()
        window = build_main_window(app_store, qapp, speech, settings_store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        built.append(window)
        return window

    yield build
    for window in built:
        window.tasks.wait(10000)
        window.close()
    apply_theme(qapp, Appearance())
    prepare_application(qapp)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_save_is_in_view_at_300_percent(qtbot, window_at_300, app_store, size):
    window = window_at_300()
    meeting = meeting_of_twelve(app_store)
    room = open_at(window, qtbot, meeting.id, size)
    room.save()  # the error shows too
    qtbot.wait(50)
    assert window.size().toTuple() == size
    _save_in_view(window, room)
    assert wholly_in_view(room.composer.words)
    assert too_wide(room.scroll.widget(), room.scroll.viewport().width()) == []  # up and down only
    shoot(window, f"console_{size[0]}x{size[1]}_300_error")
    room.choose_speaker(room.session.attendees[0].person_id)
    room.composer.words.setPlainText("More time to talk at the start.")
    room.save()
    qtbot.wait(50)
    _save_in_view(window, room)
    assert wholly_in_view(room.read_back.yes_button) and wholly_in_view(room.read_back.change_button)
    shoot(window, f"console_{size[0]}x{size[1]}_300_read_back")
    room.change_read_back()
    qtbot.wait(50)
    _save_in_view(window, room)
    shoot(window, f"console_{size[0]}x{size[1]}_300_correcting")
    # The words being corrected have the focus and are scrolled to (at 300% on 1024×768 the part
    # that scrolls is about a line high, under the words and Save: some of the box is in sight).
    words = room.correcting_panel.words
    assert words.hasFocus()
    assert too_wide(room.scroll.widget(), room.scroll.viewport().width()) == []
    viewport = room.scroll.viewport()
    top = words.mapTo(viewport, QPoint(0, 0)).y()
    assert -words.height() < top < viewport.height()
