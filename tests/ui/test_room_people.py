"""The people in the room console: tiles that say who was heard, passed, is invited or waiting;
each person's menu; inviting the next person; passes; who has not been heard; late arrivals."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.platform.settings import AppSettings
from coprod_desktop.ui.room.late_arrival_dialog import LateArrivalDialog
from coprod_desktop.ui.room.people_actions import PeopleActions
from coprod_desktop.ui.room.person_tiles import PersonTiles

OUTPUT = Path(__file__).resolve().parents[1] / "output" / "people"


def open_demo(window, app_store, qtbot, *, prompt: int = 1):
    """The demo meeting in the room, on its second prompt by default: Sam, Gwen M, Dot and Ahmed
    have spoken on it; Priya and T.N. have not."""
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    room = window.room
    for _ in range(prompt):
        room.next_prompt()
    qtbot.wait(10)
    return meeting, room


def actions_of(room) -> PeopleActions:
    # The console engineer's RoomView makes them; until then a test can make its own.
    return room.people_actions if hasattr(room, "people_actions") else PeopleActions(room)


def person(room, credited_as: str):
    return next(a for a in room.session.attendees if a.credited_as == credited_as)


def tile_of(room, credited_as: str):
    return room.tiles.tiles[person(room, credited_as).person_id]


def menu_texts(menu: QMenu) -> list[str]:
    return [action.text().replace("&", "") for action in menu.actions()]


def trigger(menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    action.trigger()


def save_png(widget, name: str) -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    path = OUTPUT / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


# --- the tiles ------------------------------------------------------------------------------------


def test_tiles_say_gently_who_was_heard_and_nobody_is_shown_as_behind(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store, qtbot)
    actions_of(room)
    sam, priya = tile_of(room, "Sam"), tile_of(room, "Priya Shah")
    assert sam.text().startswith("Sam ✓")
    assert sam.accessibleDescription().startswith("Heard on this prompt.")
    assert "Heard on this prompt." in sam.toolTip()
    # Not heard yet: the name alone, and nothing said about it.
    assert priya.text() == "Priya Shah"
    assert "heard" not in priya.accessibleDescription().lower()
    assert "Marker:" in priya.accessibleDescription()
    # Back on the first prompt everyone has spoken.
    room.previous_prompt()
    assert all("✓" in tile.text().split("\n")[0] for tile in room.tiles.tiles.values())


def test_a_pass_an_invitation_and_the_queue_show_in_words_and_symbols(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store, qtbot)
    actions = actions_of(room)
    session = room.session
    priya, tn, dot = person(room, "Priya Shah"), person(room, "T.N."), person(room, "Dot")

    actions.pass_for(priya.person_id)
    tile = room.tiles.tiles[priya.person_id]
    assert tile.text() == "Priya Shah\nnot now"
    assert tile.accessibleDescription().startswith("Said not now on this prompt.")
    assert "✓" not in tile.text()  # a pass is neither heard-with-a-tick nor a failure

    actions.invite(tn.person_id)
    tile = room.tiles.tiles[tn.person_id]
    assert session.invited_id == tn.person_id
    assert "➤ invited" in tile.text()
    assert "Invited to speak next." in tile.accessibleDescription()
    assert "double" in tile.styleSheet()  # the strong outline: a double line, not a colour

    actions.ask_to_speak(dot.person_id)
    actions.ask_to_speak(priya.person_id)
    assert session.queue == [dot.person_id, priya.person_id]
    assert room.tiles.tiles[dot.person_id].text().endswith("✋ 1")
    assert "✋ 2" in room.tiles.tiles[priya.person_id].text()
    assert "Asking to speak: number 2 in the queue." in room.tiles.tiles[priya.person_id].accessibleDescription()

    # Taking the invitation back, and Dot no longer waiting: their tiles say so at once.
    actions.invite(None)
    assert "invited" not in room.tiles.tiles[tn.person_id].text()
    assert room.tiles.tiles[tn.person_id].styleSheet() == ""
    actions.ask_to_speak(dot.person_id, False)
    assert "✋" not in room.tiles.tiles[dot.person_id].text()
    assert "✋ 1" in room.tiles.tiles[priya.person_id].text()

    # A new prompt: nobody has passed, is invited or waits there yet.
    room.next_prompt()
    assert all("not now" not in t.text() and "✋" not in t.text() for t in room.tiles.tiles.values())


def test_tiles_keep_their_states_when_the_people_are_drawn_again(qtbot, window, app_store):
    meeting, room = open_demo(window, app_store, qtbot)
    actions = actions_of(room)
    priya = person(room, "Priya Shah")
    actions.invite(priya.person_id)
    # Someone renamed in set-up (another window): the tiles are made again from the change.
    app_store.people.update_attendee(
        meeting.id, priya.person_id, "Priya Shah", "chosen_name", "Pri", priya.marker_colour, priya.marker_shape
    )
    qtbot.wait(10)
    tile = room.tiles.tiles[priya.person_id]
    assert tile.text().startswith("Pri") and "➤ invited" in tile.text()


def test_a_saved_contribution_ticks_the_speakers_tile(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store, qtbot)
    actions_of(room)
    priya = person(room, "Priya Shah")
    room.choose_speaker(priya.person_id)
    room.composer.words.setPlainText("I come by bus.")
    room.save()
    assert room.tiles.tiles[priya.person_id].text().startswith("Priya Shah ✓")


def test_compact_tiles_are_as_short_as_a_tile_can_be_whatever_they_say(qtbot, window, app_store):
    from coprod_desktop.ui.room.toggle_access import PersonTile

    _meeting, room = open_demo(window, app_store, qtbot)
    actions = actions_of(room)
    tiles = room.tiles
    normal = tile_of(room, "Priya Shah").sizeHint().height()
    actions.invite(person(room, "Priya Shah").person_id)
    assert tile_of(room, "Priya Shah").sizeHint().height() == normal  # a state shown never makes a row jump
    # The smallest tile the theme allows: one word and no picture.
    smallest = PersonTile()
    smallest.setObjectName("personTile")
    smallest.setText("X")
    smallest.setParent(tiles)
    smallest.ensurePolished()
    least = super(PersonTile, smallest).sizeHint().height()
    tiles.set_compact(True)
    qtbot.wait(10)
    heights = {tile.sizeHint().height() for tile in tiles.tiles.values()}
    assert heights == {least} and least < normal
    assert all(tile.iconSize().height() < 56 for tile in tiles.tiles.values())
    assert "➤ invited" in tile_of(room, "Priya Shah").text()  # the words stay
    tiles.set_compact(False)
    assert tile_of(room, "Sam").iconSize().height() == 56


# --- a person's menu ------------------------------------------------------------------------------


def test_a_tiles_menu_opens_from_a_right_click_the_menu_key_and_shift_f10(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store, qtbot)
    actions = actions_of(room)
    tile = tile_of(room, "Priya Shah")
    opened = []
    room.tiles.menu_requested.connect(lambda person_id, _place: opened.append(person_id))
    click = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), tile.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(tile, click)
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Menu)
    qtbot.keyClick(tile, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    priya = person(room, "Priya Shah").person_id
    assert opened == [priya] * 3  # once each, never twice for one key
    assert actions.menu is not None and actions.menu.isVisible()
    assert menu_texts(actions.menu) == [
        "Ask to speak",
        "Invite to speak next",
        "Pass: not now",
        "Agrees with the newest contribution",
    ]
    actions.menu.close()


def test_the_menus_actions_change_the_session(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store, qtbot)
    actions = actions_of(room)
    session = room.session
    priya, tn = person(room, "Priya Shah"), person(room, "T.N.")
    messages = []
    actions.message.connect(messages.append)

    trigger(actions.person_menu(priya.person_id), "Ask to speak")
    assert session.queue == [priya.person_id]
    assert messages[-1] == "Priya Shah is asking to speak: number 1 in the queue."
    trigger(actions.person_menu(priya.person_id), "No longer waiting")
    assert session.queue == []

    trigger(actions.person_menu(tn.person_id), "Invite to speak next")
    assert session.invited_id == tn.person_id
    trigger(actions.person_menu(tn.person_id), "Take back the invitation")
    assert session.invited_id is None

    trigger(actions.person_menu(tn.person_id), "Pass: not now")
    assert [p.person_id for p in app_store.passes.for_prompt(session.prompt.id)] == [tn.person_id]
    assert messages[-1] == "T.N.: not now. That is fine."

    # Agreeing with the newest contribution (Ahmed's) is a toggle, kept in the store.
    newest = session.contributions[-1]
    menu = actions.person_menu(priya.person_id)
    agree = next(a for a in menu.actions() if a.isCheckable())
    assert not agree.isChecked()
    agree.trigger()
    assert priya.person_id in app_store.contributions.get(newest.id).agreed_by
    menu = actions.person_menu(priya.person_id)
    agree = next(a for a in menu.actions() if a.isCheckable())
    assert agree.isChecked()
    agree.trigger()
    assert priya.person_id not in app_store.contributions.get(newest.id).agreed_by
    # Nobody agrees with their own words: Ahmed's menu does not offer it.
    assert "Agrees with the newest contribution" not in menu_texts(actions.person_menu(newest.person_id))


# --- inviting, passing ----------------------------------------------------------------------------


def test_invite_next_asks_the_queue_first_then_goes_round_the_room(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store, qtbot)
    actions = actions_of(room)
    session = room.session
    priya, tn, dot = person(room, "Priya Shah"), person(room, "T.N."), person(room, "Dot")
    actions.ask_to_speak(dot.person_id)
    qtbot.mouseClick(actions.invite_button, Qt.MouseButton.LeftButton)
    assert session.invited_id == dot.person_id  # Dot asked: Dot first, though heard already
    room.choose_speaker(dot.person_id)  # their turn: off the queue
    actions.invite_next()
    assert session.invited_id == priya.person_id  # then those not yet heard, round the tiles
    actions.invite_next()
    assert session.invited_id == tn.person_id
    actions.pass_now()
    actions.invite_next()
    assert session.invited_id == priya.person_id


def test_the_keys_invite_and_pass(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store, qtbot)
    actions = actions_of(room)
    keys = dict(actions.keys())
    assert set(keys) == {"Ctrl+I", "Ctrl+P"}
    if not hasattr(room, "people_actions"):
        pytest.skip("the room view does not install the people's keys yet")
    session = room.session
    room.composer.words.setFocus()
    qtbot.keyClick(room.composer.words, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    priya = person(room, "Priya Shah")
    assert session.invited_id == priya.person_id
    assert room.composer.words.toPlainText() == ""  # the key did not type into the words
    qtbot.keyClick(room.composer.words, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert [p.person_id for p in app_store.passes.for_prompt(session.prompt.id)] == [priya.person_id]
    assert session.invited_id is None


def test_not_now_records_a_pass_for_the_invited_else_the_speaking_person(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store, qtbot)
    actions = actions_of(room)
    session = room.session
    assert not actions.pass_button.isEnabled()  # nobody invited or speaking
    priya = person(room, "Priya Shah")
    room.choose_speaker(priya.person_id)
    assert actions.pass_button.isEnabled()
    qtbot.mouseClick(actions.pass_button, Qt.MouseButton.LeftButton)
    passes = app_store.passes.for_prompt(session.prompt.id)
    assert [p.person_id for p in passes] == [priya.person_id] and passes[0].at
    assert session.speaker_id is None  # nothing drafted, so nobody is left chosen as speaking
    assert "not now" in room.tiles.tiles[priya.person_id].text()
    # With words typed for the speaker, their pass is recorded and the words stay theirs.
    tn = person(room, "T.N.")
    room.choose_speaker(tn.person_id)
    room.composer.words.setPlainText("Hm")
    actions.pass_now()
    assert session.speaker_id == tn.person_id and session.words == "Hm"


def test_the_invitation_is_spoken_by_name_only_when_reading_aloud_is_on(
    qtbot, window, app_store, fake_engine, settings_store
):
    _meeting, room = open_demo(window, app_store, qtbot)
    actions = actions_of(room)
    fake_engine.spoken.clear()
    actions.invite_next()
    text, voice = fake_engine.spoken[-1]
    assert text == "Priya Shah, would you like to say something?"
    assert voice.language == "en"
    settings_store.save(AppSettings(read_prompts_aloud=False))
    fake_engine.spoken.clear()
    actions.invite_next()
    assert room.session.invited_id == person(room, "T.N.").person_id
    assert fake_engine.spoken == []


# --- who has not been heard -----------------------------------------------------------------------


def test_who_has_not_been_heard_is_listed_on_the_console_for_the_prompt_and_the_meeting(qtbot, window, app_store):
    meeting, room = open_demo(window, app_store, qtbot)
    actions = actions_of(room)
    late = app_store.people.add_attendee(meeting.id, "Lee Late", "first_name")
    qtbot.wait(10)
    messages = []
    actions.message.connect(messages.append)
    actions.pass_for(person(room, "T.N.").person_id)
    qtbot.mouseClick(actions.heard_button, Qt.MouseButton.LeftButton)
    assert messages[-1] == "Not yet heard on this prompt: Priya Shah, Lee"
    popup = actions.heard_list
    assert popup.isVisible() and not popup.isModal()
    assert popup.text.textFormat() == Qt.TextFormat.PlainText
    assert popup.text.text().split("\n") == [
        "Not yet heard on this prompt: Priya Shah, Lee",
        "Said not now on this prompt: T.N.",
        "Not yet heard in this meeting: Lee",
    ]
    assert popup.parentWidget() is window  # the console's window, not the display
    # It follows the room: Lee speaks, and the list says so.
    room.choose_speaker(late.person_id)
    room.composer.words.setPlainText("Hello, sorry I am late.")
    room.save()
    assert popup.text.text().split("\n")[0] == "Not yet heard on this prompt: Priya Shah"
    assert popup.text.text().split("\n")[-1] == "Everyone has been heard in this meeting."
    save_png(popup, "who_has_not_been_heard")
    popup.close()


# --- late arrivals --------------------------------------------------------------------------------


def open_late_dialog(room) -> LateArrivalDialog:
    actions = actions_of(room)
    actions.add_late_arrival()
    dialog = actions.late_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_late_arrival_is_added_from_the_console_and_gets_a_free_marker(qtbot, window, app_store):
    meeting, room = open_demo(window, app_store, qtbot)
    dialog = open_late_dialog(room)
    assert dialog.parentWidget() is window
    taken = {(a.marker_colour, a.marker_shape) for a in room.session.attendees}
    assert (dialog.colour.currentData(), dialog.shape.currentData()) not in taken
    # The same ways to credit someone as set-up's people editor offers, in the same words.
    styles = [dialog.credit_style.itemText(i) for i in range(dialog.credit_style.count())]
    editor_styles = ["Full name", "First name", "Initials", "A name they choose"]
    assert styles == editor_styles
    assert not dialog.chosen_name.isEnabled()
    dialog.full_name.setText("Leonora <b>Late</b>")
    dialog.credit_style.setCurrentIndex(dialog.credit_style.findData("chosen_name"))
    assert dialog.chosen_name.isEnabled()
    dialog.chosen_name.setText("Leo")
    assert dialog.preview.text() == "Shown and printed as: Leo"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    added = next(a for a in app_store.people.attendees(meeting.id) if a.chosen_name == "Leo")
    assert added.person.full_name == "Leonora <b>Late</b>"
    assert (added.marker_colour, added.marker_shape) not in taken
    tile = room.tiles.tiles[added.person_id]
    assert tile.text() == "Leo"  # the tile (and the display) show them only as credited
    assert "Leonora" not in tile.accessibleDescription()


def test_a_late_arrival_with_bad_input_says_why_and_adds_no_one(qtbot, window, app_store):
    meeting, room = open_demo(window, app_store, qtbot)
    before = app_store.people.attendees(meeting.id)
    dialog = open_late_dialog(room)
    dialog.credit_style.setCurrentIndex(dialog.credit_style.findData("chosen_name"))
    dialog.full_name.setText("Leonora Late")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Please type the name they want to be credited as."
    assert dialog.focusWidget() is dialog.chosen_name  # where to put it right
    # A marker someone has already.
    sam = person(room, "Sam")
    dialog.credit_style.setCurrentIndex(dialog.credit_style.findData("first_name"))
    dialog.colour.setCurrentIndex(dialog.colour.findData(sam.marker_colour))
    dialog.shape.setCurrentIndex(dialog.shape.findData(sam.marker_shape))
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text()
    dialog.full_name.setText("   ")
    dialog.accept()
    assert dialog.error.text() == "Please type the person's name."
    assert app_store.people.attendees(meeting.id) == before
    assert len(room.tiles.tiles) == len(before)
    dialog.reject()
    assert app_store.people.attendees(meeting.id) == before


# --- screenshots ----------------------------------------------------------------------------------


def _states_for_pictures(room, actions):
    actions.pass_for(person(room, "T.N.").person_id)
    actions.invite(person(room, "Priya Shah").person_id)
    actions.ask_to_speak(person(room, "Dot").person_id)
    actions.ask_to_speak(person(room, "Priya Shah").person_id)
    room.choose_speaker(person(room, "Gwen M").person_id)


@pytest.fixture
def window_at(qtbot, qapp, app_store, settings_store):
    """The main window built at a text size (as the app builds it again when the size changes)."""
    from dataclasses import replace

    from coprod_desktop.domain.appearance import Appearance
    from coprod_desktop.ui.app import build_main_window, prepare_application
    from coprod_desktop.ui.platform.speech_engines import FakeEngine
    from coprod_desktop.ui.platform.speech_service import SpeechService
    from coprod_desktop.ui.platform.theme import apply_theme

    built = []

    def build(percent: int):
        settings_store.save(replace(settings_store.load(), text_scale=percent))
        apply_theme(qapp, Appearance(text_scale=percent))
        prepare_application(qapp)
        speech = SpeechService(FakeEngine())
        speech.start()
        window = build_main_window(app_store, qapp, speech, settings_store)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        built.append(window)
        return window

    yield build
    for window in built:
        window.tasks.wait(10000)
        window.close()
    apply_theme(qapp, Appearance())


@pytest.mark.parametrize("scale", [100, 300])
def test_pictures_of_the_tiles_menu_and_dialog(qtbot, window_at, app_store, scale):
    from coprod_desktop.ui.platform.theme import min_target

    window = window_at(scale)
    _meeting, room = open_demo(window, app_store, qtbot)
    actions = actions_of(room)
    _states_for_pictures(room, actions)
    qtbot.wait(50)
    # The tiles on their own, laid out in the laptop's width (the console puts them in a strip).
    tiles = PersonTiles()
    qtbot.addWidget(tiles)
    session = room.session
    tiles.set_state_source(actions.state_of)
    tiles.set_people(session.attendees, session.speaker_id, session.photo)
    for compact, name in ((False, "tiles"), (True, "tiles_compact")):
        tiles.set_compact(compact)
        tiles.resize(1366, tiles.layout_.heightForWidth(1366))
        tiles.show()
        qtbot.wait(50)
        save_png(tiles, f"{name}_{scale}")
    texts = [tile.text() for tile in tiles.tiles.values()]
    assert texts[:2] == ["Sam ✓", "Priya Shah\n✋ 2  ➤ invited"] and "T.N.\nnot now" in texts
    assert all(tile.width() >= 96 and tile.height() >= 96 for tile in tiles.tiles.values())
    save_png(room.window(), f"room_{scale}")
    menu = actions.person_menu(person(room, "Priya Shah").person_id)
    menu.popup(room.mapToGlobal(QPoint(10, 10)))
    qtbot.waitExposed(menu)
    save_png(menu, f"menu_{scale}")
    menu.close()
    dialog = open_late_dialog(room)
    dialog.full_name.setText("Leonora Late")
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    save_png(dialog, f"late_arrival_{scale}")
    # It fits the screen, and on a 1366×768 laptop its buttons stay in view (the form scrolls).
    room_on_screen = dialog.screen().availableGeometry()
    assert dialog.height() <= room_on_screen.height() and dialog.width() <= room_on_screen.width()
    dialog.resize(min(dialog.width(), 1366), min(dialog.height(), 768))
    qtbot.wait(20)
    assert dialog.add_button.height() >= min_target()

    def buttons_in_view() -> bool:
        for button in (dialog.add_button, dialog.cancel_button):
            corner = button.mapTo(dialog, button.rect().bottomRight())
            if not (button.isVisible() and dialog.rect().contains(corner)):
                return False
        return True

    assert buttons_in_view()
    dialog.full_name.setText("")
    dialog.accept()
    qtbot.wait(50)
    save_png(dialog, f"late_arrival_error_{scale}")
    assert dialog.error.isVisible() and buttons_in_view()
    dialog.reject()
