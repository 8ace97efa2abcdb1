"""Small pieces every form uses: labelled fields, plain error lines, icons and words for choices,
tick boxes and dialogs. The layouts that keep a screen whole at any text size are in screen_layouts.py.

Sizes come from theme.scaled() when a widget is made: the window builds its screens again when the
text size changes, so nothing here needs to follow later changes.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.credit import CreditStyle
from ...domain.markers import MARKER_COLOURS, Marker, MarkerColour, MarkerShape, credit_preview
from ...domain.speech import SPEEDS
from ..platform.theme import (
    BORDER_WIDTH,
    big_popup_rows,
    min_target,
    scaled,
)
from .pictures import CardPictures, marker_pixmap
from .screen_layouts import follow_focus, scrolling

if TYPE_CHECKING:  # the models load with the workspace, after the window's first paint
    from ...domain.models import Card

TICK_BOX_SIZE = 24  # as the theme's check boxes, at 100%
SWATCH_SIZE = 28  # a marker's colour or shape in a choice list, at 100%
CHOICE_PICTURE_SIZE = 32  # a card's picture in a choice list, at 100%


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
        self.setMinimumHeight(0)
        self.hide()

    def resizeEvent(self, event) -> None:
        # A scroll area sizes its page from the label's height at the width it guessed; a long
        # message at a large text size then loses its last line. Ask for the height the words need
        # at the width the label really has.
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(max(0, needed))


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


class _RoomyRows(QStyledItemDelegate):
    """List rows with room for the border a chosen row gets (Qt measures them without it)."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 2 * scaled(BORDER_WIDTH))


def roomy_rows(view: QAbstractItemView) -> None:
    """Rows in *view* that keep their whole text when chosen: the style sheet draws a border
    inside a chosen row, which otherwise takes the bottom off a row as tall as its text."""
    view.setItemDelegate(_RoomyRows(view))


def big_tick_boxes(view: QWidget) -> None:
    """Tick boxes in *view*'s rows as big as a check box's, at every text size. (The style sheet
    sizes check boxes' indicators, not those of list rows, which stay 13 px.)"""
    size = scaled(TICK_BOX_SIZE)
    view.setStyleSheet(f"QAbstractItemView::indicator {{ width: {size}px; height: {size}px; }}")


def choice_combo(icon_size: int = 0) -> QComboBox:
    """A drop-down list whose rows are targets at every text size, showing icons *icon_size* px
    (at 100%) when given."""
    combo = QComboBox()
    big_popup_rows(combo)
    if icon_size:
        size = scaled(icon_size)
        combo.setIconSize(QSize(size, size))
    return combo


def isolated(text: str) -> str:
    """*text* (a name, initials) kept whole inside a sentence in a right-to-left language.

    Latin initials in Arabic or Urdu text otherwise lose their order to the sentence around them
    ("T.N." shows as ".T.N"): first-strong isolation (U+2068 ... U+2069) lays the name out on its
    own. In a left-to-right interface the text is returned as it is.
    """
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return f"\u2068{text}\u2069"


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def colour_name(colour: MarkerColour) -> str:
    """A marker colour's name in the interface language (the "Markers" words of the content
    catalogue), e.g. "Sky blue", "Glas golau"."""
    return QCoreApplication.translate("Markers", colour.name.lower())


def shape_name(shape: MarkerShape) -> str:
    """A marker shape's name in the interface language, e.g. "circle", "cylch"."""
    return QCoreApplication.translate("Markers", shape.value)


def marker_words(marker: Marker) -> str:
    """A person's marker in words in the interface language, e.g. "orange circle, SB" (what
    Marker.describe says in English), the initials isolated in right-to-left text."""
    template = QCoreApplication.translate("Markers", "{colour} {shape}, {initials}")
    return template.format(
        colour=colour_name(marker.colour), shape=shape_name(marker.shape), initials=isolated(marker.initials)
    )


def colour_combo() -> QComboBox:
    combo = choice_combo(SWATCH_SIZE)
    for colour in MARKER_COLOURS:
        swatch = marker_pixmap(Marker(colour, MarkerShape.SQUARE, ""), scaled(SWATCH_SIZE))
        combo.addItem(QIcon(swatch), _capitalised(colour_name(colour)), colour.key)
    return combo


