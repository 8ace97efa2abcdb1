"""The meetings list and the set-up screens follow the change stream alone: a change made anywhere
(the screen itself, another window, an operation run directly) shows once it is committed, and
redraws a list once, not twice and not never."""

import io

from PIL import Image
from PySide6.QtCore import Qt

from coprod_desktop.app.bringing import PictureCardDetails
from coprod_desktop.domain.profile import CommunicationProfile
from coprod_desktop.services.demo import create_demo_meeting

SPEECH = {"language": "en", "rate": 160, "volume": 1.0}


def rebuilds(list_widget) -> list:
    """Counts each time the list is emptied and filled again."""
    count = []
    list_widget.model().modelReset.connect(lambda: count.append(1))
    return count


def rows(list_widget) -> list[str]:
    return [list_widget.item(i).text() for i in range(list_widget.count())]


def settle(qtbot) -> None:
    """Let every refresh that is due run (they run on the next turn of the event loop)."""
    qtbot.wait(50)


def test_adding_a_person_redraws_the_people_list_once(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id)
    people = window.setup.people
    window.setup.tabs.setCurrentIndex(1)
    before = people.list.count()
    counted = rebuilds(people.list)
    qtbot.keyClicks(people.full_name, "Dot Cotton")
    people.speed.setCurrentIndex(2)  # their own speed: the add announces "added" and "updated"
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: people.list.count() == before + 1)
    settle(qtbot)
    assert len(counted) == 1
    assert rows(people.list)[-1].startswith("Dot")
    # The form is ready for the next person, with a marker no one has.
    assert people.full_name.text() == ""
    taken = {(a.marker_colour, a.marker_shape) for a in app_store.people.attendees(meeting.id)}
    assert (people.colour.currentData(), people.shape.currentData()) not in taken


def test_a_person_added_elsewhere_shows_and_one_removed_goes(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id)
    people = window.setup.people
    counted = rebuilds(people.list)
    added = window.workspace.people.add(meeting.id, "Zed Zulu", "full_name", "", None, None)
    qtbot.waitUntil(lambda: "Zed Zulu" in rows(people.list)[-1])
    window.workspace.people.remove(meeting.id, added.person_id)
    qtbot.waitUntil(lambda: not any("Zed Zulu" in row for row in rows(people.list)))
    settle(qtbot)
    assert len(counted) == 2


def test_a_profile_saved_elsewhere_updates_the_chosen_persons_speed(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id)
    people = window.setup.people
    window.setup.tabs.setCurrentIndex(1)
    people.list.setCurrentRow(0)
    person = people.list.currentItem().data(Qt.ItemDataRole.UserRole)
    assert people.speed.currentData() is None
    window.workspace.profiles.save(person, CommunicationProfile(speech_rate=130))
    qtbot.waitUntil(lambda: people.speed.currentData() == 130)
    assert people.list.currentItem().data(Qt.ItemDataRole.UserRole) == person  # still chosen


def test_what_is_being_typed_is_not_overwritten_by_a_change(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id)
    people = window.setup.people
    people.list.setCurrentRow(0)
    person = people.list.currentItem().data(Qt.ItemDataRole.UserRole)
    people.full_name.setText("Typed but not saved")
    window.workspace.profiles.save(person, CommunicationProfile(speech_rate=110))
    settle(qtbot)
    assert people.full_name.text() == "Typed but not saved"


def test_consent_given_elsewhere_shows_in_the_photo_panel(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id)
    people = window.setup.people
    people.list.setCurrentRow(0)
    person = people.list.currentItem().data(Qt.ItemDataRole.UserRole)
    panel = people.photo_panel
    assert not panel.consent.isChecked()
    window.workspace.photos.give_consent(person, "At the door")
    qtbot.waitUntil(panel.consent.isChecked)
    assert "At the door" in panel.history.text() and panel.add_button.isEnabled()


def test_prompts_follow_changes_made_elsewhere_and_redraw_once(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id)
    prompts = window.setup.prompts
    counted = rebuilds(prompts.list)
    window.workspace.prompts.add(meeting.id, "Anything else?", None)
    qtbot.waitUntil(lambda: rows(prompts.list)[-1].endswith("Anything else?"))
    settle(qtbot)
    assert len(counted) == 1

    # Added on the screen itself: shown from the change too, once.
    qtbot.keyClicks(prompts.text, "One more")
    qtbot.mouseClick(prompts.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rows(prompts.list)[-1].endswith("One more"))
    settle(qtbot)
    assert len(counted) == 2


