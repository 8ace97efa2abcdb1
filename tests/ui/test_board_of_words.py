"""A board whose buttons carry no pictures, brought in through the window: every word becomes a card,
the status line says what was left out and why, and the room draws the words as the card's picture."""

import json

import pytest
from PySide6.QtCore import QLocale, Qt

from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.platform.language import LanguageSwitcher

SAID = {
    "en": (
        "Picture cards added from “Words only”: 2. Of these, word cards (their words are their picture): 2. "
        "Buttons left out: 2. Left out because they have no words: 1. "
        "Left out because they control the board and are not words: 1."
    ),
    "cy": (
        "Cardiau lluniau wedi'u hychwanegu o “Words only”: 2. O'r rhain, cardiau geiriau (eu geiriau yw eu llun): 2. "
        "Botymau wedi'u gadael allan: 2. Wedi'u gadael allan am nad oes ganddyn nhw eiriau: 1. "
        "Wedi'u gadael allan am eu bod yn rheoli'r bwrdd ac nid yn eiriau: 1."
    ),
}


@pytest.fixture
def language(request, qapp, window):
    """The window's language switched to request.param, after the window set its saved one."""
    saved_locale = QLocale()
    switcher = qapp.findChild(LanguageSwitcher)
    switcher.set_language(request.param)
    yield request.param
    switcher.set_language("en")
    QLocale.setDefault(saved_locale)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("language", ["en", "cy"], indirect=True)
def test_a_board_of_words_comes_in_as_word_cards_and_says_what_it_left_out(
    qtbot, language, window, app_store, catalogue, tmp_path
):
    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id)
    board = {
        "format": "open-board-0.1",
        "id": "words",
        "name": "Words only",
        "buttons": [
            {"id": "1", "label": "tea"},
            {"id": "2", "label": "biscuits"},
            {"id": "3", "label": "Clear", "action": ":clear"},
            {"id": "4"},
        ],
    }
    path = tmp_path / "words.obf"
    path.write_text(json.dumps(board), encoding="utf-8")
    messages: list[str] = []
    window.bringer.message.connect(messages.append)
    with qtbot.waitSignal(window.bringer.done, timeout=20000):
        window.bringer.bring(meeting.id, [path])

    brought = {c.label: c for c in app_store.cards.all() if c.id not in catalogue}
    assert sorted(brought) == ["biscuits", "tea"]
    assert messages[-1] == SAID[language]  # counts filled in, the board's name as it is in the file
    # The card's picture on screen is its words, dark on white: not an empty square.
    qtbot.waitUntil(lambda: brought["tea"].id in window.library, timeout=5000)
    image = window.pictures.pixmap(brought["tea"].id, 128).toImage()
    size = image.width()
    assert size >= 128
    colours = [image.pixelColor(x, y) for x in range(0, size, 2) for y in range(0, size, 2)]
    dark = sum(1 for c in colours if c.alpha() > 200 and c.lightness() < 100)
    light = sum(1 for c in colours if c.alpha() > 200 and c.lightness() > 230)
    assert dark > 50 and light > dark
