"""Screen 1: the list of meetings, with New, Set up and Open, and a search over what was said."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import Change, ChangeKind
from ...domain.dates import readable_date
from ..platform.theme import BORDER_WIDTH, min_target, scaled, scaled_font
from ..widgets.refresh import DeferredRefresh
from ..widgets.screen_layouts import hold_height, scrolling, wrapping_row

ROW_PADDING = 6  # the style sheet's padding inside a list row, at 100%
# The search runs this long after the last key: once a word is typed, not once per letter.
SEARCH_DELAY_MS = 250
# Changes after which hits may read differently (words, credit, a meeting's title, card labels).
SEARCH_CHANGES = (ChangeKind.CONTRIBUTION, ChangeKind.ATTENDEE, ChangeKind.MEETING, ChangeKind.CARD)

if TYPE_CHECKING:
    from ...app.meetings import MeetingOperations
    from ...app.retention import RetentionOperations


class MeetingList(QListWidget):
    """The meetings, one a row; a long title wraps and its row grows. The list is always at least
    as tall as its tallest row (with large text a title can take several lines), so no meeting is
    ever only partly in view.

    Rows are measured here: Qt's own measure leaves out the border of the chosen row, so with a
    long title the chosen meeting lost its last line ("Our day centre: what could be …").
    """

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap instead

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def fit_rows(self) -> None:
        if self.count() == 0:
            return  # nothing to fit (the window's first paint comes before the meetings are read)
        # Inside a row: the style sheet's padding, and the border a chosen row has.
        inside = scaled(ROW_PADDING) + scaled(BORDER_WIDTH)
        from PySide6.QtWidgets import QStyle  # here: loading QStyle would delay the first paint

        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        margins = self.contentsMargins()
        # As wide as the rows are once the scroll bar shows, whether or not it does yet.
        width = self.width() - margins.left() - margins.right() - self.verticalScrollBar().sizeHint().width()
        text_width = max(1, width - 2 * (inside + margin))
        metrics = self.fontMetrics()
        tallest = 0
        for row in range(self.count()):
            item = self.item(row)
            text = metrics.boundingRect(QRect(0, 0, text_width, 100000), int(Qt.TextFlag.TextWordWrap), item.text())
            height = max(text.height() + 2 * inside, min_target())
            if item.sizeHint().height() != height:
                item.setSizeHint(QSize(0, height))
            tallest = max(tallest, height)
        hold_height(self, max(3 * min_target(), tallest + margins.top() + margins.bottom()))


class MeetingsView(QWidget):
    """Lists meetings; emits open_requested / setup_requested with a meeting id, or new_requested."""

    open_requested = Signal(str)
    setup_requested = Signal(str)
    take_home_requested = Signal(str)
    new_requested = Signal()
    clean_up_requested = Signal()  # meetings older than they are kept for: choose which to delete
    people_requested = Signal()  # everyone on this laptop: consent, involvement, record, erasing

    def __init__(self) -> None:
        super().__init__()
        self.meetings: MeetingOperations | None = None
        self.retention: RetentionOperations | None = None
        self._refresh = DeferredRefresh(self, self.refresh)
        self.heading = heading = QLabel(self.tr("Meetings"))
        heading.setWordWrap(True)
        heading.setFont(scaled_font(22, bold=True))
        heading.setAccessibleName(self.tr("Meetings"))

        self.list = MeetingList()
        self.list.setAccessibleName(self.tr("Meetings"))
        self.list.setAccessibleDescription(self.tr("Choose a meeting, then press Enter to open it."))
        self.list.itemActivated.connect(lambda _item: self._open())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.empty_note = QLabel(self.tr("Opening your meetings…"))
        self.empty_note.setWordWrap(True)

        self.new_button = QPushButton(self.tr("&New meeting"))
        self.setup_button = QPushButton(self.tr("&Set up"))
        self.open_button = QPushButton(self.tr("&Open in the room"))
        self.take_home_button = QPushButton(self.tr("Take-home &files…"))
        self.people_button = QPushButton(self.tr("&People…"))
        for button, description in (
            (self.new_button, self.tr("Create a new meeting")),
            (self.setup_button, self.tr("Change the chosen meeting's details, people and prompts")),
            (self.open_button, self.tr("Show the chosen meeting on the room screen")),
            (
                self.take_home_button,
                self.tr("Save or print the chosen meeting's take-home sheets, certificates and summary"),
            ),
            (self.people_button, self.tr("Everyone on this laptop: their consent, involvement and record")),
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAccessibleDescription(description)
        self.new_button.clicked.connect(self.new_requested)
        self.setup_button.clicked.connect(lambda: self._emit_for_current(self.setup_requested))
        self.open_button.clicked.connect(self._open)
        self.take_home_button.clicked.connect(lambda: self._emit_for_current(self.take_home_requested))
        self.people_button.clicked.connect(self.people_requested)
        self._build_search()
        self._build_reminder()

        # The buttons wrap onto a second line rather than widen the window; with large text the
        # page scrolls rather than squeeze the list or push the buttons off the screen.
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(heading)
        column.addWidget(self.reminder)
        column.addWidget(self.empty_note)
        column.addWidget(self.list, 1)
        buttons = (self.new_button, self.setup_button, self.open_button, self.take_home_button, self.people_button)
        column.addLayout(wrapping_row(*buttons))
        column.addWidget(self.search_label)
        column.addWidget(self.search_field)
        column.addWidget(self.search_note)
        column.addWidget(self.results, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._area = scrolling(page)
        layout.addWidget(self._area)
        # With large text the search is below the fold: Alt+D or Tab brings it into view. (Not
        # follow_focus: its app-wide focus signal outlives this screen when a language change
        # rebuilds it.)
        for widget in (self.search_field, self.results):
            widget.installEventFilter(self)
        self.new_button.setEnabled(False)
        self._update_buttons()

    def _build_search(self) -> None:
        """The search over what was said in every meeting: a field, a line saying what was found,
        and the hits, each of which chooses its meeting in the list above (Enter)."""
        self.search_label = QLabel(self.tr("Fin&d words said in any meeting"))
        self.search_label.setWordWrap(True)
        self.search_field = QLineEdit()
        self.search_field.setAccessibleName(self.tr("Find words said in any meeting"))
        self.search_field.setAccessibleDescription(
            self.tr("Type a word or two. What people said that holds them is listed below.")
        )
        self.search_label.setBuddy(self.search_field)
        self.search_field.setEnabled(False)  # until a database is open
        self.search_note = QLabel()
        self.search_note.setTextFormat(Qt.TextFormat.PlainText)
        self.search_note.setWordWrap(True)
        self.search_note.hide()
        self.results = MeetingList()
        self.results.setAccessibleName(self.tr("Words found"))
        self.results.setAccessibleDescription(self.tr("Press Enter to choose the meeting it was said in."))
        self.results.hide()
        self.results.itemActivated.connect(self._choose_hit)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_field.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_again = DeferredRefresh(self, self.run_search)

    def _build_reminder(self) -> None:
        """A plain line when meetings are older than the period they are kept for, with Clean up
        (hidden when none are, or no period is set)."""
        self.reminder = QWidget()
        self.reminder_note = QLabel()
        self.reminder_note.setTextFormat(Qt.TextFormat.PlainText)
        self.reminder_note.setWordWrap(True)
        self.clean_up_button = QPushButton(self.tr("&Clean up…"))
        self.clean_up_button.setAccessibleName(self.tr("Clean up"))
        self.clean_up_button.setAccessibleDescription(
            self.tr("Choose which old meetings to delete. A backup is made first.")
        )
        self.clean_up_button.clicked.connect(self.clean_up_requested)
        box = QVBoxLayout(self.reminder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.reminder_note)
        box.addLayout(wrapping_row(self.clean_up_button))
        self.reminder.hide()

    def _update_reminder(self) -> None:
        past = len(self.retention.meetings_past(date.today())) if self.retention is not None else 0
        if past:
            #: On the meetings screen: how many meetings are past the period they are kept for.
            self.reminder_note.setText(self.tr("Meetings older than you keep them: {count}").format(count=past))
            self.reminder_note.setAccessibleName(self.reminder_note.text())
        self.reminder.setVisible(bool(past))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            # Once laid out: the hits may have just been shown.
            QTimer.singleShot(0, self, lambda: self._area.ensureWidgetVisible(watched, 0, scaled(8)))
        return super().eventFilter(watched, event)

    def run_search(self) -> None:
        """Show what was said, in any meeting, that holds the words typed (nothing when empty)."""
        self._search_timer.stop()
        text = self.search_field.text()
        self.results.clear()
        if self.meetings is None or not text.strip():
            self.search_note.hide()
            self.results.hide()
            return
        hits = self.meetings.search_contributions(text)
        for hit in hits:
            words = self.tr("{person}, in ‘{meeting}’ ({date}): {words}").format(
                person=hit.credited_as,
                meeting=hit.meeting_title,
                date=readable_date(hit.meeting_date),
                words=hit.snippet,
            )
            item = QListWidgetItem(words)
            item.setData(Qt.ItemDataRole.UserRole, hit.meeting_id)
            self.results.addItem(item)
        if not hits:
            self.search_note.setText(self.tr("Nothing said in any meeting holds those words."))
        else:
            self.search_note.setText(self.tr("Found: {count}. Press Tab to go to them.").format(count=len(hits)))
        self.search_note.show()
        self.results.setVisible(bool(hits))
        if hits:
            self.results.setCurrentRow(0)
            self.results.fit_rows()

    def _choose_hit(self, item: QListWidgetItem) -> None:
        meeting_id = item.data(Qt.ItemDataRole.UserRole)
        self.select(meeting_id)
        if self.current_meeting_id() == meeting_id:
            self.list.scrollToItem(self.list.currentItem())
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def attach(self, meetings: MeetingOperations, retention: RetentionOperations | None = None) -> None:
        """Show the meetings of an open database (the window appears before it is open), with a
        reminder when some are older than *retention*'s period."""
        self.meetings = meetings
        self.retention = retention
        self.empty_note.setText(self.tr("There are no meetings yet. Press “New meeting” to set one up."))
        self.new_button.setEnabled(True)
        self.search_field.setEnabled(True)
        self._refresh.now()

    def refresh(self) -> None:
        """Show the meetings as they are now (after a change: see on_change)."""
        if self.meetings is None:
            return
        current = self.current_meeting_id()
        self.list.clear()
        for meeting in self.meetings.all():
            place = f" · {meeting.place}" if meeting.place else ""
            item = QListWidgetItem(f"{meeting.title}\n{readable_date(meeting.date)}{place}")
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            self.list.addItem(item)
            if meeting.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty_note.setVisible(self.list.count() == 0)
        self.list.fit_rows()
        self._update_buttons()
        self._update_reminder()

    def on_change(self, change: Change) -> None:
        """A committed change: a meeting's details may show differently (once, however many)."""
        if change.kind in (ChangeKind.MEETING, ChangeKind.SETTINGS):  # settings: how long meetings are kept
            self._refresh.request()
        if change.kind in SEARCH_CHANGES and self.search_field.text().strip():
            self._search_again.request()  # withdrawn words go, corrected ones show as they are now

    def current_meeting_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, meeting_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == meeting_id:
                self.list.setCurrentRow(row)

    def _update_buttons(self) -> None:
        chosen = self.current_meeting_id() is not None
        self.setup_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)
        self.take_home_button.setEnabled(chosen)

    def _open(self) -> None:
        self._emit_for_current(self.open_requested)

    def _emit_for_current(self, signal) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id:
            signal.emit(meeting_id)
