"""Screen 2: set up a meeting: details, people, prompts and cards, on four tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import Change, ChangeAction, ChangeKind
from ...domain.errors import UserFacingError
from ...domain.models import Meeting
from ...domain.speech import DEFAULT_LANGUAGE, DEFAULT_RATE, DEFAULT_VOLUME, LANGUAGE_NAMES
from ..platform.messages import error_text
from ..platform.theme import BORDER_WIDTH, FOCUS_WIDTH, scaled, scaled_font
from ..widgets.form_parts import ErrorLine, add_field, choice_combo, new_form, select_data, select_speed, speed_combo
from ..widgets.pictures import CardPictures
from ..widgets.refresh import DeferredRefresh
from ..widgets.screen_layouts import columns, large_text, scrolling, wrapping_row
from .after_meeting_panel import AfterMeetingPanel
from .cards_editor import CardsEditor
from .people_editor import PeopleEditor
from .prompts_editor import PromptsEditor

if TYPE_CHECKING:
    from ...app.workspace import Workspace

NARROW_TAB_PADDING = 6  # beside a tab's label with large text, at 100% (the theme's is 14)


class _TabPage(QWidget):
    """A tab's page when the whole screen scrolls: as tall as its content while it is shown, and
    wanting no height while another tab is (Qt would make every tab as tall as the tallest)."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)

    def heightForWidth(self, width: int) -> int:
        return super().heightForWidth(width) if self.isVisible() else 0


