"""The room display: big enough to read from the back, never scrolls, the newest always shown,
nothing shown that the people in the room did not choose to have shown."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea

from coprod_desktop.app.display_content import display_content
from coprod_desktop.app.meeting_review import MeetingReview
from coprod_desktop.app.workspace import Workspace
from coprod_desktop.domain.appearance import THEMES
from coprod_desktop.domain.contrast import TEXT_AAA, contrast_ratio
from coprod_desktop.domain.wall_pages import lay_out_newest_full
from coprod_desktop.services.catalogue import load_catalogue
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.display.read_back_layout import plan_read_back
from coprod_desktop.ui.display.room_display import WORDS_PER_HEIGHT, RoomDisplay
from coprod_desktop.ui.platform.theme import theme_palette
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
        wall_height = display.wall_area().height()
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
    assert not display.regions()[3].isEmpty()
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


def _shot(display, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    image = display.grab().toImage()
    assert image.save(str(SHOTS / name))
    return image


def _dark(display):
    theme = THEMES["high_contrast_dark"]
    display.setPalette(theme_palette(theme))
    # As the display's window does: the application's style sheet would otherwise win over the palette.
    display.setStyleSheet(f"QWidget {{ color: {theme.text}; background: {theme.background}; }}")


def test_after_save_the_words_are_read_back_large_with_two_big_targets(qtbot, room):
    c = _say(room, 0, "I would like the minibus to come at ten, please.", ["places-minibus", "feeling-good"])
    display = _display(qtbot, room, (1366, 768))
    content = display.content
    assert content.read_back is not None and content.read_back.contribution_id == c.id
    panel = display.regions()[3]
    assert not panel.isEmpty() and panel.width() > display.width() * 0.4
    targets = display.read_back_targets()
    assert set(targets) == {"confirm", "change"}
    for rect in targets.values():
        assert rect.height() >= display.unit * 1.5 and panel.contains(rect)  # big, in the panel
    assert not targets["confirm"].intersects(targets["change"])
    _shot(display, "display-read-back.png")
    confirmed, changed = [], []
    display.confirm_clicked.connect(lambda: confirmed.append(True))
    display.change_clicked.connect(lambda: changed.append(True))
    QTest.mouseClick(display, Qt.MouseButton.LeftButton, pos=targets["change"].center().toPoint())
    assert (confirmed, changed) == ([], [True])
    QTest.mouseClick(display, Qt.MouseButton.LeftButton, pos=targets["confirm"].center().toPoint())
    assert (confirmed, changed) == ([True], [True])
    QTest.mouseClick(display, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))  # not on a target
    assert (confirmed, changed) == ([True], [True])
    # Confirmed: the read-back goes, and nothing is left to click.
    room.room.confirm()
    display.show_content(display_content(room.room))
    assert display.read_back_targets() == {} and display.regions()[3].isEmpty()


def test_the_read_back_targets_are_mirrored_for_right_to_left(qtbot, room):
    _say(room, 1, "Yes.")
    display = _display(qtbot, room, (1366, 768))
    display.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    targets = display.read_back_targets()
    assert targets["confirm"].right() < display.width() * 0.5  # the panel is on the left
    clicked = []
    display.confirm_clicked.connect(lambda: clicked.append(True))
    QTest.mouseClick(display, Qt.MouseButton.LeftButton, pos=targets["confirm"].center().toPoint())
    assert clicked == [True]
    _shot(display, "display-read-back-rtl.png")


def test_confirmed_support_and_agreements_are_shown_and_counted_in_the_wall_height(qtbot, room):
    session = room.room
    plain = _say(room, 1, "The garden is lovely in summer.")
    session.confirm()
    helped = _say(room, 0, "The garden is lovely in summer.")
    session.confirm()
    session.set_support(helped.id, "interpreter", "Jo")
    for person in session.attendees[2:]:
        session.agree(helped.id, person.person_id)
    session.agree(plain.id, session.attendees[0].person_id)
    display = _display(qtbot, room, (1366, 768))
    items = {item.contribution.contribution_id: item for item in display.items}
    kinds = [kind for kind, _ in items[helped.id].blocks]
    assert kinds[:2] == ["credit", "support"] and "status" in kinds and kinds[-1] == "agreed"
    said = {kind: what for kind, what in items[helped.id].blocks if kind in ("support", "status")}
    assert said["support"] == "with support from \u2068Jo\u2069 (interpreter)"
    assert "✓ confirmed" in said["status"]
    agreed = [what[1] for kind, what in items[helped.id].blocks if kind == "agreed"]
    assert " ".join(agreed).replace("\u2068", "").replace("\u2069", "") == "Gwen M, T.N. and 2 more agree"
    plain_agreed = [what[1] for kind, what in items[plain.id].blocks if kind == "agreed"]
    assert plain_agreed == ["\u2068Sam\u2069 agrees"]
    # Every line is in the item's height, so the paging is right.
    assert sum(items[helped.id].heights) > sum(items[plain.id].heights)
    assert len(items[helped.id].heights) == len(items[helped.id].blocks)
    _shot(display, "display-confirmed.png")


def test_paging_stays_whole_with_confirmations_support_and_agreements(qtbot, room):
    session = room.room
    for n in range(14):
        c = _say(room, n % 6, f"Number {n}: we would like the minibus to come at ten, not at nine, please.")
        session.confirm()
        session.set_support(c.id, "supporter", "Jo")
        session.agree(c.id, session.attendees[(n + 1) % 6].person_id)
    for scale in (100, 300):
        display = _display(qtbot, room, (1366, 768), scale)
        wall_height = display.wall_area().height()
        assert len(display.pages) > 1
        for page in display.pages:
            for column in page.columns:
                for piece in column.pieces:
                    assert piece.top + piece.height <= wall_height + 0.5
        assert len(display.content.contributions) - 1 in display.pages[display.page].items


def test_invited_and_waiting_people_are_shown_in_words(qtbot, room):
    session = room.room
    _say(room, 0, "Me first.")
    session.confirm()
    session.invite(session.attendees[1].person_id)
    for index in (3, 4, 5, 2, 0):
        session.ask_to_speak(session.attendees[index].person_id)
    session.pass_turn(session.attendees[5].person_id)  # "not now": Ahmed leaves the queue
    display = _display(qtbot, room, (1366, 768))
    assert [p.name for p in display.content.queue] == ["T.N.", "Dot", "Gwen M", "Sam"]  # Ahmed passed: left
    queue = display.regions()[4]
    assert not queue.isEmpty() and queue.bottom() < display.regions()[2].top()
    people = {p.name: p for p in display.content.people}
    assert display.person_label(people["Priya Shah"]) == "\u2068Priya Shah\u2069, your turn?"
    assert display.person_label(people["Ahmed"]) == display.person_label(people["Sam"]).replace("Sam", "Ahmed")
    summary = display.accessibleDescription()
    assert "Priya Shah, your turn?" in summary and "Waiting to speak: 1 T.N., 2 Dot, 3 Gwen M, 4 Sam" in summary
    assert "<" not in summary
    _shot(display, "display-queue.png")
    for index in (1,):  # a fifth person waiting: the strip names four and counts the rest
        session.ask_to_speak(session.attendees[index].person_id)
    display.show_content(display_content(session))
    _title, shown, more = display.queue_parts()
    assert (len(shown), more) == (4, "+1 more")
    session.ask_to_speak(session.attendees[3].person_id, False)
    session.ask_to_speak(session.attendees[4].person_id, False)
    session.ask_to_speak(session.attendees[2].person_id, False)
    session.ask_to_speak(session.attendees[0].person_id, False)
    session.ask_to_speak(session.attendees[1].person_id, False)
    display.show_content(display_content(session))
    assert display.regions()[4].isEmpty()


def test_the_contribution_being_corrected_is_marked_on_the_wall(qtbot, room):
    session = room.room
    c = _say(room, 2, "The Feel sick card was a mistake.", ["feeling-sick"])
    session.change_it(c.id)
    display = _display(qtbot, room, (1366, 768))
    item = next(i for i in display.items if i.contribution.contribution_id == c.id)
    assert item.corrected
    assert any(kind == "status" and "being corrected" in what for kind, what in item.blocks)
    _shot(display, "display-correcting.png")
    session.stop_correcting()
    display.show_content(display_content(session))
    item = next(i for i in display.items if i.contribution.contribution_id == c.id)
    assert not item.corrected and all(kind != "status" for kind, _ in item.blocks)


def test_the_review_walks_through_every_prompt_without_a_draft(qtbot, room):
    session = room.room
    session.next_prompt()
    _say(room, 3, "On the second prompt.")
    session.confirm()
    session.previous_prompt()
    session.choose_speaker(session.attendees[0].person_id)
    session.set_words("being typed")
    review = MeetingReview(session)
    display = _display(qtbot, room, (1366, 768))
    assert not display.regions()[3].isEmpty()  # live: the draft panel
    display.show_content(review.content(1))
    assert display.regions()[3].isEmpty()  # the review: no draft panel
    assert display.review_title() == f"Looking back: prompt 2 of {review.prompt_count}"
    assert display.accessibleDescription().startswith(f"Looking back: prompt 2 of {review.prompt_count}")
    assert display.content.contributions[-1].words == "On the second prompt."
    _shot(display, "display-review.png")


def test_the_dark_high_contrast_display_keeps_card_outlines(qtbot, room):
    _say(room, 1, "Music and singing on Fridays, and our rights.", ["topic-music", "daily-singing", "rights-rights"])
    room.room.confirm()
    display = _display(qtbot, room, (1366, 768))
    _dark(display)
    _shot(display, "display-dark.png")
    _say(room, 3, "And a choir.", ["daily-singing"])
    display.show_content(display_content(room.room))
    _shot(display, "display-dark-read-back.png")


@pytest.mark.parametrize("card_id", ["topic-music", "daily-singing", "rights-rights"])
def test_black_line_pictures_keep_their_outlines_on_a_dark_page(qapp, card_id):
    page = QColor(THEMES["high_contrast_dark"].background)
    size = 128
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(page)
    painter = QPainter(image)
    painter.drawPixmap(0, 0, CardPictures(load_catalogue()).pixmap(card_id, size))
    painter.end()

    def hex_at(x, y):
        return image.pixelColor(x, y).name()

    # What the picture's lines are drawn on, just inside the card's edge, differs strongly from the page...
    behind = hex_at(size // 2, round(size * 0.045))
    assert contrast_ratio(behind, page.name()) >= TEXT_AAA
    # ...and the picture's black lines stand out strongly from it: many pixels, as a line drawing has.
    inner = range(round(size * 0.1), round(size * 0.9))
    lines = [(x, y) for x in inner for y in inner if contrast_ratio(hex_at(x, y), behind) >= TEXT_AAA]
    assert len(lines) > 0.03 * len(inner) ** 2


def test_the_wall_laid_out_again_from_the_page_that_changed_is_as_if_laid_out_from_the_start(qtbot, room):
    session = room.room
    display = _display(qtbot, room, (1024, 768))
    saved = []
    for n in range(30):
        saved.append(_say(room, n % 6, f"Number {n}: " + "the minibus is late on Mondays " * (n % 4 + 1)))
        display.show_content(display_content(session))
    session.edit(saved[3].id, "Shorter now.", [])  # a change far back: the pages after it move
    session.agree(saved[20].id, session.attendees[0].person_id)
    display.show_content(display_content(session))
    qtbot.waitUntil(lambda: display.exact)  # the older pages, measured in the background
    wall = display.wall_area()
    columns, _width = display.columns(wall)
    heights = [item.heights for item in display.items]
    fresh = lay_out_newest_full(heights, column_height=wall.height(), columns=columns, gap=display.margin())
    assert display.pages == fresh


@pytest.mark.parametrize(("size", "scale"), [((1024, 768), 300), ((1366, 768), 200), ((1024, 768), 100)])
def test_the_read_back_fits_at_large_text_sizes_and_the_newest_page_comes_back(qtbot, room, size, scale):
    _say(room, 0, "Please can the minibus come at ten, not at nine?", ["places-minibus", "feeling-good"])
    display = _display(qtbot, room, size, scale)
    _top, _people, wall, panel, _queue = display.regions()
    assert not panel.isEmpty() and display.rect().toRectF().contains(panel)
    targets = display.read_back_targets()
    for rect in targets.values():
        assert panel.contains(rect) and rect.height() >= display.unit * 0.6
    assert not targets["confirm"].intersects(targets["change"])
    words = QFontMetricsF(display.read_back_buttons(panel, side_by_side=display.covered)[1])
    for name, text in display.button_words().items():
        assert words.horizontalAdvance(text) <= targets[name].width()  # the words whole, never cut
    plan = plan_read_back(display, panel, covering=display.covered)
    assert plan.whole  # every word shown, none cut
    assert plan.words_font.pixelSize() >= size[1] / WORDS_PER_HEIGHT  # and never smaller than at 100%
    _shot(display, f"display-read-back-{size[0]}x{size[1]}-{scale}.png")
    if wall.isEmpty():  # the read-back covers the wall: once confirmed, the wall is back at the newest page
        room.room.confirm()
        display.show_content(display_content(room.room))
        assert display.page == len(display.pages) - 1
        assert len(display.content.contributions) - 1 in display.pages[display.page].items


def test_each_text_runs_in_its_own_direction_on_a_right_to_left_display():
    from coprod_desktop.ui.display.text_lines import text_direction

    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    # An English prompt or name on an Arabic display keeps its punctuation in place...
    assert text_direction("How do you feel about the day centre?", rtl) == ltr
    assert text_direction("T.N.", rtl) == ltr
    # ...an Arabic sentence with a Latin name in it runs right to left, and so does Urdu...
    assert text_direction("قال \u2068Sam\u2069:", ltr) == rtl
    assert text_direction("\u2068Sam\u2069 نے کہا:", ltr) == rtl  # the name, isolated, does not count
    assert text_direction("کمرے کی اسکرین", ltr) == rtl
    # ...and text with no letters takes the display's direction.
    assert text_direction("3 / 5", rtl) == rtl
