"""The people's side of the room console: who is heard, invited, waiting, passing, agreeing, and
late arrivals.

PeopleActions is made by the room view (self.people_actions = PeopleActions(self)). It gives the
tiles their states (heard, "not now", invited, asking to speak) from the room session, opens a
person's menu from their tile, and holds the console's buttons for inviting the next person,
recording a pass, listing who has not been heard and adding a late arrival. Everything it does goes
through the session; the tiles follow the session's events and the store's changes, never a write
of its own. What it has to say goes to the console's status line (message), never to the display:
the list of who has not been heard and the late arrival's dialog are the console's windows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from ...app.messages import sentence
from ...app.room_events import SessionEvent
from ...domain.changes import Change
from ...domain.errors import UserFacingError
from ...domain.heard import Heard
from ...domain.models import Attendee
from ..platform.messages import error_text
from ..widgets.form_parts import isolated
from .late_arrival_dialog import LateArrivalDialog
from .toggle_access import TileState

if TYPE_CHECKING:
    from ...app.room_session import RoomSession
    from .room_view import RoomView

INVITE_KEY = "Ctrl+I"  # invite the next person (the queue first, then round the room)
PASS_KEY = "Ctrl+P"  # the invited (else the speaking) person says "not now"
LIST_CHARACTERS = 48  # the list of who has not been heard is about this many characters wide
INVITATION = "room.invitation"  # what the room says, in the invited person's language (domain/messages)
# The session's own events that change what a tile or a button shows.
_SHOWN_EVENTS = (SessionEvent.ROOM, SessionEvent.PROMPT, SessionEvent.SPEAKER, SessionEvent.INVITED, SessionEvent.QUEUE)


def tile_state(session: RoomSession, heard: Heard, person_id: str) -> TileState:
    """*person_id*'s tile as the session has it now (*heard*: session.heard(), read once for all tiles)."""
    queue = session.queue
    return TileState(
        heard=person_id in heard.spoke,
        passed=person_id in heard.passed,
        invited=person_id == session.invited_id,
        queue_place=queue.index(person_id) + 1 if person_id in queue else None,
    )


