"""The room screen's parts: the card grid, the chosen-cards strip and the prompt panel (the people's
tiles are in person_tiles.py)."""

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QIcon, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import Card, Prompt
from ..platform.theme import PROMPT_POINT_SIZE, scaled, scaled_font
from ..widgets.pictures import CardPictures
from ..widgets.screen_layouts import hold_height

# Sizes at 100%: each is multiplied by the text size (theme.scaled) when a widget is made.
CARD_SIZE = 64  # the room's smallest card size setting; the setting itself is scaled too
STRIP_ICON = 40  # cards in the quick row and the chosen strip
PROMPT_PICTURE = 100
LABEL_CHARACTERS = 11  # a card's cell is wide enough for about this many characters a line
LABEL_LINES = 2  # ... and tall enough for this many lines: "Very good", "Thank you" wrap, never cut
# Accented capitals and letters drawn from a fallback font (Welsh ŵ, ŷ) make a line taller than
# the font's own line spacing: cells are measured with them, or a translated label loses its foot.
TALL_TEXT = "ÅŴŝ gjp"
PICTURE_GAP = 22  # at least this much room each side of a picture, so neighbours never touch
CELL_PADDING = 10  # around the picture and label in a cell: the style sheet pads items 6 px, a chosen one has a border
STRIP_PADDING = 7  # above and below a card in a strip


def card_cell(metrics: QFontMetrics, picture: int, *, check_box: int = 0, lines: int = LABEL_LINES) -> QSize:
    """The size of a grid cell showing a *picture* px card with its label under it in *metrics*'
    font: wide enough for about LABEL_CHARACTERS characters, tall enough for LABEL_LINES lines.

    A label that does not fit is cut off (a cut label is a different word), so the cell is
    measured from the font in use rather than fixed in pixels. *check_box*: room for a tick box
    beside the label, as the set-up screen's list has; *lines*: lines of label, if not two.
    """
    padding = scaled(CELL_PADDING)
    text_width = metrics.averageCharWidth() * LABEL_CHARACTERS
    width = max(picture + 2 * scaled(PICTURE_GAP), text_width + check_box + 2 * padding)
    text = metrics.boundingRect(QRect(0, 0, 100000, 100000), 0, "\n".join([TALL_TEXT] * lines)).height()
    height = picture + max(text, lines * metrics.lineSpacing()) + 2 * padding
    return QSize(width, max(height, picture + check_box + 2 * padding))


def card_label(card: Card) -> str:
    """A card's label in the interface language (card labels are translated like any other text)."""
    return QCoreApplication.translate("Card", card.label)


_MARKED_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.FontRole)


