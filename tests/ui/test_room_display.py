"""The room display: big enough to read from the back, never scrolls, the newest always shown,
nothing shown that the people in the room did not choose to have shown."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea

from coprod_desktop.app.display_content import display_content
from coprod_desktop.app.workspace import Workspace
from coprod_desktop.services.catalogue import load_catalogue
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.display.room_display import WORDS_PER_HEIGHT, RoomDisplay
from coprod_desktop.ui.widgets.pictures import CardPictures

SHOTS = Path(__file__).resolve().parents[1] / "output" / "room_display"
FULL_NAMES_NOT_CHOSEN = ["Sam Okafor", "Gwen Morgan", "Tomasz Nowak", "Dorothy Ellis", "Ahmed Karim"]


@pytest.fixture
def room(app_store):
    meeting = create_demo_meeting(app_store)
    workspace = Workspace(app_store, load_catalogue())
    workspace.room.open(meeting.id)
    return workspace


def _display(qtbot, workspace, size, scale=100):
    display = RoomDisplay(CardPictures(workspace.catalogue))
    qtbot.addWidget(display)
    display.resize(*size)
    display.set_text_scale(scale)
    display.show()
    qtbot.waitExposed(display)
    display.show_content(display_content(workspace.room))
    return display


def _say(workspace, person_index, words, cards=()):
    room = workspace.room
    room.choose_speaker(room.attendees[person_index].person_id)
    for card in cards:
        room.add_card(card)
    room.set_words(words)
    return room.save()


def test_the_display_shows_people_only_as_they_chose_to_be_credited(room):
    content = display_content(room.room)
    shown = repr(content)
    for full_name in FULL_NAMES_NOT_CHOSEN:
        assert full_name not in shown
    assert [p.name for p in content.people] == ["Sam", "Priya Shah", "Gwen M", "T.N.", "Dot", "Ahmed"]
    assert all(c.name in {p.name for p in content.people} for c in content.contributions)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768), (1920, 1080)])
def test_words_are_a_twentieth_of_the_display_height_and_nothing_scrolls(qtbot, room, size):
    display = _display(qtbot, room, size)
    assert display.words_font().pixelSize() >= size[1] / WORDS_PER_HEIGHT
    assert display.findChildren(QAbstractScrollArea) == []
    image = display.grab().toImage()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert image.save(str(SHOTS / f"display-{size[0]}x{size[1]}.png"))
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 20


def test_the_newest_contribution_is_always_on_the_page_shown_and_older_pages_can_be_shown(qtbot, room):
    display = _display(qtbot, room, (1366, 768))
    for n in range(25):
        _say(room, n % 6, f"Contribution number {n}: the bus is late on Mondays and the driver is kind.")
        display.show_content(display_content(room.room))
        newest = len(room.room.contributions) - 1
        assert newest in display.pages[display.page].items
    assert len(display.pages) > 1
    assert display.page_back() and display.page == len(display.pages) - 2
    display.show_content(display_content(room.room))  # nothing new: the page the facilitator chose stays
    assert display.page == len(display.pages) - 2
    _say(room, 0, "One more.")
    display.show_content(display_content(room.room))
    assert display.page == len(display.pages) - 1  # something new: back to the newest


def test_a_larger_display_text_size_means_larger_words_and_more_pages_never_clipped(qtbot, room):
    for n in range(12):
        _say(room, n % 6, "We would like the minibus to come at ten, not at nine, please.")
    normal = _display(qtbot, room, (1366, 768), 100)
    large = _display(qtbot, room, (1366, 768), 300)
    assert large.words_font().pixelSize() >= 3 * normal.words_font().pixelSize() - 1
    assert len(large.pages) > len(normal.pages)
    for display in (normal, large):
        wall_height = display._regions()[2].height()
        for page in display.pages:
            for column in page.columns:
                for piece in column.pieces:
                    if piece.last - piece.first > 1 or piece.height <= wall_height:
                        assert piece.top + piece.height <= wall_height + 0.5


def test_the_words_being_typed_show_live_with_who_is_speaking(qtbot, room):
    room.room.choose_speaker(room.room.attendees[4].person_id)
    room.room.add_card("feeling-good")
    room.room.set_words("I like the <b>garden</b> & the cat")
    content = display_content(room.room)
    assert content.draft is not None
    assert (content.draft.name, content.draft.words, content.draft.card_ids) == (
        "Dot",
        "I like the <b>garden</b> & the cat",
        ("feeling-good",),
    )
    display = _display(qtbot, room, (1366, 768))
    assert not display._regions()[3].isEmpty()
    assert display.grab().toImage().save(str(SHOTS / "display-live-draft.png"))


def test_the_display_mirrors_for_right_to_left_languages(qtbot, room):
    display = _display(qtbot, room, (1366, 768))
    display.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    image = display.grab().toImage()
    assert image.save(str(SHOTS / "display-rtl.png"))
    # The prompt's picture sits on the right: the band's right edge has more than the background.
    background = image.pixel(5, 5)
    right = {image.pixel(x, y) for x in range(image.width() - 120, image.width() - 20) for y in range(20, 100)}
    assert len(right - {background}) > 5
