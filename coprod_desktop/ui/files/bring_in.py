"""Bringing pictures in and taking boards out: photos and pictures as cards, AAC boards, avatars.

The slow, risky part of each (reading the file, checking it, cleaning the picture) runs off the GUI
thread and touches no database; storing it then happens on the GUI thread, which owns the
database connection, through the application layer (app/bringing.py). Files are handled one at a
time, so a facilitator who drops ten photos answers ten short questions in turn rather than facing
ten dialogs at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ...domain.errors import UserFacingError
from ...domain.filenames import safe_file_stem
from ...domain.models import Attendee
from ..dialogs.picture_details import PictureDetails, PictureDetailsDialog
from ..platform.messages import error_text, report_text
from ..platform.tasks import TaskRunner

if TYPE_CHECKING:
    from ...app.bringing import BringingOperations

BOARD_SUFFIXES = (".obf", ".obz")
PICTURE_PATTERNS = "*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.heic"

# Asks about one picture: (file, people in the meeting, their photo consent) → details, or None to skip it.
AskDetails = Callable[[Path, list[Attendee], dict[str, bool]], PictureDetails | None]


def is_board(path: Path) -> bool:
    return path.suffix.lower() in BOARD_SUFFIXES


@dataclass
class _Queue:
    meeting_id: str
    paths: list[Path]
    current: Path | None = None


class CardBringer(QObject):
    """Brings files in as cards or avatars, and saves a meeting's cards as an .obz board.

    message(str): one plain line for the status bar, after each file. problem(str) and
    photo_problem(str): a refusal or failure, for the error line on the Cards tab or beside the
    person's photo. done(): the last file of a batch is handled.
    """

    message = Signal(str)
    problem = Signal(str)  # a file that could not become cards
    photo_problem = Signal(str)  # a person's photo that could not be stored
    done = Signal()

    def __init__(
        self,
        bringing: BringingOperations,
        tasks: TaskRunner,
        parent_widget: QWidget | None = None,
        ask_details: AskDetails | None = None,
    ) -> None:
        super().__init__()
        self.bringing = bringing
        self.tasks = tasks
        self.parent_widget = parent_widget
        self.ask_details = ask_details or self._ask_with_dialog
        self._queue: _Queue | None = None

    # cards ------------------------------------------------------------------------------------
    def choose_files(self, meeting_id: str) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.parent_widget,
            self.tr("Bring in photos, pictures or a board"),
            "",
            self.tr("Pictures and AAC boards ({pictures} *.obf *.obz);;All files (*)").format(
                pictures=PICTURE_PATTERNS
            ),
        )
        if paths:
            self.bring(meeting_id, [Path(p) for p in paths])

    def bring(self, meeting_id: str, paths: list[Path]) -> None:
        """Bring each file in turn: .obf/.obz as boards, anything else as a picture."""
        if self._queue is not None:
            self._queue.paths.extend(paths)  # dropped while others are still coming in
            return
        self._queue = _Queue(meeting_id, list(paths))
        self._next()

    def busy(self) -> bool:
        return self._queue is not None

    def _next(self) -> None:
        queue = self._queue
        if queue is None:
            return
        if not queue.paths:
            self._queue = None
            self.done.emit()
            return
        path = queue.paths.pop(0)
        queue.current = path
        if is_board(path):
            self._read_board(path)
        else:
            self._read_picture(queue.meeting_id, path)

    def _read_board(self, path: Path) -> None:
        from ...services.obf import read_board

        self.message.emit(self.tr("Reading {file}…").format(file=path.name))
        self.tasks.run(lambda: read_board(path), self._board_read, self._failed)

    def _board_read(self, parsed) -> None:
        try:
            result = self.bringing.store_board(self._queue.meeting_id, parsed)
        except UserFacingError as exc:
            self._failed(exc)
            return
        self.message.emit(report_text(result.report()))  # what came in and what was left out, and why
        self._next()

    def _read_picture(self, meeting_id: str, path: Path) -> None:
        from ...services.picture_import import load_picture

        try:
            attendees, consent = self.bringing.people_and_consent(meeting_id)
        except UserFacingError as exc:
            self._failed(exc)
            return
        details = self.ask_details(path, attendees, consent)
        if details is None:
            self._next()  # skipped: go on with the others
            return
        try:
            if details.shows_person_id:
                # Refuse before the file is even read: no consent, nothing of theirs is handled.
                self.bringing.check_photo_consent(details.shows_person_id, meeting_id)
        except UserFacingError as exc:
            self._failed(exc)
            return
        purpose = "photo" if details.shows_person_id else "card"
        self.message.emit(self.tr("Getting {file} ready…").format(file=path.name))
        self.tasks.run(
            lambda: load_picture(path, purpose=purpose),
            lambda picture: self._picture_read(meeting_id, details, picture),
            self._failed,
        )

    def _picture_read(self, meeting_id: str, details: PictureDetails, picture) -> None:
        try:
            card = self.bringing.store_picture(meeting_id, picture, details)
        except UserFacingError as exc:
            self._failed(exc)
            return
        self.message.emit(self.tr("Added the picture card “{card}”.").format(card=card.label))
        self._next()

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        current = self._queue.current if self._queue else None
        if current is not None and current.name not in text:
            text = f"{current.name}: {text}"  # several files at once: say which one
        self.problem.emit(text)
        self.message.emit(text)
        self._next()  # one bad file does not stop the rest

    def _ask_with_dialog(
        self, path: Path, attendees: list[Attendee], consent: dict[str, bool]
    ) -> PictureDetails | None:
        preview = QPixmap(str(path))  # Qt only shows it; what is stored is cleaned by Pillow
        dialog = PictureDetailsDialog(path, preview, attendees, consent, self.parent_widget)
        return dialog.details if dialog.exec() == QDialog.DialogCode.Accepted else None

    # boards out -------------------------------------------------------------------------------
    def export_board(self, meeting_id: str, path: Path | None = None) -> None:
        if path is None:
            try:
                title = self.bringing.meeting_title(meeting_id)
            except UserFacingError as exc:
                self.problem.emit(error_text(exc))
                return
            chosen, _ = QFileDialog.getSaveFileName(
                self.parent_widget,
                self.tr("Save the cards as a board"),
                str(Path.home() / f"{safe_file_stem(title)} - cards.obz"),
                self.tr("Open Board packages (*.obz)"),
            )
            if not chosen:
                return
            path = Path(chosen if chosen.lower().endswith(".obz") else chosen + ".obz")
        self.message.emit(self.tr("Saving the cards…"))
        self.tasks.run(
            self.bringing.board_writer(meeting_id, path),
            lambda out: self.message.emit(self.tr("Cards saved as a board: {path}").format(path=str(out))),
            lambda exc: self.problem.emit(error_text(exc)),
        )

    # a person's photo -------------------------------------------------------------------------
    def choose_photo(self, meeting_id: str, person_id: str, path: Path | None = None) -> None:
        """Their avatar. Needs their photo consent: asked before any file is chosen or read."""
        from ...services.picture_import import load_picture

        try:
            self.bringing.check_photo_consent(person_id, meeting_id)
        except UserFacingError as exc:
            self.photo_problem.emit(error_text(exc))
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.parent_widget,
                self.tr("Their photo"),
                "",
                self.tr("Photos ({pictures})").format(pictures=PICTURE_PATTERNS),
            )
            if not chosen:
                return
            path = Path(chosen)
        self.message.emit(self.tr("Getting {file} ready…").format(file=path.name))
        self.tasks.run(
            lambda: load_picture(path, purpose="photo"),
            lambda picture: self._photo_read(meeting_id, person_id, picture),
            lambda exc: self.photo_problem.emit(f"{path.name}: {error_text(exc)}"),
        )

    def _photo_read(self, meeting_id: str, person_id: str, picture) -> None:
        try:
            self.bringing.store_person_photo(meeting_id, person_id, picture)
            name = self.bringing.called(person_id, meeting_id)
        except UserFacingError as exc:
            self.photo_problem.emit(error_text(exc))  # e.g. consent taken back while it was being read
            return
        self.message.emit(self.tr("Saved the photo of {name}.").format(name=name))
