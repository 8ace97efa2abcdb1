"""Someone arrives late: add them from the room console, without going to set-up.

A console dialog: set-up's people list shows everyone's full names, so it must not be opened while
the room is on the projector; this asks for one person only, on the facilitator's screen. The
display shows the new person only as they chose to be credited, once they are added (through
session.add_person: the tiles follow the store's change). The choices are set-up's own: the same
ways to credit a person (domain.credit.CREDIT_STYLE_LABELS, in set-up's words) and the same marker
lists; their marker is the next one nobody in the meeting has, unless the facilitator picks another.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.credit import CREDIT_STYLE_LABELS, CreditStyle, shown_credit
from ...domain.errors import UserFacingError
from ...domain.markers import next_free_marker
from ..platform.messages import error_text
from ..setup.people_editor import NameWarning
from ..widgets.form_parts import (
    ErrorLine,
    add_field,
    choice_combo,
    colour_combo,
    dialog_layout,
    new_form,
    select_data,
    shape_combo,
    show_credit_preview,
)

if TYPE_CHECKING:
    from ...app.room_session import RoomSession

log = logging.getLogger(__name__)


def credit_style_label(style: CreditStyle) -> str:
    """A way to credit someone, in set-up's words (the "PeopleEditor" translations of the labels)."""
    label = CREDIT_STYLE_LABELS[style]
    return QCoreApplication.translate("PeopleEditor", label)


class LateArrivalDialog(QDialog):
    """Add one person to the meeting open in the room. Emits added(Attendee) once they are in.

    Bad input (no name, a chosen name missing, a marker taken) shows a plain message in the dialog
    and adds no one; the dialog stays open with what was typed.
    """

    added = Signal(object)

    def __init__(self, session: RoomSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Add a late arrival"))

        self.full_name = QLineEdit()
        self.credit_style = choice_combo()
        for style in CREDIT_STYLE_LABELS:
            self.credit_style.addItem(credit_style_label(style), style.value)
        select_data(self.credit_style, CreditStyle.FIRST_NAME.value)
        self.chosen_name = QLineEdit()
        self.colour = colour_combo()
        self.shape = shape_combo()
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        self.preview.setWordWrap(True)
        self.preview_marker = QLabel()
        self.error = ErrorLine()

        intro = QLabel(
            self.tr(
                "Only this screen shows what you type here. The display shows them only as they choose to be credited."
            )
        )
        intro.setWordWrap(True)
        form = new_form()
        add_field(form, self.tr("Full &name:"), self.full_name, self.tr("The person's name, kept on this laptop"))
        self.name_warning = NameWarning()  # someone with a name that looks the same: a warning only
        form.addRow(self.name_warning)
        add_field(
            form,
            self.tr("&Credit them as:"),
            self.credit_style,
            self.tr("How their name appears beside what they say, on screen and on paper"),
        )
        self.chosen_label = add_field(
            form, self.tr("C&hosen name:"), self.chosen_name, self.tr("The name they want to be credited as")
        )
        marker_note = self.tr("Chosen for them: nobody else in the meeting has it. Change it if they want another.")
        add_field(form, self.tr("Marker co&lour:"), self.colour, marker_note)
        add_field(form, self.tr("Marker &shape:"), self.shape, marker_note)
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview_marker)
        preview_row.addWidget(self.preview, 1)
        form.addRow(preview_row)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(intro)
        column.addLayout(form)
        column.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("&Add them"))
        self.add_button.setAccessibleName(self.tr("Add them"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        for signal in (
            self.full_name.textChanged,
            self.chosen_name.textChanged,
            self.credit_style.currentIndexChanged,
            self.colour.currentIndexChanged,
            self.shape.currentIndexChanged,
        ):
            signal.connect(self._update_preview)
        for signal in (self.full_name.textChanged, self.chosen_name.textChanged, self.credit_style.currentIndexChanged):
            signal.connect(self._check_name)
        self._choose_free_marker()
        self._update_preview()
        dialog_layout(self, body, buttons, footer=self.error)
        self.full_name.setFocus()

    def _grow_to_fit(self) -> None:
        """Taller for the message, if the screen has room (otherwise the form scrolls above it)."""
        wanted = self.layout().sizeHint().expandedTo(self.size()).boundedTo(self.maximumSize())
        if wanted != self.size():
            self.resize(wanted)

    def _field_for(self, error: Exception) -> QWidget:
        """The field to put right for *error*: the chosen name, the marker, else the full name."""
        code = error.code if isinstance(error, UserFacingError) else ""
        if code.startswith("credit."):
            return self.chosen_name if self.chosen_name.isEnabled() else self.credit_style
        if code.startswith("marker."):
            return self.colour
        return self.full_name

    def _choose_free_marker(self) -> None:
        taken = [(a.marker_colour, a.marker_shape) for a in self.session.attendees]
        try:
            colour, shape = next_free_marker(taken)
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))  # all taken: say so now, not after typing a name
            return
        select_data(self.colour, colour)
        select_data(self.shape, shape)

    def _check_name(self) -> None:
        """Warn, as the name is typed, when someone with a name that looks the same is known."""
        try:
            name = self.full_name.text()
            similar = self.session.similar_names(name, shown_credit(name, self._style(), self.chosen_name.text()))
        except UserFacingError:
            self.name_warning.clear_error()  # the file went bad: adding will say so
            return
        self.name_warning.show_similar(similar)
        self._grow_to_fit()

    def _style(self) -> CreditStyle:
        return CreditStyle(self.credit_style.currentData())

    def _update_preview(self) -> None:
        show_credit_preview(
            self,
            self._style(),
            lambda words: self.tr("Marker: {marker}").format(marker=words),
            lambda name: self.tr("Shown and printed as: {name}").format(name=name),
        )

    def accept(self) -> None:
        """Add them; on bad input say why in the dialog and change nothing."""
        chosen = self.chosen_name.text() if self._style() is CreditStyle.CHOSEN_NAME else ""
        try:
            attendee = self.session.add_person(
                self.full_name.text(),
                self._style().value,
                chosen,
                self.colour.currentData(),
                self.shape.currentData(),
            )
        except Exception as exc:  # whatever stops it, what was typed stays, and nothing is added
            if not isinstance(exc, UserFacingError):
                log.error("Adding a late arrival failed", exc_info=exc)
            self.error.show_error(error_text(exc))
            self._grow_to_fit()
            self._field_for(exc).setFocus()
            return
        self.error.clear_error()
        self.added.emit(attendee)
        super().accept()
