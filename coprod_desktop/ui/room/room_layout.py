"""How the room console is laid out: what scrolls, and what is pinned below it, always in view.

The room is taller than a laptop's window as soon as there are a dozen people or the text is
large. What scrolls: the title, the prompt, the people and the correcting panel (and, with large
text, the wall and the cards). Pinned below it: Save, with the words and (at normal sizes) the
cards beside them, and the read-back's answers above the words. So Save is always in view, with
twelve people, an error shown, at 1024×768 and at 300% text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from ..platform.theme import min_target, scaled
from ..widgets.screen_layouts import HeightForOwnWidth, columns, follow_focus, large_text, scrolling, wrapping_row

if TYPE_CHECKING:
    from .room_view import RoomView


def lay_out_room(room: RoomView) -> None:
    """Lay *room*'s widgets out; sets room.scroll (what scrolls) and room.pinned (what does not)."""
    top = columns()  # with large text the title goes above the buttons, and they wrap
    top.addWidget(room.title, 1)
    top.addLayout(
        wrapping_row(room.back_button, room.setup_button, room.speech_button, room.print_button, room.take_home_button)
    )

    prompt_row = columns()  # with large text the buttons go under the prompt
    prompt_row.addWidget(room.prompt_panel, 1)
    moving = (room.previous_button, room.next_button, room.read_button, room.reading_bar.stop_button)
    if large_text():
        nav = wrapping_row(*moving)  # under the prompt, as many a line as fit
    else:
        nav = QGridLayout()
        for place, button in enumerate(moving):
            nav.addWidget(button, place // 2, place % 2)
    room.prompt_panel.add_reading_line(room.reading_bar.text)
    prompt_row.addLayout(nav)
    wall = columns()  # small in the console: the room display is what people read
    wall.setSpacing(scaled(4))
    wall.addWidget(room.wall, 1)
    wall.addWidget(room.wall.correct_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    people = columns()  # what to do with the people before their tiles (above, with large text)
    if large_text():
        actions = wrapping_row(*room.people_actions.buttons)
    else:
        actions = QGridLayout()  # two by two, beside the tiles
        for place, button in enumerate(room.people_actions.buttons):
            actions.addWidget(button, place // 2, place % 2)
    people.addLayout(actions)
    people.addWidget(room.tile_strip, 1)
    room.composer.place_beside_chosen(room.support_picker)  # who helps the speaker
    room.composer.place_above_words(room.read_back)  # "Sam said: ..." and the answers
    # What is taller than the window scrolls; below it, pinned and always in view, is Save:
    # with the cards, the words and Save beside them at normal sizes (the cards are the
    # facilitator's work, however many people there are), and only the words and Save with
    # large text (the cards scroll with the rest). The read-back's answers go above them.
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addLayout(top)
    layout.addLayout(prompt_row)
    # Everyone's tile across the room screen: the people are the point, not the form.
    layout.addLayout(people)
    layout.addWidget(room.correcting_panel)
    pinned = HeightForOwnWidth()  # as tall as it needs at the window's width, not at its least
    pinned.setObjectName("pinnedEntry")
    bottom = QVBoxLayout(pinned)
    side = scaled(3) if room.composer.entry_pinned else scaled(9)  # at 300% every pixel counts
    bottom.setContentsMargins(side, 0, side, scaled(4))
    bottom.setSpacing(scaled(4))
    if room.composer.entry_pinned:
        body = columns()  # the wall above the cards
        body.addLayout(wall, 1)
        body.addWidget(room.composer, 2)
        layout.addLayout(body, 1)
        bottom.addWidget(room.composer.entry)
    else:
        layout.addLayout(wall, 1)
        bottom.addWidget(room.composer, 1)
    room.scroll = scrolling(page)
    room.scroll.setMinimumHeight(min_target())  # what is pinned below it comes first
    follow_focus(room.scroll)  # a key that moves the focus (Tab, Ctrl+F) brings it into view
    room.pinned = pinned
    outer = QVBoxLayout(room)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    outer.addWidget(room.scroll, 1)
    outer.addWidget(pinned)
