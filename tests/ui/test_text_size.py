"""Text size from 100% to 300%, on every screen of the real main window at a laptop's 1366×768.

People with low vision set the text size; everything has to follow it. For each size the window
is built afresh (as the app does when the size changes), the demo meeting is opened, and each
screen is photographed and checked as a person would look at it:

- no text is cut off: labels, buttons, check boxes, group titles, tabs, choice lists, list items
  and empty fields' hints all have room for their whole text (clipping.clipped_widgets);
- no control lies on top of another, or past the edge of what holds it (clipping.hidden_parts);
- the window stays the laptop's size: a screen taller or wider than it scrolls, it does not push
  the window past the edge of the screen (clipping.too_wide);
- at 300% every control is at least the 300% target and every font is three times its size, and
  nothing keeps a size of its own that does not grow with the text.

Screenshots go to the test's temporary folder and to /tmp/textsize_shots/, to be looked at.
"""

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from clipping import LAPTOP, clipped_items, clipped_widgets, hidden_parts, settle, too_wide_for_the_laptop
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabBar,
    QWidget,
)

from coprod_desktop.domain.appearance import Appearance
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.app import build_main_window, prepare_application
from coprod_desktop.ui.dialogs.picture_details import PictureDetailsDialog
from coprod_desktop.ui.dialogs.speech_settings_dialog import SpeechSettingsDialog
from coprod_desktop.ui.platform.speech_engines import FakeEngine
from coprod_desktop.ui.platform.speech_service import SpeechService
from coprod_desktop.ui.platform.theme import BASE_POINT_SIZE, PROMPT_POINT_SIZE, apply_theme, min_target, tile_size

SHOTS = Path("/tmp/textsize_shots")
SIZES = (100, 150, 300)  # normal; the largest with columns side by side; the largest of all
LONG_TITLE = "Planning the summer trip to the seaside: transport, food, money and who needs help"
NO_LIMIT = 16777215  # QWIDGETSIZE_MAX: no fixed or largest size set


@pytest.fixture
def window_at(qtbot, qapp, app_store, settings_store):
    """Builds the main window at a text size; the normal size is put back afterwards."""
    built = []

    def build(percent: int):
        settings_store.save(replace(settings_store.load(), text_scale=percent))
        apply_theme(qapp, Appearance(text_scale=percent))
        prepare_application(qapp)
        speech = SpeechService(FakeEngine())
        speech.start()
        window = build_main_window(app_store, qapp, speech, settings_store)
        qtbot.addWidget(window)
        window.resize(*LAPTOP)
        window.show()
        qtbot.waitExposed(window)
        built.append(window)
        return window

    yield build
    for window in built:
        window.tasks.wait(10000)
        window.close()
    apply_theme(qapp, Appearance())


def visit(window, store, qtbot, *, room: bool, setup: bool):
    """The screens in turn at the laptop's size: (name, screen)."""
    meeting = create_demo_meeting(store)
    store.meetings.create(LONG_TITLE, "2026-07-01", "The community centre on the High Street")
    window.meetings.refresh()
    settle(window, qtbot)
    yield "meetings list", window.meetings
    if room:
        window.show_room(meeting.id)
        settle(window, qtbot)
        yield "room", window.room
        next(iter(window.room.tiles.tiles.values())).click()  # someone speaks: quick cards show
        qtbot.wait(200)
        settle(window, qtbot)
        yield "room, with a speaker chosen", window.room
    if setup:
        window.show_setup(meeting.id)
        for tab in range(window.setup.tabs.count()):
            window.setup.tabs.setCurrentIndex(tab)
            settle(window, qtbot)
            yield f"set-up tab {window.setup.tabs.tabText(tab)!r}", window.setup


def photograph(
    window, folder: Path, percent: int, number: int | str, screen: str, *, shots: Path | None = SHOTS
) -> Path:
    """Save what the window shows (it must show something) in *folder* and in *shots*."""
    name = f"{percent}-{number}-{re.sub(r'[^a-z0-9]+', '-', screen.lower()).strip('-')}.png"
    image = window.grab().toImage()
    for place in (folder, shots) if shots else (folder,):
        place.mkdir(parents=True, exist_ok=True)
        assert image.save(str(place / name))
    assert _colours(image) > 20, f"{screen}: the screenshot is blank"
    return folder / name


