"""Screen 1: the list of meetings, with New, Set up and Open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.dates import readable_date
from .theme import scaled_font

if TYPE_CHECKING:
    from ..store import Change, Store


class MeetingsView(QWidget):
    """Lists meetings; emits open_requested / setup_requested with a meeting id, or new_requested."""

    open_requested = Signal(str)
    setup_requested = Signal(str)
    new_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.store: Store | None = None
        heading = QLabel(self.tr("Meetings"))
        heading.setFont(scaled_font(22, bold=True))
        heading.setAccessibleName(self.tr("Meetings"))

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Meetings"))
        self.list.setAccessibleDescription(self.tr("Choose a meeting, then press Enter to open it."))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self._open())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.empty_note = QLabel(self.tr("Opening your meetings…"))
        self.empty_note.setWordWrap(True)

        self.new_button = QPushButton(self.tr("&New meeting"))
        self.setup_button = QPushButton(self.tr("&Set up"))
        self.open_button = QPushButton(self.tr("&Open in the room"))
        for button, description in (
            (self.new_button, self.tr("Create a new meeting")),
            (self.setup_button, self.tr("Change the chosen meeting's details, people and prompts")),
            (self.open_button, self.tr("Show the chosen meeting on the room screen")),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAccessibleDescription(description)
        self.new_button.clicked.connect(self.new_requested)
        self.setup_button.clicked.connect(lambda: self._emit_for_current(self.setup_requested))
        self.open_button.clicked.connect(self._open)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.setup_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.new_button.setEnabled(False)
        self._update_buttons()

    def set_store(self, store: Store) -> None:
        """Show the meetings in *store* (the window appears before the database is open)."""
        self.store = store
        self.empty_note.setText(self.tr("There are no meetings yet. Press “New meeting” to set one up."))
        self.new_button.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        current = self.current_meeting_id()
        self.list.clear()
        for meeting in self.store.meetings.all():
            place = f" · {meeting.place}" if meeting.place else ""
            item = QListWidgetItem(f"{meeting.title}\n{readable_date(meeting.date)}{place}")
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            # Two lines of text: Qt's list does not grow rows for line breaks when styled.
            lines = self.list.fontMetrics().lineSpacing() * 2
            item.setSizeHint(QSize(0, lines + 28))
            self.list.addItem(item)
            if meeting.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty_note.setVisible(self.list.count() == 0)
        self._update_buttons()

    def on_change(self, change: Change) -> None:
        if change.kind == "meeting":
            self.refresh()

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

    def _open(self) -> None:
        self._emit_for_current(self.open_requested)

    def _emit_for_current(self, signal) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id:
            signal.emit(meeting_id)
