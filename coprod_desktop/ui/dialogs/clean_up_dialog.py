"""Clean up old meetings: the meetings past the period kept, each with a tick box (all ticked),
and Delete, which asks first, then makes a checked backup (off the GUI thread) and only when that
worked deletes the ticked meetings (app/retention.py). What was deleted is said at the end.

If the backup cannot be made nothing is deleted, and the dialog says so.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...app import backups
from ...domain.dates import readable_date
from ...domain.errors import UserFacingError
from ..platform.messages import error_text
from ..platform.theme import min_target, scaled
from ..widgets.form_parts import big_tick_boxes, dialog_layout
from ..widgets.message_boxes import plain_box
from ..widgets.screen_layouts import hold_height

if TYPE_CHECKING:
    from ...app.retention import CleanUpResult, PastMeeting, RetentionOperations
    from ..platform.tasks import TaskRunner

WIDTH, HEIGHT = 720, 480  # at 100% text: a meeting's line whole, and several meetings in view


class _MeetingsToDelete(QListWidget):
    """The meetings, one a row with its tick box; a long title wraps and its row grows. The list
    is always at least as tall as its tallest row, so with large text no meeting is only partly in
    view: the dialog scrolls instead.

    Rows are measured here, where the style puts their text (beside the tick box, inside the
    border a chosen row has), as the meetings list does (ui/meetings/meetings_view.MeetingList):
    Qt's own measure of a wrapped row does not follow the list's width.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def fit_rows(self) -> None:
        if self.count() == 0:
            return
        helper = QStyledItemDelegate()  # for its initStyleOption: the option a row is drawn with
        # As wide as the rows are once the scroll bar shows, whether or not it does yet.
        width = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        tall = 100000
        tallest = 0
        for row in range(self.count()):
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            helper.initStyleOption(option, self.model().index(row, 0))
            option.rect = QRect(0, 0, max(1, width), tall)
            option.state |= QStyle.StateFlag.State_Selected  # room for a chosen row's border
            room = self.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, self)
            text_width = max(1, room.width() - 2 * margin)
            needed = QFontMetrics(option.font).boundingRect(
                QRect(0, 0, text_width, tall), int(Qt.TextFlag.TextWordWrap), option.text
            )
            height = max(needed.height() + (tall - room.height()), min_target())
            item = self.item(row)
            if item.sizeHint().height() != height:
                item.setSizeHint(QSize(0, height))
            tallest = max(tallest, height)
        hold_height(self, max(3 * min_target(), tallest + 2 * self.frameWidth()))


