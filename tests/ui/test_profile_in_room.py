"""Communication profiles in the room (a flag on the tile) and set-up (the button that edits them),
and finding cards by the words of the meeting's language."""

from coprod_desktop.domain.profile import CommunicationProfile
from coprod_desktop.services.demo import create_demo_meeting


def test_a_persons_profile_is_flagged_on_their_tile_in_words(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    sam = app_store.people.attendees(meeting.id)[0]
    app_store.profiles.save(sam.person_id, CommunicationProfile(formats={"easy_read"}, interpreter="bsl"))
    window.show_room(meeting.id)
    tile = window.room.tiles.tiles[sam.person_id]
    assert "BSL" in tile.text() and "Easy Read" in tile.text()
    assert tile.text().startswith(sam.credited_as)
    assert "Needs:" in tile.accessibleDescription() and "BSL" in tile.accessibleDescription()
    others = [t for pid, t in window.room.tiles.tiles.items() if pid != sam.person_id]
    assert all("\n" not in t.text() for t in others)  # no profile, no flag

    # A profile saved while the room is open shows at once.
    dot = app_store.people.attendees(meeting.id)[4]
    app_store.profiles.save(dot.person_id, CommunicationProfile(access="switch"))
    assert "Switch" in window.room.tiles.tiles[dot.person_id].text()


def test_the_people_tab_opens_the_profile_of_the_chosen_person(qtbot, window, app_store, monkeypatch):
    from coprod_desktop.ui.dialogs import profile_dialog

    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id)
    people = window.setup.people
    window.setup.tabs.setCurrentIndex(1)
    people.clear_button.click()  # "New person": no one chosen
    assert not people.profile_button.isEnabled()
    people.list.setCurrentRow(0)
    assert people.profile_button.isEnabled()
    opened = []

    def fake_exec(dialog):
        opened.append((dialog.person_id, dialog.name))
        return 1

    monkeypatch.setattr(profile_dialog.ProfileDialog, "exec", fake_exec)
    messages = []
    people.message.connect(messages.append)
    people.profile_button.click()
    first = app_store.people.attendees(meeting.id)[0]
    assert opened == [(first.person_id, first.credited_as)]
    assert messages and first.credited_as in messages[-1]


def test_cards_are_found_by_the_words_of_the_meetings_language(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    app_store.meetings.set_speech(meeting.id, "cy", meeting.speech_rate, meeting.speech_volume)
    window.show_room(meeting.id)
    composer = window.room.composer
    composer.search.setText("cartref")  # Welsh: home
    assert composer.grid.count() >= 1
    assert composer.grid.item(0).data(256) == "topic-home"
    composer.search.setText("home")  # the facilitator's English still works
    assert composer.grid.item(0).data(256) == "topic-home"
