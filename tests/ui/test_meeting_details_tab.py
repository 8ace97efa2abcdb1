"""Set-up's Details tab: what the take-home sheets say (purpose, decisions, what happens next, the
next meeting, who to contact, the times) and the organisation's name, on the real window.

Typed and saved as the facilitator would, by keyboard; refused values say why and keep nothing;
the tab fits 1366×768 and 1024×768 and stays usable at 300% text. Screenshots go to
tests/output/setup/, to be looked at.
"""

from dataclasses import replace
from pathlib import Path

import pytest
from clipping import clipped_widgets, hidden_parts, too_wide
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QWidget

from coprod_desktop.domain.appearance import Appearance
from coprod_desktop.domain.models import MeetingDetails
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.app import build_main_window, prepare_application
from coprod_desktop.ui.platform.messages import error_text
from coprod_desktop.ui.platform.speech_engines import FakeEngine
from coprod_desktop.ui.platform.speech_service import SpeechService
from coprod_desktop.ui.platform.theme import apply_theme, min_target

SHOTS = Path(__file__).resolve().parents[1] / "output" / "setup"
SIZES = [(1366, 768), (1024, 768)]
ALT = Qt.KeyboardModifier.AltModifier
FIELDS = ("purpose", "decisions", "next_steps", "next_meeting", "contact", "starts_at", "ends_at", "organisation")


def sample_details(meeting_id: str) -> MeetingDetails:
    return MeetingDetails(
        meeting_id,
        purpose="To make the day centre better for everyone.",
        decisions=("Ask for a quiet room at lunch.", "Start a music afternoon."),
        next_steps=("Dana writes to the manager.", "Sam finds out about the minibus."),
        next_meeting="Thursday 7 January, 2pm, Oak Room",
        contact="Dana Smith, 01234 567890",
        starts_at="14:00",
        ends_at="15:30",
    )


def open_details(window, store, qtbot, size=(1366, 768)):
    meeting = create_demo_meeting(store)
    store.meeting_details.save(MeetingDetails(meeting.id))  # the demo sets its own: start from none
    window.show_setup(meeting.id)
    window.setup.tabs.setCurrentIndex(0)
    for _ in range(2):  # as a maximised window on that screen: the size it asked for
        window.resize(*size)
        qtbot.wait(50)
    return meeting, window.setup.after


def focused() -> QWidget:
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)
    if modifier == ALT:
        qtbot.wait(150)  # a mnemonic "animates" its click for 100 ms before it happens