class SetupView(QWidget):
    """Edits one meeting (or creates one). Emits start_requested(meeting_id) and back_requested."""

    start_requested = Signal(str)
    back_requested = Signal()
    message = Signal(str)
    audio_requested = Signal(str, str)  # meeting id, person id
    photo_requested = Signal(str, str)  # meeting id, person id
    bring_requested = Signal(str)  # meeting id: choose files to bring in as cards
    files_dropped = Signal(str, list)  # meeting id, local files to bring in as cards
    export_requested = Signal(str)  # meeting id: save its cards as an .obz board

    def __init__(self, workspace: Workspace, pictures: CardPictures) -> None:
        super().__init__()
        self.meetings = workspace.meetings
        self.pictures = pictures
        self.meeting_id: str | None = None
        self._heading = DeferredRefresh(self, self._show_heading)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the title is user text
        self.heading.setWordWrap(True)
        self.heading.setFont(scaled_font(22, bold=True))

        # Details tab
        self.title = QLineEdit()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.place = QLineEdit()
        self.language = choice_combo()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.speed = speed_combo()
        self.volume = choice_combo()
        for percent in (100, 75, 50, 25):
            self.volume.addItem(f"{percent}%", percent / 100)
        self.details_error = ErrorLine()
        self.save_details_button = QPushButton()
        self.save_details_button.clicked.connect(self._save_details)
        for field in (self.title, self.place):
            field.returnPressed.connect(self._save_details)
        details = QWidget()
        form = new_form()
        add_field(form, self.tr("Meeting &title:"), self.title)
        add_field(form, self.tr("&Date:"), self.date, self.tr("Year, month and day"))
        add_field(form, self.tr("&Place:"), self.place)
        add_field(
            form, self.tr("&Language:"), self.language, self.tr("The language prompts and words are read aloud in")
        )
        add_field(form, self.tr("&Reading speed:"), self.speed)
        add_field(form, self.tr("Reading &volume:"), self.volume)
        meeting_column = QVBoxLayout()
        meeting_column.addLayout(form)
        meeting_column.addWidget(self.details_error)
        meeting_column.addWidget(self.save_details_button)
        meeting_column.addStretch(1)
        # What the take-home sheets say: beside the meeting's details, or below them with large text.
        self.after = AfterMeetingPanel(workspace.meetings)
        self.after.message.connect(self.message)
        details_layout = columns()
        details.setLayout(details_layout)
        details_layout.addLayout(meeting_column, 1)
        details_layout.addWidget(self.after, 1)

        self.people = PeopleEditor(workspace.people, workspace.photos, workspace.profiles, workspace.involvement)
        self.prompts = PromptsEditor(workspace.prompts, workspace.library, pictures)
        self.cards = CardsEditor(workspace.meeting_cards, workspace.library, pictures)
        self.cards.message.connect(self.message)
        self.people.message.connect(self.message)
        self.people.audio_requested.connect(self.audio_requested)
        self.people.photo_requested.connect(self.photo_requested)
        self.people.consent_requested.connect(lambda person_id: self._open_consent(workspace, person_id))
        self.cards.bring_requested.connect(self.bring_requested)
        self.cards.files_dropped.connect(self.files_dropped)
        self.cards.export_requested.connect(self.export_requested)
        self.prompts.message.connect(self.message)

        # A tab taller than the window scrolls rather than clips. At normal sizes each tab scrolls
        # under the heading, the tabs and the buttons, which stay in view. With large text those
        # alone would fill a laptop's screen, so the whole screen scrolls as one page instead
        # (a scroll area inside another is hard to use with a mouse wheel or a switch).
        self._one_page = large_text()
        page = _TabPage if self._one_page else scrolling
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Meeting set-up"))
        self.tabs.addTab(page(details), self.tr("1. Details"))
        self.tabs.addTab(page(self.people), self.tr("2. People"))
        self.tabs.addTab(page(self.prompts), self.tr("3. Prompts"))
        self.tabs.addTab(page(self.cards) if self._one_page else self.cards, self.tr("4. Cards"))  # it scrolls inside
        if self._one_page:
            self.tabs.currentChanged.connect(self._fit_tabs)
            self._fit_tabs()
            self._narrow_tabs()

        self.back_button = QPushButton(self.tr("&Back to meetings"))
        self.start_button = QPushButton(self.tr("Start the &meeting"))
        self.back_button.clicked.connect(self.back_requested)
        self.start_button.clicked.connect(lambda: self.meeting_id and self.start_requested.emit(self.meeting_id))
        for button in (self.back_button, self.start_button):
            button.setAccessibleName(button.text().replace("&", ""))
        if self._one_page:
            bottom = wrapping_row(self.back_button, self.start_button)  # they wrap rather than widen it
        else:
            bottom = QHBoxLayout()
            bottom.addWidget(self.back_button)
            bottom.addStretch(1)
            bottom.addWidget(self.start_button)

        layout = QVBoxLayout()
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        if self._one_page:
            whole = QWidget()
            whole.setLayout(layout)
            outer = QVBoxLayout(self)
            outer.setContentsMargins(0, 0, 0, 0)
            outer.addWidget(scrolling(whole))
        else:
            self.setLayout(layout)

    def _open_consent(self, workspace: Workspace, person_id: str) -> None:
        """The chosen person's consent, in its own window over this one (without waiting)."""
        from ..people.consent_dialog import ConsentDialog

        self.consent_dialog = ConsentDialog(workspace, person_id, self)
        self.consent_dialog.open()

    def _narrow_tabs(self) -> None:
        """With large text the four tabs' labels and padding are wider than a laptop's screen, and
        Qt would hide the last behind scroll arrows: less padding beside each label keeps all four
        in view. (The focus ring's wider border takes its width from the padding, as in the theme.)"""
        grow = scaled(FOCUS_WIDTH) - scaled(BORDER_WIDTH)
        above, beside = scaled(4), scaled(NARROW_TAB_PADDING)
        self.tabs.tabBar().setStyleSheet(
            f"QTabBar::tab {{ padding: {above}px {beside}px; }}\n"
            f"QTabBar::tab:focus {{ padding: {max(0, above - grow)}px {max(0, beside - grow)}px; }}"
        )

    def _fit_tabs(self) -> None:
        """Make the tabs as tall as the tab shown. (Qt makes them as tall as the tallest tab, so the
        short Details tab would end in a screenful of nothing before the buttons.)"""
        for index in range(self.tabs.count()):
            shown = index == self.tabs.currentIndex()
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            self.tabs.widget(index).setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.tabs.updateGeometry()

    def on_change(self, change: Change) -> None:
        """A committed change, whoever made it: each tab follows what concerns it (each redraws
        once per commit, however many changes the commit brought)."""
        if change.kind == ChangeKind.MEETING and change.meeting_id == self.meeting_id and self.meeting_id:
            if change.action != ChangeAction.REMOVED:
                self._heading.request()
        if change.kind == ChangeKind.CARD and change.action != ChangeAction.ADDED:
            # Its picture was replaced (a photo whose consent was taken back) or it is gone: no
            # tab may go on showing the old one from the cache.
            self.pictures.forget(change.item_id)
        self.after.on_change(change)
        self.people.on_change(change)
        self.prompts.on_change(change)
        self.cards.on_change(change)

    def _show_heading(self) -> None:
        if self.meeting_id is None:
            return
        try:
            title = self.meetings.get(self.meeting_id).title
        except UserFacingError:
            return  # removed meanwhile
        self.heading.setText(self.tr("Set up: {title}").format(title=title))
        self.heading.setAccessibleName(self.heading.text())

    def edit_new(self) -> None:
        """Show an empty form; the meeting is created when its details are saved."""
        self._load(None)
        self.tabs.setCurrentIndex(0)
        self.title.setFocus()

    def edit(self, meeting_id: str) -> None:
        """Show the meeting's details, people, prompts and cards (a message if it is gone)."""
        try:
            meeting = self.meetings.get(meeting_id)
        except UserFacingError as exc:
            self.message.emit(error_text(exc))
            return
        self._load(meeting)

    def _load(self, meeting: Meeting | None) -> None:
        meeting_id = meeting.id if meeting is not None else None
        self.meeting_id = meeting_id
        self.details_error.clear_error()
        if meeting is None:
            self.heading.setText(self.tr("New meeting"))
            self.title.clear()
            self.place.clear()
            self.date.setDate(QDate.currentDate())
            select_data(self.language, DEFAULT_LANGUAGE)
            select_data(self.speed, DEFAULT_RATE)
            select_data(self.volume, DEFAULT_VOLUME)
            self.save_details_button.setText(self.tr("&Create meeting"))
        else:
            self.heading.setText(self.tr("Set up: {title}").format(title=meeting.title))
            self.title.setText(meeting.title)
            self.place.setText(meeting.place)
            self.date.setDate(QDate.fromString(meeting.date, "yyyy-MM-dd"))
            select_data(self.language, meeting.language)
            select_speed(self.speed, meeting.speech_rate)
            select_data(self.volume, meeting.speech_volume)
            self.save_details_button.setText(self.tr("&Save details"))
        self.save_details_button.setAccessibleName(self.save_details_button.text().replace("&", ""))
        self.heading.setAccessibleName(self.heading.text())
        for tab in (1, 2, 3):
            self.tabs.setTabEnabled(tab, meeting_id is not None)
        self.start_button.setEnabled(meeting_id is not None)
        self.after.set_meeting(meeting_id)
        self.people.set_meeting(meeting_id)
        self.prompts.set_meeting(meeting_id)
        self.cards.set_meeting(meeting_id)

    def _save_details(self) -> None:
        date = self.date.date().toString("yyyy-MM-dd")
        speech = {
            "language": self.language.currentData(),
            "rate": self.speed.currentData(),
            "volume": self.volume.currentData(),
        }
        try:
            if self.meeting_id is None:
                meeting = self.meetings.create(self.title.text(), date, self.place.text(), **speech)
            else:
                self.meetings.update(self.meeting_id, self.title.text(), date, self.place.text(), **speech)
        except UserFacingError as exc:
            self.details_error.show_error(error_text(exc))
            return
        self.details_error.clear_error()
        if self.meeting_id is None:
            self._load(meeting)  # the new meeting, as created: the other tabs open for it
            self.message.emit(self.tr("Meeting created. Now add the people taking part."))
            self.tabs.setCurrentIndex(1)
            self.people.full_name.setFocus()
        else:
            # The heading follows the change stream (on_change), like every other screen.
            self.message.emit(self.tr("Details saved."))