class PeopleActions(QObject):
    """The people's actions in the console; emits message(str) for the status line."""

    message = Signal(str)

    def __init__(self, room: RoomView) -> None:
        super().__init__(room)
        self.room = room
        self.session: RoomSession = room.session
        self.menu: QMenu | None = None  # the person's menu last opened
        self.heard_list: HeardList | None = None
        self.late_dialog: LateArrivalDialog | None = None
        self._heard: Heard | None = None  # session.heard(), kept while the tiles are drawn

        self.invite_button = self._button(
            self.tr("Invite ne&xt"),
            self.tr("Invites the next person asking to speak, else the next not yet heard. Shortcut: Ctrl+I."),
            self.invite_next,
        )
        self.pass_button = self._button(
            self.tr("Not now (p&ass)"),
            self.tr("The person invited or speaking passes on this prompt. Shortcut: Ctrl+P."),
            self.pass_now,
        )
        self.heard_button = self._button(
            self.tr("Who has not &been heard?"),
            self.tr("Lists who has not been heard on this prompt and in the meeting, on this screen only."),
            self.show_not_heard,
        )
        self.late_button = self._button(
            self.tr("Add a &late arrival…"),
            self.tr("Adds someone who came late, without leaving the room. Nothing private is shown on the display."),
            self.add_late_arrival,
        )
        self.buttons: list[QPushButton] = [self.invite_button, self.pass_button, self.heard_button, self.late_button]

        room.tiles.set_state_source(self.state_of)
        room.tiles.menu_requested.connect(self.show_menu)
        # The session outlives the room's screen (it is rebuilt): stop watching with it.
        unwatch = self.session.watch(self._session_changed)
        self.destroyed.connect(lambda *_: unwatch())
        self._update_buttons()

    def _button(self, text: str, description: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.clicked.connect(action)
        return button

    # the contract with the room view --------------------------------------------------------------
    def keys(self) -> list[tuple[str, Callable[[], object]]]:
        """(key sequence, action) pairs that install_room_shortcuts gives the room (and the display).

        Only actions that are safe while presenting: they change the tiles, and say so in the
        status line. Adding a person and the list of who has not been heard open console windows,
        so they have buttons, not keys (a key pressed on the display would open them over it).
        """
        return [(INVITE_KEY, self.invite_next), (PASS_KEY, self.pass_now)]

    def on_change(self, change: Change) -> None:
        """A committed change the room view has redrawn for (called at the end of its on_change):
        a contribution or a pass changes who has been heard; a person added or changed, their tile."""
        self._refresh()

    def _session_changed(self, event: SessionEvent) -> None:
        if event in _SHOWN_EVENTS:
            self._refresh()

    def _refresh(self) -> None:
        self._heard = self.session.heard() if self.session.is_open else None
        try:
            self.room.tiles.refresh_states()
        finally:
            self._heard = None
        self._update_buttons()
        if self.heard_list is not None and self.heard_list.isVisible():
            self._fill_heard_list()

    def state_of(self, person_id: str) -> TileState:
        """The state *person_id*'s tile shows now."""
        if not self.session.is_open:
            return TileState()
        return tile_state(self.session, self._heard or self.session.heard(), person_id)

    def _update_buttons(self) -> None:
        session = self.session
        is_open = session.is_open
        for button in self.buttons:
            button.setEnabled(is_open)
        self.pass_button.setEnabled(is_open and self._passing() is not None)

    def _name(self, person_id: str | None) -> str:
        attendee = self.session.attendee(person_id)
        return isolated(attendee.credited_as) if attendee is not None else ""

    def _do(self, action: Callable[[], object]) -> bool:
        """Run a session action; a refusal goes to the status line in plain words."""
        try:
            action()
        except UserFacingError as exc:
            self.message.emit(error_text(exc))
            return False
        return True

    # inviting -------------------------------------------------------------------------------------
    def invite_next(self) -> None:
        """Invite the first person asking to speak, else the next not yet heard (round the room);
        with reading aloud on, the room invites them by name."""
        if not self.session.is_open:
            return
        invited: list[Attendee | None] = []
        if not self._do(lambda: invited.append(self.session.invite_next())):
            return
        person = invited[0]
        if person is None:
            self.message.emit(self.tr("Everyone has been heard on this prompt."))
            return
        self._invited(person)

    def invite(self, person_id: str | None) -> None:
        """Invite *person_id* to speak next (None: take the invitation back)."""
        before = self.session.invited_id
        if not self.session.is_open or not self._do(lambda: self.session.invite(person_id)):
            return
        if person_id is None:
            self.message.emit(self.tr("The invitation to {name} is taken back.").format(name=self._name(before)))
        else:
            self._invited(self.session.attendee(person_id))

    def _invited(self, person: Attendee) -> None:
        self.message.emit(self.tr("{name} is invited to speak next.").format(name=isolated(person.credited_as)))
        self._say_invitation(person)

    def _say_invitation(self, person: Attendee) -> None:
        """ "Ann, would you like to say something?", in their language and voice, when the room
        reads aloud (the setting that reads each prompt: the invitation is the room speaking too)."""
        meeting = self.session.meeting
        if meeting is None or not self.room.settings.load().read_prompts_aloud:
            return
        language = self.session.turn_of(person.person_id).read_back_language(meeting)
        self.room.speech.read(sentence(INVITATION, {"name": person.credited_as}, language), person)

    # passing --------------------------------------------------------------------------------------
    def _passing(self) -> str | None:
        """Whose pass the Not now button records: the person invited, else the one speaking."""
        return self.session.invited_id or self.session.speaker_id

    def pass_now(self) -> None:
        """The person invited (else speaking) says "not now" on this prompt."""
        if not self.session.is_open:
            return
        person_id = self._passing()
        if person_id is None:
            self.message.emit(
                self.tr("Nobody is invited or speaking. Open a person's menu on their tile to record a pass.")
            )
            return
        self.pass_for(person_id)

    def pass_for(self, person_id: str) -> None:
        """*person_id* says "not now": recorded, and said kindly, never as a failure."""
        session = self.session
        if not session.is_open or not self._do(lambda: session.pass_turn(person_id)):
            return
        self.message.emit(self.tr("{name}: not now. That is fine.").format(name=self._name(person_id)))
        if person_id == session.speaker_id and not session.words and not session.cards:
            # They are not speaking after all; nothing drafted would be credited to them by mistake.
            self.room.choose_speaker(None)

    # asking to speak, agreeing ----------------------------------------------------------------------
    def ask_to_speak(self, person_id: str, asking: bool = True) -> None:
        """*person_id* asks to speak (joins the queue), or no longer waits."""
        if not self.session.is_open or not self._do(lambda: self.session.ask_to_speak(person_id, asking)):
            return
        name = self._name(person_id)
        if asking:
            place = self.session.queue.index(person_id) + 1 if person_id in self.session.queue else 0
            text = self.tr("{name} is asking to speak: number {place} in the queue.")
            self.message.emit(text.format(name=name, place=place))
        else:
            self.message.emit(self.tr("{name} is no longer waiting to speak.").format(name=name))

    def newest(self):
        """The newest contribution on this prompt (what "agrees" in a person's menu is about)."""
        return self.session.contributions[-1] if self.session.contributions else None

    def set_agrees(self, person_id: str, agrees: bool) -> None:
        """*person_id* agrees (or no longer agrees) with the newest contribution."""
        newest = self.newest()
        if newest is None or not self.session.is_open:
            return
        session = self.session
        if not self._do(lambda: (session.agree if agrees else session.unagree)(newest.id, person_id)):
            return
        said_by = self._name(newest.person_id)
        if agrees:
            text = self.tr("{name} agrees with what {speaker} said.")
        else:
            text = self.tr("{name} no longer agrees with what {speaker} said.")
        self.message.emit(text.format(name=self._name(person_id), speaker=said_by))

    # a person's menu --------------------------------------------------------------------------------
    def show_menu(self, person_id: str, place: QPoint) -> None:
        """Open *person_id*'s menu at *place* (global): from their tile's right-click, Menu key or Shift+F10."""
        if not self.session.is_open or self.session.attendee(person_id) is None:
            return
        if self.menu is not None:
            self.menu.close()
            self.menu.deleteLater()
        self.menu = self.person_menu(person_id)
        self.menu.popup(place)

    def person_menu(self, person_id: str) -> QMenu:
        """The actions for one person, as their menu offers them now."""
        session = self.session
        menu = QMenu(self.room)
        menu.setAccessibleName(self.tr("{name}: what they want to do").format(name=self._name(person_id)))
        waiting = person_id in session.queue
        ask = menu.addAction(self.tr("&No longer waiting") if waiting else self.tr("&Ask to speak"))
        ask.triggered.connect(lambda: self.ask_to_speak(person_id, not waiting))
        invited = person_id == session.invited_id
        invite = menu.addAction(self.tr("&Take back the invitation") if invited else self.tr("&Invite to speak next"))
        invite.triggered.connect(lambda: self.invite(None if invited else person_id))
        passing = menu.addAction(self.tr("&Pass: not now"))
        passing.triggered.connect(lambda: self.pass_for(person_id))
        newest = self.newest()
        if newest is not None and newest.person_id != person_id:  # nobody agrees with their own
            agree = QAction(self.tr("A&grees with the newest contribution"), menu)
            agree.setCheckable(True)
            agree.setChecked(person_id in newest.agreed_by)
            agree.triggered.connect(lambda checked: self.set_agrees(person_id, checked))
            menu.addAction(agree)
        return menu

    # who has not been heard ----------------------------------------------------------------------
    def show_not_heard(self) -> None:
        """Who has not been heard, on this prompt and in the meeting: in the status line, and in a
        small list beside the console (never on the display)."""
        if not self.session.is_open:
            return
        try:
            lines = self._not_heard_lines()
        except UserFacingError as exc:
            self.message.emit(error_text(exc))
            return
        self.message.emit(lines[0])
        console = self.room.window()
        if not console.isVisible() or console.isMinimized():
            return  # the console is folded away (presenting on one screen): the status line only
        if self.heard_list is None:
            self.heard_list = HeardList(console)
            self.destroyed.connect(self.heard_list.close)  # the screen rebuilt: a list no longer kept right
        self.heard_list.show_lines(lines)

    def _fill_heard_list(self) -> None:
        try:
            self.heard_list.set_lines(self._not_heard_lines())
        except UserFacingError as exc:
            self.message.emit(error_text(exc))

    def _not_heard_lines(self) -> list[str]:
        """What the list says: this prompt, who said not now on it, and the whole meeting. (The names
        end their line without a full stop: initials such as "T.N." end in one of their own.)"""
        session = self.session
        prompt, meeting = session.heard(), session.heard_in_meeting()

        def names(ids: tuple[str, ...]) -> str:
            return self.tr(", ").join(self._name(person_id) for person_id in ids)

        lines = [
            self.tr("Not yet heard on this prompt: {names}").format(names=names(prompt.waiting))
            if prompt.waiting
            else self.tr("Everyone has been heard on this prompt.")
        ]
        if prompt.passed:
            lines.append(self.tr("Said not now on this prompt: {names}").format(names=names(prompt.passed)))
        lines.append(
            self.tr("Not yet heard in this meeting: {names}").format(names=names(meeting.waiting))
            if meeting.waiting
            else self.tr("Everyone has been heard in this meeting.")
        )
        return lines

    # late arrivals -------------------------------------------------------------------------------
    def add_late_arrival(self) -> None:
        """Open the console's dialog for someone who arrived late (the display shows only their
        tile, as they are credited, once they are added)."""
        if not self.session.is_open:
            return
        if self.late_dialog is not None:
            self.late_dialog.deleteLater()
        self.late_dialog = LateArrivalDialog(self.session, self.room.window())
        self.late_dialog.added.connect(self._late_arrival_added)
        self.late_dialog.open()

    def _late_arrival_added(self, attendee: Attendee) -> None:
        self.message.emit(self.tr("Added {name}. Welcome!").format(name=isolated(attendee.credited_as)))


class HeardList(QDialog):
    """The console's small list of who has not been heard: stays open beside the room (not modal),
    follows the room as people are heard, and closes with Escape or Close."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who has not been heard?"))
        self.setModal(False)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # names are people's own words: never markup
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader reads it when it takes the focus
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def set_lines(self, lines: list[str]) -> None:
        self.text.setText("\n".join(lines))
        self.text.setAccessibleName("\n".join(lines))
        # Wide enough for a line of about LIST_CHARACTERS characters (no wider than the screen),
        # and as tall as the words then need: a longer list never loses its last line.
        screen = self.screen().availableGeometry()
        width = min(self.text.fontMetrics().averageCharWidth() * LIST_CHARACTERS, screen.width() * 3 // 4)
        self.text.setMinimumWidth(width)
        self.text.setMinimumHeight(self.text.heightForWidth(width))
        self.adjustSize()

    def show_lines(self, lines: list[str]) -> None:
        self.set_lines(lines)
        self.show()
        self.raise_()
        self.activateWindow()
