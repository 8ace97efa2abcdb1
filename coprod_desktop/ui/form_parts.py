"""Small pieces every form uses: labelled fields, plain error lines, icons for choices."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from ..domain.markers import MARKER_COLOURS, Marker, MarkerShape
from ..domain.models import Card
from ..domain.speech import SPEEDS
from .pictures import CardPictures, marker_pixmap


class ErrorLine(QLabel):
    """A plain-text line for what went wrong, read out by screen readers when it changes."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("errorText")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName("")
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(message)
        self.show()

    def clear_error(self) -> None:
        self.setText("")
        self.setAccessibleName("")
        self.hide()


def add_field(form: QFormLayout, label_text: str, field: QWidget, description: str = "") -> QLabel:
    """Add *field* with a visible label that is also its accessible name (and its buddy for Alt keys)."""
    label = QLabel(label_text)
    label.setBuddy(field)
    label.setWordWrap(True)
    field.setAccessibleName(label_text.replace("&", "").rstrip(":"))
    if description:
        field.setAccessibleDescription(description)
    form.addRow(label, field)
    return label


def colour_combo() -> QComboBox:
    combo = QComboBox()
    for colour in MARKER_COLOURS:
        swatch = marker_pixmap(Marker(colour, MarkerShape.SQUARE, ""), 28)
        combo.addItem(QIcon(swatch), colour.name, colour.key)
    return combo


def shape_combo() -> QComboBox:
    combo = QComboBox()
    grey = next(c for c in MARKER_COLOURS if c.key == "grey")
    for shape in MarkerShape:
        combo.addItem(QIcon(marker_pixmap(Marker(grey, shape, ""), 28)), shape.value.capitalize(), shape.value)
    return combo


def card_combo(pictures: CardPictures, cards: list[Card], none_label: str) -> QComboBox:
    """The given cards, each with its picture, plus a first 'no picture' choice (data None)."""
    combo = QComboBox()
    combo.addItem(none_label, None)
    for card in cards:
        combo.addItem(QIcon(pictures.pixmap(card.id, 32)), card.label, card.id)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(0, index))


def speed_combo(default_label: str | None = None) -> QComboBox:
    """Reading speeds by name (Much slower ... Faster); with *default_label*, a first 'use the
    meeting's speed' choice whose data is None."""
    combo = QComboBox()
    if default_label is not None:
        combo.addItem(default_label, None)
    for label, rate in SPEEDS.items():
        combo.addItem(QCoreApplication.translate("Speed", label), rate)
    return combo


def select_speed(combo: QComboBox, rate: int | None) -> None:
    """Choose the named speed nearest to *rate* (rates set elsewhere may fall between names)."""
    if rate is None:
        select_data(combo, None)
        return
    rates = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i) is not None]
    select_data(combo, min(rates, key=lambda r: abs(r - rate)))
