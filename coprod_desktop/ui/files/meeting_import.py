"""Bringing in a meeting exported on another laptop (a .coprod.json file).

The file is read and checked off the GUI thread (it touches no database). Back on the GUI thread,
what differs from this laptop is shown in ImportConflictsDialog (Keep mine is the default for each
difference); the import then runs through the application layer (app/meeting_import.py), all or
nothing. Nothing differs: it is imported straight away. Cancel: nothing is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ...domain.errors import UserFacingError
from ..dialogs.import_conflicts_dialog import ImportConflictsDialog
from ..platform.messages import error_text, report_text
from ..platform.tasks import TaskRunner

if TYPE_CHECKING:
    from ...app.meeting_import import MeetingImportOperations
    from ...services.exchange_merge import Choice, Conflict

# Asks about the differences: (meeting title, conflicts) -> choices by id, or None to cancel.
AskChoices = Callable[[str, "list[Conflict]"], "dict[str, Choice] | None"]


class MeetingImporter(QObject):
    """message(str): one plain line for the status bar. problem(str): the file was refused.
    imported(str): the id of the meeting brought in (to open it)."""

    message = Signal(str)
    problem = Signal(str)
    imported = Signal(str)

    def __init__(
        self,
        operations: MeetingImportOperations,
        tasks: TaskRunner,
        parent_widget: QWidget | None = None,
        ask_choices: AskChoices | None = None,
    ) -> None:
        super().__init__()
        self.operations = operations
        self.tasks = tasks
        self.parent_widget = parent_widget
        self.ask_choices = ask_choices or self._ask_with_dialog

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Bring in a meeting from another laptop"),
            "",
            #: JSON is a file format: keep the name.
            self.tr("Meeting files (*.coprod.json *.json);;All files (*)"),
        )
        if chosen:
            self.bring(Path(chosen))

    def bring(self, path: Path) -> None:
        from ...app.meeting_import import read

        self.message.emit(self.tr("Reading {file}…").format(file=path.name))
        self.tasks.run(lambda: read(path), self._read, self._failed)

    def _read(self, export) -> None:
        try:
            conflicts = self.operations.differences(export)
            choices: dict[str, Choice] | None = {}
            if conflicts:
                choices = self.ask_choices(export.meeting.title, conflicts)
                if choices is None:
                    self.message.emit(self.tr("Nothing was imported."))
                    return
            result = self.operations.bring_in(export, choices)
        except UserFacingError as exc:
            self._failed(exc)
            return
        self.message.emit(report_text(result.report()))
        self.imported.emit(result.meeting_id)

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.problem.emit(text)
        self.message.emit(text)

    def _ask_with_dialog(self, title: str, conflicts: list[Conflict]) -> dict[str, Choice] | None:
        dialog = ImportConflictsDialog(title, conflicts, self.parent_widget)
        return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
