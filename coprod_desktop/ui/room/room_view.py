"""Screen 3: the room console, the facilitator's: the prompt, the people, the cards and words and
Save, the read-back's answers after Save, correcting what was saved, and Undo. (What everyone in
the room sees is the room display, ui/display.)

A view of the room session (app/room_session.py), which holds what the room is doing: this
module passes what the facilitator does to the session and draws what the session says. Where
things go is room_layout.py, where Tab goes room_tab_order.py, the keys room_shortcuts.py, what
is read aloud room_speech.py, what switch scanning steps through room_scanning.py, correcting
room_correcting.py, the people's side people_actions.py; which part to redraw for a change, and
what a speaker's profile means for their turn, are the app layer's (app/room_changes.py,
app/room_turn.py).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ...app.room_changes import RoomPart, parts_to_redraw
from ...app.room_events import SessionEvent
from ...app.room_session import RoomSession
from ...domain.changes import Change, ChangeKind
from ...domain.errors import UserFacingError
from ...domain.models import Card, Contribution
from ...services.translations import words_for
from ..platform.messages import error_text
from ..platform.settings import CARD_SIZES, AppSettings, SettingsStore
from ..platform.speech_service import SpeechService
from ..platform.theme import scaled, scaled_font
from ..widgets.form_parts import isolated
from ..widgets.pictures import CardPictures
from ..widgets.screen_layouts import large_text
from ..widgets.tile_flags import profile_flags_text
from .announcements import RoomAnnouncer
from .composer import Composer
from .contribution_details import contribution_details
from .correcting_panel import CorrectingPanel
from .people_actions import PeopleActions
from .person_tiles import PersonTiles
from .read_back_bar import ReadBackBar
from .reading_bar import ReadingBar
from .room_correcting import RoomCorrecting, undo_words, undone_words
from .room_draft import RoomDraft
from .room_layout import lay_out_room
from .room_scanning import RoomScanning
from .room_shortcuts import CHANGE_KEY, UNDO_KEY, YES_KEY, install_room_shortcuts
from .room_speech import RoomSpeech
from .room_tab_order import next_stop, tab_chain, tab_stops
from .room_widgets import PromptPanel, card_label
from .support_picker import SupportPicker
from .tile_strip import TileStrip
from .wall import ContributionCard, Wall

log = logging.getLogger(__name__)


class RoomView(QWidget):
    """Runs one meeting in the room. Emits setup_requested(meeting_id), print_requested(meeting_id)
    and message(str) for the status line."""

    setup_requested = Signal(str)
    print_requested = Signal(str)
    take_home_requested = Signal(str)  # take-home sheets and certificates, of the meeting's id
    back_requested = Signal()
    message = Signal(str)
    escape_unused = Signal()  # Escape with nothing being read (the presenter stops presenting)

    def __init__(
        self, session: RoomSession, pictures: CardPictures, speech: SpeechService, settings: SettingsStore
    ) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.pictures = pictures
        self._cards_stale = False

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(18, bold=True))
        self.prompt_panel = PromptPanel(pictures)
        self.previous_button = QPushButton(self.tr("◀ &Previous prompt"))
        self.next_button = QPushButton(self.tr("&Next prompt ▶"))
        self.previous_button.setAccessibleName(self.tr("Previous prompt"))
        self.next_button.setAccessibleName(self.tr("Next prompt"))
        self.previous_button.clicked.connect(self.previous_prompt)
        self.next_button.clicked.connect(self.next_prompt)

        self.wall = Wall()
        self.wall.earlier_button.clicked.connect(self._show_earlier)
        self.wall.correct_requested.connect(self.correct)
        self.tiles = PersonTiles()
        self.tiles.setAccessibleName(self.tr("Who is speaking?"))
        self.tile_strip = TileStrip(self.tiles)  # two rows at most: Save stays in view
        self.composer = Composer(pictures)
        self.tiles.chosen.connect(self._speaker_clicked)
        self.composer.save_requested.connect(self.save)
        self.composer.undo_requested.connect(self.undo)
        self.composer.keep_speaker_changed.connect(session.set_keep_speaker)
        self.composer.undo_button.setAccessibleDescription(self.tr("Shortcut: {key}").format(key=UNDO_KEY))
        # After Save: "Sam said: ..." and the person's answer; and correcting what was saved.
        self.read_back = ReadBackBar(YES_KEY, CHANGE_KEY)
        self.read_back.confirmed.connect(self.confirm_read_back)
        self.read_back.change.connect(self.change_read_back)
        self.correcting_panel = CorrectingPanel(pictures)

        self.setup_button = QPushButton(self.tr("&Set up"))
        self.print_button = QPushButton(self.tr("P&rint summary…"))
        #: Button: each person's take-home sheet and certificate (and the summary), saved or printed.
        self.take_home_button = QPushButton(self.tr("Take-home &files…"))
        self.back_button = QPushButton(self.tr("&Meetings"))
        for button in (self.setup_button, self.print_button, self.take_home_button, self.back_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.setup_button.clicked.connect(self._setup_clicked)
        self.print_button.clicked.connect(self._print_clicked)
        self.take_home_button.clicked.connect(
            lambda: self.session.is_open and self.take_home_requested.emit(self.session.meeting.id)
        )
        self.back_button.clicked.connect(self.back_requested)

        self.read_button = QPushButton(self.tr("🔊 Rea&d aloud"))
        self.read_button.setAccessibleName(self.tr("Read the prompt aloud"))
        self.read_button.clicked.connect(self.read_prompt)
        self.speech_button = QPushButton(self.tr("Speec&h…"))
        self.speech_button.setAccessibleName(self.tr("Speech settings"))
        self.speech_button.clicked.connect(self._speech_settings)
        self.reading_bar = ReadingBar()
        # The session changes its own state too (the speaker is cleared after Save): the console
        # follows it. The session outlives this view (screens are rebuilt), so stop watching with it.
        unwatch = session.watch(self._session_changed)
        self.destroyed.connect(lambda *_: unwatch())
        self.speech = RoomSpeech(speech, self.reading_bar, settings, session, self)
        self.speech.message.connect(self.message)
        self.draft = RoomDraft(session, self.composer, self.speech, self)
        self.draft.message.connect(self.message)
        self.correcting = RoomCorrecting(session, self.correcting_panel, self._card, self)
        self.correcting.message.connect(self.message)
        self.draft.divert = self.correcting.add_card  # the picker's cards go to a correction
        speech.availability_changed.connect(self._explain_speech)
        self._explain_speech()

        self.announcer = RoomAnnouncer(self)  # where we are, for screen readers
        # Every confirmation and error on the status line is said by screen readers too.
        self.message.connect(self.announcer.announce)
        self.people_actions = PeopleActions(self)  # heard, invite, queue, pass, agree, late arrivals
        self.people_actions.message.connect(self.message)
        self.support_picker = SupportPicker(session)
        self._lay_out()
        install_room_shortcuts(self)
        self.composer.size.currentIndexChanged.connect(self._card_size_chosen)
        self.composer.show_card_size(settings.load().card_size)

        # Switch access: scanning over the people, cards and actions. On for the room when the
        # laptop's setting says so, and during the turn of anyone whose profile says they use one.
        self.scanning = RoomScanning(self, settings.load().scanning)
        self.scanning.cue.connect(self._scan_cue)
        self.scanning.paused.connect(self._scan_paused)
        self.switch = self.scanning.switch

    def _lay_out(self) -> None:
        lay_out_room(self)

    # opening ---------------------------------------------------------------------------------
    def open_meeting(self, meeting_id: str) -> None:
        """Run *meeting_id* here (the same meeting again keeps its place and the draft)."""
        try:
            self.session.open(meeting_id)
        except UserFacingError as exc:
            self.message.emit(error_text(exc))
            return
        self._show_meeting()
        self.speech.prompt_shown(self.session.prompt, moved=True)
        session = self.session
        self.announcer.opened(
            session.meeting.title, session.prompt, session.index + 1, len(session.prompts), session.speaker
        )

    def _show_meeting(self) -> None:
        session = self.session
        if not session.is_open:
            return
        self.title.setText(session.meeting.title)
        self.title.setAccessibleName(session.meeting.title)
        self._show_people()
        self._show_cards()
        self._show_prompt()
        self.draft.show()
        self._apply_turn()
        self._show_console_state()

    def _show_console_state(self) -> None:
        """What the session is doing beyond the draft: read-back, correcting, undo, keeping the speaker."""
        self._show_read_back()
        self.correcting.follow()
        self.composer.words_row.setVisible(self._words_shown())
        self._show_undo()
        self._show_keep_speaker()

    def _show_people(self) -> None:
        session = self.session
        self.tiles.set_people(session.attendees, session.speaker_id, session.photo, self._flags)
        self.tile_strip.refresh()
        self._set_tab_order()
        self._update_speaker_note()

    def _flags(self, person_id: str) -> str:
        profile = self.session.profile(person_id)
        return "" if profile.is_empty else profile_flags_text(profile)

    def _show_cards(self) -> None:
        session = self.session
        self.composer.set_cards(session.cards_shown(), session.categories, _words(session.meeting.language))
        self.draft.show_quick()

    def tab_chain(self) -> list[QWidget]:
        """The room's Tab stops in the order they sit on the screen (see room_tab_order)."""
        return tab_chain(self)

    def _set_tab_order(self) -> None:
        for first, second in pairwise(self.tab_chain()):
            QWidget.setTabOrder(first, second)

    def tab_stops(self) -> list[QWidget]:
        """Where Tab goes now: tab_chain()'s visible stops, the people and the wall one stop each."""
        return tab_stops(self)

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Tab follows the screen, whatever order the widgets were made in (the wall's
        # contributions and the tiles come and go): see room_tab_order.
        stop = next_stop(self, forward)
        if stop is None:
            return super().focusNextPrevChild(forward)
        stop.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True

    def _show_prompt(self) -> None:
        session = self.session
        prompt = session.prompt
        card = self._card(prompt.card_id) if prompt and prompt.card_id else None
        self.prompt_panel.show_prompt(prompt, session.index + 1, len(session.prompts), card)
        self.previous_button.setEnabled(session.has_previous)
        self.next_button.setEnabled(session.has_next)
        self._fill_wall()

    def _fill_wall(self) -> None:
        self.wall.show_contributions(self.session.contributions, self._card_for)

    def _show_earlier(self) -> None:
        """Add the next page of earlier contributions to the top of the wall."""
        self.wall.show_earlier(self.session.contributions, self._card_for)

    def _card(self, card_id: str) -> Card:
        return self.session.card(card_id)

    def _card_for(self, contribution: Contribution) -> ContributionCard:
        attendee = self.session.attendee(contribution.person_id)
        cards = [self._card(card_id) for card_id in contribution.card_ids]
        details = contribution_details(contribution, self.session.attendee)
        return ContributionCard(contribution, attendee, cards, self.pictures, details)

    # changes from the store: the session has taken each in; this draws what it touched -------------
    def on_change(self, change: Change) -> None:
        try:
            self._redraw(change)
        except UserFacingError as exc:
            self.message.emit(error_text(exc))

    def _redraw(self, change: Change) -> None:
        parts = parts_to_redraw(change, self.session)
        if change.kind is ChangeKind.CARD:
            self.pictures.forget(change.item_id)
            self.composer.grid.forget(change.item_id)
            if not self._cards_stale:
                # A board brings many cards at once: redraw once, after the last of them.
                self._cards_stale = True
                QTimer.singleShot(0, self._refresh_cards)
            return
        if parts == RoomPart.EVERYTHING:
            self._show_meeting()
            return
        if RoomPart.PEOPLE in parts:
            self._show_people()
            self._apply_turn()  # the speaker may have gone, or their profile changed
        if RoomPart.PROMPT in parts:
            self._show_prompt()
        elif RoomPart.WALL in parts:
            self._fill_wall()
        if RoomPart.NEW_CONTRIBUTION in parts:
            self.wall.append(self._card_for(self.session.contribution(change.item_id)))
        if change.kind is ChangeKind.CONTRIBUTION and change.item_id == self.session.awaiting_id:
            self._show_read_back()  # the words being read back were corrected
        self.correcting.on_change(change)
        self.people_actions.on_change(change)

    def _refresh_cards(self) -> None:
        self._cards_stale = False
        if self.session.is_open:
            self._show_meeting()  # the library reads the cards again itself, once

    # card size: a setting of this laptop, kept between meetings ----------------------------------
    def _card_size_chosen(self) -> None:
        size = self.composer.size.currentData()
        self.composer.grid.set_card_size(size)
        self.settings.save(replace(self.settings.load(), card_size=size))

    def step_card_size(self, step: int) -> None:
        """Cards one size larger (1) or smaller (-1)."""
        self.composer.step_card_size(step)

    # who is speaking -------------------------------------------------------------------------------
    def choose_speaker(self, person_id: str | None) -> None:
        """Make it *person_id*'s turn, as a click on their tile does."""
        if not self.session.is_open:
            return
        self.tiles.select(person_id)
        self._speaker_clicked(person_id)

    def choose_person_number(self, number: int) -> None:
        """The person with this number (Alt+1 ... Alt+9) is speaking."""
        if self.session.is_open and number <= len(self.session.attendees):
            self.choose_speaker(self.session.attendees[number - 1].person_id)

    def _speaker_clicked(self, person_id: str | None) -> None:
        try:
            self.session.choose_speaker(person_id)
        except UserFacingError as exc:
            self.composer.error.show_error(error_text(exc))
            return
        self._update_speaker_note()
        self.composer.error.clear_error()
        self._apply_turn()
        self.announcer.turn(self.session.speaker)

    def _apply_turn(self) -> None:
        """Their turn: cards as large as their profile asks, and switch scanning if they use one."""
        turn = self.session.turn
        self.composer.grid.set_card_size(turn.card_size(self.settings.load().card_size, CARD_SIZES))
        self._update_scanning(self.settings.load())

    def _update_scanning(self, settings: AppSettings) -> None:
        self.scanning.update(settings, self.session.turn, showing=self.isVisible() and self.session.is_open)

    def apply_access(self, settings: AppSettings) -> None:
        """Switch-access settings changed (the window rebuilds the screen for other changes)."""
        self._update_scanning(settings)

    def _scan_cue(self, text: str) -> None:
        self.speech.read(text, cue=True)

    def _scan_paused(self) -> None:
        self.message.emit(self.tr("Scanning has paused: press the switch to start again."))

    def _session_changed(self, event: SessionEvent) -> None:
        if event is SessionEvent.SPEAKER and self.session.is_open:
            self.tiles.select(self.session.speaker_id)
            self._update_speaker_note()
            self._apply_turn()
        elif event is SessionEvent.READ_BACK:
            self._show_read_back()
        elif event is SessionEvent.CORRECTING:
            self.correcting.follow()  # its words take the focus, and so are scrolled into view
            self.composer.words_row.setVisible(self._words_shown())
            self._set_tab_order()
        elif event is SessionEvent.UNDO:
            self._show_undo()
        elif event is SessionEvent.KEEP_SPEAKER:
            self._show_keep_speaker()
        elif event is SessionEvent.ROOM:
            self._show_console_state()  # another meeting, or this one closed or read again

    def _update_speaker_note(self) -> None:
        speaker = self.session.speaker
        self.composer.speaker_note.setText(
            self.tr("{name} is speaking.").format(name=isolated(speaker.credited_as))
            if speaker
            else self.tr("Choose who is speaking.")
        )
        self._show_keep_speaker()

    def _show_keep_speaker(self) -> None:
        speaker = self.session.speaker
        box = self.composer.keep_speaker
        # A name with "&" in it is shown as it is, not as a shortcut.
        name = isolated(speaker.credited_as).replace("&", "&&") if speaker else ""
        #: a check box by Save; {name} is the person speaking now, as credited.
        text = (
            self.tr("&Keep {name} speaking after Save").format(name=name)
            if speaker
            else self.tr("&Keep the speaker chosen after Save")
        )
        self.composer.keep_line.set_text(text)
        box.blockSignals(True)
        box.setChecked(self.session.keep_speaker)
        box.blockSignals(False)

    def _show_undo(self) -> None:
        action = self.session.last_action if self.session.is_open else None
        words = undo_words(action)
        self.composer.undo_button.setText("↶ " + words)
        self.composer.undo_button.setAccessibleName(words)
        self.composer.undo_button.setEnabled(action is not None)

    def _show_read_back(self) -> None:
        awaiting = self.session.awaiting if self.session.is_open else None
        attendee = self.session.attendee(awaiting.person_id) if awaiting is not None else None
        answering = awaiting is not None and attendee is not None
        # At large text a laptop has room for the answers or the words, with Save: the words
        # (empty after Save) come back once the person has answered (see _words_shown). The one
        # goes before the other comes: showing a widget lays the window out at once, and it
        # would grow.
        typing = self.composer.words.hasFocus()
        if not answering:
            self.read_back.hide()
        elif large_text():
            self.composer.words_row.hide()
        if answering:
            cards = [card_label(self._card(card_id)) for card_id in awaiting.card_ids]
            self.read_back.show_said(attendee.credited_as, awaiting.text, cards)
            if typing and self.composer.words_row.isHidden():
                self.read_back.yes_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.composer.words_row.setVisible(self._words_shown())

    def _words_shown(self) -> bool:
        """At large text the words make way for the read-back's answers and for correcting (the
        part of the console that scrolls is otherwise a line high); they stay in the session."""
        return not large_text() or (self.read_back.isHidden() and self.correcting_panel.isHidden())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._update_scanning(self.settings.load())

    def hideEvent(self, event) -> None:
        self.draft.stop()
        self.scanning.stop()  # never scan a screen no one can see
        super().hideEvent(event)

    # the draft: see room_draft.py --------------------------------------------------------------
    def add_card(self, card_id: str) -> None:
        """Add a card to the contribution being made (as a click on it does)."""
        self.draft.add_card(card_id)

    def remove_card(self, position: int) -> None:
        """Take the card at *position* out of the contribution being made."""
        self.draft.remove_card(position)

    def add_quick_card(self, number: int) -> None:
        """Add the quick row's card number *number* (Ctrl+1 ... Ctrl+6), if it is showing."""
        self.draft.add_quick_card(number)

    def save(self) -> None:
        """Commit the contribution; only then clear the form (the wall shows it via on_change)."""
        if not self.session.is_open:
            return
        try:
            contribution = self.session.save()
        except Exception as exc:  # whatever stops a save, what was typed stays on screen
            if not isinstance(exc, UserFacingError):
                log.error("Saving a contribution failed", exc_info=exc)
            self.composer.error.show_error(error_text(exc))
            return
        self.draft.saved()
        speaker = self.session.attendee(contribution.person_id)
        self.message.emit(self.tr("Saved what {name} said.").format(name=isolated(speaker.credited_as)))
        self.speech.saved(speaker, contribution, [self._card(c) for c in contribution.card_ids])
        # Next comes choosing who speaks next: the people's tiles are brought into view once the
        # read-back's answers (which take height from the part that scrolls) are laid out.
        QTimer.singleShot(0, self, self._people_in_view)

    def _people_in_view(self) -> None:
        first = next(iter(self.tiles.tiles.values()), None)
        if first is not None:  # their first row, whole (with twelve people the strip is taller than the view)
            self.scroll.ensureWidgetVisible(first, 0, scaled(8))

    # moving through the prompts --------------------------------------------------------------
    def next_prompt(self) -> None:
        self._move(1)

    def previous_prompt(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        try:
            moved = self.session.is_open and self.session.go_to(self.session.index + step)
        except UserFacingError as exc:
            self.message.emit(error_text(exc))
            return
        if moved:
            self._show_prompt()
            self.speech.prompt_shown(self.session.prompt, moved=True)
            session = self.session
            self.announcer.prompt_shown(session.prompt, session.index + 1, len(session.prompts))

    def _setup_clicked(self) -> None:
        if self.session.is_open:
            self.setup_requested.emit(self.session.meeting.id)

    def _print_clicked(self) -> None:
        if self.session.is_open:
            self.print_requested.emit(self.session.meeting.id)

    # read back and confirm, undo -----------------------------------------------------------------
    def confirm_read_back(self) -> None:
        """The person says "yes, that's right" to the contribution being read back."""
        self._act(lambda: self.session.confirm())

    def change_read_back(self) -> None:
        """The person says "change it": it opens for correcting in the console."""
        self._act(lambda: self.session.change_it())

    def undo(self) -> None:
        """Take back the room's last action (Ctrl+Z outside a text box; in the words box Ctrl+Z
        undoes typing). A withdrawn contribution cannot come back: the message says so."""
        if not self.session.is_open:
            return
        try:
            action = self.session.undo()
        except UserFacingError as exc:
            self.message.emit(error_text(exc))
            return
        self.draft.show()  # undoing a Save puts its words and cards back into an empty draft
        self.message.emit(undone_words(action))

    def correct(self, contribution_id: str | None = None) -> None:
        """Open a saved contribution (by default the wall's current one) for correcting."""
        if contribution_id is None and self.wall.current is not None:
            contribution_id = self.wall.current.contribution_id
        self.correcting.open(contribution_id)

    def _act(self, action) -> None:
        if not self.session.is_open:
            return
        try:
            action()
        except UserFacingError as exc:
            self.message.emit(error_text(exc))

    def escape(self) -> None:
        """Escape: stop reading aloud if something is being read; else close the correcting panel
        (as Done does, saving what was typed in it); otherwise escape_unused (the presenter stops
        presenting)."""
        if self.speech.speech.speaking:
            self.speech.speech.stop()
        elif self.session.correcting_id is not None:
            self.correcting.done()
        else:
            self.escape_unused.emit()

    # speech ------------------------------------------------------------------------------------
    def read_prompt(self) -> None:
        """Read the current prompt aloud."""
        if self.session.is_open and self.session.prompt:
            self.speech.read(self.session.prompt.text)

    def _explain_speech(self, *_availability: object) -> None:
        """Speak buttons say why speech is off, and how to turn it on."""
        reason = self.speech.speech.reason
        description = reason or self.tr("Reads the prompt aloud. Escape stops reading.")
        self.read_button.setToolTip(description)
        self.read_button.setAccessibleDescription(description)

    def _speech_settings(self) -> None:
        from ..dialogs.speech_settings_dialog import SpeechSettingsDialog

        SpeechSettingsDialog(self.settings, self).exec()


def _words(language: str):
    """How cards are matched in a meeting held in *language*: its own words and English ones (see
    services.translations.words_for), and the card's label as the screen shows it."""
    label_of, synonyms_of = words_for(language)
    return label_of, lambda card: (*synonyms_of(card), card_label(card))
