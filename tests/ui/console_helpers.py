"""Shared steps for the room console tests: a meeting of twelve, the window at a laptop's size,
where Save is, and screenshots for a look."""

from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from coprod_desktop.app.people import PeopleOperations
from coprod_desktop.services.demo import create_demo_meeting

SHOTS = Path(__file__).resolve().parents[1] / "output" / "console"
LATE = ["Ann Lee", "Jo Park", "Dot Evans", "Priya Shah", "Kit Moss", "Ola Nowak"]  # the demo has six


def meeting_of_twelve(store):
    """The demo meeting (six people) with six more: twelve in the room."""
    meeting = create_demo_meeting(store)
    people = PeopleOperations(store)
    for name in LATE:
        people.add(meeting.id, name, "first_name", "", None, None)
    return meeting


def open_at(window, qtbot, meeting_id: str, size: tuple[int, int]):
    window.show_room(meeting_id)
    window.resize(*size)
    qtbot.wait(50)
    window.resize(*size)  # as a maximised window on that screen: the size it asked for
    qtbot.wait(50)
    return window.room


def in_window(widget) -> QRect:
    # QWidget's own methods: the composer has a "size" of its own (the card size choice).
    return QRect(widget.mapTo(QWidget.window(widget), QPoint(0, 0)), QWidget.size(widget))


def wholly_in_view(widget) -> bool:
    """*widget* is shown whole inside its window and inside every widget that holds it (a scroll
    area holding it would show only part, or none, of it)."""
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


def shoot(window, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    window.grab().save(str(path))
    return path
