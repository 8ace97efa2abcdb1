"""Switch access in the room: whole contributions made with switch key presses only."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from coprod_desktop.domain.scanning import ScanSettings, Switch
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.room.room_scanning import room_scan_groups
from coprod_desktop.ui.widgets.scan_highlight import HighlightCaption, HighlightFrame
from coprod_desktop.ui.widgets.scan_targets import ButtonTarget, ScanGroup
from coprod_desktop.ui.widgets.switch_access import SwitchAccess


class Clock:
    """A clock the test moves by hand, so scanning is tested without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Room:
    """The demo room with switch access on it, and a person's hands on the switches."""

    def __init__(self, qtbot, window, app_store, settings: ScanSettings, clock=None) -> None:
        self.qtbot, self.window = qtbot, window
        self.meeting = create_demo_meeting(app_store)
        window.show_room(self.meeting.id)
        self.view = window.room
        self.clock = clock or Clock()
        self.cues: list[str] = []
        self.switch = SwitchAccess(lambda: room_scan_groups(self.view), settings, window=window, clock=self.clock)
        self.switch.cue.connect(self.cues.append)

    def press(self, key=Qt.Key.Key_Space, held: float = 0.1) -> None:
        self.qtbot.keyPress(self.window, key)
        self.clock.now += held
        self.qtbot.keyRelease(self.window, key)
        self.clock.now += 0.5  # well clear of the debounce before the next press

    def wait_for(self, wanted, step=None) -> None:
        """Let the scan move on (by time, or by the step switch) until wanted(highlight, cue)."""
        for _ in range(300):
            highlight = self.switch.scanner.highlight
            if highlight is not None and wanted(highlight, self.cues[-1]):
                return
            if step is not None:
                self.press(step)
            else:
                assert self.switch.scanner.next_deadline() is not None, "scanning paused first"
                self.clock.now = self.switch.scanner.next_deadline()
                self.switch.tick()
        raise AssertionError(f"never reached; cues were {self.cues[-12:]}")

    def choose(self, cue: str, step=None, select=Qt.Key.Key_Space) -> None:
        self.wait_for(lambda _h, said: said == cue, step)
        self.press(select)

    def choose_row(self, group: str, row: int, step=None, select=Qt.Key.Key_Space) -> None:
        """Into the group, then into whichever block holds the row, until the row itself."""
        self.choose(group, step, select)
        while True:
            self.wait_for(lambda h, _said: h.kind in ("block", "item") and h.start <= row < h.stop, step)
            single = self.switch.scanner.highlight.kind == "item"
            self.press(select)
            if single:
                return


def person(room: Room, name: str):
    return next(a for a in room.view.session.attendees if a.credited_as == name)


def card_row(room: Room, card_id: str) -> int:
    grid = room.view.composer.grid
    return next(r for r in range(grid.count()) if grid.item(r).data(Qt.ItemDataRole.UserRole) == card_id)


def visible_frames(window) -> list[HighlightFrame]:
    return [f for f in window.findChildren(HighlightFrame) if f.isVisible()]


@pytest.fixture
def make_room(qtbot, window, app_store):
    """Rooms with switch access, stopped afterwards even when a test fails half-way."""
    made: list[Room] = []

    def make(settings: ScanSettings) -> Room:
        made.append(Room(qtbot, window, app_store, settings))
        return made[-1]

    yield make
    for room in made:
        room.switch.stop()


@pytest.fixture
def one_switch(make_room):
    return make_room(ScanSettings(step_seconds=1.0, first_item_extra_seconds=0.5))


def far_card(room: Room) -> str:
    """A card well into the grid, so reaching it takes blocks as well as items."""
    grid = room.view.composer.grid
    assert grid.count() > 40
    return grid.item(37).data(Qt.ItemDataRole.UserRole)


def test_one_switch_completes_a_contribution_with_switch_presses_only(one_switch, app_store, fake_engine):
    room = one_switch
    before = len(app_store.contributions.for_meeting(room.meeting.id))
    dot, card_id = person(room, "Dot"), far_card(room)
    label = room.view.composer.grid.item(card_row(room, card_id)).text()
    room.switch.start()
    spoken_before = len(fake_engine.spoken)

    room.choose("People")
    room.choose("Dot")
    assert room.view.composer.speaker_note.text() == "Dot is speaking."
    room.choose_row("Cards", card_row(room, card_id))
    assert room.view.composer.chosen.count() == 1
    room.choose("Actions")
    room.choose("Save contribution")

    saved = app_store.contributions.for_meeting(room.meeting.id)
    assert len(saved) == before + 1
    assert (saved[-1].person_id, saved[-1].card_ids) == (dot.person_id, (card_id,))
    # the card was said once, as a click would say it, not at every card the scan passed
    spoken = [text for text, _voice in fake_engine.spoken[spoken_before:]]
    assert spoken.count(label) == 1


