"""The room's keys, in one place: what each does is a public action of the room view.

Ctrl+Enter saves; Alt+Left/Right move through the prompts; Escape stops reading (and, when nothing
is being read, tells whoever listens to room.escape_unused: the presenter stops presenting);
Alt+1 to Alt+9 choose the person with that number; Ctrl+1 to Ctrl+6 add a card from the quick row;
Ctrl+Plus and Ctrl+Minus change the card size; Ctrl+F goes to Find a card; Ctrl+Shift+Y answers
the read-back "yes, that's right" and Ctrl+Shift+C "change it"; Ctrl+Z undoes the room's last
action (in the words box and the search box Ctrl+Z undoes typing: Qt gives a text box its own
editing keys first). The people's keys come from room.people_actions.keys().

The same keys can be given to another window (the room display, so they work while the console is
folded away): install_room_shortcuts(room, owner=display_window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut

from .composer import QUICK_KEYS

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from .room_view import RoomView

PEOPLE_KEYS = 9  # Alt+1 ... Alt+9 choose the first nine people
# The read-back's answers. Not letters (they type), not Alt letters (the buttons' own, and dropped
# in some languages), not function keys (F5 presents, and a switch interface may be set to send
# one, such as F8, so that a press does not type: see switch_access.py). Ctrl+Y and Ctrl+Shift+Z
# are redo in text boxes.
YES_KEY = "Ctrl+Shift+Y"
CHANGE_KEY = "Ctrl+Shift+C"
UNDO_KEY = "Ctrl+Z"


def _key(owner: QWidget, keys: str, action: Callable[[], object]) -> QShortcut:
    # The shortcut is a child of its owner: it goes with the screen when the screen is rebuilt.
    return QShortcut(QKeySequence(keys), owner, action)


def room_keys(room: RoomView) -> list[tuple[str, Callable[[], object]]]:
    """Every (key sequence, action) pair of the room, the people's included."""
    keys: list[tuple[str, Callable[[], object]]] = [
        ("Ctrl+Return", room.save),
        ("Ctrl+Enter", room.save),
        ("Alt+Right", room.next_prompt),
        ("Alt+Left", room.previous_prompt),
        ("Escape", room.escape),
        ("Ctrl+F", room.composer.find),  # find a card from anywhere in the room
        ("Ctrl+=", lambda: room.step_card_size(1)),
        ("Ctrl++", lambda: room.step_card_size(1)),
        ("Ctrl+-", lambda: room.step_card_size(-1)),
        (YES_KEY, room.confirm_read_back),
        (CHANGE_KEY, room.change_read_back),
        (UNDO_KEY, room.undo),
    ]
    keys += [(f"Alt+{n}", lambda n=n: room.choose_person_number(n)) for n in range(1, PEOPLE_KEYS + 1)]
    keys += [(f"Ctrl+{n}", lambda n=n: room.add_quick_card(n)) for n in range(1, QUICK_KEYS + 1)]
    keys += list(room.people_actions.keys())
    return keys


def install_room_shortcuts(room: RoomView, owner: QWidget | None = None) -> list[QShortcut]:
    """Give *owner* (default: *room*) the room's keys; returns the shortcuts made (its children)."""
    owner = room if owner is None else owner
    return [_key(owner, keys, action) for keys, action in room_keys(room)]
