"""The room's keys, in one place: what each does is a public action of the room view.

Ctrl+Enter saves; Alt+Left/Right move through the prompts; Escape stops reading; Alt+1 to Alt+9
choose the person with that number; Ctrl+1 to Ctrl+6 add a card from the quick row; Ctrl+Plus and
Ctrl+Minus change the card size; Ctrl+F goes to Find a card.
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


def _key(owner: QWidget, keys: str, action: Callable[[], object]) -> QShortcut:
    # The shortcut is a child of the room: it goes with the screen when the screen is rebuilt.
    return QShortcut(QKeySequence(keys), owner, action)


def install_room_shortcuts(room: RoomView, stop_reading: Callable[[], None]) -> list[QShortcut]:
    """Give *room* its keys; returns the shortcuts made (children of *room*)."""
    made = [
        _key(room, "Ctrl+Return", room.save),
        _key(room, "Ctrl+Enter", room.save),
        _key(room, "Alt+Right", room.next_prompt),
        _key(room, "Alt+Left", room.previous_prompt),
        _key(room, "Escape", stop_reading),
        _key(room, "Ctrl+F", room.composer.find),  # find a card from anywhere in the room
        _key(room, "Ctrl+=", lambda: room.step_card_size(1)),
        _key(room, "Ctrl++", lambda: room.step_card_size(1)),
        _key(room, "Ctrl+-", lambda: room.step_card_size(-1)),
    ]
    made += [_key(room, f"Alt+{n}", lambda n=n: room.choose_person_number(n)) for n in range(1, PEOPLE_KEYS + 1)]
    made += [_key(room, f"Ctrl+{n}", lambda n=n: room.add_quick_card(n)) for n in range(1, QUICK_KEYS + 1)]
    return made