def shape_combo() -> QComboBox:
    combo = choice_combo(SWATCH_SIZE)
    grey = next(c for c in MARKER_COLOURS if c.key == "grey")
    for shape in MarkerShape:
        swatch = marker_pixmap(Marker(grey, shape, ""), scaled(SWATCH_SIZE))
        combo.addItem(QIcon(swatch), _capitalised(shape_name(shape)), shape.value)
    return combo


def card_combo(pictures: CardPictures, cards: list["Card"], none_label: str) -> QComboBox:
    """The given cards, each with its picture, plus a first 'no picture' choice (data None)."""
    combo = choice_combo(CHOICE_PICTURE_SIZE)
    combo.addItem(none_label, None)
    for card in cards:
        combo.addItem(QIcon(pictures.pixmap(card.id, scaled(CHOICE_PICTURE_SIZE))), card.label, card.id)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(0, index))


def speed_combo(default_label: str | None = None) -> QComboBox:
    """Reading speeds by name (Much slower ... Faster); with *default_label*, a first 'use the
    meeting's speed' choice whose data is None."""
    combo = choice_combo()
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


def new_form() -> QFormLayout:
    """A form whose fields go under their labels when the two do not fit side by side."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class _Tick(QCheckBox):
    """The box of a wrapping check box: a target however short its (empty) text."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), min_target()), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class _TickLabel(QLabel):
    """A check box's words, wrapped: a click on them ticks the box, as on a check box's own text."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            if self._box.isEnabled():
                self._box.click()


def wrapping_check_box(text: str) -> tuple[QCheckBox, QWidget]:
    """A check box whose words wrap onto more lines (a QCheckBox's own text never does, and with
    large text or a long translation one line can be wider than the screen).

    Returns the box (its accessible name is *text*) and the row showing it beside its words.
    """
    box = _Tick()
    box.setAccessibleName(text)
    words = _TickLabel(text, box)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(words, 1)
    return box, row


def dialog_layout(
    dialog: QDialog,
    body: QWidget,
    buttons: QWidget,
    *,
    footer: QWidget | None = None,
    at_least: tuple[int, int] | None = None,
) -> None:
    """Lay *dialog* out as *body* over its *buttons*. The body scrolls when large text makes it
    bigger than the screen, and the dialog never grows past the screen's edges; the buttons
    stay in view, and so does *footer* (an error line) just above them. *at_least* (a size at
    100% text) keeps a dialog whose body scrolls from opening as a narrow slot on a big screen."""
    layout = QVBoxLayout(dialog)
    area = scrolling(body)
    follow_focus(area)  # at large text, the control with the focus is scrolled into sight
    layout.addWidget(area, 1)
    if footer is not None:
        layout.addWidget(footer)
    layout.addWidget(buttons)
    screen = dialog.screen() if dialog.parentWidget() is None else dialog.parentWidget().screen()
    screen = screen or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry().size()
        dialog.setMaximumSize(room)
        # As big as its contents want, up to the whole screen (Qt would stop at two thirds).
        size = layout.sizeHint().expandedTo(layout.minimumSize())
        if at_least is not None:
            size = size.expandedTo(QSize(scaled(at_least[0]), scaled(at_least[1])))
        dialog.resize(size.boundedTo(room))


PREVIEW_MARKER_SIZE = 48  # at 100%: the marker beside a person's form


def show_credit_preview(
    form: QWidget, style: CreditStyle, marker_words_text: Callable[[str], str], shown_text: Callable[[str], str]
) -> None:
    """Fill *form*'s preview of the person being entered (set-up's people editor and a late
    arrival in the room share these fields: full_name, chosen_name, chosen_label, colour, shape,
    preview_marker, preview): their marker, and their name as it will be shown and printed.
    *marker_words_text* and *shown_text* turn the marker's words and the name into the form's
    own translated sentences."""
    chosen = style is CreditStyle.CHOSEN_NAME
    form.chosen_name.setEnabled(chosen)
    form.chosen_label.setEnabled(chosen)
    shown, marker = credit_preview(
        form.full_name.text(), style, form.chosen_name.text(), form.colour.currentData(), form.shape.currentData()
    )
    form.preview_marker.setPixmap(marker_pixmap(marker, scaled(PREVIEW_MARKER_SIZE)))
    form.preview_marker.setAccessibleName(marker_words_text(marker_words(marker)))
    form.preview.setText(shown_text(shown) if shown else "")
