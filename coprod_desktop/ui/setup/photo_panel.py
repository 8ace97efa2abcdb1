"""Set-up, People tab: a person's photo consent (with its history) and their photo.

Consent comes first and is recorded with when it was given; the photo can only be added after it.
Taking consent back deletes the photo at once, so the facilitator is asked to confirm.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.changes import Change, ChangeKind
from ...domain.consent import ConsentEvent
from ...domain.errors import NotFound, UserFacingError
from ..platform.messages import error_text
from ..platform.theme import scaled
from ..widgets.form_parts import ErrorLine, wrapping_check_box
from ..widgets.message_boxes import ask
from ..widgets.refresh import DeferredRefresh
from ..widgets.screen_layouts import columns, wrapping_row

if TYPE_CHECKING:
    from ...app.photos import PhotoOperations

PHOTO_SIZE = 96  # at 100%, multiplied by the text size
HISTORY_SHOWN = 4


class PhotoPanel(QGroupBox):
    """Photo consent and photo for the person chosen in the People list.

    photo_requested(meeting_id, person_id): the window asks for the file and brings it in.
    What it shows follows the change stream (on_change), whoever changed it.
    """

    photo_requested = Signal(str, str)
    message = Signal(str)

    def __init__(self, photos: PhotoOperations, confirm: Callable[[QWidget, str], bool] | None = None) -> None:
        super().__init__(self.tr("Photo"))
        self.photos = photos
        self._refresh = DeferredRefresh(self, self.refresh)
        self.confirm = confirm or _ask
        self.meeting_id: str | None = None
        self.person_id: str | None = None

        self.photo_size = scaled(PHOTO_SIZE)
        self.photo = QLabel()
        self.photo.setFixedSize(self.photo_size, self.photo_size)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setWordWrap(True)
        # Its words wrap: with large text or a long translation one line is wider than the panel.
        self.consent, consent_row = wrapping_check_box(self.tr("They agree to a photo of them being used"))
        self.consent.setAccessibleDescription(
            self.tr("Ask them first. Taking it back deletes their photo straight away.")
        )
        self.consent.clicked.connect(self._consent_clicked)
        self.history = QLabel()
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add the&ir photo…"))
        self.remove_button = QPushButton(self.tr("Remove their photo"))
        for button in (self.add_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.add_button.clicked.connect(
            lambda: self.meeting_id and self.person_id and self.photo_requested.emit(self.meeting_id, self.person_id)
        )
        self.remove_button.clicked.connect(self._remove)
        self.error = ErrorLine()

        right = QVBoxLayout()
        right.addWidget(consent_row)
        right.addWidget(self.history)
        right.addLayout(wrapping_row(self.add_button, self.remove_button))
        right.addWidget(self.error)
        layout = columns()  # the photo beside the consent, or above it with large text
        self.setLayout(layout)
        layout.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(right, 1)
        self.show_person(None, None)

    def show_person(self, meeting_id: str | None, person_id: str | None) -> None:
        self.meeting_id, self.person_id = meeting_id, person_id
        self.error.clear_error()
        self._refresh.now()

    def on_change(self, change: Change) -> None:
        """A committed change to the person shown (consent, photo): show it, once per commit."""
        if change.kind == ChangeKind.PERSON and change.item_id == self.person_id:
            self._refresh.request()

    def refresh(self) -> None:
        """Show the person's consent, its history and their photo as they are now."""
        person = self.person_id
        self.setEnabled(person is not None)
        try:
            given = bool(person) and self.photos.consent(person)
            events = self.photos.history(person) if person else []
            stored = self.photos.photo(person) if person else None
        except NotFound:  # removed from the meeting meanwhile
            self.person_id, given, events, stored = None, False, [], None
            self.setEnabled(False)
        self.consent.setChecked(given)
        self.history.setText(self._history_text(events))
        self.add_button.setEnabled(given)
        self.add_button.setText(self.tr("Change the&ir photo…") if stored else self.tr("Add the&ir photo…"))
        self.remove_button.setEnabled(stored is not None)
        pixmap = QPixmap()
        if stored is not None and pixmap.loadFromData(stored):
            self.photo.setPixmap(
                pixmap.scaled(
                    self.photo_size,
                    self.photo_size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.photo.setAccessibleName(self.tr("Their photo"))
        else:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("No photo"))
            self.photo.setAccessibleName(self.tr("No photo"))

    def _history_text(self, events: list[ConsentEvent]) -> str:
        if not events:
            return self.tr("No photo consent recorded.")
        lines = []
        for event in reversed(events[-HISTORY_SHOWN:]):
            line = (self.tr("Agreed {when}") if event.given else self.tr("Took it back {when}")).format(
                when=_when(event.at)
            )
            lines.append(line + (f" — {event.note}" if event.note else ""))
        return "\n".join(lines)

    def _consent_clicked(self, checked: bool) -> None:
        person = self.person_id
        if not person:
            return
        try:
            if not checked and self.photos.has_photo(person):
                if not self.confirm(self, self.tr("Taking back consent deletes their photo now. Go on?")):
                    self.consent.setChecked(True)
                    return
            if checked:
                self.photos.give_consent(person)
            else:
                self.photos.take_back_consent(person)
            name = self.photos.called(person, self.meeting_id)
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            self.consent.setChecked(not checked)  # nothing was recorded
            return
        self.error.clear_error()
        self.message.emit(
            self.tr("Recorded that {name} agrees to a photo.").format(name=name)
            if checked
            else self.tr("Recorded that {name} does not agree to a photo; any photo of them is deleted.").format(
                name=name
            )
        )

    def _remove(self) -> None:
        if not self.person_id:
            return
        try:
            self.photos.remove_photo(self.person_id)
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            return
        self.message.emit(self.tr("Photo removed."))


def _ask(parent: QWidget, question: str) -> bool:
    return ask(parent, QCoreApplication.translate("PhotoPanel", "Photo consent"), question)  # names in it are data


def _when(iso: str) -> str:
    """A stored UTC time as this laptop's local date and time, in the interface language's words."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), "d MMMM yyyy, HH:mm")
