"""Bringing cards in from the Cards tab (pictures, photos of people, AAC boards, dropped files),
saving a meeting's cards as a board, a person's photo with their consent, and the card size."""

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.services.obf import read_board
from coprod_desktop.ui.dialogs.picture_details import PictureDetails, suggested_label

SHARED_OBF = Path(__file__).resolve().parents[1] / "data" / "obf"  # CoughDrop's samples (MIT)


def picture_file(folder: Path, name: str = "minibus.jpg", colour: str = "orange") -> Path:
    path = folder / name
    out = io.BytesIO()
    Image.new("RGB", (640, 480), colour).save(out, "JPEG")
    path.write_bytes(out.getvalue())
    return path


class Answers:
    """Stands in for the details dialog: answers each picture's questions, and records who asked."""

    def __init__(self, **details) -> None:
        self.details = details
        self.asked: list[str] = []

    def __call__(self, path, attendees, consent):
        self.asked.append(path.name)
        values = {"label": suggested_label(path), "category": "Our pictures", "shows_person_id": None}
        values |= {"author": "Oak Room group", "licence": "Used with permission"} | self.details
        return PictureDetails(**values)


@pytest.fixture
def demo(window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_setup(meeting.id)
    return meeting


def bring(qtbot, window, meeting_id, paths, answers):
    window.setup.tabs.setCurrentWidget(window.setup.cards)  # where cards are brought in
    bringer = window.bringer
    bringer.ask_details = answers
    with qtbot.waitSignal(bringer.done, timeout=10000):
        bringer.bring(meeting_id, paths)


def brought(app_store, catalogue_ids):
    return [c for c in app_store.cards.all() if c.id not in catalogue_ids]


def test_a_picture_becomes_a_card_in_the_set_up_and_the_room(qtbot, window, app_store, demo, tmp_path, catalogue):
    bring(qtbot, window, demo.id, [picture_file(tmp_path)], Answers(label="Our minibus"))
    [card] = brought(app_store, catalogue)
    assert (card.label, card.category, card.author) == ("Our minibus", "Our pictures", "Oak Room group")
    qtbot.waitUntil(lambda: window.setup.cards.groups.count() == len(catalogue.categories) + 1)
    groups = [window.setup.cards.groups.item(i).text() for i in range(window.setup.cards.groups.count())]
    assert "Our pictures (1)" in groups
    window.show_room(demo.id)
    grid = window.room.composer.grid
    labels = [grid.item(i).text() for i in range(grid.count())]
    assert "Our minibus" in labels


def test_a_photo_of_someone_without_consent_is_refused_and_nothing_is_kept(
    qtbot, window, app_store, demo, tmp_path, catalogue
):
    sam = app_store.people.attendees(demo.id)[0]
    problems = []
    window.bringer.problem.connect(problems.append)
    bring(qtbot, window, demo.id, [picture_file(tmp_path)], Answers(shows_person_id=sam.person_id))
    assert brought(app_store, catalogue) == []
    assert len(problems) == 1 and "has not agreed to a photo" in problems[0]
    assert sam.credited_as in problems[0]
    assert window.setup.cards.error.isVisible()
    assert window.setup.cards.error.text() == problems[0]


def test_with_consent_a_photo_of_someone_becomes_a_card(qtbot, window, app_store, demo, tmp_path, catalogue):
    sam = app_store.people.attendees(demo.id)[0]
    app_store.photos.set_consent(sam.person_id, True, "Asked at the start")
    bring(qtbot, window, demo.id, [picture_file(tmp_path)], Answers(label="Sam", shows_person_id=sam.person_id))
    assert [c.label for c in brought(app_store, catalogue)] == ["Sam"]


def test_a_bad_file_is_refused_plainly_and_the_next_file_still_comes_in(
    qtbot, window, app_store, demo, tmp_path, catalogue
):
    not_a_picture = tmp_path / "notes.jpg"
    not_a_picture.write_text("shopping list", encoding="utf-8")
    problems = []
    window.bringer.problem.connect(problems.append)
    answers = Answers()
    bring(qtbot, window, demo.id, [not_a_picture, picture_file(tmp_path, "garden.png")], answers)
    assert answers.asked == ["notes.jpg", "garden.png"]
    assert len(problems) == 1 and "notes.jpg" in problems[0] and "Traceback" not in problems[0]
    assert [c.label for c in brought(app_store, catalogue)] == ["Garden"]


def test_skipping_a_picture_in_the_dialog_adds_nothing(qtbot, window, app_store, demo, tmp_path, catalogue):
    window.bringer.ask_details = lambda *_: None
    with qtbot.waitSignal(window.bringer.done, timeout=10000):
        window.bringer.bring(demo.id, [picture_file(tmp_path)])
    assert brought(app_store, catalogue) == []


def test_an_aac_board_comes_in_as_cards_with_their_licence(qtbot, window, app_store, demo, catalogue):
    messages = []
    window.bringer.message.connect(messages.append)
    bring(qtbot, window, demo.id, [SHARED_OBF / "lots_of_stuff.obz"], Answers())
    cards = brought(app_store, catalogue)
    assert len(cards) == len(read_board(SHARED_OBF / "lots_of_stuff.obz").cards) > 0
    # Each picture keeps the licence and author the board gave it (this board gives one of them).
    licensed = [c for c in cards if c.licence]
    assert [c.label for c in licensed] == ["super happy"]
    assert licensed[0].licence.startswith("public domain") and licensed[0].author.startswith("cyberscooty")
    assert any(m.startswith("Picture cards added from") for m in messages)


def test_cards_brought_for_a_meeting_that_shows_some_groups_are_shown_too(
    qtbot, window, app_store, demo, tmp_path, catalogue
):
    app_store.meeting_cards.choose(demo.id, ["feelings"])
    bring(qtbot, window, demo.id, [picture_file(tmp_path)], Answers(label="Minibus", category="Trips"))
    assert app_store.meeting_cards.categories(demo.id) == {"feelings", "Trips"}


def test_files_dropped_on_the_cards_tab_are_brought_in(qtbot, window, app_store, demo, tmp_path, catalogue):
    window.bringer.ask_details = Answers(label="Dropped")
    editor = window.setup.cards
    window.setup.tabs.setCurrentWidget(editor)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture_file(tmp_path))), QUrl("https://example.org/x.png")])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    # Offscreen Qt has no drag manager to deliver a synthetic drop, so hand it to the handler.
    with qtbot.waitSignal(window.bringer.done, timeout=10000):
        editor.dropEvent(event)
    assert event.isAccepted()
    assert [c.label for c in brought(app_store, catalogue)] == ["Dropped"]  # the web link was not fetched


