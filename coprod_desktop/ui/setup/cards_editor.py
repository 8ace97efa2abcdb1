"""Set-up: which picture cards the room shows, and the cards people bring.

The room stays simple when a meeting shows only the groups it needs; single cards can be hidden
too. Photos, pictures and AAC boards come in here (from a file dialog or dropped on the tab).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import Change, ChangeKind
from ...domain.errors import UserFacingError
from ..platform.messages import error_text
from ..platform.theme import min_target, scaled
from ..room.composer import category_label
from ..room.room_widgets import card_cell, card_label
from ..widgets.form_parts import TICK_BOX_SIZE, ErrorLine, big_tick_boxes, roomy_rows
from ..widgets.pictures import CardPictures
from ..widgets.refresh import DeferredRefresh
from ..widgets.screen_layouts import columns, hold_height, large_text, scrolling, wrapping_row

if TYPE_CHECKING:
    from ...app.meeting_cards import MeetingCardOperations
    from ...services.card_library import CardLibrary

CARD_PICTURE_SIZE = 48  # at 100%, multiplied by the text size


class CardsEditor(QWidget):
    """Choose the groups and cards a meeting shows. Emits message(str) after each save.

    What it shows follows the change stream (on_change), once per commit: cards brought in or
    removed, and choices made elsewhere. A change it already shows (its own save) redraws nothing,
    so ticking through the cards by keyboard keeps its place.
    """

    message = Signal(str)
    bring_requested = Signal(str)  # meeting id: choose photos, pictures or boards to bring in
    files_dropped = Signal(str, list)  # meeting id, the local files dropped on the tab
    export_requested = Signal(str)  # meeting id: save this meeting's cards as an .obz board

    def __init__(self, meeting_cards: MeetingCardOperations, library: CardLibrary, pictures: CardPictures) -> None:
        super().__init__()
        self.meeting_cards = meeting_cards
        self.library = library
        self.pictures = pictures
        self.meeting_id: str | None = None
        self._hidden: set[str] = set()
        self._shown: tuple | None = None  # (groups chosen, cards hidden) as shown
        self._shown_cards: list | None = None  # the library's cards as shown
        self._refresh = DeferredRefresh(self, self.refresh)

        self.groups = QListWidget()
        self.groups.setAccessibleName(self.tr("Groups of cards shown in the room"))
        self.groups.setAccessibleDescription(self.tr("Space ticks or clears a group."))
        roomy_rows(self.groups)
        self.groups.currentItemChanged.connect(lambda *_: self._show_group())
        self.groups.itemChanged.connect(lambda *_: self._save())
        self.cards = QListWidget()
        self.cards.setViewMode(QListView.ViewMode.IconMode)
        self.cards.setResizeMode(QListView.ResizeMode.Adjust)
        self.cards.setMovement(QListView.Movement.Static)
        self.picture_size = scaled(CARD_PICTURE_SIZE)
        self.cards.setIconSize(QSize(self.picture_size, self.picture_size))
        self.cards.ensurePolished()  # measure with the style sheet's font and tick box
        # Room for the picture, its label and the tick box beside the label (which leaves the label
        # less width than in the room: three lines rather than two).
        tick_box = scaled(TICK_BOX_SIZE) + scaled(8)
        self.cards.setGridSize(card_cell(self.cards.fontMetrics(), self.picture_size, check_box=tick_box, lines=3))
        self.cards.setWordWrap(True)
        self.cards.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.cards.setAccessibleName(self.tr("Cards in this group: ticked ones show in the room"))
        self.cards.itemChanged.connect(self._card_ticked)
        self.error = ErrorLine()
        self.bring_button = QPushButton(self.tr("&Bring in photos, pictures or a board…"))
        self.bring_button.setAccessibleDescription(
            self.tr("Photos and pictures (JPEG, PNG …) or AAC boards (.obf, .obz). You can also drop files here.")
        )
        self.export_button = QPushButton(self.tr("&Save these cards as a board (.obz)…"))
        self.remove_button = QPushButton(self.tr("&Remove a card that was brought in"))
        for button in (self.bring_button, self.export_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.bring_button.clicked.connect(lambda: self.meeting_id and self.bring_requested.emit(self.meeting_id))
        self.setAcceptDrops(True)
        self.export_button.clicked.connect(lambda: self.meeting_id and self.export_requested.emit(self.meeting_id))
        self.remove_button.clicked.connect(self._remove_card)

        # A few rows show even when the tab scrolls, and always one whole card.
        for view in (self.groups, self.cards):
            big_tick_boxes(view)
            view.ensurePolished()
            margins = view.contentsMargins()
            row = self.cards.gridSize().height() if view is self.cards else 0
            hold_height(view, max(3 * min_target(), row + margins.top() + margins.bottom()))
        left = QVBoxLayout()
        left.addWidget(_wrapped(QLabel(self.tr("Groups shown in the room:"))))
        left.addWidget(self.groups, 1)
        right = QVBoxLayout()
        right.addWidget(_wrapped(QLabel(self.tr("Cards in the group (untick to hide one):"))))
        right.addWidget(self.cards, 1)
        right.addWidget(self.error)
        # Three long buttons: side by side they made the window wider than a laptop's screen.
        right.addLayout(wrapping_row(self.bring_button, self.export_button, self.remove_button))
        page = QWidget()
        layout = columns()  # the groups beside the cards, or above them with large text
        page.setLayout(layout)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)
        # The tab scrolls when it is taller than the window; the editor itself stays the tab's page
        # (files dropped anywhere on it reach dropEvent). With large text the whole set-up screen
        # scrolls instead (see SetupView).
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page if large_text() else scrolling(page))

    # files dropped from the desktop or a file manager
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.meeting_id and _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event.mimeData())
        if self.meeting_id and files:
            event.acceptProposedAction()
            self.files_dropped.emit(self.meeting_id, files)

    def show_problem(self, text: str) -> None:
        self.error.show_error(text)

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.setEnabled(meeting_id is not None)
        self._shown = None
        self.groups.setCurrentRow(-1)
        self._refresh.now()

    def on_change(self, change: Change) -> None:
        """A committed change: cards brought or removed, or this meeting's choice of cards."""
        if change.kind == ChangeKind.CARD or (
            change.kind == ChangeKind.MEETING and change.meeting_id == self.meeting_id and self.meeting_id
        ):
            self._refresh.request()

    @staticmethod
    def _state(chosen: set[str] | None, hidden: set[str]) -> tuple:
        return (None if chosen is None else frozenset(chosen), frozenset(hidden))

    def refresh(self) -> None:
        """Show the groups and cards as they are now (nothing is redrawn if that is what shows)."""
        chosen = self.meeting_cards.categories(self.meeting_id) if self.meeting_id else None
        hidden = self.meeting_cards.hidden(self.meeting_id) if self.meeting_id else set()
        cards = self.library.cards
        if self._shown == self._state(chosen, hidden) and cards is self._shown_cards:
            return
        group = self.groups.currentItem()
        keep = group.data(Qt.ItemDataRole.UserRole) if group is not None else None
        self.groups.blockSignals(True)
        self.groups.clear()
        if self.meeting_id:
            self._hidden = set(hidden)
            for category in self.library.categories:
                count = len(self.library.in_category(category.id))
                item = QListWidgetItem(f"{category_label(category)} ({count})")
                item.setData(Qt.ItemDataRole.UserRole, category.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                shown = chosen is None or category.id in chosen
                item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
                self.groups.addItem(item)
                if category.id == keep:
                    self.groups.setCurrentItem(item)
            if self.groups.currentItem() is None:
                self.groups.setCurrentRow(0)
            self._shown, self._shown_cards = self._state(chosen, hidden), cards
        self.groups.blockSignals(False)
        self._fit_groups()
        self._show_group()

    def _fit_groups(self) -> None:
        """The groups' list as wide as its longest name: a name cut short hides what it holds."""
        metrics = self.groups.fontMetrics()
        texts = (self.groups.item(row).text() for row in range(self.groups.count()))
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        margins = self.groups.contentsMargins()
        beside = scaled(TICK_BOX_SIZE + 32)  # the tick box, and the row's padding either side
        scroll_bar = self.groups.verticalScrollBar().sizeHint().width()
        self.groups.setMinimumWidth(widest + beside + margins.left() + margins.right() + scroll_bar)

    def _show_group(self) -> None:
        current = self.cards.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.cards.blockSignals(True)
        self.cards.clear()
        item = self.groups.currentItem()
        if item is not None:
            for card in self.library.in_category(item.data(Qt.ItemDataRole.UserRole)):
                entry = QListWidgetItem(QIcon(self.pictures.pixmap(card.id, self.picture_size)), card_label(card))
                entry.setData(Qt.ItemDataRole.UserRole, card.id)
                entry.setSizeHint(self.cards.gridSize())  # the whole cell: the label wraps, never cut
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                hidden = card.id in self._hidden
                entry.setCheckState(Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked)
                self.cards.addItem(entry)
                if card.id == keep:
                    self.cards.setCurrentItem(entry)
        self.cards.blockSignals(False)

    def _card_ticked(self, entry: QListWidgetItem) -> None:
        card_id = entry.data(Qt.ItemDataRole.UserRole)
        if entry.checkState() == Qt.CheckState.Checked:
            self._hidden.discard(card_id)
        else:
            self._hidden.add(card_id)
        self._save()

    def _save(self) -> None:
        if not self.meeting_id:
            return
        ticked = [
            self.groups.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.groups.count())
            if self.groups.item(i).checkState() == Qt.CheckState.Checked
        ]
        chosen = None if len(ticked) == self.groups.count() else set(ticked)
        try:
            self.meeting_cards.choose(self.meeting_id, chosen, self._hidden)
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            return
        # The screen shows what was saved: when its change arrives there is nothing to redraw.
        self._shown = self._state(chosen, self._hidden)
        self.error.clear_error()
        self.message.emit(self.tr("The room will show the ticked cards."))

    def _remove_card(self) -> None:
        entry = self.cards.currentItem()
        if entry is None:
            self.error.show_error(self.tr("Choose a card that was brought in first."))
            return
        try:
            self.meeting_cards.remove_brought(entry.data(Qt.ItemDataRole.UserRole))
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            return
        self.error.clear_error()
        self.message.emit(self.tr("Card removed."))


def _wrapped(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    return label


def _local_files(mime) -> list[Path]:
    """The local files in a drop (links to web pages are not files: nothing is downloaded)."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
