"""People on this laptop: everyone known here, with their consent, their involvement, their record
and erasing or anonymising them.

Names are shown as this laptop keeps them (full names: the facilitator is looking after their
data, not crediting them in the room). "Save their record…" asks for a folder, finds off the GUI
thread which of the files are there already, asks whether to replace them, then writes the JSON,
the photo and the PDF on a worker thread (app/person_record.py). "Erase or anonymise…" explains
both choices plainly, with what the backups still hold; anonymising is the default, erasing asks
a second time. The list follows the change stream, whoever made the change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...app.handouts import Existing
from ...domain.changes import Change, ChangeKind
from ...domain.errors import UserFacingError
from ..files.replace_question import ask_replace_or_keep
from ..meetings.meetings_view import MeetingList
from ..platform.messages import error_text, report_text
from ..platform.theme import min_target, scaled_font
from ..widgets.form_parts import ErrorLine, dialog_layout, isolated, roomy_rows
from ..widgets.message_boxes import ask
from ..widgets.refresh import DeferredRefresh
from ..widgets.screen_layouts import wrapping_row

if TYPE_CHECKING:
    from ...app.person_record import PersonOnLaptop
    from ...app.workspace import Workspace
    from ..platform.tasks import TaskRunner

PERSON_ID = Qt.ItemDataRole.UserRole
NAME = Qt.ItemDataRole.UserRole + 1


def _label(text: str, *, bold: bool = False, size: int | None = None) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold or size:
        label.setFont(scaled_font(size or 12, bold=bold))
    return label


class PeopleDialog(QDialog):
    """Everyone on this laptop. *choose_folder* and *confirm* stand in for the folder chooser and a
    yes/no question in tests."""

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        choose_folder: Callable[[QWidget], Path | None] | None = None,
        confirm: Callable[[QWidget, str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.choose_folder = choose_folder or self._choose_folder
        self.confirm = confirm or (lambda parent, question: ask(parent, self.tr("Erase"), question))
        self.erase_dialog: EraseDialog | None = None
        self._busy = False
        self._refresh = DeferredRefresh(self, self.refresh)
        self.setWindowTitle(self.tr("People on this laptop"))

        self.heading = _label(self.tr("People on this laptop"), bold=True, size=14)
        self.heading.setAccessibleName(self.tr("People on this laptop"))
        self.note = _label(self.tr("Everyone whose details are kept here. Choose a person, then what to do."))
        self.list = MeetingList()  # its rows wrap, measured to fit at any text size
        self.list.setAccessibleName(self.tr("People on this laptop"))
        self.list.setAccessibleDescription(self.tr("Each person's name, and how many meetings they took part in."))
        self.list.setMinimumHeight(4 * min_target())
        roomy_rows(self.list)
        self.empty_note = _label(self.tr("No one is kept on this laptop."))

        self.consent_button = QPushButton(self.tr("&Consent…"))
        self.involvement_button = QPushButton(self.tr("&Involvement…"))
        self.record_button = QPushButton(self.tr("Save their &record…"))
        self.erase_button = QPushButton(self.tr("&Erase or anonymise…"))
        self.close_button = QPushButton(self.tr("Clo&se"))
        for button, description in (
            (self.consent_button, self.tr("See and record what the chosen person agreed to")),
            (self.involvement_button, self.tr("Their meetings, time given, roles, recognition and expenses")),
            (self.record_button, self.tr("Save everything kept about them into a folder: a PDF and a data file")),
            (self.erase_button, self.tr("Remove them from this laptop, or keep their words without their name")),
            (self.close_button, ""),
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAccessibleDescription(description)
            button.setMinimumHeight(min_target())
        self.status = _label("")
        self.status.setAccessibleName("")
        self.error = ErrorLine()

        body = QWidget()
        column = QVBoxLayout(body)
        for widget in (self.heading, self.note, self.list, self.empty_note, self.status):
            column.addWidget(widget)
        column.addLayout(
            wrapping_row(self.consent_button, self.involvement_button, self.record_button, self.erase_button)
        )
        buttons = QWidget()
        row = QVBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        dialog_layout(self, body, buttons, footer=self.error, at_least=(760, 640))

        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.open_consent())
        self.consent_button.clicked.connect(self.open_consent)
        self.involvement_button.clicked.connect(self.open_involvement)
        self.record_button.clicked.connect(lambda: self.save_record())
        self.erase_button.clicked.connect(self.ask_erase)
        self.close_button.clicked.connect(self.reject)
        workspace.subscribe(self._listener())
        self.refresh()
        self.list.setFocus()

    # what it shows ------------------------------------------------------------------------------
    def _listener(self) -> Callable[[Change], None]:
        def on_change(change: Change) -> None:
            if shiboken6.isValid(self) and change.kind in (ChangeKind.PERSON, ChangeKind.ATTENDEE):
                self._refresh.request()

        return on_change

    def shown_name(self, person: PersonOnLaptop) -> str:
        if person.anonymised:
            #: An anonymised person in the list of people on this laptop.
            return self.tr("Former participant")
        return person.full_name

    def refresh(self) -> None:
        chosen = self.current_person_id()
        self.list.clear()
        for person in self.workspace.person_records.everyone():
            #: A person in the list: {name} is their full name, {count} how many meetings they took part in.
            text = self.tr("{name} — meetings: {count}").format(
                name=isolated(self.shown_name(person)), count=person.meetings
            )
            item = QListWidgetItem(text)
            item.setData(PERSON_ID, person.person_id)
            item.setData(NAME, self.shown_name(person))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
            if person.person_id == chosen:
                self.list.setCurrentItem(item)
        if self.list.count() and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.empty_note.setVisible(self.list.count() == 0)
        self.list.fit_rows()
        self._update_buttons()

    def current_person_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(PERSON_ID)

    def _current_name(self) -> str:
        item = self.list.currentItem()
        return "" if item is None else item.data(NAME)

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.current_person_id() is not None and not self._busy
        for button in (self.consent_button, self.involvement_button, self.record_button):
            button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen and not self.workspace.read_only)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)

    # consent and involvement: their own dialogs ---------------------------------------------------
    def open_consent(self) -> QDialog | None:
        from .consent_dialog import ConsentDialog  # imported when first wanted

        return self._open_for_person(ConsentDialog)

    def open_involvement(self) -> QDialog | None:
        from .involvement_dialog import InvolvementDialog

        return self._open_for_person(InvolvementDialog)

    def _open_for_person(self, dialog_class: type[QDialog]) -> QDialog | None:
        """Open *dialog_class* (made as (workspace, person_id, parent)) for the chosen person."""
        person_id = self.current_person_id()
        if person_id is None:
            return None
        dialog = dialog_class(self.workspace, person_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # their record ----------------------------------------------------------------------------------
    def _choose_folder(self, parent: QWidget) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            parent, self.tr("Save their record into which folder?"), str(Path.home())
        )
        return Path(chosen) if chosen else None

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def save_record(self, folder: Path | None = None) -> None:
        """Ask for a folder (unless given), then save the chosen person's record into it."""
        person_id = self.current_person_id()
        if person_id is None:
            return
        self.error.clear_error()
        folder = folder or self.choose_folder(self)
        if folder is None:
            return
        records = self.workspace.person_records
        self._set_busy(True)
        self._say(self.tr("Checking the folder…"))

        def checked(existing: list[Path]) -> None:
            if existing:
                self.ask_about_existing(len(existing), lambda how: write(how))
            else:
                write(Existing.KEEP_BOTH)

        def write(how: Existing | None) -> None:
            if how is None:
                self._set_busy(False)
                self._say(self.tr("Nothing was saved."))
                return
            self._say(self.tr("Saving their record…"))
            self.tasks.run(
                records.save_job(person_id, folder, how), lambda written: self._saved(folder, written), self._failed
            )

        self.tasks.run(records.existing_job(person_id, folder), checked, self._failed)

    def ask_about_existing(self, count: int, then: Callable[[Existing | None], None]) -> QMessageBox:
        """Replace the files already there, keep both, or cancel? Asked without waiting."""
        return ask_replace_or_keep(self, count, then)

    def _saved(self, folder: Path, written: list[Path]) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        #: After saving a person's record: {folder} is where, {count} how many files.
        self._say(self.tr("Files saved in {folder}: {count}.").format(folder=str(folder), count=len(written)))

    def _failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self._say("")
        self.error.show_error(self.tr("Their record could not be saved: {reason}").format(reason=error_text(exc)))

    # erasing or anonymising ----------------------------------------------------------------------
    def ask_erase(self) -> EraseDialog | None:
        """Explain both choices and the backups; anonymising is chosen unless they choose erasing."""
        person_id = self.current_person_id()
        if person_id is None or self.workspace.read_only:
            return None
        self.error.clear_error()
        try:
            backups = report_text(self.workspace.erasure.backups_holding(person_id).report())
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            return None
        dialog = EraseDialog(self._current_name(), backups, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._erase_chosen(person_id, dialog.erase_chosen(), dialog.name))
        self.erase_dialog = dialog
        dialog.open()
        return dialog

    def _erase_chosen(self, person_id: str, erase: bool, name: str) -> None:
        if erase and not self.confirm(
            self,
            #: The second question before erasing; {name} is the person's name.
            self.tr("Erase {name} and everything they said? This cannot be undone.").format(name=isolated(name)),
        ):
            self._say(self.tr("Nothing was changed."))
            return
        try:
            if erase:
                self.workspace.erasure.erase(person_id)
            else:
                self.workspace.erasure.anonymise(person_id)
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            return
        self._refresh.now()
        if erase:
            self._say(self.tr("They were erased from this laptop."))
        else:
            self._say(self.tr("They were anonymised. What they said stays."))