def test_two_switches_complete_a_contribution_and_time_moves_nothing(make_room, app_store):
    room = make_room(ScanSettings(mode="two_switch"))
    step, select = Qt.Key.Key_Space, Qt.Key.Key_Return
    ahmed, card_id = person(room, "Ahmed"), far_card(room)
    room.switch.start()
    assert room.switch.scanner.next_deadline() is None
    room.clock.now += 600
    room.switch.tick()
    assert room.cues == ["People"]  # ten minutes passed and the highlight did not move

    room.choose("People", step, select)
    room.choose("Ahmed", step, select)
    room.choose_row("Cards", card_row(room, card_id), step, select)
    room.choose("Actions", step, select)
    room.choose("Save contribution", step, select)

    saved = app_store.contributions.for_meeting(room.meeting.id)[-1]
    assert (saved.person_id, saved.card_ids) == (ahmed.person_id, (card_id,))


def test_each_highlight_gives_a_cue_a_frame_and_the_focus(one_switch):
    room = one_switch
    tiles = list(room.view.tiles.tiles.values())
    room.switch.start()
    assert room.cues == ["People"]
    frames = visible_frames(room.window)
    assert len(frames) == 1
    assert [c.text for c in room.window.findChildren(HighlightCaption) if c.isVisible()] == ["People"]
    tiles_area = QRect(room.view.tiles.mapTo(room.window, QPoint(0, 0)), room.view.tiles.size())
    assert frames[0].geometry().contains(tiles_area)
    assert room.view.tiles.property("scanHighlight") is True

    for _ in range(3):
        room.clock.now = room.switch.scanner.next_deadline()
        room.switch.tick()
    assert room.cues == ["People", "Quick cards", "Cards", "Actions"]

    room.choose("People")
    for _ in range(len(tiles)):
        room.clock.now = room.switch.scanner.next_deadline()
        room.switch.tick()
    names = [tile.accessibleName() for tile in tiles]
    assert room.cues[-len(tiles) - 2 :] == ["People", *names, "Go back"]

    room.wait_for(lambda _h, said: said == names[2])
    assert QApplication.focusWidget() is tiles[2]  # a screen reader follows the highlight
    assert tiles[2].property("scanHighlight") is True and tiles[1].property("scanHighlight") is False
    frame = visible_frames(room.window)[0]
    assert frame.geometry().contains(tiles[2].mapTo(room.window, tiles[2].rect().center()))
    assert frame.geometry().width() >= tiles[2].width() + 2 * 4  # a border of at least 4 px each side


def test_cards_are_scanned_in_blocks_named_by_their_first_and_last_card(one_switch):
    room = one_switch
    grid = room.view.composer.grid
    room.switch.start()
    room.choose("Cards")
    first_block = room.switch.scanner.highlight
    assert first_block.kind == "block"
    last = grid.item(first_block.stop - 1).text()
    assert room.cues[-1] == f"Cards: {grid.item(0).text()} to {last}"


def test_a_short_press_under_the_hold_filter_does_nothing(make_room, qtbot, window):
    room = make_room(ScanSettings(hold_seconds=0.5))
    room.switch.start()
    room.press(held=0.2)
    room.switch.tick()
    assert room.cues == ["People"]
    assert room.switch.scanner.highlight.kind == "group"
    # held long enough: it counts the moment the hold is long enough, before the release
    qtbot.keyPress(window, Qt.Key.Key_Space)
    room.clock.now += 0.6
    room.switch.tick()
    assert room.cues[-1] == room.view.session.attendees[0].credited_as
    qtbot.keyRelease(window, Qt.Key.Key_Space)


