"""Every control on every screen can be found by a screen reader and is big enough to hit."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.platform.theme import MIN_TARGET

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) and isinstance(widget.parent(), (QTabBar, QComboBox)):
            continue  # scroll arrows inside tab bars and combo boxes belong to their parent
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own internals (scroll-area corners, calendar parts)
        found.append(widget)
    return found


def nameless(root: QWidget) -> list[str]:
    problems = []
    for widget in interactive_widgets(root):
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            problems.append(
                f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}"
            )
    return problems


def too_small(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.width()}x{w.height()}"
        for w in interactive_widgets(root)
        if isinstance(w, (QAbstractButton, QLineEdit, QComboBox))
        and (w.height() < MIN_TARGET or w.width() < MIN_TARGET)
    ]


def screens(window, store, qtbot):
    meeting = create_demo_meeting(store)
    window.meetings.refresh()
    yield "meetings", window.meetings
    window.show_setup(meeting.id)
    for tab in range(window.setup.tabs.count()):
        window.setup.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        yield f"set-up tab {tab + 1}", window.setup
    window.show_room(meeting.id)
    qtbot.wait(10)
    yield "room", window.room


def dialogs(window, store, qtbot, tmp_path):
    """Every dialog the app opens, shown (not run modally) with real contents."""
    from pathlib import Path

    from coprod_desktop.ui.dialogs.access_dialog import AccessDialog
    from coprod_desktop.ui.dialogs.picture_details import PictureDetailsDialog
    from coprod_desktop.ui.dialogs.profile_dialog import ProfileDialog
    from coprod_desktop.ui.dialogs.speech_settings_dialog import SpeechSettingsDialog

    meeting = create_demo_meeting(store)
    people = store.people.attendees(meeting.id)
    made = {
        "display and access": AccessDialog(window.settings.load(), window),
        "speech": SpeechSettingsDialog(window.settings, window),
        "communication profile": ProfileDialog(
            window.workspace.profiles, people[0].person_id, people[0].credited_as, window
        ),
        "picture details": PictureDetailsDialog(Path(tmp_path / "trip.jpg"), None, people, {}, window),
    }
    for name, dialog in made.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(10)
        yield name, dialog
        dialog.close()
    # The photo panel on the People tab shows only once a person is chosen.
    window.show_setup(meeting.id)
    window.setup.tabs.setCurrentIndex(1)
    window.setup.people.list.setCurrentRow(0)
    qtbot.wait(10)
    yield "people tab, a person chosen", window.setup


def test_every_control_in_every_dialog_has_a_name_and_is_big_enough(qtbot, window, app_store, tmp_path):
    problems = {}
    for name, root in dialogs(window, app_store, qtbot, tmp_path):
        assert len(interactive_widgets(root)) >= 3, name  # the walk really reached its controls
        found = nameless(root) + too_small(root)
        if found:
            problems[name] = found
    assert problems == {}


def test_every_control_has_an_accessible_name(qtbot, window, app_store):
    problems = {}
    for name, screen in screens(window, app_store, qtbot):
        missing = nameless(screen)
        if missing:
            problems[name] = missing
    assert problems == {}


def test_every_button_and_field_is_at_least_44_px(qtbot, window, app_store):
    problems = {}
    for name, screen in screens(window, app_store, qtbot):
        small = too_small(screen)
        if small:
            problems[name] = small
    assert problems == {}


def test_person_tiles_are_at_least_96_px_and_say_their_marker(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    qtbot.wait(10)
    tiles = window.room.tiles.tiles.values()
    assert len(tiles) == 6
    for tile in tiles:
        assert tile.width() >= 96 and tile.height() >= 96
        assert "Marker:" in tile.accessibleDescription()


def test_labels_showing_user_text_are_plain_text(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    qtbot.wait(10)
    rich = [
        label.text()
        for label in window.findChildren(QLabel)
        if label.text() and label.textFormat() != Qt.TextFormat.PlainText and "<" in label.text()
    ]
    assert rich == []
    wall = window.room.wall.cards
    assert wall and all(card.credit.textFormat() == Qt.TextFormat.PlainText for card in wall)


def test_the_check_finds_a_nameless_button(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QPushButton(""))
    root.show()
    assert len(nameless(root)) == 1


def test_room_fits_a_laptop_screen_without_scrolling_to_save(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.resize(1366, 768)
    window.show_room(meeting.id)
    qtbot.wait(20)
    room = window.room

    def wholly_visible(widget):
        return widget.visibleRegion().boundingRect() == widget.rect()

    for widget in (room.composer.save_button, room.composer.words, room.composer.grid, room.next_button):
        assert wholly_visible(widget), type(widget).__name__
    assert all(wholly_visible(tile) for tile in room.tiles.tiles.values())


def test_tab_order_in_the_room_goes_people_cards_words_save(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    qtbot.wait(10)
    room = window.room
    tiles = list(room.tiles.tiles.values())
    tiles[0].setFocus()
    order = [tiles[0]]
    while len(order) < 6:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    composer = room.composer
    # The people are one stop (a radio group): arrows move between them. Then the wall's newest
    # contribution, and the cards from Find a card on (see test_room_access.py for the whole walk).
    assert order == [tiles[0], room.wall.current, composer.search, composer.category, composer.size, composer.quick]
    tiles[0].setFocus()
    qtbot.keyClick(tiles[0], Qt.Key.Key_Right)
    assert tiles[1].hasFocus()
