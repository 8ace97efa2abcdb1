"""What the room reads aloud: prompts, talking cards, read-backs; the reading bar; speech off."""

from PySide6.QtCore import Qt

from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.platform.settings import AppSettings
from coprod_desktop.ui.platform.speech_engines import FakeEngine
from coprod_desktop.ui.platform.speech_service import SpeechService


def open_demo(window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    return meeting, window.room


def spoken(engine):
    return [text for text, _settings in engine.spoken]


def test_prompt_is_read_when_the_room_opens_and_moves_on(qtbot, window, app_store, fake_engine):
    _meeting, room = open_demo(window, app_store)
    assert spoken(fake_engine) == ["How do you feel about the day centre?"]
    qtbot.mouseClick(room.next_button, Qt.MouseButton.LeftButton)
    assert spoken(fake_engine)[-1] == "How do you get to the day centre?"
    qtbot.mouseClick(room.read_button, Qt.MouseButton.LeftButton)
    assert spoken(fake_engine)[-1] == "How do you get to the day centre?"


def test_prompts_are_not_read_automatically_when_turned_off(qtbot, window, app_store, fake_engine, settings_store):
    settings_store.save(AppSettings(read_prompts_aloud=False))
    _meeting, room = open_demo(window, app_store)
    qtbot.mouseClick(room.next_button, Qt.MouseButton.LeftButton)
    assert spoken(fake_engine) == []


def test_talking_cards_and_read_back_in_the_persons_own_speed(qtbot, window, app_store, fake_engine):
    _meeting, room = open_demo(window, app_store)
    dot = next(a for a in room.session.attendees if a.credited_as == "Dot")
    app_store.people.set_speech(dot.person_id, 100, None)
    room.choose_speaker(dot.person_id)
    room.add_card("topic-music")
    assert spoken(fake_engine)[-1] == "Music"
    room.composer.words.setPlainText("A music afternoon <please>")
    qtbot.mouseClick(room.composer.save_button, Qt.MouseButton.LeftButton)
    text, voice = fake_engine.spoken[-1]
    assert text == "Dot said: A music afternoon <please> Dot chose the pictures: Music."
    assert voice.rate == 100 and voice.language == "en"
    # the reading bar shows the read-back as plain text, word marks included
    bar = room.reading_bar
    qtbot.waitUntil(lambda: bar.text.toPlainText() == text, timeout=2000)


def test_quiet_mode_reads_only_the_finished_contribution(qtbot, window, app_store, fake_engine, settings_store):
    settings_store.save(AppSettings(read_prompts_aloud=False, talking_cards="quiet"))
    _meeting, room = open_demo(window, app_store)
    sam = room.session.attendees[0]
    room.choose_speaker(sam.person_id)
    room.add_card("feeling-good")
    assert spoken(fake_engine) == []
    room.save()
    assert spoken(fake_engine) == ["Sam chose the pictures: Good."]


def test_reading_bar_marks_each_word_as_it_is_read(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store)
    bar = room.reading_bar
    bar.reading("Zoë said: 😀 great")
    bar.mark(10, 2)  # the emoji: two UTF-16 units, as Qt counts them
    assert bar.marked_text() == "😀"
    bar.mark(13, 5)
    assert bar.marked_text() == "great"


def test_speech_off_says_why_and_how_to_turn_it_on(qtbot, qapp, app_store, settings_store):
    from coprod_desktop.ui.app import build_main_window

    engine = FakeEngine(available=False, reason="Speech is off: espeak-ng is not installed. Install it.")
    speech = SpeechService(engine)
    speech.start()
    win = build_main_window(app_store, qapp, speech, settings_store)
    qtbot.addWidget(win)
    meeting = create_demo_meeting(app_store)
    win.show_room(meeting.id)
    room = win.room
    assert "espeak-ng is not installed" in room.read_button.accessibleDescription()
    qtbot.mouseClick(room.read_button, Qt.MouseButton.LeftButton)
    assert "espeak-ng is not installed" in room.reading_bar.text.toPlainText()
    assert engine.spoken == []
    # the room still works without speech
    sam = room.session.attendees[0]
    room.choose_speaker(sam.person_id)
    room.composer.words.setPlainText("Still saved")
    room.save()
    assert app_store.contributions.for_meeting(meeting.id)[-1].text == "Still saved"


def test_moving_through_the_cards_by_keyboard_says_each_one(qtbot, window, app_store, fake_engine, settings_store):
    settings_store.save(AppSettings(read_prompts_aloud=False))
    _meeting, room = open_demo(window, app_store)
    grid = room.composer.grid
    second, third = grid.item(1).text(), grid.item(2).text()
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert spoken(fake_engine) == [second]
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert spoken(fake_engine) == [second, third]


def test_meeting_language_and_speed_are_set_up_and_used(qtbot, window, app_store, fake_engine):
    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id)
    setup = window.setup
    setup.language.setCurrentIndex(setup.language.findData("cy"))
    setup.speed.setCurrentIndex(setup.speed.findData(130))
    qtbot.mouseClick(setup.save_details_button, Qt.MouseButton.LeftButton)
    saved = app_store.meetings.get(meeting.id)
    assert (saved.language, saved.speech_rate) == ("cy", 130)
    window.show_room(meeting.id)
    _text, voice = fake_engine.spoken[-1]
    assert (voice.language, voice.rate) == ("cy", 130)


def test_on_their_turn_the_room_follows_their_communication_profile(qtbot, window, app_store, fake_engine):
    from coprod_desktop.domain.profile import CommunicationProfile

    _meeting, room = open_demo(window, app_store)
    sam, dot = room.session.attendees[0], next(a for a in room.session.attendees if a.credited_as == "Dot")
    profile = CommunicationProfile(
        language="pl", speech_rate=100, card_size="large", access="switch", switch_mode="two_switch"
    )
    app_store.profiles.save(sam.person_id, profile)
    normal_size = room.composer.grid.card_size
    assert not room.switch.is_running()

    room.choose_speaker(sam.person_id)
    assert room.composer.grid.card_size > normal_size  # larger cards on their turn
    assert room.switch.is_running() and room.switch.settings.mode == "two_switch"
    room.add_card("feeling-good")
    room.composer.words.setPlainText("Dobrze")
    room.save()
    text, voice = fake_engine.spoken[-1]
    assert voice.language == "pl" and voice.rate == 100
    assert text.startswith("Sam") and "Good" not in text  # the card's label in Polish

    room.choose_speaker(dot.person_id)  # the next person, with no profile: back to the room's own
    assert room.composer.grid.card_size == normal_size
    assert not room.switch.is_running()
    room.add_card("feeling-good")
    room.save()
    text, voice = fake_engine.spoken[-1]
    assert voice.language == "en" and text == "Dot chose the pictures: Good."