def _colours(image: QImage) -> int:
    step = 7
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def what_does_not_fit(window, screens, folder: Path, percent: int) -> dict[str, list[str]]:
    report = {}
    for number, (name, screen) in enumerate(screens):
        problems = []
        if (window.width(), window.height()) != LAPTOP:
            problems.append(f"the window grew to {window.width()}×{window.height()}: the rest is off the screen")
            problems += too_wide_for_the_laptop(window)
        problems += clipped_widgets(screen, max(0, window.width() - LAPTOP[0]))
        problems += hidden_parts(screen)
        photograph(window, folder, percent, number, name)
        if problems:
            report[name] = problems
    return report


def _readable(report: dict[str, list[str]]) -> str:
    return "\n".join(f"{screen}:\n  " + "\n  ".join(problems) for screen, problems in report.items())


@pytest.mark.parametrize("percent", SIZES)
def test_the_meetings_list_and_set_up_show_all_their_text(qtbot, window_at, app_store, tmp_path, percent):
    window = window_at(percent)
    report = what_does_not_fit(window, visit(window, app_store, qtbot, room=False, setup=True), tmp_path, percent)
    assert report == {}, f"At {percent}%:\n" + _readable(report)


@pytest.mark.parametrize("percent", SIZES)
def test_the_room_shows_all_of_its_text(qtbot, window_at, app_store, tmp_path, percent):
    window = window_at(percent)
    report = what_does_not_fit(window, visit(window, app_store, qtbot, room=True, setup=False), tmp_path, percent)
    assert report == {}, f"At {percent}%:\n" + _readable(report)


# --- at 300%: targets three times the size, and every font -------------------------------------

CONTROLS = (QAbstractButton, QLineEdit, QComboBox)


def _controls(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and w.isVisible()
        and not w.objectName().startswith("qt_")
        and not isinstance(w.parent(), (QTabBar, QComboBox, QLineEdit))  # their own small parts
    ]


def _texts(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTabBar, QGroupBox))
        and w.isVisible()
        and not w.objectName().startswith("qt_")
    ]


def test_at_300_percent_controls_are_big_targets_and_all_text_is_three_times_the_size(qtbot, window_at, app_store):
    window = window_at(300)
    target = min_target()
    assert target == 3 * 44
    small, small_text = {}, {}
    for name, screen in visit(window, app_store, qtbot, room=True, setup=True):
        found = [
            f"{type(w).__name__} {w.accessibleName()!r} {w.width()}×{w.height()}"
            for w in _controls(screen)
            if min(w.width(), w.height()) < target
        ]
        if found:
            small[name] = found
        tiny = [
            f"{type(w).__name__} {w.accessibleName() or getattr(w, 'text', str)()!r}: {w.font().pointSizeF()} pt"
            for w in _texts(screen)
            if w.font().pointSizeF() < 3 * BASE_POINT_SIZE
        ]
        if tiny:
            small_text[name] = tiny
        if name == "room":
            room = window.room
            for tile in room.tiles.tiles.values():
                assert min(tile.width(), tile.height()) >= tile_size(), tile.text()
            assert room.prompt_panel.text.font().pointSize() == 3 * PROMPT_POINT_SIZE
            assert room.composer.speaker_note.font().pointSize() == 3 * 16
            assert room.wall.cards and all(card.credit.font().pointSize() == 3 * 16 for card in room.wall.cards)
            assert room.reading_bar.text.font().pointSize() == 3 * 16
            assert room.composer.grid.iconSize() == QSize(3 * 64, 3 * 64)  # the card size setting grows too
    assert window.meetings.heading.font().pointSize() == 3 * 22
    assert window.setup.heading.font().pointSize() == 3 * 22
    assert small == {}, f"Controls smaller than {target} px at 300%:\n{_readable(small)}"
    assert small_text == {}, f"Text smaller than {3 * BASE_POINT_SIZE} pt at 300%:\n{_readable(small_text)}"


# --- nothing keeps a size of its own -----------------------------------------------------------


def _key(screen: str, widget: QWidget, seen: Counter) -> tuple:
    label = widget.accessibleName() or getattr(widget, "text", lambda: "")() or widget.objectName()
    kind = (screen, type(widget).__name__, label)
    seen[kind] += 1
    return (*kind, seen[kind])