class _CardItem(QListWidgetItem):
    """A card in the grid whose picture is drawn only when the view first asks for it.

    With hundreds of cards most are scrolled out of sight; drawing each picture up front (from its
    SVG) made opening the room take a third of a second. The view asks only for what it paints.
    """

    def _marked(self, role: int):
        """How a card already in the contribution shows: "✓ Happy", in bold, read as chosen."""
        label = super().data(Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole:
            #: a card in the picker that is already in the contribution being made.
            return QCoreApplication.translate("CardGrid", "✓ {card}").format(card=label)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            #: what a screen reader says for a card already in the contribution being made.
            return QCoreApplication.translate("CardGrid", "{card}, chosen").format(card=label)
        font = self.grid.font()
        font.setBold(True)
        return font

    def __init__(self, grid: "CardGrid", card: Card) -> None:
        super().__init__(card_label(card))
        self.grid = grid
        self.card_id = card.id
        self.setData(Qt.ItemDataRole.UserRole, card.id)
        self.setToolTip(card_label(card))

    def data(self, role: int):
        if role == Qt.ItemDataRole.DecorationRole:
            return self.grid.icon_for(self.card_id)
        if self.card_id in self.grid.marked and role in _MARKED_ROLES:
            return self._marked(role)
        if role == Qt.ItemDataRole.SizeHintRole:
            # The whole cell: with uniform sizes the view would otherwise give every card the
            # size of the first one's label, one line, and cut the longer labels short.
            return self.grid.gridSize()
        return super().data(role)


class CardGrid(QListWidget):
    """Picture cards in a grid: one Tab stop, arrow keys to move, Enter/Space or a click to choose.

    Emits chosen(card_id). Clicking chooses immediately (no double-click): people who tap slowly or
    with a tremor should not have to hit twice.
    """

    chosen = Signal(str)
    focused = Signal(str)  # the keyboard (or a switch, later) moved onto this card
    typed = Signal(str)  # letters typed on the grid: they belong in the search box

    def __init__(self, pictures: CardPictures, accessible_name: str) -> None:
        super().__init__()
        self.pictures = pictures
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # a label cut short is a different word
        self.setWordWrap(True)
        # Every cell is the grid size: the view need not measure (and draw) each card to lay out.
        self.setUniformItemSizes(True)
        self.setAccessibleName(accessible_name)
        self.card_size = 0
        self._cards: list[Card] = []
        self._icons: dict[str, QIcon] = {}
        self.marked: set[str] = set()  # the cards in the contribution being made
        self.setObjectName("cardGrid")
        self.ensurePolished()  # the style sheet's font and frame, before measuring the cells
        self.set_card_size(CARD_SIZE)
        self.currentItemChanged.connect(self._moved)

    def _moved(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        # Only a move the person made: not the first card being selected when the grid is filled.
        if item is not None and self.hasFocus():
            self.focused.emit(item.data(Qt.ItemDataRole.UserRole))

    def set_card_size(self, size: int) -> None:
        """Bigger pictures for people who need them; they are redrawn from the SVG, so stay sharp.

        *size* is the room's card size setting (its size at 100%): it grows with the text too.
        """
        if size == self.card_size:
            return
        self.card_size = size
        self._icons.clear()
        picture = self.picture_size
        self.setIconSize(QSize(picture, picture))
        cell = card_cell(self.fontMetrics(), picture)
        self.setGridSize(cell)
        # At least one whole row of cards shows, with the frame around it.
        frame = self.contentsMargins().top() + self.contentsMargins().bottom()
        hold_height(self, cell.height() + 2 * self.spacing() + frame)
        if self._cards:
            current = self.currentRow()
            self.set_cards(self._cards)
            self.setCurrentRow(current)

    def set_cards(self, cards: list[Card]) -> None:
        self._cards = list(cards)
        self.clear()
        for card in cards:
            self.addItem(_CardItem(self, card))
        if self.count():
            self.setCurrentRow(0)

    def sizeHint(self) -> QSize:
        # Ask for one row and grow into what is left: the room's form sits in a scroll area, which
        # sizes it by preferred sizes, and a taller wish would push Save out of sight.
        return QSize(super().sizeHint().width(), self.minimumHeight())

    @property
    def picture_size(self) -> int:
        """The cards' pictures in pixels: the card size setting at the current text size."""
        return scaled(self.card_size)

    def icon_for(self, card_id: str) -> QIcon:
        icon = self._icons.get(card_id)
        if icon is None:
            icon = self._icons[card_id] = QIcon(self.pictures.pixmap(card_id, self.picture_size))
        return icon

    def forget(self, card_id: str) -> None:
        """A card's picture changed (or it was removed): draw it afresh next time."""
        self._icons.pop(card_id, None)

    def mark_chosen(self, card_ids: set[str]) -> None:
        """Show which cards are in the contribution being made: a tick and bold words (never
        colour alone), unlike the dashed outline of the card the keyboard is on."""
        if card_ids == self.marked:
            return
        changed = card_ids ^ self.marked
        self.marked = set(card_ids)
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in changed:
                index = self.indexFromItem(item)
                self.model().dataChanged.emit(index, index)  # the view asks data() again

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentItem():
            self.chosen.emit(self.currentItem().data(Qt.ItemDataRole.UserRole))
            return
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        if text and text.isprintable() and not text.isspace() and modifiers == Qt.KeyboardModifier.NoModifier:
            # Never jump to a card by its first letters (the list's own type-ahead): a wrong card
            # was chosen that way, saved and printed. The letters go to the search instead.
            self.typed.emit(text)
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """No type-ahead (see keyPressEvent)."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        item = self.itemAt(event.position().toPoint())
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))


class CardStrip(QListWidget):
    """A row of small cards, each its picture with its label beside it. A click, Enter or Space
    activates one: activated(position).

    The label sits beside the picture on one line, as wide as it needs: it is never cut short or
    wrapped under the scroll bar, and the row stays low enough for Save to stay in view on a
    laptop (a picture with two lines of label under it would be twice as tall).
    """

    activated = Signal(int)
    KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)

    def __init__(self, pictures: CardPictures, *, wrapping: bool = True, whole_only: bool = False) -> None:
        super().__init__()
        self.pictures = pictures
        self.card_ids: list[str] = []
        # whole_only: a row that never scrolls and shows only the cards that fit whole; a card
        # half in view was a cut label ("Thank y"), which is a different word.
        self.whole_only = whole_only and not wrapping
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(wrapping)
        self.setMovement(QListView.Movement.Static)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSpacing(scaled(1))
        self.ensurePolished()  # the style sheet's font, frame and scroll bar sizes, before measuring
        self.picture_size = scaled(STRIP_ICON)
        self.setIconSize(QSize(self.picture_size, self.picture_size))
        # One row of cards and, in a row that does not wrap, the scroll bar under it: a label
        # never hides under the scroll bar. (A row that wraps scrolls down to the next row.)
        scroll_bar = 0
        if self.whole_only:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        elif not wrapping:
            self.horizontalScrollBar().ensurePolished()
            scroll_bar = self.horizontalScrollBar().sizeHint().height()
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frame = self.contentsMargins().top() + self.contentsMargins().bottom()
        hold_height(self, self.row_height() + 2 * self.spacing() + scroll_bar + frame, fixed=True)

    def row_height(self) -> int:
        """A card's height in the strip: its picture or its label's line, with the item's padding."""
        return max(self.picture_size, self.fontMetrics().lineSpacing()) + 2 * scaled(STRIP_PADDING)

    def set_cards(self, cards: list[Card], tooltip: str = "{card}") -> None:
        self.clear()
        self.card_ids = [card.id for card in cards]
        for card in cards:
            item = QListWidgetItem(QIcon(self.pictures.pixmap(card.id, self.picture_size)), card_label(card))
            item.setToolTip(tooltip.format(card=card_label(card)))
            self.addItem(item)
        self._show_whole()

    @property
    def shown_ids(self) -> list[str]:
        """The cards in view, in order (with whole_only, the ones that fit)."""
        return [card_id for row, card_id in enumerate(self.card_ids) if not self.isRowHidden(row)]

    def _show_whole(self) -> None:
        """With whole_only, hide the cards from the first one that does not fit whole."""
        if not self.whole_only:
            return
        for row in range(self.count()):
            self.setRowHidden(row, False)
        self.doItemsLayout()
        room = self.viewport().width()
        cut = False
        for row in range(self.count()):
            cut = cut or self.visualItemRect(self.item(row)).right() >= room
            self.setRowHidden(row, cut)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.whole_only and event.size().width() != event.oldSize().width():
            self._show_whole()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in self.KEYS and self.currentRow() >= 0:
            self.activated.emit(self.currentRow())
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        item = self.itemAt(event.position().toPoint())
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.row(item))


class ChosenCards(CardStrip):
    """The cards picked for the contribution being made, in order. Click, Delete or Space removes one."""

    KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Space)

    def set_cards(self, cards: list[Card], tooltip: str = "") -> None:
        super().set_cards(cards, tooltip or self.tr("Remove {card}"))