def typed(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def new_line(qtbot) -> None:
    press(qtbot, Qt.Key.Key_Return)


def shoot(window, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert window.grab().save(str(path))
    return path


def in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def wholly_in_view(widget: QWidget) -> bool:
    """Shown whole in its window and in everything that holds it (a scroll area shows only a part)."""
    if not widget.isVisible():
        return False
    rect = in_window(widget)
    holder = widget.parentWidget()
    while holder is not None:
        if not in_window(holder).contains(rect):
            return False
        if holder.isWindow():
            break
        holder = holder.parentWidget()
    return True


def scroll_to(widget: QWidget, qtbot) -> None:
    """As the facilitator would: scroll what holds *widget* until all of it shows. (Not
    ensureWidgetVisible: for a field, that shows only its text cursor.)"""
    holder = widget.parentWidget()
    while holder is not None:
        if isinstance(holder, QScrollArea):
            place = widget.mapTo(holder.widget(), QPoint(0, 0))
            half_w, half_h = widget.width() // 2, widget.height() // 2
            holder.ensureVisible(place.x() + half_w, place.y() + half_h, half_w + 1, half_h + 1)
        holder = holder.parentWidget()
    qtbot.wait(20)


# --- typing, saving and reading back -----------------------------------------------------------


def test_details_typed_by_keyboard_are_saved_and_read_back(qtbot, window, app_store):
    meeting, after = open_details(window, app_store, qtbot)
    window.setup.tabs.setFocus()
    press(qtbot, Qt.Key.Key_U, ALT)
    assert focused() is after.purpose
    typed(qtbot, "To plan the summer trip.")
    press(qtbot, Qt.Key.Key_W, ALT)
    assert focused() is after.decisions
    typed(qtbot, "Go to the seaside.")
    new_line(qtbot)
    new_line(qtbot)  # an empty line between items is not an item
    typed(qtbot, "Take the accessible coach.")
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the box: it is no keyboard trap
    assert focused() is after.next_steps
    typed(qtbot, "Dana books the coach.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is after.next_meeting
    typed(qtbot, "Thursday 7 January, 2pm, Oak Room")
    press(qtbot, Qt.Key.Key_O, ALT)
    typed(qtbot, "Dana Smith, 01234 567890")
    press(qtbot, Qt.Key.Key_A, ALT)
    typed(qtbot, "9.30")
    press(qtbot, Qt.Key.Key_E, ALT)
    typed(qtbot, "11:00")
    press(qtbot, Qt.Key.Key_G, ALT)
    typed(qtbot, "Oakfield Day Centre")
    press(qtbot, Qt.Key.Key_H, ALT)  # Save for the take-home sheets

    kept = window.workspace.meetings.details(meeting.id)
    assert kept == MeetingDetails(
        meeting.id,
        purpose="To plan the summer trip.",
        decisions=("Go to the seaside.", "Take the accessible coach."),
        next_steps=("Dana books the coach.",),
        next_meeting="Thursday 7 January, 2pm, Oak Room",
        contact="Dana Smith, 01234 567890",
        starts_at="09:30",
        ends_at="11:00",
    )
    assert window.workspace.meetings.organisation() == "Oakfield Day Centre"
    assert "Saved for the take-home sheets" in window.statusBar().currentMessage()
    assert not after.error.isVisible()
    # The change it announced shows the details as kept: the time as the sheets print it.
    qtbot.waitUntil(lambda: after.starts_at.text() == "09:30")
    assert after.decisions.toPlainText() == "Go to the seaside.\nTake the accessible coach."


def test_return_in_a_line_saves(qtbot, window, app_store):
    meeting, after = open_details(window, app_store, qtbot)
    after.contact.setFocus()
    typed(qtbot, "Ask at the front desk")
    press(qtbot, Qt.Key.Key_Return)
    assert window.workspace.meetings.details(meeting.id).contact == "Ask at the front desk"


@pytest.mark.parametrize(
    ("field", "value", "at_fault"),
    [
        ("starts_at", "half past two", "starts_at"),
        ("ends_at", "25:00", "ends_at"),
        ("ends_at", "08:00", "ends_at"),  # before it starts
        ("purpose", "x" * 300, "purpose"),
        ("organisation", "O" * 300, "organisation"),
    ],
)
def test_a_refused_value_says_why_and_nothing_is_kept(qtbot, window, app_store, field, value, at_fault):
    meeting, after = open_details(window, app_store, qtbot)
    kept = window.workspace.meetings.save_details(
        MeetingDetails(meeting.id, purpose="Kept.", starts_at="09:00", ends_at="10:00"), organisation="Kept Ltd"
    )
    qtbot.waitUntil(lambda: after.purpose.text() == "Kept.")
    after.next_meeting.setText("Next week")  # typed with the bad value: not kept either
    getattr(after, field).setText(value)
    after.save_button.click()

    try:
        window.workspace.meetings.save_details(
            replace(kept, **{f: getattr(after, f).text() for f in ("purpose", "starts_at", "ends_at")}),
            organisation=after.organisation.text(),
        )
    except Exception as expected:  # the very refusal the screen got, in the interface's words
        message = error_text(expected)
    else:
        pytest.fail("the value was not refused")
    assert after.error.isVisible() and after.error.text() == message
    assert after.error.textFormat() == Qt.TextFormat.PlainText
    assert focused() is getattr(after, at_fault)  # the facilitator lands on the field at fault
    assert window.workspace.meetings.details(meeting.id) == kept
    assert window.workspace.meetings.organisation() == "Kept Ltd"
    assert getattr(after, field).text() == value and after.next_meeting.text() == "Next week"  # still typed

    getattr(after, field).setText({"organisation": "Kept Ltd", "purpose": "Kept."}.get(field, "10:00"))
    if field == "starts_at":
        after.starts_at.setText("09:00")
    after.save_button.click()
    assert not after.error.isVisible()
    assert window.workspace.meetings.details(meeting.id).next_meeting == "Next week"


def test_markup_is_kept_and_shown_as_typed(qtbot, window, app_store):
    meeting, after = open_details(window, app_store, qtbot)
    after.decisions.setPlainText("<b>Bold</b> & <img src=x>")
    after.save_button.click()
    assert window.workspace.meetings.details(meeting.id).decisions == ("<b>Bold</b> & <img src=x>",)
    window.show_setup(meeting.id)  # shown afresh
    assert after.decisions.toPlainText() == "<b>Bold</b> & <img src=x>"


# --- the change stream ---------------------------------------------------------------------------


def test_details_saved_elsewhere_show_but_never_over_what_is_being_typed(qtbot, window, app_store):
    meeting, after = open_details(window, app_store, qtbot)
    after.contact.setText("Typed, not saved")
    window.workspace.meetings.save_details(
        MeetingDetails(meeting.id, purpose="Set elsewhere.", contact="Also elsewhere")
    )
    qtbot.waitUntil(lambda: after.purpose.text() == "Set elsewhere.")
    assert after.contact.text() == "Typed, not saved"
    # The meeting's own details saved on the same tab do not wipe them either.
    after.next_meeting.setText("Typed too")
    window.setup.save_details_button.click()
    qtbot.wait(50)
    assert (after.contact.text(), after.next_meeting.text()) == ("Typed, not saved", "Typed too")


def test_the_organisation_is_the_laptops_and_shows_in_every_meeting(qtbot, window, app_store):
    _, after = open_details(window, app_store, qtbot)
    label = next(lab for lab in window.setup.findChildren(QLabel) if lab.buddy() is after.organisation)
    assert "every meeting" in label.text()
    assert "every meeting" in after.organisation.accessibleDescription()
    window.workspace.meetings.set_organisation("Elm House")  # e.g. set from another meeting
    qtbot.waitUntil(lambda: after.organisation.text() == "Elm House")
    other = window.workspace.meetings.create("Another", "2026-12-01", "", language="en", rate=160, volume=1.0)
    window.show_setup(other.id)
    assert after.organisation.text() == "Elm House"
    assert after.purpose.text() == ""  # the details are each meeting's own


def test_a_new_meeting_shows_the_section_once_it_is_created(qtbot, window, app_store):
    window.show_new_meeting()
    qtbot.wait(20)
    assert not window.setup.after.isVisible()
    qtbot.keyClicks(window.setup.title, "Brand new")
    window.setup.save_details_button.click()
    window.setup.tabs.setCurrentIndex(0)
    qtbot.waitUntil(window.setup.after.isVisible)


# --- labels, names and keys ----------------------------------------------------------------------


def test_every_field_has_a_visible_label_with_a_key_and_an_accessible_name(qtbot, window, app_store):
    _, after = open_details(window, app_store, qtbot)
    labels = {lab.buddy(): lab for lab in window.setup.findChildren(QLabel) if lab.buddy() is not None}
    keys = []
    for name in FIELDS:
        field = getattr(after, name)
        label = labels.get(field)
        assert label is not None and label.isVisible(), name
        assert "&" in label.text(), name
        keys.append(label.text()[label.text().index("&") + 1].lower())
        interface = QAccessible.queryAccessibleInterface(field)
        assert interface.text(QAccessible.Text.Name) == label.text().replace("&", "").rstrip(":"), name
        assert isinstance(field, (QLineEdit, QPlainTextEdit))
    save = after.save_button
    keys.append(save.text()[save.text().index("&") + 1].lower())
    assert QAccessible.queryAccessibleInterface(save).text(QAccessible.Text.Name) == "Save for the take-home sheets"
    # None of these keys is used by anything else that shows (the meeting's own fields, the
    # buttons, the menus Alt opens), nor twice among them.
    others = [lab.text() for lab in labels.values() if lab.isVisible() and not after.isAncestorOf(lab)]
    others += [
        b.text() for b in (window.setup.save_details_button, window.setup.back_button, window.setup.start_button)
    ]
    others += [action.text() for action in window.menuBar().actions()]
    taken = {text[text.index("&") + 1].lower() for text in others if "&" in text}
    assert len(taken) >= 8  # the check reached them
    assert len(keys) == len(set(keys)) and not set(keys) & taken, (keys, taken)


def test_the_boxes_are_plain_text_and_tab_leaves_them(qtbot, window, app_store):
    _, after = open_details(window, app_store, qtbot)
    for box in (after.decisions, after.next_steps):
        assert box.tabChangesFocus()
        assert box.height() >= min_target()


# --- fitting the screen ---------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_details_tab_fits_a_laptop_at_100_percent(qtbot, window, app_store, size):
    meeting, after = open_details(window, app_store, qtbot, size)
    window.workspace.meetings.save_details(sample_details(meeting.id), organisation="Oakfield Day Centre")
    qtbot.waitUntil(lambda: after.purpose.text() != "")
    after.starts_at.setText("half two")
    after.save_button.click()  # an error shows too
    qtbot.wait(50)
    window.resize(*size)
    qtbot.wait(50)
    assert window.size().toTuple() == size  # nothing pushed the window past the screen
    assert too_wide(window, size[0]) == []
    assert clipped_widgets(window.setup) == []
    assert hidden_parts(window.setup) == []
    # Side by side with the meeting's own details, the first fields in view without scrolling.
    assert after.x() > window.setup.title.x()
    for field in (after.purpose, after.decisions, window.setup.title, window.setup.save_details_button):
        assert wholly_in_view(field), field.accessibleName()
    shoot(window, f"details_{size[0]}x{size[1]}_100_top")
    # Every field and Save are reached inside the tab (it scrolls), never off the screen's edge.
    for field in [getattr(after, name) for name in FIELDS] + [after.error, after.save_button]:
        scroll_to(field, qtbot)
        assert wholly_in_view(field), field.accessibleName()
        assert window.rect().contains(in_window(field))
    shoot(window, f"details_{size[0]}x{size[1]}_100_error")


@pytest.fixture
def window_at(qtbot, qapp, app_store, settings_store):
    """The main window built at a text size (as the app does when it changes); 100% put back after."""
    built = []

    def build(percent: int, size: tuple[int, int]):
        settings_store.save(replace(settings_store.load(), text_scale=percent))
        apply_theme(qapp, Appearance(text_scale=percent))
        prepare_application(qapp)
        speech = SpeechService(FakeEngine())
        speech.start()
        window = build_main_window(app_store, qapp, speech, settings_store)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        built.append(window)
        return window

    yield build
    for window in built:
        window.tasks.wait(10000)
        window.close()
    apply_theme(qapp, Appearance())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_at_300_percent_the_tab_scrolls_and_every_field_and_save_are_reached(qtbot, window_at, app_store, size):
    window = window_at(300, size)
    meeting, after = open_details(window, app_store, qtbot, size)
    assert window.size().toTuple() == size
    shoot(window, f"details_{size[0]}x{size[1]}_300_top")
    # The section never needs more width than the screen shows. (At 1024×768 and 300% the Cards
    # tab's widest button and the four tabs already do, and the screen scrolls sideways: this
    # section adds nothing to that.)
    area = next(a for a in window.setup.findChildren(QScrollArea) if a.isVisible() and a.isAncestorOf(after))
    assert too_wide(after, area.viewport().width()) == []
    if size == (1366, 768):
        assert too_wide(window, size[0]) == []
    for name in [*FIELDS, "save_button"]:
        field = getattr(after, name)
        scroll_to(field, qtbot)
        assert in_view(field, whole=size == (1366, 768)), name
        assert min(field.width(), field.height()) >= min_target(), name
        if name == "decisions":
            shoot(window, f"details_{size[0]}x{size[1]}_300_decisions")
    # Keyboard alone, at 300%: type a time by its key, save by its key, read it back.
    window.setup.tabs.setFocus()
    press(qtbot, Qt.Key.Key_A, ALT)
    assert focused() is after.starts_at
    typed(qtbot, "14:00")
    press(qtbot, Qt.Key.Key_H, ALT)
    assert window.workspace.meetings.details(meeting.id).starts_at == "14:00"
    scroll_to(after.save_button, qtbot)
    assert in_view(after.save_button, whole=size == (1366, 768))
    assert clipped_widgets(after) == [] and hidden_parts(after) == []
    shoot(window, f"details_{size[0]}x{size[1]}_300_save")


def in_view(widget: QWidget, *, whole: bool) -> bool:
    """*widget* shows in its window: whole, or (*whole* False) all of its height and its middle."""
    if whole:
        return wholly_in_view(widget)
    rect = in_window(widget)
    holder = widget.parentWidget()
    while holder is not None:
        edge = in_window(holder)
        if not (edge.top() <= rect.top() and rect.bottom() <= edge.bottom() and edge.contains(rect.center())):
            return False
        if holder.isWindow():
            break
        holder = holder.parentWidget()
    return True