def _own_sizes(widget: QWidget) -> dict[str, float]:
    """The sizes a widget was given (rather than worked out by its layout), in px, and its font."""
    sizes: dict[str, float] = {"font": widget.font().pointSizeF()}
    if widget.minimumHeight() == widget.maximumHeight() < NO_LIMIT:
        sizes["fixed height"] = widget.maximumHeight()
    if widget.minimumWidth() == widget.maximumWidth() < NO_LIMIT:
        sizes["fixed width"] = widget.maximumWidth()
    elif widget.maximumWidth() < NO_LIMIT:
        sizes["largest width"] = widget.maximumWidth()
    if _shows_icons(widget):
        sizes["icon size"] = widget.iconSize().width()
    if isinstance(widget, QAbstractItemView) and hasattr(widget, "gridSize") and widget.gridSize().isValid():
        sizes["grid width"] = widget.gridSize().width()
        sizes["grid height"] = widget.gridSize().height()
    if isinstance(widget, QLabel) and widget.pixmap() is not None and not widget.pixmap().isNull():
        sizes["picture"] = widget.pixmap().deviceIndependentSize().width()
    return sizes


def _shows_icons(widget: QWidget) -> bool:
    if isinstance(widget, QAbstractButton):
        return not widget.icon().isNull()
    if isinstance(widget, QComboBox):
        return any(not widget.itemIcon(i).isNull() for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        rows = range(min(model.rowCount(), 20))
        return any(model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None for row in rows)
    return False


def measure(window, store, qtbot) -> dict[tuple, dict[str, float]]:
    found = {}
    for name, screen in visit(window, store, qtbot, room=True, setup=True):
        seen: Counter = Counter()
        for widget in _texts(screen) + [w for w in screen.findChildren(QScrollArea) if w.isVisible()]:
            found[_key(name, widget, seen)] = _own_sizes(widget)
    return found


def test_nothing_keeps_a_size_of_its_own_when_the_text_is_three_times_bigger(qtbot, window_at, app_store):
    """Every font is three times the size, and every fixed size, largest width, picture, icon and
    grid cell set in the code grows with it (nearly threefold: line heights do not grow exactly)."""
    normal = measure(window_at(100), app_store, qtbot)
    large = measure(window_at(300), app_store, qtbot)
    shared = normal.keys() & large.keys()
    assert len(shared) > 150, "the same widgets are found at both sizes"
    stuck = []
    for key in sorted(shared, key=str):
        for what, before in normal[key].items():
            after = large[key].get(what)
            if what == "font":
                grew = after == 3 * before
            else:
                grew = after is not None and after >= 2.5 * before
            if not grew:
                stuck.append(f"{key[0]}: {key[1]} {key[2]!r}: {what} {before:g} at 100%, {after} at 300%")
    assert stuck == [], "Sizes that do not follow the text size:\n" + "\n".join(stuck)
    assert any("icon size" in sizes for sizes in normal.values())  # the comparison reaches pictures too
    assert any("fixed height" in sizes for sizes in normal.values())


# --- dialogs -----------------------------------------------------------------------------------


@pytest.mark.parametrize("percent", SIZES)
def test_the_speech_and_picture_dialogs_fit_the_screen_and_show_all_their_text(
    qtbot, qapp, app_store, settings_store, tmp_path, percent
):
    people = app_store.people.attendees(create_demo_meeting(app_store).id)
    preview = QPixmap(800, 600)
    preview.fill(QColor("#2a7"))
    apply_theme(qapp, Appearance(text_scale=percent))
    try:
        screen = qapp.primaryScreen().availableGeometry().size()
        report = {}
        for name, dialog in (
            ("speech", SpeechSettingsDialog(settings_store)),
            ("picture details", PictureDetailsDialog(tmp_path / "our_minibus.jpg", preview, people, {})),
        ):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            assert dialog.width() <= screen.width() and dialog.height() <= screen.height(), name
            problems = clipped_widgets(dialog) + hidden_parts(dialog)
            if screen.width() < LAPTOP[0]:
                # The test's screen is narrower than a laptop's: at 300% one choice's words are
                # wider than it, and the dialog scrolls sideways rather than cut them off.
                problems = [p for p in problems if "(it scrolls sideways)" not in p or percent < 300]
            photograph(dialog, tmp_path, percent, "dialog", name)
            if problems:
                report[name] = problems
            dialog.close()
        picture = dialog.picture.pixmap().deviceIndependentSize()
        assert max(picture.width(), picture.height()) == round(240 * percent / 100)
    finally:
        apply_theme(qapp, Appearance())
    assert report == {}, f"At {percent}%:\n" + _readable(report)


def test_saving_the_speech_settings_keeps_the_text_size_and_the_other_settings(qtbot, settings_store):
    settings_store.save(replace(settings_store.load(), text_scale=200, card_size=128, theme="cream"))
    dialog = SpeechSettingsDialog(settings_store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.talking_cards.isChecked()
    words = next(label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.talking_cards)
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)  # the words tick the box, as a check box's do
    assert not dialog.talking_cards.isChecked()
    assert dialog.talking_cards.accessibleName() == words.text()
    dialog.accept()
    saved = settings_store.load()
    assert saved.talking_cards == "quiet"
    assert (saved.text_scale, saved.card_size, saved.theme) == (200, 128, "cream")


# --- the checks themselves can fail ------------------------------------------------------------


def test_the_item_check_finds_a_label_cut_short_and_a_word_broken_in_two(qtbot):
    rows = QListWidget()  # every row as tall as the first: one line
    rows.setWordWrap(True)
    rows.setUniformItemSizes(True)
    cells = QListWidget()  # cells too narrow for a long word, which Qt then breaks in two
    cells.setViewMode(QListView.ViewMode.IconMode)
    cells.setWordWrap(True)
    cells.setGridSize(QSize(90, 90))
    for view in (rows, cells):
        qtbot.addWidget(view)
        for text in ("Good", "Very good indeed, thank you, all of you", "Supercalifragilistic"):
            item = QListWidgetItem(text)
            item.setSizeHint(view.gridSize() if view is cells else QSize())
            view.addItem(item)
        view.resize(300, 400)
        view.show()
        qtbot.waitExposed(view)
    cut = clipped_items(rows)
    assert cut is not None and "'Very good indeed, thank you, all of you'" in cut and "'Good'" not in cut
    broken = clipped_items(cells)
    assert broken is not None and "'Supercalifragilistic'" in broken and "'Good'" not in broken
    rows.setUniformItemSizes(False)
    rows.resize(900, 400)
    qtbot.wait(20)
    assert clipped_items(rows) is None
    cells.resize(300, 60)  # shorter than one cell: no card can ever be seen whole
    qtbot.wait(20)
    assert "the view shows" in (clipped_items(cells) or "")


def test_the_overlap_check_finds_controls_on_top_of_each_other_even_when_scrolled_away(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    page = QWidget()
    page.setMinimumSize(280, 1000)
    area = QScrollArea(host)
    area.setWidget(page)
    area.setGeometry(0, 0, 300, 200)
    save = QPushButton("Save", page)
    save.setGeometry(10, 900, 100, 44)  # below what the scroll area shows
    clear = QPushButton("Clear", page)
    clear.setGeometry(60, 910, 100, 44)  # on top of Save
    apart = QPushButton("Apart", page)
    apart.setGeometry(10, 10, 100, 44)
    cut = QLabel("Cut off at the edge", host)
    cut.setGeometry(250, 250, 200, 30)
    host.resize(300, 300)
    host.show()
    qtbot.waitExposed(host)
    problems = hidden_parts(host)
    assert any("'Save'" in p and "'Clear'" in p and "overlap" in p for p in problems), problems
    assert any("'Cut off at the edge'" in p and "cut off by the edge" in p for p in problems), problems
    assert not any("'Apart'" in p for p in problems)  # scrolled into view or not, it is clear of the rest
    assert len(problems) == 2, problems


def test_screenshots_must_show_something(tmp_path, qtbot):
    blank = QWidget()
    qtbot.addWidget(blank)
    blank.resize(*LAPTOP)
    blank.show()
    qtbot.waitExposed(blank)
    with pytest.raises(AssertionError, match="blank"):
        photograph(blank, tmp_path, 100, 0, "nothing", shots=None)
    assert (tmp_path / "100-0-nothing.png").exists()
