"""Saving a person's own words as a sound file to take home.

The text is put together on the GUI thread (quick database reads); the speech is made in a
background job by a one-off speech process, so the screen never freezes.
"""

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...domain.filenames import safe_file_stem
from ...services.catalogue import CardCatalogue
from ...services.take_home import person_take_home_text, take_home_format
from ...store import Store
from ..platform.tasks import TaskRunner


def save_audio_file(text: str, path: Path, voice) -> Path:
    """Runs on a worker thread: plain data in, a WAV file out."""
    from ...services.speech.audio_file import save_speech

    return save_speech(text, path, voice)


class AudioExporter(QObject):
    message = Signal(str)
    finished = Signal(object)  # the WAV path, or None

    def __init__(self, store: Store, catalogue: CardCatalogue, tasks: TaskRunner) -> None:
        super().__init__()
        self.store = store
        self.catalogue = catalogue
        self.tasks = tasks

    def save(self, meeting_id: str, person_id: str, parent: QWidget, path: Path | None = None) -> None:
        meeting = self.store.meetings.get(meeting_id)
        attendee = self.store.people.attendee(meeting_id, person_id)
        if path is None:
            suggested = Path.home() / f"{safe_file_stem(attendee.credited_as)} - {safe_file_stem(meeting.title)}.wav"
            chosen, _ = QFileDialog.getSaveFileName(
                parent, self.tr("Save their words as audio"), str(suggested), self.tr("Sound files (*.wav)")
            )
            if not chosen:
                return
            path = Path(chosen if chosen.lower().endswith(".wav") else chosen + ".wav")
        text = person_take_home_text(self.store, meeting_id, person_id, self.catalogue)
        voice = take_home_format(self.store, meeting_id, person_id).voice  # their profile's language and speed
        self.message.emit(self.tr("Making the sound file…"))
        self.tasks.run(
            lambda: save_audio_file(text, path, voice),
            self._saved,
            lambda exc: self._failed(exc, parent),
        )

    def _saved(self, path: Path) -> None:
        self.message.emit(self.tr("Sound file saved: {path}").format(path=str(path)))
        self.finished.emit(path)

    def _failed(self, exc: Exception, parent: QWidget) -> None:
        QMessageBox.warning(
            parent,
            self.tr("Save as audio"),
            self.tr("The sound file could not be made: {reason}").format(reason=str(exc)),
        )
        self.message.emit(self.tr("The sound file could not be made."))
        self.finished.emit(None)
