"""Making a contribution: who is speaking, their picture cards, their words, and Save."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.catalogue import CardCatalogue
from .form_parts import ErrorLine
from .pictures import CardPictures
from .room_widgets import CardGrid, ChosenCards
from .theme import scaled_font


class WordsBox(QPlainTextEdit):
    """The words editor. Asks for little height and grows into what is left: a scroll area sizes
    its content by preferred sizes, and the editor's default preference (about ten lines) would
    push Save below the bottom of a laptop screen."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 3 + 16)


class Composer(QWidget):
    """The form part of the room screen: cards, words and Save for whoever is speaking. It holds no
    state beyond what is on screen: the RoomSession owns the draft and the RoomView wires them."""

    save_requested = Signal()
    clear_requested = Signal()

    def __init__(self, catalogue: CardCatalogue, pictures: CardPictures) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.speaker_note = QLabel()
        self.speaker_note.setTextFormat(Qt.TextFormat.PlainText)
        self.speaker_note.setWordWrap(True)
        self.speaker_note.setFont(scaled_font(16, bold=True))

        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Which picture cards to show"))
        self.category.addItem(self.tr("All cards"), None)
        for category in catalogue.categories:
            self.category.addItem(self.tr(category.label), category.id)
        self.category.currentIndexChanged.connect(self._show_category)
        self.grid = CardGrid(pictures, self.tr("Picture cards: press Enter or Space to add one"))
        self.chosen = ChosenCards(pictures)
        self.chosen.setAccessibleName(self.tr("Cards chosen: press Delete to take one away"))
        self.chosen_label = QLabel(self.tr("Chosen (click one to take it away):"))
        self.chosen_label.setWordWrap(True)

        self.words = WordsBox()
        self.words.setTabChangesFocus(True)  # Tab moves on: the words box is no keyboard trap
        self.words.setAccessibleName(self.tr("Their words"))
        self.words.setAccessibleDescription(self.tr("Type what they said, word for word. Ctrl+Enter saves."))
        self.words.setPlaceholderText(self.tr("Type what they said, word for word"))
        self.words.setMinimumHeight(64)
        self.words_label = QLabel(self.tr("Their &words:"))
        self.words_label.setBuddy(self.words)

        self.error = ErrorLine()
        self.save_button = QPushButton(self.tr("Save contribution"))
        self.save_button.setAccessibleName(self.tr("Save contribution"))
        self.save_button.setAccessibleDescription(self.tr("Shortcut: Ctrl+Enter"))
        self.save_button.setDefault(False)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the cards and words"))
        self.save_button.clicked.connect(self.save_requested)
        self.clear_button.clicked.connect(self.clear_requested)

        cards_row = QHBoxLayout()
        cards_label = QLabel(self.tr("Picture &cards:"))
        cards_label.setBuddy(self.grid)
        cards_row.addWidget(cards_label)
        cards_row.addStretch(1)
        cards_row.addWidget(self.category)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button, 1)
        buttons.addWidget(self.clear_button)

        # Cards on the left, the contribution taking shape on the right: both fit on a laptop
        # screen without scrolling, so Save is always in view.
        picking = QVBoxLayout()
        picking.addLayout(cards_row)
        picking.addWidget(self.grid, 1)
        draft = QVBoxLayout()
        draft.addWidget(self.speaker_note)
        draft.addWidget(self.chosen_label)
        draft.addWidget(self.chosen)
        draft.addWidget(self.words_label)
        draft.addWidget(self.words, 1)
        draft.addWidget(self.error)
        draft.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addLayout(picking, 1)
        layout.addLayout(draft, 1)
        self._show_category()

    def _show_category(self) -> None:
        category = self.category.currentData()
        cards = self.catalogue.cards if category is None else self.catalogue.in_category(category)
        self.grid.set_cards(cards)