def test_the_meetings_list_shows_a_meeting_created_elsewhere_once(qtbot, window, app_store):
    counted = rebuilds(window.meetings.list)
    window.workspace.meetings.create("Made elsewhere", "2026-12-01", "", **SPEECH)  # two changes, one commit
    qtbot.waitUntil(lambda: any("Made elsewhere" in row for row in rows(window.meetings.list)))
    settle(qtbot)
    assert len(counted) == 1


def test_a_card_brought_in_elsewhere_shows_on_the_cards_tab_and_in_the_prompt_choices(
    qtbot, window, app_store, tmp_path
):
    from coprod_desktop.services.picture_import import load_picture

    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id)
    cards = window.setup.cards
    groups = cards.groups.count()
    out = io.BytesIO()
    Image.new("RGB", (200, 150), "teal").save(out, "JPEG")
    path = tmp_path / "bus.jpg"
    path.write_bytes(out.getvalue())
    card = window.workspace.bringing.store_picture(
        meeting.id, load_picture(path, purpose="card"), PictureCardDetails("Our bus", "Trips", None)
    )
    qtbot.waitUntil(lambda: cards.groups.count() == groups + 1)
    assert "Trips (1)" in rows(cards.groups)
    assert window.setup.prompts.card.findData(card.id) > 0

    # Removed from the Cards tab: the library and the tab follow the change, with no refresh by hand.
    cards.groups.setCurrentRow(cards.groups.count() - 1)
    cards.cards.setCurrentRow(0)
    qtbot.mouseClick(cards.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cards.groups.count() == groups)
    assert card.id not in window.library
    assert window.setup.prompts.card.findData(card.id) == -1


def test_ticking_a_card_keeps_its_place(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id)
    window.setup.tabs.setCurrentWidget(window.setup.cards)
    cards = window.setup.cards
    cards.groups.setCurrentRow(1)
    cards.cards.setCurrentRow(2)
    counted = rebuilds(cards.cards)
    entry = cards.cards.item(2)
    entry.setCheckState(Qt.CheckState.Unchecked)  # as Space on it does
    settle(qtbot)
    assert app_store.meeting_cards.hidden(meeting.id) == {entry.data(Qt.ItemDataRole.UserRole)}
    assert counted == []  # its own change shows already: nothing is redrawn
    assert (cards.groups.currentRow(), cards.cards.currentRow()) == (1, 2)


def test_a_refusal_is_said_plainly_and_nothing_is_added(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id)
    people = window.setup.people
    window.setup.tabs.setCurrentIndex(1)
    first = app_store.people.attendees(meeting.id)[0]
    people.full_name.setText("Same marker")
    people.colour.setCurrentIndex(people.colour.findData(first.marker_colour))
    people.shape.setCurrentIndex(people.shape.findData(first.marker_shape))
    before = people.list.count()
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    assert people.error.isVisible() and "already has the" in people.error.text()
    settle(qtbot)
    assert people.list.count() == before and people.full_name.text() == "Same marker"


def test_the_heading_follows_details_changed_elsewhere(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id)
    window.workspace.meetings.update(meeting.id, "Renamed <b>meeting</b>", meeting.date, "", **SPEECH)
    qtbot.waitUntil(lambda: window.setup.heading.text() == "Set up: Renamed <b>meeting</b>")
    assert window.setup.heading.textFormat() == Qt.TextFormat.PlainText


def test_a_photo_card_loses_its_photo_on_the_cards_tab_when_consent_is_taken_back(qtbot, window, app_store, tmp_path):
    from coprod_desktop.services.picture_import import load_picture

    meeting = create_demo_meeting(app_store)
    sam = app_store.people.attendees(meeting.id)[0].person_id
    window.workspace.photos.give_consent(sam)
    out = io.BytesIO()
    Image.new("RGB", (200, 150), "tan").save(out, "JPEG")
    path = tmp_path / "sam.jpg"
    path.write_bytes(out.getvalue())
    card = window.workspace.bringing.store_picture(
        meeting.id, load_picture(path, purpose="photo"), PictureCardDetails("Sam", "Us", sam)
    )
    window.show_setup(meeting.id)
    cards = window.setup.cards
    window.setup.tabs.setCurrentWidget(cards)
    qtbot.waitUntil(lambda: "Us (1)" in rows(cards.groups))
    cards.groups.setCurrentRow(rows(cards.groups).index("Us (1)"))

    def shown():
        return cards.cards.item(0).icon().pixmap(cards.picture_size).toImage()

    assert cards.cards.item(0).data(Qt.ItemDataRole.UserRole) == card.id
    with_photo = shown()
    window.workspace.photos.take_back_consent(sam)
    qtbot.waitUntil(lambda: shown() != with_photo)
