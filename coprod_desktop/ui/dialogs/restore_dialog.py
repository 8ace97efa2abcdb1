"""Restore from a backup: the backups listed (when, why, what each holds), and before restoring one
a confirmation that says what will change compared with the file open now.

The dialog only chooses and confirms; the window does the restore (it must close its workspace
first, then reopens the restored file: MainWindow.restore_from).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...app import backups
from ...domain.backup_contents import MeetingChange
from ...domain.errors import UserFacingError
from ..files.backup_keeper import when_text
from ..platform.messages import error_text
from ..platform.theme import scaled
from ..widgets.message_boxes import plain_box, tell

WIDTH, HEIGHT = 720, 420  # at 100% text: a backup's line whole, and several backups in view


class RestoreDialog(QDialog):
    """Lists the backups of *db_path*; chosen_backup holds the one confirmed for restoring."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.chosen_backup: Path | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Backups, newest first:"))
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        label.setBuddy(self.list)
        layout.addWidget(label)
        layout.addWidget(self.list)
        self.entries = backups.list_backups(self.db_path)
        for entry in self.entries:
            item = QListWidgetItem(self.describe(entry))
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            if not entry.readable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if not self.entries:
            self.list.addItem(self.tr("There are no backups of this file yet."))
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm_and_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.restore_button.setEnabled(any(e.readable for e in self.entries))
        first = next((i for i, e in enumerate(self.entries) if e.readable), None)
        if first is not None:
            self.list.setCurrentRow(first)
        self.list.setFocus()
        self._fit()

    def _fit(self) -> None:
        """Wide enough for a backup's line (when, why, what it holds) at any text size, wrapping
        rather than cut off, and never past the screen's edges (the buttons stay in view)."""
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else QSize(1024, 768)
        self.setMaximumSize(room)
        self.resize(QSize(scaled(WIDTH), scaled(HEIGHT)).boundedTo(room))

    def reason_text(self, reason: str) -> str:
        words = {
            backups.MEETING_START: self.tr("at the start of a meeting"),
            backups.MEETING_END: self.tr("after a meeting"),
            backups.DAILY: self.tr("daily backup"),
            backups.NOW: self.tr("Back up now"),
            backups.COMMAND: self.tr("from the command line"),
            "before-upgrade": self.tr("before an update of CoProd Desktop"),
        }
        return words.get(reason, reason)

    def describe(self, entry: backups.BackupEntry) -> str:
        if not entry.readable:
            #: A backup in the list that cannot be read. {when}: a date and time.
            return self.tr("{when}: cannot be read").format(when=when_text(entry.made_at))
        #: One backup in the list. {when}: a date and time; {why}: why it was made; then two numbers.
        return self.tr("{when}, {why}. Meetings: {meetings}. Contributions: {contributions}.").format(
            when=when_text(entry.made_at),
            why=self.reason_text(entry.reason),
            meetings=entry.meetings,
            contributions=entry.contributions,
        )

    def selected(self) -> backups.BackupEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) and self.entries[row].readable else None

    def change_text(self, change: MeetingChange) -> str:
        if change.whole == "lost":
            #: {title}: a meeting's title; {count}: a number of contributions.
            return self.tr("You will lose the meeting '{title}' and its contributions ({count}).").format(
                title=change.title, count=change.lost
            )
        if change.whole == "regained":
            return self.tr("The meeting '{title}' will come back, with its contributions ({count}).").format(
                title=change.title, count=change.regained
            )
        lines = []
        if change.lost:
            lines.append(
                self.tr("In '{title}' you will lose contributions made since then: {count}.").format(
                    count=change.lost, title=change.title
                )
            )
        if change.regained:
            lines.append(
                self.tr("In '{title}' contributions will come back: {count}.").format(
                    count=change.regained, title=change.title
                )
            )
        return "\n".join(lines)

    def confirmation_text(self, entry: backups.BackupEntry, changes: list[MeetingChange]) -> str:
        head = self.tr("Restore the backup from {when}?").format(when=when_text(entry.made_at))
        if not changes:
            body = self.tr("It holds the same meetings and contributions as the file open now.")
        else:
            body = "\n".join(self.change_text(change) for change in changes)
        kept = self.tr("The file open now is kept aside first, so nothing is deleted.")
        return f"{head}\n\n{body}\n\n{kept}"

    def confirm_and_accept(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            changes = backups.restore_changes(self.db_path, entry.path)
        except UserFacingError as exc:
            tell(self, self.tr("Restore from a backup"), error_text(exc))
            return
        if self.ask(self.confirmation_text(entry, changes)):
            self.chosen_backup = entry.path
            self.accept()

    def ask(self, text: str) -> bool:
        box = plain_box(self, QMessageBox.Icon.Warning, self.tr("Restore from a backup"), text)
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Keep the file as it is"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is restore
