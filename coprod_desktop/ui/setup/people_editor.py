"""Set-up: who is taking part, how each wants to be credited, and their marker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import Change, ChangeKind
from ...domain.credit import CREDIT_STYLE_LABELS, CreditStyle, shown_credit
from ...domain.errors import UserFacingError, ValidationError
from ...domain.involvement import ROLE_LABELS, Role
from ...domain.markers import next_free_marker
from ...domain.models import Attendee
from ..platform.messages import error_text
from ..platform.theme import min_target, scaled
from ..widgets.form_parts import (
    ErrorLine,
    add_field,
    choice_combo,
    colour_combo,
    marker_words,
    new_form,
    roomy_rows,
    select_data,
    select_speed,
    shape_combo,
    show_credit_preview,
    speed_combo,
)
from ..widgets.pictures import marker_pixmap
from ..widgets.refresh import DeferredRefresh
from ..widgets.screen_layouts import columns, hold_height, wrapping_row
from .photo_panel import PhotoPanel

if TYPE_CHECKING:
    from ...app.involvement import InvolvementOperations
    from ...app.people import PeopleOperations, ProfileOperations, SimilarNames
    from ...app.photos import PhotoOperations

LIST_MARKER_SIZE = 40  # sizes at 100%, multiplied by the text size
_ISOLATE = "\u2068{}\u2069"  # a name keeps its own direction inside the sentence


class NameWarning(ErrorLine):
    """A plain line under a name as it is typed: someone with a name that looks the same is already
    here, or known on this laptop. Words, not colour; read out when it changes (ErrorLine); it never
    stops the person being added, since two real people can share a name. Set-up and the room's
    late-arrival dialog both show it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("nameWarning")  # not the error style: nothing is wrong yet

    def show_similar(self, similar: SimilarNames) -> None:
        """Say the first look-alike name, in the meeting before on the laptop; hide when none."""
        if similar.in_meeting:
            self.show_error(
                self.tr(
                    'Someone called "{name}" is already taking part in this meeting. If this is another person, '
                    "credit them in a way that tells the two apart."
                ).format(name=_ISOLATE.format(similar.in_meeting[0]))
            )
        elif similar.on_laptop:
            # Translators: set-up cannot yet add a person known from another meeting; adding the
            # name makes a new person, whose meetings are not counted together with the other's.
            self.show_error(
                self.tr(
                    'Someone called "{name}" is already known on this laptop from another meeting. '
                    "Adding this name makes a new person: their meetings are not joined up."
                ).format(name=_ISOLATE.format(similar.on_laptop[0]))
            )
        elif similar.same_credit:
            self.show_error(
                self.tr(
                    'Someone in this meeting is already shown as "{name}". '
                    "Credit this person another way, so the room can tell the two apart."
                ).format(name=_ISOLATE.format(similar.same_credit[0]))
            )
        else:
            self.clear_error()


