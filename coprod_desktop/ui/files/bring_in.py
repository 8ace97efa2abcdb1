"""Bringing pictures in and taking boards out: photos and pictures as cards, AAC boards, avatars.

The slow, risky part of each (reading the file, checking it, cleaning the picture) runs off the GUI
thread and touches no database; storing it then happens here on the GUI thread, which owns the
store's connection. Files are handled one at a time, so a facilitator who drops ten photos answers
ten short questions in turn rather than facing ten dialogs at once.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ...composition import open_for_reading
from ...domain.errors import NotFound, ValidationError
from ...domain.filenames import safe_file_stem
from ...domain.models import Attendee
from ...services.card_library import CardLibrary
from ...services.catalogue import CardCatalogue
from ...services.obf import export_meeting_cards, read_board, store_board
from ...services.picture_import import add_card_picture, check_photo_consent, load_picture
from ...store import Store, StoreError
from ..dialogs.picture_details import PictureDetails, PictureDetailsDialog
from ..platform.tasks import TaskRunner

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
    added: int = 0
    current: Path | None = None


def _write_board(db_path: Path, meeting_id: str, out: Path, catalogue: CardCatalogue) -> Path:
    """Runs on a worker thread: its own read-only connection (a connection belongs to one thread)."""
    with open_for_reading(db_path) as store:
        return export_meeting_cards(store, meeting_id, out, catalogue)


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
        store: Store,
        library: CardLibrary,
        catalogue: CardCatalogue,
        tasks: TaskRunner,
        parent_widget: QWidget | None = None,
        ask_details: AskDetails | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.library = library
        self.catalogue = catalogue
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
            if queue.added:
                self._show_in_meeting(queue.meeting_id)
            self.done.emit()
            return
        path = queue.paths.pop(0)
        queue.current = path
        if is_board(path):
            self._read_board(path)
        else:
            self._read_picture(queue.meeting_id, path)

    def _read_board(self, path: Path) -> None:
        self.message.emit(self.tr("Reading {file}…").format(file=path.name))
        self.tasks.run(lambda: read_board(path), self._board_read, self._failed)

    def _board_read(self, parsed) -> None:
        try:
            result = store_board(self.store, parsed)
        except (ValidationError, StoreError) as exc:
            self._failed(exc)
            return
        self._queue.added += len(result.cards)
        self.message.emit(result.summary())
        self._next()

    def _read_picture(self, meeting_id: str, path: Path) -> None:
        attendees = self.store.people.attendees(meeting_id)
        consent = {a.person_id: self.store.photos.consent(a.person_id) for a in attendees}
        details = self.ask_details(path, attendees, consent)
        if details is None:
            self._next()  # skipped: go on with the others
            return
        try:
            if details.shows_person_id:
                # Refuse before the file is even read: no consent, nothing of theirs is handled.
                check_photo_consent(self.store, details.shows_person_id, meeting_id)
        except (ValidationError, NotFound) as exc:
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
            card = add_card_picture(
                self.store,
                picture,
                label=details.label,
                category=details.category,
                shows_person_id=details.shows_person_id,
                meeting_id=meeting_id,
                licence=details.licence,
                author=details.author,
            )
        except (ValidationError, NotFound, StoreError) as exc:
            self._failed(exc)
            return
        self._queue.added += 1
        self.message.emit(self.tr("Added the picture card “{card}”.").format(card=card.label))
        self._next()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, (ValidationError, NotFound, StoreError)):
            text = str(exc)
        else:
            problem = str(exc) or type(exc).__name__
            text = self.tr("It could not be brought in: {problem}").format(problem=problem)
        current = self._queue.current if self._queue else None
        if current is not None and current.name not in text:
            text = f"{current.name}: {text}"  # several files at once: say which one
        self.problem.emit(text)
        self.message.emit(text)
        self._next()  # one bad file does not stop the rest

    def _show_in_meeting(self, meeting_id: str) -> None:
        """Cards brought for this meeting show in its room, even if it shows only some groups."""
        self.library.refresh()
        chosen = self.store.meeting_cards.categories(meeting_id)
        if chosen is None:
            return
        brought = {c.category for c in self.library.brought}
        if not brought <= chosen:
            self.store.meeting_cards.choose(meeting_id, chosen | brought, self.store.meeting_cards.hidden(meeting_id))

    def _ask_with_dialog(
        self, path: Path, attendees: list[Attendee], consent: dict[str, bool]
    ) -> PictureDetails | None:
        preview = QPixmap(str(path))  # Qt only shows it; what is stored is cleaned by Pillow
        dialog = PictureDetailsDialog(path, preview, attendees, consent, self.parent_widget)
        return dialog.details if dialog.exec() == QDialog.DialogCode.Accepted else None

    # boards out -------------------------------------------------------------------------------
    def export_board(self, meeting_id: str, path: Path | None = None) -> None:
        if path is None:
            title = self.store.meetings.get(meeting_id).title
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
            lambda: _write_board(self.store.path, meeting_id, path, self.catalogue),
            lambda out: self.message.emit(self.tr("Cards saved as a board: {path}").format(path=str(out))),
            lambda exc: self.problem.emit(str(exc) if isinstance(exc, (ValidationError, OSError)) else repr(exc)),
        )

    # a person's photo -------------------------------------------------------------------------
    def choose_photo(self, meeting_id: str, person_id: str, path: Path | None = None) -> None:
        """Their avatar. Needs their photo consent: asked before any file is chosen or read."""
        try:
            check_photo_consent(self.store, person_id, meeting_id)
        except (ValidationError, NotFound) as exc:
            self.photo_problem.emit(str(exc))
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
            lambda exc: self.photo_problem.emit(f"{path.name}: {exc}"),
        )

    def _photo_read(self, meeting_id: str, person_id: str, picture) -> None:
        try:
            self.store.photos.set_photo(person_id, picture, meeting_id=meeting_id)
        except (ValidationError, NotFound, StoreError) as exc:
            self.photo_problem.emit(str(exc))  # e.g. consent taken back while it was being read
            return
        self.message.emit(
            self.tr("Saved the photo of {name}.").format(name=self.store.photos.called(person_id, meeting_id))
        )
