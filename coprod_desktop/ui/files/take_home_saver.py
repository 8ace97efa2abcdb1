"""Take-home sheets, records of involvement and the group summary: saved into a folder, or printed;
and the meeting's spreadsheet (CSV) and export file (JSON), saved into the folder with them.

Opens the dialog (take_home_dialog.py), and for Save: asks for a folder, finds (off the GUI thread)
which of the files are there already and asks whether to replace them, keep both or cancel, writes
them on a worker thread (app/handouts.py names them from the meeting and the person, inside the
folder), then says how many were saved and where. Print makes the one document chosen in memory
and prints it the way the summary is printed (SummaryPrinter.print_document).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...app.documents import DocumentJobs
from ...app.handouts import Existing, Handout
from ...domain.errors import UserFacingError
from ..platform.messages import error_text
from ..platform.tasks import TaskRunner
from ..widgets.form_parts import isolated, marker_words
from ..widgets.message_boxes import plain_box, tell_later
from .print_summary import PrintWords, SummaryPrinter
from .replace_question import ask_replace_or_keep
from .take_home_dialog import TakeHomeChoice, TakeHomeDialog


def folder_words(folder: Path) -> str:
    """*folder* as people know it: "Documents/Handouts" under their home folder, else in full."""
    try:
        inside = folder.relative_to(Path.home())
    except ValueError:
        return str(folder)
    return str(folder) if inside == Path(".") else str(inside)


class TakeHomeSaver(QObject):
    """Runs the take-home dialog of one meeting at a time. Emits message(str) for the status line
    and finished(list of saved paths, or None when nothing was saved: cancelled or failed)."""

    message = Signal(str)
    finished = Signal(object)

    def __init__(self, documents: DocumentJobs, tasks: TaskRunner, printer: SummaryPrinter) -> None:
        super().__init__()
        self.documents = documents
        self.tasks = tasks
        self.printer = printer
        self.dialog: TakeHomeDialog | None = None
        self.meeting_id: str | None = None

    # the dialog ---------------------------------------------------------------------------------
    def open(self, meeting_id: str, parent: QWidget) -> TakeHomeDialog | None:
        """Show the dialog for *meeting_id* (window-modal, without waiting); returns it."""
        try:
            meeting = self.documents.meeting(meeting_id)
            people = self.documents.people(meeting_id)
            refused = tuple(isolated(a.credited_as) for a in self.documents.without_take_home(meeting_id))
        except UserFacingError as exc:  # the meeting was removed meanwhile
            tell_later(parent, self.tr("Take-home sheets and certificates"), error_text(exc))
            return None
        if self.dialog is not None:
            self.dialog.close()
        # Each as they chose to be credited; two with the same name are told apart by their marker.
        names = Counter(a.credited_as for a in people)
        shown = [
            (
                a.person_id,
                isolated(a.credited_as)
                if names[a.credited_as] == 1
                #: Two people credited by the same name: {name}, then their marker, e.g. "sky blue square".
                else self.tr("{name} ({marker})").format(name=isolated(a.credited_as), marker=marker_words(a.marker)),
            )
            for a in people
        ]
        dialog = TakeHomeDialog(meeting.title, shown, parent, not_made=refused)
        self.dialog, self.meeting_id = dialog, meeting_id
        for box in dialog.kind_boxes():
            box.toggled.connect(self._update_actions)
        dialog.person.currentIndexChanged.connect(self._update_actions)
        dialog.save_button.clicked.connect(lambda: self.save())
        dialog.print_button.clicked.connect(self.print_)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self._update_actions()
        dialog.open()
        return dialog

    def _forget(self, dialog: TakeHomeDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _update_actions(self, *_args: object) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        choice = dialog.choice()
        dialog.save_button.setEnabled(bool(choice.kinds))
        printable = choice.one_document() is not None
        dialog.print_button.setEnabled(printable)
        note = "" if printable else self.tr("To print, choose one person and one document, or the group summary alone.")
        dialog.print_note.setText(note)
        dialog.print_note.setVisible(bool(note))
        dialog.print_button.setAccessibleDescription(note)

    def _busy(self, busy: bool) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(busy)
            if not busy:
                self._update_actions()

    # saving into a folder -------------------------------------------------------------------------
    def save(self, folder: Path | None = None) -> None:
        """Ask for a folder (unless *folder* is given), then save the chosen documents into it."""
        dialog = self.dialog
        if dialog is None or self.meeting_id is None:
            return
        choice = dialog.choice()
        if not choice.kinds:
            return
        dialog.error.clear_error()
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(dialog, self.tr("Save into which folder?"), str(Path.home()))
            if not chosen:
                return
            folder = Path(chosen)
        meeting_id = self.meeting_id
        self._busy(True)
        self.message.emit(self.tr("Checking the folder…"))
        self.tasks.run(
            self.documents.existing_job(meeting_id, folder, choice.kinds, choice.person_id, choice.html),
            lambda existing: self._checked(meeting_id, folder, choice, existing),
            self._save_failed,
        )

    def _checked(self, meeting_id: str, folder: Path, choice: TakeHomeChoice, existing: list[Path]) -> None:
        def write(how: Existing | None) -> None:
            if how is None:
                self._busy(False)
                self.message.emit(self.tr("Nothing was saved."))
                self.finished.emit(None)
                return
            self.message.emit(self.tr("Making the documents…"))
            self.tasks.run(
                self.documents.handouts_job(meeting_id, folder, choice.kinds, choice.person_id, choice.html, how),
                lambda written: self._saved(folder, written),
                self._save_failed,
            )

        if existing:
            self.ask_about_existing(len(existing), write)
        else:
            write(Existing.KEEP_BOTH)  # nothing there: and should a file appear meanwhile, it is kept

    def ask_about_existing(self, count: int, then: Callable[[Existing | None], None]) -> QMessageBox:
        """Replace the files already there, keep both, or cancel? Asked without waiting."""
        return ask_replace_or_keep(self.dialog, count, then)

    def _saved(self, folder: Path, written: list[Path]) -> None:
        self._busy(False)
        where = folder_words(folder)
        text = (
            self.tr("Saved 1 file in {folder}.").format(folder=where)
            if len(written) == 1
            else self.tr("Files saved in {folder}: {count}.").format(count=len(written), folder=where)
        )
        self.message.emit(text)
        box = plain_box(
            self.dialog, QMessageBox.Icon.Information, self.tr("Saved"), text, QMessageBox.StandardButton.Ok
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # a job's callback returns at once: no waiting here
        self.finished.emit(written)

    def _save_failed(self, exc: Exception) -> None:
        self._busy(False)
        text = self.tr("The documents could not be saved: {reason}").format(reason=error_text(exc))
        if self.dialog is not None:
            self.dialog.error.show_error(text)
        tell_later(self.dialog, self.tr("Take-home sheets and certificates"), text)
        self.message.emit(self.tr("The documents could not be saved."))
        self.finished.emit(None)

    # printing one document ------------------------------------------------------------------------
    def print_(self) -> None:
        """Print the one document chosen (a person's sheet or record, or the group summary)."""
        dialog = self.dialog
        if dialog is None or self.meeting_id is None:
            return
        choice = dialog.choice()
        kind = choice.one_document()
        if kind is None:
            return
        person_id = None if kind is Handout.SUMMARY else choice.person_id
        self._busy(True)
        self.printer.finished.connect(self._printed)
        self.printer.print_document(
            self.documents.handout_print_job(self.meeting_id, kind, person_id), dialog, self._print_words()
        )

    def _printed(self, _outcome: object) -> None:
        self.printer.finished.disconnect(self._printed)
        self._busy(False)

    def _print_words(self) -> PrintWords:
        return PrintWords(
            title=self.tr("Take-home sheets and certificates"),
            making=self.tr("Making the document to print…"),
            sent=self.tr("The document was sent to the printer."),
            printer_refused=self.tr("The document could not be printed: the printer could not be started."),
            not_printed=self.tr("The document could not be printed."),
            not_made=self.tr("The document could not be made: {reason}"),
            not_made_short=self.tr("The document could not be made."),
        )
