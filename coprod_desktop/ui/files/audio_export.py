"""Saving a person's own words as a sound file to take home.

The whole job (reading their words with its own read-only connection, then making the speech in a
one-off speech process) runs off the GUI thread through the application layer (app/documents.py),
so the screen never freezes.
"""

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ...app.documents import WAV, DocumentJobs, with_suffix
from ...domain.errors import UserFacingError
from ..platform.messages import error_text
from ..platform.tasks import TaskRunner
from ..widgets.message_boxes import tell_later


class AudioExporter(QObject):
    message = Signal(str)
    finished = Signal(object)  # the WAV path, or None

    def __init__(self, documents: DocumentJobs, tasks: TaskRunner) -> None:
        super().__init__()
        self.documents = documents
        self.tasks = tasks

    def save(self, meeting_id: str, person_id: str, parent: QWidget, path: Path | None = None) -> None:
        if path is None:
            try:
                suggested = Path.home() / self.documents.audio_file_name(meeting_id, person_id)
            except UserFacingError as exc:  # they were taken off the meeting meanwhile
                self._failed(exc, parent)
                return
            chosen, _ = QFileDialog.getSaveFileName(
                parent, self.tr("Save their words as audio"), str(suggested), self.tr("Sound files (*.wav)")
            )
            if not chosen:
                return
            path = with_suffix(chosen, WAV)
        self.message.emit(self.tr("Making the sound file…"))
        self.tasks.run(
            self.documents.audio_job(meeting_id, person_id, path),
            self._saved,
            lambda exc: self._failed(exc, parent),
        )

    def _saved(self, path: Path) -> None:
        self.message.emit(self.tr("Sound file saved: {path}").format(path=str(path)))
        self.finished.emit(path)

    def _failed(self, exc: Exception, parent: QWidget) -> None:
        text = self.tr("The sound file could not be made: {reason}").format(reason=error_text(exc))
        tell_later(parent, self.tr("Save as audio"), text)  # a file name in it is data
        self.message.emit(self.tr("The sound file could not be made."))
        self.finished.emit(None)
