"""Asking about a picture someone brought: the words on its card, its group, who is in it, whose it is."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...app.bringing import PictureCardDetails
from ...domain.models import Attendee
from ...services.picture_import import OWN_PICTURES
from ..platform.theme import scaled
from ..widgets.form_parts import ErrorLine, add_field, choice_combo, dialog_layout, new_form

# What the dialog answers: the words, group, who is in it (needs their consent), author, licence.
PictureDetails = PictureCardDetails

DEFAULT_LICENCE = "Used with permission"
PREVIEW_SIZE = 240  # the picture shown while asking about it, at 100%


def suggested_label(path: Path) -> str:
    """A first guess at the card's words from the file name: "day_trip-2.jpg" → "Day trip 2"."""
    words = " ".join(path.stem.replace("_", " ").replace("-", " ").split())
    return words[:1].upper() + words[1:] if words else ""


class PictureDetailsDialog(QDialog):
    """One picture at a time: shown large, so the facilitator and the person agree what it is."""

    def __init__(
        self, path: Path, preview: QPixmap | None, attendees: list[Attendee], consent: dict[str, bool], parent=None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("A picture card from {file}").format(file=path.name))
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if preview is not None and not preview.isNull():
            size = scaled(PREVIEW_SIZE)
            self.picture.setPixmap(preview.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
        self.picture.setAccessibleName(self.tr("The picture"))
        self.label = QLineEdit(suggested_label(path))
        self.category = QLineEdit(OWN_PICTURES)
        self.person = choice_combo()
        self.person.addItem(self.tr("No one (not a photo of a person)"), None)
        for attendee in attendees:
            if consent.get(attendee.person_id):
                text = attendee.credited_as
            else:
                text = self.tr("{name} (no photo consent yet)").format(name=attendee.credited_as)
            self.person.addItem(text, attendee.person_id)
        self.author = QLineEdit()
        self.licence = QLineEdit(self.tr(DEFAULT_LICENCE))
        self.error = ErrorLine()

        form = new_form()
        add_field(form, self.tr("&Words on the card:"), self.label, self.tr("What the picture shows, in a few words"))
        add_field(form, self.tr("&Group:"), self.category, self.tr("The group of cards it goes in"))
        add_field(
            form,
            self.tr("&Is it a photo of someone here?"),
            self.person,
            self.tr("A photo of a person needs their photo consent, recorded on the People tab"),
        )
        add_field(form, self.tr("&Taken or drawn by:"), self.author, self.tr("Printed with the card, to credit them"))
        add_field(form, self.tr("&Permission:"), self.licence, self.tr("The licence or permission to use it"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add the card"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.picture)
        layout.addLayout(form)
        layout.addWidget(self.error)
        dialog_layout(self, body, buttons)  # the picture and form scroll when the text is large
        self.details: PictureDetails | None = None

    def _accept(self) -> None:
        if not self.label.text().strip():
            self.error.show_error(self.tr("Please type the words for this card."))
            self.label.setFocus()
            return
        if not self.category.text().strip():
            self.error.show_error(self.tr("Please type the group this card goes in."))
            self.category.setFocus()
            return
        self.details = PictureDetails(
            self.label.text().strip(),
            self.category.text().strip(),
            self.person.currentData(),
            self.author.text().strip(),
            self.licence.text().strip(),
        )
        self.accept()
