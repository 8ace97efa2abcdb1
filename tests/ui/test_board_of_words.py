"""A board whose buttons carry no pictures, brought in through the window: every word becomes a card,
the status line says what was left out and why, and the room draws the words as the card's picture."""

import json

from coprod_desktop.services.demo import create_demo_meeting


def test_a_board_of_words_comes_in_as_word_cards_and_says_what_it_left_out(
    qtbot, window, app_store, catalogue, tmp_path
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
    assert messages[-1] == (
        "2 picture cards added from “Words only” (2 are word cards: the words are the picture); "
        "2 buttons were left out: 1 that control the board (not words); 1 with no words."
    )
    # The card's picture on screen is its words, dark on white: not an empty square.
    qtbot.waitUntil(lambda: brought["tea"].id in window.library, timeout=5000)
    image = window.pictures.pixmap(brought["tea"].id, 128).toImage()
    size = image.width()
    assert size >= 128
    colours = [image.pixelColor(x, y) for x in range(0, size, 2) for y in range(0, size, 2)]
    dark = sum(1 for c in colours if c.alpha() > 200 and c.lightness() < 100)
    light = sum(1 for c in colours if c.alpha() > 200 and c.lightness() > 230)
    assert dark > 50 and light > dark
