"""Where Tab goes in the room: in the order things sit on the screen, whatever order they were made.

The screen's buttons, the prompt's actions, the people (what to do with them, then their tiles as
one stop: a radio group), the correcting panel when it is open, the wall (one stop: a contribution,
the arrow keys move between them), the cards, the cards chosen and who supported the speaker, the
read-back's answers, the words and Save, and what is beside Save. Read from RoomView's public
widgets; the view asks next_stop() in its focusNextPrevChild.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from .toggle_access import PersonTile
from .wall import ContributionCard

if TYPE_CHECKING:
    from .room_view import RoomView


def tab_chain(room: RoomView) -> list[QWidget]:
    """Every widget that may be a Tab stop, in the order they sit on the screen."""
    composer = room.composer
    pinned = composer.entry_pinned  # with large text, Undo and keeping the speaker are above the cards
    chain = [
        room.back_button,
        room.setup_button,
        room.speech_button,
        room.print_button,
        room.take_home_button,
        room.previous_button,
        room.next_button,
        room.read_button,
        room.reading_bar.stop_button,
        *room.people_actions.buttons,
        *room.tiles.tiles.values(),
        *room.correcting_panel.focus_order(),
        room.wall.correct_button,
        composer.search,
        composer.category,
        composer.size,
        composer.quick,
        composer.grid,
        composer.keep_speaker if pinned else None,
        composer.undo_button if pinned else None,
        composer.chosen,
        *_tab_stops_in(room.support_picker),
        room.read_back.yes_button,
        room.read_back.change_button,
        composer.words,
        composer.save_button,
        composer.clear_button,
        composer.undo_button if not pinned else None,
        composer.keep_speaker if not pinned else None,
    ]
    return [widget for widget in chain if widget is not None]


def tab_stops(room: RoomView) -> list[QWidget]:
    """Where Tab goes now: tab_chain()'s visible stops, with the people as one stop (the speaker's
    tile, or the first) and the wall's contribution between the correcting panel and the cards."""
    tiles = list(room.tiles.tiles.values())
    speaking = next((t for t in tiles if t.isChecked()), tiles[0] if tiles else None)
    stops: list[QWidget] = []
    for widget in tab_chain(room):
        if widget in tiles and widget is not speaking:
            continue
        if widget is room.wall.correct_button and room.wall.current is not None:
            stops.append(room.wall.current)  # the wall: its contribution (Correct… is for the mouse)
        stops.append(widget)
    return [w for w in stops if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def next_stop(room: RoomView, forward: bool) -> QWidget | None:
    """The stop after (or before) the one with the focus; None when the focus is not the room's."""
    stops = tab_stops(room)
    widget = QApplication.focusWidget()
    while widget is not None and widget not in stops:
        if isinstance(widget, (ContributionCard, PersonTile)):
            widget = (
                room.wall.current
                if isinstance(widget, ContributionCard)
                else next((t for t in stops if isinstance(t, PersonTile)), None)
            )
            break
        widget = widget.parentWidget()
    if widget is None or widget not in stops:
        return None
    return stops[(stops.index(widget) + (1 if forward else -1)) % len(stops)]


def _tab_stops_in(container: QWidget) -> list[QWidget]:
    """The controls inside *container* that Tab stops at, in the order they were made (not the
    parts of a control, such as a drop-down list's popup, which is a window of its own)."""
    found: list[QWidget] = []
    for widget in container.findChildren(QWidget):
        if widget.window() is not container.window() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if any(other.isAncestorOf(widget) for other in found):
            continue
        found.append(widget)
    return found