class CleanUpDialog(QDialog):
    """Lists the meetings past the period at *today*; deletes the ticked ones after a backup."""

    finished_cleaning = Signal(object)  # the CleanUpResult, once meetings were deleted
    backup_failed = Signal(str)  # what the dialog said when the backup could not be made

    def __init__(
        self,
        retention: RetentionOperations,
        db_path: Path,
        tasks: TaskRunner,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.retention = retention
        self.db_path = Path(db_path)
        self.tasks = tasks
        self.meetings: list[PastMeeting] = retention.meetings_past(today or date.today())
        self.setWindowTitle(self.tr("Clean up old meetings"))

        intro = QLabel(self.tr("These meetings are older than you keep them. Untick any you want to keep."))
        label = QLabel(self.tr("&Meetings to delete:"))
        self.list = _MeetingsToDelete()
        self.list.setAccessibleName(self.tr("Meetings to delete"))
        self.list.setAccessibleDescription(self.tr("Press Space to tick or untick a meeting."))
        label.setBuddy(self.list)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows measured again at each width
        big_tick_boxes(self.list)
        for meeting in self.meetings:
            item = QListWidgetItem(self.describe(meeting))
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        if self.meetings:
            self.list.setCurrentRow(0)
        self.list.itemChanged.connect(lambda _item: self._update_button())
        backup_note = QLabel(
            self.tr(
                "A backup is made first. Backups keep these meetings until the backups expire. "
                "People are kept: erase them in People on this laptop."
            )
        )
        self.status = QLabel()
        self.status.hide()
        self.outcome = QLabel()
        self.outcome.hide()
        for text in (intro, label, backup_note, self.status, self.outcome):
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete"))
        self.delete_button.setAccessibleDescription(
            self.tr("Delete the ticked meetings, after a backup. You are asked first.")
        )
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.delete_button.clicked.connect(self.confirm_and_delete)
        buttons.rejected.connect(self.reject)

        body = QWidget()
        layout = QVBoxLayout(body)
        for widget in (intro, label, self.list, backup_note, self.status, self.outcome):
            layout.addWidget(widget)
        layout.addStretch(1)
        if not self.meetings:
            self.list.hide()
            label.hide()
            self.status.setText(self.tr("No meetings are older than you keep them."))
            self.status.show()
        dialog_layout(self, body, buttons)
        # Wide enough for a meeting's line at any text size (wrapping, not cut), never past the screen.
        self.resize(self.size().expandedTo(QSize(scaled(WIDTH), scaled(HEIGHT))).boundedTo(self.maximumSize()))
        self._update_button()
        (self.list if self.meetings else self.close_button).setFocus()

    def describe(self, meeting: PastMeeting) -> str:
        #: One meeting to clean up. {title}: its title; {date}: its date in words; {count}: a number.
        return self.tr("{title} — {date} — Contributions: {count}").format(
            title=meeting.title, date=readable_date(meeting.date), count=meeting.contributions
        )

    def ticked(self) -> list[str]:
        """The ids of the meetings ticked, in the list's order."""
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update_button(self) -> None:
        self.delete_button.setEnabled(bool(self.ticked()))

    def confirmation_text(self, ids: list[str]) -> str:
        chosen = [m for m in self.meetings if m.id in set(ids)]
        head = self.tr("Delete the meetings ticked?")
        #: Before deleting. {meetings}, {contributions}: numbers.
        counts = self.tr("Meetings: {meetings}. Contributions: {contributions}.").format(
            meetings=len(chosen), contributions=sum(m.contributions for m in chosen)
        )
        backup = self.tr("A backup is made first. If it cannot be made, nothing is deleted.")
        return f"{head}\n\n{counts}\n\n{backup}"

    def ask(self, text: str) -> bool:
        """Ask before deleting (a test answers it instead)."""
        box = plain_box(self, QMessageBox.Icon.Warning, self.tr("Clean up old meetings"), text)
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep them"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is delete

    def confirm_and_delete(self) -> None:
        ids = self.ticked()
        if not ids or not self.ask(self.confirmation_text(ids)):
            return
        self.delete_button.setEnabled(False)
        self.list.setEnabled(False)
        self._say(self.status, self.tr("Making a backup first…"))
        db = self.db_path
        self.tasks.run(
            lambda: backups.make_backup(db, backups.NOW, beside_writer=True),
            lambda _made: self._delete(ids),
            self._backup_not_made,
        )

    def _backup_not_made(self, exc: Exception) -> None:
        #: The backup before a clean-up failed. {reason}: why.
        text = self.tr("The backup was not made, so nothing was deleted. {reason}").format(reason=error_text(exc))
        self._say(self.status, text)
        self.list.setEnabled(True)
        self._update_button()
        self.backup_failed.emit(text)

    def _delete(self, ids: list[str]) -> None:
        try:
            result = self.retention.clean_up(ids)
        except UserFacingError as exc:
            self._say(self.status, error_text(exc))
            self.list.setEnabled(True)
            self._update_button()
            return
        gone = set(ids)  # the meetings deleted leave the list; any left unticked stay in it
        for row in reversed(range(self.list.count())):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) in gone:
                self.list.takeItem(row)
        self.meetings = [m for m in self.meetings if m.id not in gone]
        self.list.setEnabled(True)
        self._update_button()
        self._say(self.status, self.tr("The backup was made."))
        self._say(self.outcome, self.outcome_text(result))
        self.close_button.setFocus()
        self.finished_cleaning.emit(result)

    def outcome_text(self, result: CleanUpResult) -> str:
        lines = [self.tr("Meetings deleted: {count}").format(count=result.meetings)]
        if result.people_without_meetings:
            lines.append(
                #: After a clean-up. {count}: people who now take part in no meeting (they are kept).
                self.tr("People left with no meeting: {count}. To erase them, use People on this laptop.").format(
                    count=result.people_without_meetings
                )
            )
        return "\n".join(lines)

    def _say(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setAccessibleName(text)
        label.show()
