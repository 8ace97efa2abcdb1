"""Keep meetings for…: how long meetings are kept before they are listed for clean-up, with a
plain sentence saying what the choice means. Nothing is deleted here, nor without asking."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...domain.errors import UserFacingError
from ...domain.retention import CHOICES
from ..platform.messages import error_text
from ..platform.theme import scaled
from ..widgets.form_parts import choice_combo, dialog_layout

if TYPE_CHECKING:
    from ...app.retention import RetentionOperations

WIDTH, HEIGHT = 520, 260  # at 100% text: the choice and its sentence, with the buttons


class RetentionDialog(QDialog):
    """Choose the period; OK keeps it (through the app layer, announced as a settings change)."""

    def __init__(self, retention: RetentionOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retention = retention
        self.setWindowTitle(self.tr("Keep meetings for"))
        self.choice = choice_combo()
        self.choice.setAccessibleName(self.tr("Keep meetings for"))
        for months, label in self._labels().items():
            self.choice.addItem(label, months)
        current = retention.period()
        if current is not None and self.choice.findData(current) < 0:
            #: A period kept that is not one of the choices offered. {count}: a number of months.
            self.choice.addItem(self.tr("Months: {count}").format(count=current), current)
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        label = QLabel(self.tr("&Keep meetings for:"))
        label.setBuddy(self.choice)
        self.meaning = QLabel()
        self.meaning.setTextFormat(Qt.TextFormat.PlainText)
        self.meaning.setWordWrap(True)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        self.choice.currentIndexChanged.connect(lambda _index: self._say_meaning())
        self._say_meaning()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(label)
        layout.addWidget(self.choice)
        layout.addWidget(self.meaning)
        layout.addStretch(1)
        dialog_layout(self, body, buttons, footer=self.error)
        # Room for the sentence beside the choice at any text size, never past the screen.
        self.resize(self.size().expandedTo(QSize(scaled(WIDTH), scaled(HEIGHT))).boundedTo(self.maximumSize()))
        self.choice.setFocus()

    def _labels(self) -> dict[int | None, str]:
        labels = {
            None: self.tr("Until I delete them"),
            6: self.tr("6 months"),
            12: self.tr("1 year"),
            24: self.tr("2 years"),
            36: self.tr("3 years"),
            72: self.tr("6 years"),
        }
        assert set(labels) == {None, *CHOICES}  # a period offered with no words would show empty
        return labels

    def meaning_text(self, months: int | None) -> str:
        """What choosing *months* means, in one plain sentence or two."""
        asked = self.tr("Nothing is deleted without asking.")
        sentences = {
            None: self.tr("Meetings are kept until you delete them. None are listed for clean-up."),
            6: self.tr("Meetings older than 6 months will be listed for clean-up."),
            12: self.tr("Meetings older than 1 year will be listed for clean-up."),
            24: self.tr("Meetings older than 2 years will be listed for clean-up."),
            36: self.tr("Meetings older than 3 years will be listed for clean-up."),
            72: self.tr("Meetings older than 6 years will be listed for clean-up."),
        }
        first = sentences.get(months) or self.tr("Meetings older than the months chosen will be listed for clean-up.")
        return first if months is None else f"{first} {asked}"

    def chosen(self) -> int | None:
        return self.choice.currentData()

    def _say_meaning(self) -> None:
        text = self.meaning_text(self.chosen())
        self.meaning.setText(text)
        self.choice.setAccessibleDescription(text)

    def accept(self) -> None:
        try:
            self.retention.set_period(self.chosen())
        except UserFacingError as exc:  # a file that cannot be written: said, the dialog stays
            self.error.setText(error_text(exc))
            self.error.show()
            return
        super().accept()