class EraseDialog(QDialog):
    """The two choices for one person, explained plainly, with what the backups still hold."""

    def __init__(self, name: str, backups: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        #: Window title; {name} is the person's name.
        self.setWindowTitle(self.tr("Erase or anonymise {name}").format(name=name))
        heading = _label(self.tr("Erase or anonymise {name}").format(name=isolated(name)), bold=True, size=14)
        #: A choice: keep what the person said, without their name. Explained in the line below it.
        self.anonymise = QRadioButton(self.tr("&Anonymise"))
        anonymise_note = _label(
            self.tr(
                "Keep what they said, without their name. Their words stay, shown as said by a "
                "former participant. Their name, photo, profile, consent history and expenses are deleted."
            )
        )
        #: A choice: delete the person and everything they said. Explained in the line below it.
        self.erase = QRadioButton(self.tr("&Erase everything"))
        erase_note = _label(
            self.tr(
                "Delete them and everything they said. They are taken off every meeting. "
                "Their words, agreements and expenses are deleted too."
            )
        )
        self.choices = QButtonGroup(self)
        for button in (self.anonymise, self.erase):
            self.choices.addButton(button)
            button.setAccessibleName(button.text().replace("&", ""))
            button.setMinimumHeight(min_target())
        self.anonymise.setAccessibleDescription(anonymise_note.text())
        self.erase.setAccessibleDescription(erase_note.text())
        self.anonymise.setChecked(True)  # the default: the group's record stays whole
        self.backups = _label(backups)
        self.backups.setAccessibleName(backups)
        self.go_button = QPushButton(self.tr("&Go ahead"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        for button in (self.go_button, self.cancel_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setMinimumHeight(min_target())
        self.cancel_button.setDefault(True)
        body = QWidget()
        column = QVBoxLayout(body)
        for widget in (heading, self.anonymise, anonymise_note, self.erase, erase_note, self.backups):
            column.addWidget(widget)
        buttons = QWidget()
        buttons.setLayout(wrapping_row(self.go_button, self.cancel_button))
        dialog_layout(self, body, buttons)
        self.go_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.anonymise.setFocus()

    def erase_chosen(self) -> bool:
        return self.erase.isChecked()
