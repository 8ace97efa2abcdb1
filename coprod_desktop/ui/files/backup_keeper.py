"""Backups from the window: automatic ones (a meeting starting and ending, daily while the app is
open), "Back up now" and "Back up to…".

Every copy runs off the GUI thread through the application layer (app/backups.py), on its own
read-only connection beside the window's writer. What happened is said in the status line, a
failure too: an automatic backup that fails never interrupts the meeting, and is never silent.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...app import backups
from ..platform.messages import error_text
from ..platform.tasks import TaskRunner
from ..widgets.message_boxes import tell, tell_later

# How often the daily backup is looked at while the app is open (it is made at most once a day).
DAILY_CHECK_MS = 60 * 60 * 1000


def when_text(made_at: datetime) -> str:
    """A backup's time as people read it: local time, to the minute."""
    return made_at.astimezone().strftime("%Y-%m-%d %H:%M")


class BackupKeeper(QObject):
    """Makes the window's backups of the database at *db_path*; says each outcome with *message*."""

    message = Signal(str)
    # An automatic backup that worked: worth a word, but never over what the status line is saying
    # (in the room that may be "The room display covers this screen. Escape brings the console back.").
    note = Signal(str)
    made = Signal(object)  # a BackupMade, after any backup the keeper made

    def __init__(self, db_path: Path, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.tasks = tasks
        self.running = False
        self.daily_timer = QTimer(self)
        self.daily_timer.setInterval(DAILY_CHECK_MS)
        self.daily_timer.timeout.connect(self.back_up_if_due)

    def start_daily(self, first_check_ms: int = 5 * 60 * 1000) -> None:
        """Look for the day's backup soon after the window opens, then every hour."""
        QTimer.singleShot(first_check_ms, self, self.back_up_if_due)
        self.daily_timer.start()

    def stop(self) -> None:
        self.daily_timer.stop()

    # automatic -------------------------------------------------------------------------------------
    def back_up_automatically(self, reason: str) -> None:
        """A backup for *reason* (backups.MEETING_START, MEETING_END), said in the status line."""
        db = self.db_path
        self._run(lambda: backups.make_backup(db, reason, beside_writer=True), self._said_automatic)

    def back_up_if_due(self) -> None:
        """The daily backup, if none was made in the last day (checked on the worker thread)."""
        if self.running:
            return  # one is being made already: that one will do
        db = self.db_path
        self._run(lambda: backups.back_up_if_due(db, beside_writer=True), self._said_automatic)

    def _said_automatic(self, made: backups.BackupMade | None) -> None:
        if made is not None:
            self.note.emit(
                #: Status line after an automatic backup. {when}: a date and time; {meetings}, {contributions}: numbers.
                self.tr(
                    "Backed up automatically at {when}. Meetings: {meetings}. Contributions: {contributions}."
                ).format(when=when_text(made.made_at), meetings=made.meetings, contributions=made.contributions)
            )

    # asked for -------------------------------------------------------------------------------------
    def back_up_now(self, parent: QWidget) -> None:
        """Back up now (into the backups folder), then say where, when and what it holds."""
        db = self.db_path
        self.message.emit(self.tr("Backing up…"))
        self._run(
            lambda: backups.make_backup(db, backups.NOW, beside_writer=True),
            lambda made: self._confirm(made, parent),
            parent,
        )

    def back_up_to(self, parent: QWidget, chosen: str | None = None) -> None:
        """Back up to a file the person chooses (a USB stick, say): Qt's dialog asks before replacing one."""
        if chosen is None:
            suggested = Path.home() / f"{self.db_path.stem} backup {datetime.now():%Y-%m-%d}.db"
            chosen, _ = QFileDialog.getSaveFileName(
                parent, self.tr("Back up to"), str(suggested), self.tr("Meeting backups (*.db)")
            )
            if not chosen:
                return
        target = Path(chosen if chosen.lower().endswith(backups.SUFFIX) else chosen + backups.SUFFIX)
        # The file dialog has asked before replacing a file of the chosen name; a name the ".db" was
        # added to has not been asked about, so it is refused rather than replaced.
        replace = target.exists() and str(target) == chosen
        db = self.db_path
        self.message.emit(self.tr("Backing up…"))
        self._run(
            lambda: backups.back_up_to(db, target, replace=replace, beside_writer=True),
            lambda made: self._confirm(made, parent),
            parent,
        )

    def _confirm(self, made: backups.BackupMade, parent: QWidget) -> None:
        #: {path}: where the backup was saved; {when}: a date and time; {meetings}, {contributions}: numbers.
        text = self.tr("Backed up to {path} at {when}. Meetings: {meetings}. Contributions: {contributions}.").format(
            path=str(made.path), when=when_text(made.made_at), meetings=made.meetings, contributions=made.contributions
        )
        self.message.emit(text)
        tell(parent, self.tr("Backup"), text, icon=QMessageBox.Icon.Information)

    # running ---------------------------------------------------------------------------------------
    def _run(self, job: Callable[[], object], on_done: Callable[[object], None], parent: QWidget | None = None) -> None:
        self.running = True

        def done(result: object) -> None:
            self.running = False
            if result is not None:
                self.made.emit(result)
            on_done(result)

        def failed(exc: Exception) -> None:
            self.running = False
            #: Status line when a backup fails; {reason} says why. The meeting goes on.
            text = self.tr("The backup was not made: {reason}").format(reason=error_text(exc))
            self.message.emit(text)
            if parent is not None:  # asked for: told in a box too
                tell_later(parent, self.tr("Backup"), text)

        self.tasks.run(job, done, failed)
