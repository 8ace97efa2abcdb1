"""The wall in a long meeting: newest first in view, earlier ones a page at a time, nothing lost."""

from PySide6.QtCore import Qt

from coprod_desktop.ui.room.wall import WALL_LIMIT


def test_long_meeting_pages_earlier_contributions(qtbot, window, app_store):
    meeting = app_store.meetings.create("Long meeting", "2026-11-26")
    sam = app_store.people.add_attendee(meeting.id, "Sam Brown", "first_name")
    prompt = app_store.prompts.add(meeting.id, "Anything?")
    total = WALL_LIMIT * 2 + WALL_LIMIT // 2  # the earliest page is a part page
    with app_store.transaction():
        for n in range(total):
            app_store.contributions.add(meeting.id, sam.person_id, f"Point {n}", [], prompt.id)

    window.show_room(meeting.id)
    wall = window.room.wall
    assert [c.words.text() for c in wall.cards] == [f"Point {n}" for n in range(total - WALL_LIMIT, total)]
    assert wall.earlier_button.isVisible()
    assert f"({total - WALL_LIMIT} more)" in wall.earlier_button.text()

    qtbot.mouseClick(wall.earlier_button, Qt.MouseButton.LeftButton)
    assert len(wall.cards) == 2 * WALL_LIMIT
    assert wall.cards[0].words.text() == f"Point {total - 2 * WALL_LIMIT}"
    qtbot.mouseClick(wall.earlier_button, Qt.MouseButton.LeftButton)
    assert [c.words.text() for c in wall.cards] == [f"Point {n}" for n in range(total)]
    assert not wall.earlier_button.isVisible()

    # a new contribution still lands at the bottom, and nothing shown is pushed out
    room = window.room
    room.choose_speaker(sam.person_id)
    room.composer.words.setPlainText("The last word")
    qtbot.mouseClick(room.composer.save_button, Qt.MouseButton.LeftButton)
    assert len(wall.cards) == total + 1
    assert wall.cards[-1].words.text() == "The last word"
    assert wall.cards[0].words.text() == "Point 0"


def test_a_contribution_is_read_with_its_credit_in_the_app_language(qtbot, qapp, app_store):
    # " said:" was once added in English to what screen readers read, whatever the language.
    from PySide6.QtGui import QAccessible

    from coprod_desktop.services.catalogue import load_catalogue
    from coprod_desktop.ui.platform.language import LanguageSwitcher
    from coprod_desktop.ui.room.wall import ContributionCard
    from coprod_desktop.ui.widgets.pictures import CardPictures

    meeting = app_store.meetings.create("Cyfarfod", "2026-11-26")
    sam = app_store.people.add_attendee(meeting.id, "Sam Brown", "first_name")
    saved = app_store.contributions.add(meeting.id, sam.person_id, "Da iawn", [], None)
    switcher = LanguageSwitcher(qapp)
    try:
        switcher.set_language("cy")
        card = ContributionCard(saved, sam, [], CardPictures(load_catalogue()))
        qtbot.addWidget(card)
        read = QAccessible.queryAccessibleInterface(card).text(QAccessible.Text.Name)
        assert read == "Dywedodd Sam: Da iawn"
        assert card.credit.text() == "Dywedodd Sam:"
        assert card.focusPolicy() & Qt.FocusPolicy.ClickFocus  # it can take the focus
    finally:
        switcher.set_language("en")
