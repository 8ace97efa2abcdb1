"""Set-up, People tab: a person's photo consent (with its history) and their photo.

Consent comes first and is recorded with when it was given; the photo can only be added after it.
Taking consent back deletes the photo at once, so the facilitator is asked to confirm.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ...domain.consent import ConsentEvent
from ...domain.errors import NotFound, ValidationError
from ...store import Store, StoreError
from ..platform.theme import scaled
from ..widgets.form_parts import ErrorLine, columns, wrapping_check_box, wrapping_row

PHOTO_SIZE = 96  # at 100%, multiplied by the text size
HISTORY_SHOWN = 4


class PhotoPanel(QGroupBox):
    """Photo consent and photo for the person chosen in the People list.

    photo_requested(meeting_id, person_id): the window asks for the file and brings it in.
    """

    photo_requested = Signal(str, str)
    message = Signal(str)

    def __init__(self, store: Store, confirm: Callable[[QWidget, str], bool] | None = None) -> None:
        super().__init__(self.tr("Photo"))
        self.store = store
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
        self.refresh()

    def refresh(self) -> None:
        person = self.person_id
        self.setEnabled(person is not None)
        try:
            given = bool(person) and self.store.photos.consent(person)
            events = self.store.photos.history(person) if person else []
            stored = self.store.photos.photo(person) if person else None
        except NotFound:  # removed from the meeting meanwhile
            self.person_id, given, events, stored = None, False, [], None
            self.setEnabled(False)
        self.consent.setChecked(given)
        self.history.setText(self._history_text(events))
        self.add_button.setEnabled(given)
        self.add_button.setText(self.tr("Change the&ir photo…") if stored else self.tr("Add the&ir photo…"))
        self.remove_button.setEnabled(stored is not None)
        pixmap = QPixmap()
        if stored is not None and pixmap.loadFromData(stored[0]):
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
        if not checked and self.store.photos.photo(person) is not None:
            if not self.confirm(self, self.tr("Taking back consent deletes their photo now. Go on?")):
                self.consent.setChecked(True)
                return
        try:
            self.store.photos.set_consent(person, checked)
        except (ValidationError, NotFound, StoreError) as exc:
            self.error.show_error(str(exc))
            self.refresh()
            return
        name = self.store.photos.called(person, self.meeting_id)
        self.message.emit(
            self.tr("Recorded that {name} agrees to a photo.").format(name=name)
            if checked
            else self.tr("Recorded that {name} does not agree to a photo; any photo of them is deleted.").format(
                name=name
            )
        )
        self.refresh()

    def _remove(self) -> None:
        if not self.person_id:
            return
        try:
            self.store.photos.remove_photo(self.person_id)
        except (NotFound, StoreError) as exc:
            self.error.show_error(str(exc))
            return
        self.message.emit(self.tr("Photo removed."))
        self.refresh()


def _ask(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("PhotoPanel", "Photo consent"), question)
    return answer == QMessageBox.StandardButton.Yes


def _when(iso: str) -> str:
    """A stored UTC time as this laptop's local date and time, in the interface language's words."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), "d MMMM yyyy, HH:mm")