def test_a_meetings_cards_are_saved_as_a_board_that_opens_again(qtbot, window, app_store, demo, tmp_path):
    out = tmp_path / "cards.obz"
    messages = []
    window.bringer.message.connect(messages.append)
    window.bringer.export_board(demo.id, out)
    qtbot.waitUntil(lambda: any("saved as a board" in m for m in messages), timeout=20000)
    parsed = read_board(out)
    assert len(parsed.cards) == len(window.library.for_meeting(demo.id))


def test_photo_consent_the_photo_and_taking_consent_back(qtbot, window, app_store, demo, tmp_path):
    people = window.setup.people
    window.setup.tabs.setCurrentIndex(1)
    people.list.setCurrentRow(0)
    person = people.list.currentItem().data(Qt.ItemDataRole.UserRole)
    panel = people.photo_panel
    assert not panel.add_button.isEnabled()
    assert "No photo consent recorded" in panel.history.text()

    qtbot.mouseClick(panel.consent, Qt.MouseButton.LeftButton)
    assert app_store.photos.consent(person)
    qtbot.waitUntil(lambda: "Agreed" in panel.history.text())  # from the change, once committed
    assert panel.add_button.isEnabled()

    with qtbot.waitSignal(app_store_signal(window), timeout=10000):
        window.bringer.choose_photo(demo.id, person, picture_file(tmp_path, "face.jpg", "tan"))
    qtbot.waitUntil(lambda: panel.remove_button.isEnabled())
    assert app_store.photos.photo(person) is not None
    assert panel.photo.accessibleName() == "Their photo"

    window.show_room(demo.id)
    tile = window.room.tiles.tiles[person]
    with_photo = tile.icon().pixmap(56).toImage()
    window.show_setup(demo.id)
    window.setup.tabs.setCurrentIndex(1)
    people.list.setCurrentRow(0)

    panel.confirm = lambda *_: True
    qtbot.mouseClick(panel.consent, Qt.MouseButton.LeftButton)
    assert not app_store.photos.consent(person)
    assert app_store.photos.photo(person) is None
    qtbot.waitUntil(lambda: "Took it back" in panel.history.text())
    assert "Agreed" in panel.history.text()
    window.show_room(demo.id)
    assert window.room.tiles.tiles[person].icon().pixmap(56).toImage() != with_photo


def test_a_photo_is_refused_before_any_file_is_asked_for_without_consent(qtbot, window, app_store, demo, tmp_path):
    person = app_store.people.attendees(demo.id)[0].person_id
    problems = []
    window.bringer.photo_problem.connect(problems.append)
    window.bringer.choose_photo(demo.id, person, picture_file(tmp_path))  # no dialog is opened: refused first
    assert problems and "has not agreed to a photo" in problems[0]
    assert app_store.photos.photo(person) is None


def test_taking_consent_back_can_be_cancelled(qtbot, window, app_store, demo, tmp_path):
    person = app_store.people.attendees(demo.id)[0].person_id
    app_store.photos.set_consent(person, True)
    window.setup.people.list.setCurrentRow(0)
    panel = window.setup.people.photo_panel
    with qtbot.waitSignal(app_store_signal(window), timeout=10000):
        window.bringer.choose_photo(demo.id, person, picture_file(tmp_path))
    panel.confirm = lambda *_: False
    qtbot.mouseClick(panel.consent, Qt.MouseButton.LeftButton)
    assert panel.consent.isChecked()
    assert app_store.photos.consent(person) and app_store.photos.photo(person) is not None


def test_card_size_is_chosen_in_the_room_kept_and_stepped_by_keyboard(qtbot, window, app_store, settings_store):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    composer = window.room.composer
    composer.size.setCurrentIndex(composer.size.findData(128))
    assert composer.grid.iconSize().width() == 128
    assert settings_store.load().card_size == 128
    composer.grid.setFocus()
    qtbot.keyClick(composer.grid, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert composer.grid.iconSize().width() == 96
    assert settings_store.load().card_size == 96
    assert composer.grid.gridSize().width() >= 96 + 44


def app_store_signal(window):
    """The store bridge's signal: fires once a change (here, the photo) is committed."""
    return window.bridge.changed
