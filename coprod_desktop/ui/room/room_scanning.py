"""Switch scanning in the room: what it steps through, read from RoomView's public widgets, and
when it runs (RoomScanning: the laptop's setting, or the speaker's profile on their turn).

Every choice goes through the same path as a click, so switch users get exactly what mouse and
keyboard users get: the talking card, the "most cards" message, the read-back after saving.
A card is added by emitting the grid's own `chosen` signal (what the grid emits for a click, Enter
or Space) rather than faking a mouse click at the card's position: the signal needs no layout,
no scrolling and no pixel hunting, and RoomView listens to nothing else for a card.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ..widgets.scan_targets import ButtonTarget, CallTarget, ListItemTarget, ScanGroup, ScanTarget
from ..widgets.switch_access import SwitchAccess

if TYPE_CHECKING:
    from collections.abc import Callable

    from ...app.room_turn import Turn
    from ...domain.scanning import ScanSettings
    from ..platform.settings import AppSettings
    from .room_view import RoomView


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoomScanning", text)


def _rows(view: QListWidget, on_activate: Callable[[QListWidgetItem], None], *, quiet: bool) -> list[ScanTarget]:
    rows = (row for row in range(view.count()) if not view.isRowHidden(row))  # what is in view
    return [ListItemTarget(view, row, on_activate, quiet=quiet) for row in rows]


def room_scan_groups(room: RoomView) -> list[ScanGroup]:
    """The room's scan groups, always in the same order (empty ones are skipped): the read-back's
    answers while a contribution is being read back, people, the quick row, all cards, the
    actions, agreeing and asking to speak, and taking a card away again.

    The read-back comes first while it is shown: the person who has just been heard answers
    "yes, that's right" or "change it" before anyone else is chosen.

    Agreeing and asking to speak come after the actions: they are chosen less often than cards,
    and each group passed costs a switch user a step.

    Actions put Save first and Clear last: scanning's commonest slip is pressing just after the
    highlight has moved on, and the step after Save must not throw the draft away.
    """
    composer = room.composer
    grid, quick, chosen = composer.grid, composer.quick, composer.chosen
    role = Qt.ItemDataRole.UserRole
    # "Not now" is the person's own choice, so it is theirs to make by switch too (when it can be).
    passing = [room.people_actions.pass_button] if room.people_actions.pass_button.isEnabled() else []
    actions = [
        composer.save_button,
        room.read_button,
        room.next_button,
        room.previous_button,
        *passing,
        composer.clear_button,
    ]
    read_back = room.read_back
    answers = [read_back.yes_button, read_back.change_button] if read_back.isVisible() else []
    return [
        # Translators: a switch-scanning group: the answers to the read-back after Save.
        ScanGroup(_tr("Yes, or change it"), [ButtonTarget(button) for button in answers]),
        # Translators: a switch-scanning group: the person tiles.
        ScanGroup(_tr("People"), [ButtonTarget(tile) for tile in room.tiles.tiles.values()], room.tiles),
        # Translators: a switch-scanning group: the row of cards matching their words, or used lately.
        ScanGroup(_tr("Quick cards"), _rows(quick, lambda item: quick.activated.emit(quick.row(item)), quiet=False)),
        # Translators: a switch-scanning group: every picture card shown.
        ScanGroup(_tr("Cards"), _rows(grid, lambda item: grid.chosen.emit(item.data(role)), quiet=True), grid),
        # Translators: a switch-scanning group: Save, Read aloud, Next and Previous prompt, Not now, Clear.
        ScanGroup(_tr("Actions"), [ButtonTarget(button) for button in actions]),
        *people_choices(room),
        # Translators: a switch-scanning group: the cards already chosen; choosing one removes it.
        ScanGroup(
            _tr("Take a card away"),
            _rows(chosen, lambda item: chosen.activated.emit(chosen.row(item)), quiet=False),
        ),
    ]


def people_choices(room: RoomView) -> list[ScanGroup]:
    """What a person's tile menu offers that is theirs to choose by switch too: agreeing with the
    newest contribution (not their own) and asking to speak (or no longer waiting). Each choice is
    framed on the person's tile, and done as the menu does it."""
    session, actions = room.session, room.people_actions
    newest = actions.newest()
    agree: list[ScanTarget] = []
    ask: list[ScanTarget] = []
    for person_id, tile in room.tiles.tiles.items():
        attendee = session.attendee(person_id)
        if attendee is None:
            continue
        name = attendee.credited_as
        if newest is not None and newest.person_id != person_id:  # nobody agrees with their own
            agreed = person_id in newest.agreed_by
            #: a switch-scanning choice; {name} is how the person is credited.
            words = _tr("{name}: no longer agrees") if agreed else _tr("{name} agrees")
            agree.append(CallTarget(words.format(name=name), tile, _agreeing(actions, person_id, not agreed)))
        waiting = person_id in session.queue
        words = _tr("{name}: no longer waiting") if waiting else _tr("{name} asks to speak")
        ask.append(CallTarget(words.format(name=name), tile, _asking(actions, person_id, not waiting)))
    return [
        # Translators: a switch-scanning group: people add their marker to the newest contribution.
        ScanGroup(_tr("Agree with the newest"), agree, room.tiles),
        # Translators: a switch-scanning group: people join (or leave) the queue to speak.
        ScanGroup(_tr("Ask to speak"), ask, room.tiles),
    ]


def _agreeing(actions, person_id: str, agrees: bool) -> Callable[[], None]:
    return lambda: actions.set_agrees(person_id, agrees)


def _asking(actions, person_id: str, waiting: bool) -> Callable[[], None]:
    return lambda: actions.ask_to_speak(person_id, waiting)


class RoomScanning(QObject):
    """Runs switch scanning over *room*: when the laptop's setting says so, and during the turn of
    anyone whose profile says they use a switch (with their own mode and timings), and only while
    the room is on screen. Emits cue(text) for each highlight when spoken cues are on, and paused()
    when scanning stopped for want of a choice."""

    cue = Signal(str)
    paused = Signal()

    def __init__(self, room: RoomView, settings: ScanSettings) -> None:
        super().__init__(room)
        self.room = room
        self.switch = SwitchAccess(lambda: room_scan_groups(room), settings, parent=self)
        self.switch.cue.connect(self._cue)
        self.switch.paused.connect(self.paused)

    def update(self, settings: AppSettings, turn: Turn, *, showing: bool) -> None:
        """Scan, or not, as *settings* and *turn* say; never on a screen no one can see."""
        scanning = turn.scan_settings(settings.scanning)
        if scanning != self.switch.settings:
            self.switch.set_settings(scanning)
        wanted = turn.wants_scanning(settings.switch_access) and showing
        if wanted and not self.switch.is_running():
            self.switch.attach_window(self.room.window())
            self.switch.start()
        elif not wanted:
            self.stop()

    def stop(self) -> None:
        if self.switch.is_running():
            self.switch.stop()

    def _cue(self, text: str) -> None:
        if self.switch.settings.spoken_cues:
            self.cue.emit(text)