class PeopleEditor(QWidget):
    """Add, change and remove the people in one meeting. Emits message(str) after each save.

    The list shows what is committed: it is rebuilt from the change stream (on_change), once per
    commit, whoever made the change; never re-read here after a write of its own.
    """

    message = Signal(str)
    audio_requested = Signal(str, str)  # meeting id, person id
    photo_requested = Signal(str, str)  # meeting id, person id: choose and bring in their photo
    consent_requested = Signal(str)  # person id: show and record their consent (ConsentDialog)

    def __init__(
        self,
        people: PeopleOperations,
        photos: PhotoOperations,
        profiles: ProfileOperations,
        involvement: InvolvementOperations | None = None,
    ) -> None:
        super().__init__()
        self.people = people
        self.involvement = involvement  # the role combo saves through it (None: the role is not shown)
        self.profiles = profiles
        self.meeting_id: str | None = None
        self._attendees: list[Attendee] = []  # as the list shows them
        self._loaded: Attendee | None = None  # the person the form was filled from
        self._loaded_form: tuple = ()  # the form as it was filled (to tell whether it was edited)
        self._refresh = DeferredRefresh(self, self.refresh)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People taking part"))
        marker = scaled(LIST_MARKER_SIZE)
        self.list.setIconSize(QSize(marker, marker))
        self.list.setWordWrap(True)
        roomy_rows(self.list)
        hold_height(self.list, 3 * min_target())
        self.list.currentItemChanged.connect(lambda *_: self._load_selected())

        self.full_name = QLineEdit()
        self.credit_style = choice_combo()
        for style, label in CREDIT_STYLE_LABELS.items():
            self.credit_style.addItem(self.tr(label), style.value)
        self.chosen_name = QLineEdit()
        self.speed = speed_combo(self.tr("Same as the meeting"))
        self.colour = colour_combo()
        self.shape = shape_combo()
        self.role = choice_combo()
        for role, role_text in ROLE_LABELS.items():
            self.role.addItem(QCoreApplication.translate("Involvement", role_text), role.value)
        self.role.currentIndexChanged.connect(lambda _index: self._save_role())
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview_marker = QLabel()
        self.error = ErrorLine()
        self.photo_panel = PhotoPanel(photos)
        self.photo_panel.photo_requested.connect(self.photo_requested)
        self.photo_panel.message.connect(self.message)

        form = new_form()
        add_field(form, self.tr("Full &name:"), self.full_name, self.tr("The person's name, kept on this laptop"))
        self.name_warning = NameWarning()
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
        add_field(
            form, self.tr("Reading spee&d for them:"), self.speed, self.tr("How fast their words are read back to them")
        )
        add_field(form, self.tr("Marker co&lour:"), self.colour)
        add_field(form, self.tr("Marker &shape:"), self.shape)
        role_label = add_field(
            form,
            self.tr("&Role in this meeting:"),
            self.role,
            self.tr("How they take part. Saved as soon as it is chosen for someone on the list"),
        )
        if involvement is None:  # (never show() them here: not yet in a window, each would become one)
            role_label.hide()
            self.role.hide()
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview_marker)
        preview_row.addWidget(self.preview, 1)
        form.addRow(preview_row)

        self.add_button = QPushButton(self.tr("&Add person"))
        self.save_button = QPushButton(self.tr("Sa&ve changes"))
        self.remove_button = QPushButton(self.tr("R&emove person"))
        self.clear_button = QPushButton(self.tr("New &person"))
        self.audio_button = QPushButton(self.tr("Their words as a&udio…"))
        self.audio_button.setAccessibleDescription(
            self.tr("Save what this person said as a sound file they can take home")
        )
        self.profile_button = QPushButton(self.tr("Communication pro&file…"))
        self.profile_button.setAccessibleDescription(
            self.tr("How they like to communicate: formats, language, interpreter, switch, speech")
        )
        self.profile_button.clicked.connect(self._edit_profile)
        self.consent_button = QPushButton(self.tr("C&onsent…"))
        self.consent_button.setAccessibleDescription(
            self.tr("What they agree to: how they are named, take-home sheets, their words, photo, profile")
        )
        self.consent_button.clicked.connect(
            lambda: self._selected_person() and self.consent_requested.emit(self._selected_person())
        )
        for button in (
            self.add_button,
            self.save_button,
            self.remove_button,
            self.clear_button,
            self.audio_button,
            self.profile_button,
            self.consent_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.add_button.clicked.connect(self._add)
        self.save_button.clicked.connect(self._save)
        self.remove_button.clicked.connect(self._remove)
        self.clear_button.clicked.connect(self._clear_form)
        self.audio_button.clicked.connect(
            lambda: (
                self.meeting_id
                and self._selected_person()
                and self.audio_requested.emit(self.meeting_id, self._selected_person())
            )
        )
        self.full_name.returnPressed.connect(self._add_or_save)
        self.chosen_name.returnPressed.connect(self._add_or_save)
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

        # The buttons wrap rather than widen the screen; with large text the list goes above the
        # form rather than beside it.
        buttons = wrapping_row(self.add_button, self.save_button, self.remove_button, self.clear_button)
        audio_row = wrapping_row(self.profile_button, self.consent_button, self.audio_button)

        layout = columns()
        self.setLayout(layout)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("People taking part")))
        left.addWidget(self.list, 1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.error)
        right.addLayout(buttons)
        right.addLayout(audio_row)
        right.addWidget(self.photo_panel)
        right.addStretch(1)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.setEnabled(meeting_id is not None)
        self.list.setCurrentRow(-1)
        self._refresh.now()
        self._clear_form()

    def on_change(self, change: Change) -> None:
        """A committed change: the list (and the chosen person's photo) follow it."""
        if change.kind == ChangeKind.ATTENDEE and change.meeting_id == self.meeting_id and self.meeting_id:
            self._refresh.request()
        elif change.kind == ChangeKind.PERSON:
            self.photo_panel.on_change(change)

    def refresh(self) -> None:
        """Show the people as they are now; the chosen person stays chosen."""
        keep = self._selected_person()
        self._attendees = self.people.attendees(self.meeting_id) if self.meeting_id else []
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for attendee in self._attendees:
            self.list.addItem(self._item(attendee))
            if attendee.person_id == keep:
                self.list.setCurrentRow(self.list.count() - 1)
                chosen = attendee
        self.list.blockSignals(False)
        if keep and chosen is None:
            self._clear_form()  # removed meanwhile (in another window)
        elif chosen is not None and chosen != self._loaded and not self._edited():
            self._show_attendee(chosen)  # changed elsewhere (their profile's speed): nothing typed is lost
        elif chosen is None and self._taken_marker():
            self._suggest_marker([])
        self._update_buttons()

    def _item(self, attendee: Attendee) -> QListWidgetItem:
        style = self.tr(CREDIT_STYLE_LABELS[attendee.credit_style]).lower()
        text = self.tr("{credit}  ({name}, credited by {style})").format(
            credit=attendee.credited_as, name=attendee.person.full_name, style=style
        )
        item = QListWidgetItem(QIcon(marker_pixmap(attendee.marker, scaled(LIST_MARKER_SIZE))), text)
        item.setData(Qt.ItemDataRole.UserRole, attendee.person_id)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            text + self.tr(", marker: {marker}").format(marker=marker_words(attendee.marker)),
        )
        return item

    def _selected_person(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _style(self) -> CreditStyle:
        return CreditStyle(self.credit_style.currentData())

    def _load_selected(self) -> None:
        person_id = self._selected_person()
        attendee = next((a for a in self._attendees if a.person_id == person_id), None)
        if attendee is None or not self.meeting_id:
            return
        self._show_attendee(attendee)
        self.photo_panel.show_person(self.meeting_id, attendee.person_id)
        self.error.clear_error()
        self._check_name()  # the same words may name someone else now (not a text change)
        self._update_buttons()

    def _show_attendee(self, attendee: Attendee) -> None:
        self.full_name.setText(attendee.person.full_name)
        select_data(self.credit_style, attendee.credit_style.value)
        self.chosen_name.setText(attendee.chosen_name)
        select_data(self.colour, attendee.marker_colour)
        select_data(self.shape, attendee.marker_shape)
        select_speed(self.speed, attendee.person.speech_rate)
        self._show_role(attendee.role)
        self._loaded, self._loaded_form = attendee, self._form()

    def _form(self) -> tuple:
        return (*self._fields().values(), self.speed.currentIndex())

    def _edited(self) -> bool:
        return self._loaded is not None and self._form() != self._loaded_form

    def _taken_marker(self) -> bool:
        taken = {(a.marker_colour, a.marker_shape) for a in self._attendees}
        return (self.colour.currentData(), self.shape.currentData()) in taken

    def _suggest_marker(self, also_taken: list[Attendee]) -> None:
        """The next marker no one in the meeting has (counting *also_taken*, added but not yet listed)."""
        taken = [(a.marker_colour, a.marker_shape) for a in (*self._attendees, *also_taken)]
        try:
            colour, shape = next_free_marker(taken)
        except ValidationError as exc:
            self.error.show_error(error_text(exc))
            return
        select_data(self.colour, colour)
        select_data(self.shape, shape)

    def _clear_form(self, also_taken: list[Attendee] | None = None) -> None:
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self._loaded, self._loaded_form = None, ()
        self.full_name.clear()
        self.chosen_name.clear()
        select_data(self.credit_style, CreditStyle.FIRST_NAME.value)
        select_data(self.speed, None)
        self._show_role(Role.PARTICIPANT.value)
        self.photo_panel.show_person(self.meeting_id, None)
        self.error.clear_error()
        if self.meeting_id:
            self._suggest_marker(also_taken or [])
        self._update_buttons()
        self._update_preview()

    def _check_name(self) -> None:
        """Warn, as the name is typed, when someone with a name that looks the same is known."""
        if not self.meeting_id:
            self.name_warning.clear_error()
            return
        try:
            similar = self.people.similar_names(
                self.meeting_id,
                self.full_name.text(),
                credit=shown_credit(self.full_name.text(), self._style(), self.chosen_name.text()),
                except_person=self._selected_person(),
            )
        except UserFacingError:
            similar = None  # the file went bad: saving will say so; a warning is not the place
        if similar is None:
            self.name_warning.clear_error()
        else:
            self.name_warning.show_similar(similar)

    def _update_buttons(self) -> None:
        editing = self._selected_person() is not None
        self.save_button.setEnabled(editing)
        self.remove_button.setEnabled(editing)
        self.audio_button.setEnabled(editing)
        self.profile_button.setEnabled(editing)
        self.consent_button.setEnabled(editing)

    def _edit_profile(self) -> None:
        person_id = self._selected_person()
        if not (self.meeting_id and person_id):
            return
        from ..dialogs.profile_dialog import ProfileDialog

        attendee = next((a for a in self._attendees if a.person_id == person_id), None)
        if attendee is None:
            return
        # A change of their reading speed comes back through the change stream (see refresh).
        if ProfileDialog(self.profiles, person_id, attendee.credited_as, self).exec():
            self.message.emit(self.tr("Saved the communication profile of {name}.").format(name=attendee.credited_as))

    def _show_role(self, role: str) -> None:
        self.role.blockSignals(True)  # showing a role is not choosing one
        select_data(self.role, role)
        self.role.blockSignals(False)

    def _save_role(self) -> None:
        """Keep the role chosen for the person on the list at once (for a new person: when added)."""
        person_id = self._selected_person()
        if self.involvement is None or not (self.meeting_id and person_id):
            return
        try:
            self.involvement.set_role(self.meeting_id, person_id, self.role.currentData())
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            return
        self.error.clear_error()
        name = self._loaded.credited_as if self._loaded is not None else ""
        self.message.emit(self.tr("Saved the role of {name}: {role}.").format(name=name, role=self.role.currentText()))

    def _update_preview(self) -> None:
        show_credit_preview(
            self,
            self._style(),
            lambda words: self.tr("Marker: {marker}").format(marker=words),
            lambda name: self.tr("Shown and printed as: {name}").format(name=name),
        )

    def _fields(self) -> dict:
        chosen = self.chosen_name.text() if self._style() is CreditStyle.CHOSEN_NAME else ""
        return {
            "full_name": self.full_name.text(),
            "credit_style": self._style(),
            "chosen_name": chosen,
            "colour": self.colour.currentData(),
            "shape": self.shape.currentData(),
        }

    def _add_or_save(self) -> None:
        (self._save if self._selected_person() else self._add)()

    def _add(self) -> None:
        if not self.meeting_id:
            return
        try:
            attendee = self.people.add(self.meeting_id, **self._fields(), speech_rate=self.speed.currentData())
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            return
        role = self.role.currentData()
        if self.involvement is not None and role != Role.PARTICIPANT.value:
            try:
                self.involvement.set_role(self.meeting_id, attendee.person_id, role)
            except UserFacingError as exc:  # they are added; only the role is not kept
                self.error.show_error(error_text(exc))
        # The list shows them once the change arrives; the form is ready for the next person now.
        self._clear_form(also_taken=[attendee])
        self.full_name.setFocus()
        self.message.emit(self.tr("Added {name}.").format(name=attendee.credited_as))

    def _save(self) -> None:
        person_id = self._selected_person()
        if not (self.meeting_id and person_id):
            return
        try:
            attendee = self.people.update(
                self.meeting_id, person_id, **self._fields(), speech_rate=self.speed.currentData()
            )
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            return
        self.error.clear_error()
        self._loaded, self._loaded_form = attendee, self._form()  # what the form shows is saved
        self.message.emit(self.tr("Saved {name}.").format(name=attendee.credited_as))

    def _remove(self) -> None:
        person_id = self._selected_person()
        if not (self.meeting_id and person_id):
            return
        try:
            self.people.remove(self.meeting_id, person_id)
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            return
        self._clear_form()