class PromptPanel(QFrame):
    """The current prompt, large, with its picture and where we are in the agenda."""

    def __init__(self, pictures: CardPictures) -> None:
        super().__init__()
        self.setObjectName("promptPanel")
        self.pictures = pictures
        self.picture = QLabel()
        self.picture.setFixedSize(scaled(PROMPT_PICTURE), scaled(PROMPT_PICTURE))
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setFont(scaled_font(PROMPT_POINT_SIZE, bold=True))
        self.position = QLabel()
        self.position.setTextFormat(Qt.TextFormat.PlainText)
        self.column = QVBoxLayout()
        self.column.addWidget(self.position)
        self.column.addWidget(self.text, 1)
        column = self.column
        layout = QHBoxLayout(self)
        layout.addWidget(self.picture)
        layout.addLayout(column, 1)

    def add_reading_line(self, widget: QWidget) -> None:
        """Where the words being read aloud appear: under the prompt, where eyes already are."""
        self.column.addWidget(widget)

    def show_prompt(self, prompt: Prompt | None, number: int, total: int, card: Card | None) -> None:
        if prompt is None:
            self.text.setText(self.tr("This meeting has no prompts yet. Add them in Set up."))
            self.position.setText("")
            self.picture.clear()
            self.picture.setAccessibleName("")
            return
        self.text.setText(prompt.text)
        self.text.setAccessibleName(prompt.text)
        self.position.setText(self.tr("Prompt {n} of {total}").format(n=number, total=total))
        if card is not None:
            self.picture.setPixmap(self.pictures.pixmap(card.id, scaled(PROMPT_PICTURE)))
            self.picture.setAccessibleName(self.tr("Picture: {card}").format(card=card_label(card)))
        else:
            self.picture.clear()
            self.picture.setAccessibleName("")