def test_auto_repeat_from_a_held_switch_counts_once(make_room):
    room = make_room(ScanSettings(debounce_seconds=0))  # so only the repeat rule can help
    room.switch.start()
    room.qtbot.keyPress(room.window, Qt.Key.Key_Space)  # into People
    for kind in (QEvent.Type.KeyRelease, QEvent.Type.KeyPress) * 3:
        QApplication.sendEvent(
            room.window, QKeyEvent(kind, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ", True)
        )
    room.clock.now += 1
    room.qtbot.keyRelease(room.window, Qt.Key.Key_Space)
    assert room.view.session.speaker_id is None  # the repeats did not choose the first person
    assert room.cues[-1] == room.view.session.attendees[0].credited_as


def test_typing_in_a_text_box_keeps_the_space_and_the_focus(one_switch):
    room = one_switch
    words = room.view.composer.words
    room.switch.start()
    words.setFocus()
    room.qtbot.waitUntil(lambda: QApplication.focusWidget() is words)
    room.qtbot.keyClicks(words, "a b")
    room.qtbot.keyClick(words, Qt.Key.Key_Space)
    assert words.toPlainText() == "a b "
    assert room.cues == ["People"]
    room.choose("People")  # pressed by time: stepping on never takes the focus from the words
    assert QApplication.focusWidget() is words


def test_stopping_clears_the_highlight_and_gives_the_keys_back(one_switch):
    room = one_switch
    tiles = room.view.tiles
    first = next(iter(tiles.tiles.values()))
    room.switch.start()
    room.qtbot.keyClick(first, Qt.Key.Key_Space)  # the switch's: into People, nobody chosen
    assert room.view.session.speaker_id is None
    assert visible_frames(room.window)

    room.switch.stop()
    assert not room.switch.is_running()
    assert visible_frames(room.window) == []
    assert not any(c.isVisible() for c in room.window.findChildren(HighlightCaption))
    assert all(w.property("scanHighlight") is not True for w in [tiles, *tiles.tiles.values()])
    cues = list(room.cues)
    room.clock.now += 600
    room.switch.tick()
    assert room.cues == cues
    room.qtbot.keyClick(first, Qt.Key.Key_Space)  # Space is the tile's own again: it chooses
    assert room.view.session.speaker_id == first.property("person_id")


def test_the_real_timer_moves_the_highlight(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    room = window.room
    switch = SwitchAccess(
        lambda: room_scan_groups(room), ScanSettings(step_seconds=0.5, first_item_extra_seconds=0), window=window
    )
    cues: list[str] = []
    switch.cue.connect(cues.append)
    switch.start()
    try:
        qtbot.waitUntil(lambda: cues[:2] == ["People", "Quick cards"], timeout=3000)
    finally:
        switch.stop()


def test_keys_can_be_changed(one_switch):
    room = one_switch
    room.switch.set_settings(room.switch.settings, {Qt.Key.Key_F8: Switch.SELECT})
    room.switch.start()
    room.press(Qt.Key.Key_Space)
    assert room.cues == ["People"]
    room.press(Qt.Key.Key_F8)
    assert room.cues[-1] == room.view.session.attendees[0].credited_as


def test_a_window_closing_for_good_stops_the_scan(qtbot):
    screen = QWidget()
    button = QPushButton("Yes", screen)
    switch = SwitchAccess(lambda: [ScanGroup("Answers", [ButtonTarget(button)])], window=screen)
    screen.show()
    switch.start()
    assert switch.is_running()
    screen.deleteLater()
    qtbot.waitUntil(lambda: not switch.is_running(), timeout=2000)
    switch.tick()  # nothing left to touch, and nothing fails


def test_a_switch_user_can_say_not_now_on_their_turn(make_room, app_store):
    room = make_room(ScanSettings(mode="two_switch"))
    step, select = Qt.Key.Key_Space, Qt.Key.Key_Return
    ahmed = person(room, "Ahmed")
    room.switch.start()
    room.choose("People", step, select)
    room.choose("Ahmed", step, select)
    room.choose("Actions", step, select)
    room.choose("Not now (pass)", step, select)
    prompt = room.view.session.prompt
    assert ahmed.person_id in [p.person_id for p in app_store.passes.for_prompt(prompt.id)]


def test_a_switch_user_can_agree_and_ask_to_speak(make_room, app_store):
    """What a person's tile menu offers them is theirs to choose by switch too."""
    room = make_room(ScanSettings(mode="two_switch"))
    step, select = Qt.Key.Key_Space, Qt.Key.Key_Return
    newest = room.view.session.contributions[-1]
    someone = next(a for a in room.view.session.attendees if a.person_id != newest.person_id)
    room.switch.start()
    room.choose("Agree with the newest", step, select)
    room.choose(f"{someone.credited_as} agrees", step, select)
    agreed = next(c for c in app_store.contributions.for_meeting(room.meeting.id) if c.id == newest.id)
    assert someone.person_id in agreed.agreed_by
    # The choice is framed on the person's own tile.
    assert room.view.tiles.tiles[someone.person_id] in [
        t.widget() for g in room_scan_groups(room.view) for t in g.targets
    ]
    room.choose("Ask to speak", step, select)
    room.choose(f"{someone.credited_as} asks to speak", step, select)
    assert room.view.session.queue == (someone.person_id,) or list(room.view.session.queue) == [someone.person_id]
    room.choose("Agree with the newest", step, select)
    room.choose(f"{someone.credited_as}: no longer agrees", step, select)
    agreed = next(c for c in app_store.contributions.for_meeting(room.meeting.id) if c.id == newest.id)
    assert someone.person_id not in agreed.agreed_by
