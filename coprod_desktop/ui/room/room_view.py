"""Screen 3: the room. What the projector shows: the prompt, the wall of credited contributions,
and the form to add one."""

from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...app.room_session import RoomSession
from ...domain.errors import NotFound, ValidationError
from ...domain.models import Contribution
from ...domain.profile import CommunicationProfile
from ...services.card_library import CardLibrary
from ...services.translations import words_for
from ...store import Change, Store, StoreError
from ..dialogs.profile_dialog import profile_flags_text
from ..platform.settings import CARD_SIZES, AppSettings, SettingsStore
from ..platform.speech_service import SpeechService
from ..platform.theme import scaled_font
from ..widgets.form_parts import columns, large_text, scrolling, select_data, wrapping_row
from ..widgets.pictures import CardPictures
from ..widgets.switch_access import SwitchAccess
from .composer import QUICK_KEYS, Composer
from .reading_bar import ReadingBar
from .room_scanning import room_scan_groups
from .room_speech import RoomSpeech
from .room_widgets import PersonTiles, PromptPanel, card_label
from .wall import WALL_LIMIT, ContributionCard, Wall


class RoomView(QWidget):
    """Runs one meeting in the room. Emits setup_requested(meeting_id), print_requested(meeting_id)
    and message(str) for the status line."""

    setup_requested = Signal(str)
    print_requested = Signal(str)
    back_requested = Signal()
    message = Signal(str)

    def __init__(
        self,
        store: Store,
        library: CardLibrary,
        pictures: CardPictures,
        speech: SpeechService,
        settings: SettingsStore,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.library = library
        self.pictures = pictures
        self.session: RoomSession | None = None
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
        self.previous_button.clicked.connect(lambda: self._move(-1))
        self.next_button.clicked.connect(lambda: self._move(1))

        self.wall = Wall()
        self.wall.earlier_button.clicked.connect(self._show_earlier)
        self.tiles = PersonTiles()
        self.tiles.setAccessibleName(self.tr("Who is speaking?"))
        self.composer = Composer(pictures)
        self.composer.quick_chosen.connect(self._add_card)
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(120)  # suggest once typing pauses, not at every key
        self._suggest_timer.timeout.connect(self._suggest)
        self.composer.words.textChanged.connect(self._suggest_timer.start)
        self.tiles.chosen.connect(self._choose_speaker)
        self.composer.grid.chosen.connect(self._add_card)
        self.composer.grid.focused.connect(lambda card_id: self.speech.card_chosen(self._card(card_id)))
        self.composer.chosen.activated.connect(self._remove_card)
        self.composer.save_requested.connect(self.save)
        self.composer.clear_requested.connect(self._clear_draft)

        self.setup_button = QPushButton(self.tr("&Set up"))
        self.print_button = QPushButton(self.tr("P&rint summary…"))
        self.back_button = QPushButton(self.tr("&Meetings"))
        for button in (self.setup_button, self.print_button, self.back_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.setup_button.clicked.connect(lambda: self.session and self.setup_requested.emit(self.session.meeting.id))
        self.print_button.clicked.connect(lambda: self.session and self.print_requested.emit(self.session.meeting.id))
        self.back_button.clicked.connect(self.back_requested)

        self.read_button = QPushButton(self.tr("🔊 Rea&d aloud"))
        self.read_button.setAccessibleName(self.tr("Read the prompt aloud"))
        self.read_button.clicked.connect(self._read_prompt)
        self.speech_button = QPushButton(self.tr("Speec&h…"))
        self.speech_button.setAccessibleName(self.tr("Speech settings"))
        self.speech_button.clicked.connect(self._speech_settings)
        self.reading_bar = ReadingBar()
        self.speech = RoomSpeech(speech, self.reading_bar, settings)
        self.speech.message.connect(self.message)
        speech.availability_changed.connect(lambda *_: self._explain_speech())
        self._explain_speech()

        top = columns()  # with large text the title goes above the buttons, and they wrap
        top.addWidget(self.title, 1)
        top.addLayout(wrapping_row(self.back_button, self.setup_button, self.speech_button, self.print_button))

        prompt_row = columns()  # with large text the buttons go under the prompt
        prompt_row.addWidget(self.prompt_panel, 1)
        moving = (self.previous_button, self.next_button, self.read_button, self.reading_bar.stop_button)
        if large_text():
            nav = wrapping_row(*moving)  # under the prompt, as many a line as fit
        else:
            nav = QGridLayout()
            for place, button in enumerate(moving):
                nav.addWidget(button, place // 2, place % 2)
        self.prompt_panel.add_reading_line(self.reading_bar.text)
        prompt_row.addLayout(nav)
        body = columns()  # with large text the wall goes above the form
        body.addWidget(self.wall, 2)
        body.addWidget(self.composer, 3)
        # When the room is taller than the window (large text), the whole room scrolls, not a
        # part of it: a form in a scroll area of its own would be a window in a window.
        page = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(page))
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(prompt_row)
        # Everyone's tile across the room screen: the people are the point, not the form.
        layout.addWidget(self.tiles)
        layout.addLayout(body, 1)

        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.save)
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self._move(1))
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self._move(-1))
        QShortcut(QKeySequence("Escape"), self, speech.stop)
        for n in range(1, 10):
            QShortcut(QKeySequence(f"Alt+{n}"), self, lambda n=n: self._choose_by_number(n))
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self._step_card_size(1))
        QShortcut(QKeySequence("Ctrl++"), self, lambda: self._step_card_size(1))
        QShortcut(QKeySequence("Ctrl+-"), self, lambda: self._step_card_size(-1))
        self.composer.size.currentIndexChanged.connect(self._card_size_chosen)
        self._apply_card_size(settings.load().card_size)

        # Switch access: scanning over the people, cards and actions. On for the room when the
        # laptop's setting says so, and during the turn of anyone whose profile says they use one.
        self.switch = SwitchAccess(lambda: room_scan_groups(self), settings.load().scanning, parent=self)
        self.switch.cue.connect(self._scan_cue)
        self.switch.paused.connect(
            lambda: self.message.emit(self.tr("Scanning has paused: press the switch to start again."))
        )
        self._turn_profile = CommunicationProfile()
        for n in range(1, QUICK_KEYS + 1):
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, lambda n=n: self._add_quick(n))

    # loading
    def open_meeting(self, meeting_id: str) -> None:
        self.session = RoomSession(self.store, meeting_id)
        self.speech.meeting = self.session.meeting
        self._show_meeting()
        self.speech.prompt_shown(self.session.prompt, moved=True)

    def _show_meeting(self) -> None:
        session = self.session
        self.title.setText(session.meeting.title)
        self.title.setAccessibleName(session.meeting.title)
        profiles = self.store.profiles.for_people([a.person_id for a in session.attendees])
        self.tiles.set_people(
            session.attendees,
            session.speaker_id,
            self._photo,
            lambda person_id: profile_flags_text(profiles[person_id]) if person_id in profiles else "",
        )
        self.composer.set_cards(
            self.library.for_meeting(session.meeting.id), self.library.categories, _words(session.meeting.language)
        )
        self._show_quick()
        self._set_tab_order()
        self._update_speaker_note()
        self._show_prompt()
        self._show_draft()

    def _set_tab_order(self) -> None:
        """People first, then cards, words and Save; navigation and the other screens last."""
        composer = self.composer
        chain = [
            *self.tiles.tiles.values(),
            composer.category,
            composer.grid,
            composer.chosen,
            composer.words,
            composer.save_button,
            composer.clear_button,
            self.previous_button,
            self.next_button,
            self.back_button,
            self.setup_button,
            self.print_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_prompt(self) -> None:
        session = self.session
        prompt = session.prompt
        card = self._card(prompt.card_id) if prompt and prompt.card_id else None
        self.prompt_panel.show_prompt(prompt, session.index + 1, len(session.prompts), card)
        self.previous_button.setEnabled(session.index > 0)
        self.next_button.setEnabled(session.index < len(session.prompts) - 1)
        self._fill_wall()

    def _current_contributions(self) -> list[Contribution]:
        session = self.session
        if session.prompt:
            return self.store.contributions.for_meeting(session.meeting.id, session.prompt.id)
        return [c for c in self.store.contributions.for_meeting(session.meeting.id) if c.prompt_id is None]

    def _fill_wall(self) -> None:
        self.wall.clear()
        self.wall.limit = WALL_LIMIT
        contributions = self._current_contributions()
        shown = contributions[-WALL_LIMIT:]
        for contribution in shown:
            self.wall.append(self._card_for(contribution), scroll=False)
        self.wall.set_hidden_count(len(contributions) - len(shown))
        self.wall.scroll_to_newest()

    def _show_earlier(self) -> None:
        """Add the next page of earlier contributions to the top of the wall."""
        contributions = self._current_contributions()
        hidden = len(contributions) - len(self.wall.cards)
        page = contributions[max(0, hidden - WALL_LIMIT) : max(0, hidden)]
        self.wall.prepend([self._card_for(c) for c in page])

    def _card(self, card_id: str):
        return self.library.get(card_id)

    def _card_for(self, contribution: Contribution) -> ContributionCard:
        attendee = self.session.attendee(contribution.person_id)
        cards = [self._card(card_id) for card_id in contribution.card_ids]
        return ContributionCard(contribution, attendee, cards, self.pictures)

    # changes from the store: one signal, one place
    def on_change(self, change: Change) -> None:
        if self.session is None or change.meeting_id not in (self.session.meeting.id, None):
            return
        if change.kind == "contribution" and change.action == "added":
            contribution = self.store.contributions.get(change.item_id)
            current = self.session.prompt.id if self.session.prompt else None
            if contribution.prompt_id == current:
                self.wall.append(self._card_for(contribution))
        elif change.kind == "card":
            self.pictures.forget(change.item_id)
            self.composer.grid.forget(change.item_id)
            if not self._cards_stale:
                # A board brings many cards at once: redraw once, after the last of them.
                self._cards_stale = True
                QTimer.singleShot(0, self._refresh_cards)
        elif change.kind == "person":
            if change.item_id in {a.person_id for a in self.session.attendees}:
                self.session.reload()
                self._show_meeting()
        elif change.kind in ("attendee", "prompt", "meeting"):
            self.session.reload()
            self.speech.meeting = self.session.meeting
            self._show_meeting()
        elif change.kind == "contribution":
            self._fill_wall()

    # card size: a setting of this laptop, kept between meetings
    def _apply_card_size(self, size: int) -> None:
        select_data(self.composer.size, size)
        self.composer.grid.set_card_size(size)

    def _card_size_chosen(self) -> None:
        size = self.composer.size.currentData()
        self.composer.grid.set_card_size(size)
        self.settings.save(replace(self.settings.load(), card_size=size))

    def _step_card_size(self, step: int) -> None:
        index = max(0, min(self.composer.size.count() - 1, self.composer.size.currentIndex() + step))
        self.composer.size.setCurrentIndex(index)

    def _photo(self, person_id: str) -> bytes | None:
        stored = self.store.photos.photo(person_id)
        return stored[0] if stored else None

    def _refresh_cards(self) -> None:
        self._cards_stale = False
        if self.session is not None:
            self.library.refresh()
            self._show_meeting()

    # the draft
    def _choose_speaker(self, person_id: str) -> None:
        self.session.choose_speaker(person_id)
        self._update_speaker_note()
        self.composer.error.clear_error()
        self._apply_turn(person_id)

    # their turn: the room follows the speaker's communication profile
    def _apply_turn(self, person_id: str | None) -> None:
        """Their language and speed for read-backs, larger cards, switch scanning: as their profile says."""
        try:
            profile = self.store.profiles.get(person_id) if person_id else CommunicationProfile()
        except NotFound:
            profile = CommunicationProfile()
        self._turn_profile = profile
        self.speech.profile = profile
        base = self.settings.load()
        wanted = base.card_size * profile.card_scale
        self.composer.grid.set_card_size(min(CARD_SIZES, key=lambda size: abs(size - wanted)))
        self._update_scanning(base)

    def _update_scanning(self, settings: AppSettings) -> None:
        profile = self._turn_profile
        scanning = settings.scanning
        if profile.uses_switch:
            scanning = replace(
                scanning,
                mode=profile.switch_mode.value,
                step_seconds=profile.switch_step_seconds,
                hold_seconds=profile.switch_hold_seconds,
            )
        if scanning != self.switch.settings:
            self.switch.set_settings(scanning)
        wanted = (settings.switch_access or profile.uses_switch) and self.isVisible() and self.session is not None
        if wanted and not self.switch.is_running():
            self.switch.attach_window(self.window())
            self.switch.start()
        elif not wanted and self.switch.is_running():
            self.switch.stop()

    def apply_access(self, settings: AppSettings) -> None:
        """Switch-access settings changed (the window rebuilds the screen for other changes)."""
        self._update_scanning(settings)

    def _scan_cue(self, text: str) -> None:
        if self.switch.settings.spoken_cues:
            self.speech.read(text, cue=True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._update_scanning(self.settings.load())

    # a contribution being made survives the screen being rebuilt (new language or text size)
    def draft(self) -> dict | None:
        if self.session is None:
            return None
        return {
            "speaker": self.session.speaker_id,
            "cards": list(self.session.cards),
            "words": self.composer.words.toPlainText(),
            "prompt": self.session.index,
        }

    def restore_draft(self, draft: dict) -> None:
        if self.session is None:
            return
        if self.session.go_to(draft["prompt"]):
            self._show_prompt()
        if draft["speaker"] and self.session.attendee(draft["speaker"]):
            self.tiles.select(draft["speaker"])
            self._choose_speaker(draft["speaker"])
        for card_id in draft["cards"]:
            self.session.add_card(card_id)
        self._show_draft()
        self.composer.words.setPlainText(draft["words"])

    def _choose_by_number(self, number: int) -> None:
        if self.session and number <= len(self.session.attendees):
            person_id = self.session.attendees[number - 1].person_id
            self.tiles.select(person_id)
            self._choose_speaker(person_id)

    def _update_speaker_note(self) -> None:
        speaker = self.session.speaker
        self.composer.speaker_note.setText(
            self.tr("{name} is speaking.").format(name=speaker.credited_as)
            if speaker
            else self.tr("Choose who is speaking.")
        )

    def _add_card(self, card_id: str) -> None:
        if not self.session.add_card(card_id):
            self.composer.error.show_error(self.tr("That is the most cards one contribution can have."))
            return
        self._show_draft()
        self.speech.card_chosen(self._card(card_id))
        if self.composer.words.toPlainText().strip():
            self._show_quick()  # a card just added is no longer offered

    def _remove_card(self, position: int) -> None:
        self.session.remove_card(position)
        self._show_draft()
        self.composer.chosen.setCurrentRow(min(position, self.composer.chosen.count() - 1))

    def _show_draft(self) -> None:
        self.composer.chosen.set_cards([self._card(c) for c in self.session.cards])

    def _clear_draft(self) -> None:
        self.session.cards.clear()
        self.composer.words.clear()
        self.composer.error.clear_error()
        self._show_draft()

    def save(self) -> None:
        """Commit the contribution; only then clear the form (the wall shows it via on_change)."""
        if self.session is None:
            return
        try:
            contribution = self.session.save(self.composer.words.toPlainText())
        except (ValidationError, StoreError, NotFound) as exc:
            # What was typed stays on screen, so nothing said is lost.
            self.composer.error.show_error(str(exc))
            return
        self.composer.error.clear_error()
        self.composer.words.clear()
        self._show_draft()
        speaker = self.session.attendee(contribution.person_id)
        self.message.emit(self.tr("Saved what {name} said.").format(name=speaker.credited_as))
        self.speech.saved(speaker, contribution, [self._card(c) for c in contribution.card_ids])
        # The used-lately row looks through every saved card: after the new one is on the wall.
        self._suggest_timer.start()

    def _move(self, step: int) -> None:
        if self.session and self.session.go_to(self.session.index + step):
            self._show_prompt()
            self.speech.prompt_shown(self.session.prompt, moved=True)

    def hideEvent(self, event) -> None:
        self._suggest_timer.stop()  # nothing to suggest on a hidden screen (or a closed store)
        self.switch.stop()  # never scan a screen no one can see
        super().hideEvent(event)

    # the quick row: cards for the words being typed, else the ones used lately
    def _suggest(self) -> None:
        if self.isVisible():  # typing paused: but a screen closed meanwhile has nothing to offer
            self._show_quick()

    def _show_quick(self) -> None:
        if self.session is None:
            return
        words = self.composer.words.toPlainText().strip()
        if words:
            cards = self.composer.index.suggest(words, limit=QUICK_KEYS, exclude=self.session.cards)
            self.composer.show_quick(cards, matching=True)
            return
        shown = {c.id for c in self.composer.cards}
        recent = [c for c in self.store.contributions.recent_card_ids(self.session.meeting.id, limit=12) if c in shown]
        self.composer.show_quick([self._card(c) for c in recent[:QUICK_KEYS]], matching=False)

    def _add_quick(self, number: int) -> None:
        ids = self.composer.quick.card_ids
        if self.session and self.composer.quick.isVisible() and number <= len(ids):
            self._add_card(ids[number - 1])

    # speech
    def _read_prompt(self) -> None:
        if self.session and self.session.prompt:
            self.speech.read(self.session.prompt.text)

    def _explain_speech(self) -> None:
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
