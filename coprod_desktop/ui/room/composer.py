"""Making a contribution: the picture cards (search, quick row, grid), their words, and Save."""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QMimeData, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserFacingError
from ...domain.models import Card
from ...services.card_search import CardIndex
from ...services.catalogue import Category
from ..platform.settings import CARD_SIZES
from ..platform.theme import BASE_POINT_SIZE, scaled, scaled_font
from ..widgets.form_parts import ErrorLine, choice_combo, select_data
from ..widgets.pictures import CardPictures
from ..widgets.screen_layouts import columns, hold_height, large_text, wrapping_row
from .room_widgets import CardGrid, CardStrip, ChosenCards, card_label

QUICK_LABEL_WIDTH = 110  # the quick row's "Used lately:" beside its cards, at 100%

WORDS_HEIGHT = 64  # the words box at 100%: three lines and a little
QUICK_KEYS = 6  # Ctrl+1 ... Ctrl+6 add the cards in the quick row
# One name per size in settings.CARD_SIZES. QT_TRANSLATE_NOOP marks them for lupdate.
SIZE_NAMES = (
    QT_TRANSLATE_NOOP("Composer", "Normal cards"),
    QT_TRANSLATE_NOOP("Composer", "Large cards"),
    QT_TRANSLATE_NOOP("Composer", "Very large cards"),
    QT_TRANSLATE_NOOP("Composer", "Huge cards"),
)


class WordsBox(QPlainTextEdit):
    """The words editor. Asks for little height and grows into what is left: a scroll area sizes
    its content by preferred sizes, and the editor's default preference (about ten lines) would
    push Save below the bottom of a laptop screen.

    *guard*, if set, is asked about a paste or a drop before it goes in: it raises a
    UserFacingError for text the contribution cannot hold, and the text is then left as it was
    (refused(error) says why). Checking before inserting keeps a pasted megabyte from being laid
    out at all: it is refused at once.
    """

    refused = Signal(object)  # the UserFacingError that kept a paste or drop out

    def __init__(self) -> None:
        super().__init__()
        self.guard: Callable[[str], None] | None = None

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 3 + scaled(16))

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.guard is not None and source.hasText():
            incoming = source.text()
            selected = self.textCursor().selectedText()
            # Only the length and the characters matter to the guard, not where they go.
            after = self.toPlainText().replace(selected.replace("\u2029", "\n"), "", 1) + incoming
            try:
                self.guard(after)
            except UserFacingError as exc:
                self.refused.emit(exc)
                return
        super().insertFromMimeData(source)

    def show_text(self, text: str, cursor_at: int | None = None) -> None:
        """Show *text* (the session's words) without announcing it as typed; the cursor goes to
        *cursor_at* (a position in the text), else to the end."""
        if self.toPlainText() == text:
            return
        was_blocked = self.blockSignals(True)
        try:
            self.setPlainText(text)
            cursor = self.textCursor()
            end = self.document().characterCount() - 1
            cursor.setPosition(end if cursor_at is None else max(0, min(cursor_at, end)))
            self.setTextCursor(cursor)
        finally:
            self.blockSignals(was_blocked)


class CheckLine(QWidget):
    """A check box whose words wrap onto more lines (a QCheckBox's own text never wraps, and a
    long name in "Keep … speaking after Save" once made the room wider than the screen). A click
    on the words ticks it too; its Alt key goes to the box."""

    def __init__(self) -> None:
        super().__init__()
        self.box = QCheckBox()
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.label.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def set_text(self, text: str) -> None:
        """*text* with an & before its Alt letter (&& for an & of its own)."""
        self.label.setText(text)
        self.box.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.MouseButtonRelease and self.box.isEnabled():
            self.box.toggle()
            return True
        return super().eventFilter(watched, event)


class SearchBox(QLineEdit):
    """Find a card as you type. Down or Enter goes into the results.

    Never narrower than its placeholder ("Find a card…") and the clear button: squeezed beside
    the group and size choices it once showed only "F…".
    """

    into_results = Signal()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        text = self.fontMetrics().horizontalAdvance(self.placeholderText()) + scaled(8)
        margins = self.textMargins()
        text += margins.left() + margins.right()
        # The clear button sits inside the box, at the end of the text: leave it a square.
        text += self.fontMetrics().height() + scaled(8) if self.isClearButtonEnabled() else 0
        needed = self.style().sizeFromContents(
            QStyle.ContentsType.CT_LineEdit, option, QSize(text, self.fontMetrics().height()), self
        )
        return QSize(max(hint.width(), needed.width()), hint.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.into_results.emit()
            return
        super().keyPressEvent(event)


def category_label(category: Category) -> str:
    return QCoreApplication.translate("Category", category.label)


class Composer(QWidget):
    """The form part of the room screen: cards, words and Save for whoever is speaking. It holds no
    state beyond what is on screen: the RoomSession owns the draft and the RoomView wires them.

    The composer itself is the card picker and the cards chosen; its `entry` (the words, Save,
    Clear, keeping the speaker and Undo) is a widget of its own, which the room keeps in view.
    """

    save_requested = Signal()
    clear_requested = Signal()
    undo_requested = Signal()
    keep_speaker_changed = Signal(bool)
    quick_chosen = Signal(str)  # a card id from the quick row (matching their words, or recent)

    def __init__(self, pictures: CardPictures) -> None:
        super().__init__()
        self.pictures = pictures
        self.cards: list[Card] = []
        self.index = CardIndex([])
        self.speaker_note = QLabel()
        self.speaker_note.setTextFormat(Qt.TextFormat.PlainText)
        self.speaker_note.setWordWrap(True)
        self.speaker_note.setFont(scaled_font(16, bold=True))

        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Find a card…"))
        self.search.setAccessibleName(self.tr("Find a card"))
        self.search.setAccessibleDescription(
            self.tr("Type a word; the cards that match show below. Ctrl+F comes back here from anywhere in the room.")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.into_results.connect(self._into_results)
        self.category = choice_combo()
        self.category.setAccessibleName(self.tr("Which picture cards to show"))
        self.category.currentIndexChanged.connect(self._filter)
        self.size = choice_combo()
        for px, name in zip(CARD_SIZES, SIZE_NAMES, strict=True):
            self.size.addItem(QCoreApplication.translate("Composer", name), px)
        self.size.setAccessibleName(self.tr("Card size"))
        self.size.setAccessibleDescription(self.tr("Ctrl+Plus and Ctrl+Minus also change it"))
        self.grid = CardGrid(pictures, self.tr("Picture cards: press Enter or Space to add one"))
        self.quick_label = QLabel()
        self.quick_label.setWordWrap(True)
        self.quick_label.setMaximumWidth(scaled(QUICK_LABEL_WIDTH))
        self.quick = CardStrip(pictures, wrapping=False, whole_only=True)  # one row, the cards that fit
        self.quick.setAccessibleName(self.tr("Quick cards"))
        self.quick.activated.connect(lambda row: self.quick_chosen.emit(self.quick.card_ids[row]))
        self.chosen = ChosenCards(pictures)
        self.chosen.setAccessibleName(self.tr("Cards chosen: press Delete to take one away"))
        self.chosen_label = QLabel(self.tr("Chosen (click one to take it away):"))
        self.chosen_label.setWordWrap(True)

        self.words = WordsBox()
        self.words.setTabChangesFocus(True)  # Tab moves on: the words box is no keyboard trap
        self.words.setAccessibleName(self.tr("Their words"))
        self.words.setAccessibleDescription(
            self.tr("Type what they said, word for word. Ctrl+Enter saves. Ctrl+1 to Ctrl+6 add a matching card.")
        )
        self.words.setPlaceholderText(self.tr("Type what they said, word for word"))
        hold_height(self.words, scaled(WORDS_HEIGHT))
        self.words_label = QLabel(self.tr("Their &words:"))
        self.words_label.setBuddy(self.words)

        self.error = ErrorLine()
        self.save_button = QPushButton(self.tr("Save contribution"))
        self.save_button.setAccessibleName(self.tr("Save contribution"))
        self.save_button.setAccessibleDescription(self.tr("Shortcut: Ctrl+Enter"))
        self.save_button.setFont(scaled_font(BASE_POINT_SIZE, bold=True))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the cards and words"))
        self.save_button.clicked.connect(self.save_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        # By Save: whether the speaker stays chosen after it (the room says who: see keep_text).
        self.keep_line = CheckLine()
        self.keep_speaker = self.keep_line.box
        self.keep_speaker.toggled.connect(self.keep_speaker_changed)
        # Undo's words say what it will take back (the room sets them from the session).
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_requested)

        # The label's Alt key goes to the search, not the grid: letters typed on the grid once
        # jumped to a card by its first letters (the grid now passes them to the search).
        self.cards_label = cards_label = QLabel(self.tr("&Cards:"))
        cards_label.setBuddy(self.search)
        self.grid.typed.connect(self._typed_on_grid)
        #: the label of the drop-down list of card groups (All cards, Feelings, Food...).
        self.category_label = QLabel(self.tr("&Group:"))
        self.category_label.setBuddy(self.category)
        self.size_label = QLabel(self.tr("Si&ze:"))
        self.size_label.setBuddy(self.size)
        # The search has a row of its own and the two choices wrap under it: side by side with
        # them it was squeezed to "F…", and long translations pushed the room off the screen.
        find_row = columns()  # the label above the search with large text
        find_row.addWidget(cards_label)
        find_row.addWidget(self.search, 1)
        quick_row = QHBoxLayout()
        quick_row.addWidget(self.quick_label)
        quick_row.addWidget(self.quick, 1)

        # Cards on the left, the contribution taking shape on the right: its cards, who supported
        # the speaker (placed by the room: place_beside_chosen), its words and Save. With large
        # text the words and Save are the entry, a widget the room pins below what scrolls.
        picking = QVBoxLayout()
        picking.setSpacing(scaled(4))
        picking.addLayout(find_row)
        picking.addLayout(wrapping_row(self.category_label, self.category, self.size_label, self.size))
        picking.addLayout(quick_row)
        picking.addWidget(self.grid, 1)
        draft = QVBoxLayout()
        draft.setSpacing(scaled(4))
        if large_text():
            # Undo and keeping the speaker under the speaker's name: at 300% a laptop's screen
            # has room for little more than the words and Save in view.
            draft.addWidget(self.speaker_note)
            draft.addWidget(self.keep_line)
            draft.addWidget(self.undo_button)
        else:
            # Whether to keep the speaker after Save, beside their name (both wrap if need be).
            speaker = QHBoxLayout()
            speaker.addWidget(self.speaker_note, 1)
            speaker.addWidget(self.keep_line, 1)
            draft.addLayout(speaker)
        draft.addWidget(self.chosen_label)
        draft.addWidget(self.chosen)
        self.draft_column = draft
        self.entry = self._entry()
        if large_text():
            draft.addStretch(1)
        else:
            draft.addWidget(self.entry, 1)
        layout = columns()
        self.setLayout(layout)
        layout.setContentsMargins(scaled(4), 0, scaled(4), 0)
        layout.addLayout(picking, 2)  # the wider: four cards a row on a laptop
        layout.addLayout(draft, 1)

    @property
    def entry_pinned(self) -> bool:
        """True when the room pins the entry (words and Save) on its own, below what scrolls;
        otherwise the entry is part of the composer, beside the cards."""
        return self.entry.parentWidget() is not self

    def _entry(self) -> QWidget:
        """Their words and Save, with Clear, Undo and keeping the speaker (at large text, only the
        words, the message and Save with Clear: see __init__)."""
        entry = QWidget()
        entry.setObjectName("entry")
        layout = QVBoxLayout(entry)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(scaled(4))
        self.words_row = words = QWidget()
        row = QHBoxLayout(words)  # the label beside the words: a line of height saved
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.words_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.words, 1)
        if large_text():
            # Two lines of words are enough to see what is typed.
            hold_height(self.words, min(scaled(WORDS_HEIGHT), self.words.fontMetrics().lineSpacing() * 2 + scaled(14)))
            layout.setContentsMargins(0, scaled(2), 0, scaled(2))
            layout.addWidget(words)
            layout.addWidget(self.error)
            layout.addLayout(wrapping_row(self.save_button, self.clear_button))
            return entry
        layout.addWidget(words, 1)
        layout.addWidget(self.error)
        layout.addLayout(wrapping_row(self.save_button, self.clear_button, self.undo_button))
        return entry

    def place_above_words(self, widget: QWidget) -> None:
        """Put *widget* above the words, in the entry (the read-back's answers: the room's)."""
        self.entry.layout().insertWidget(0, widget)

    def place_beside_chosen(self, widget: QWidget) -> None:
        """Put *widget* under the cards chosen (who supported the speaker: the room's)."""
        self.draft_column.insertWidget(self.draft_column.indexOf(self.chosen) + 1, widget)

    def set_cards(self, cards: list[Card], categories: list[Category], words=None) -> None:
        """The cards this meeting shows, and their groups. *words*: the (label_of, synonyms_of) pair
        that finds cards by the meeting's words (default: the labels as the screen shows them)."""
        self.cards = cards
        self.index = CardIndex(cards, *words) if words else CardIndex(cards, label_of=card_label)
        shown = {c.category for c in cards}
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All cards"), None)
        for category in categories:
            if category.id in shown:
                self.category.addItem(category_label(category), category.id)
        self.category.blockSignals(False)
        self._filter()

    def show_card_size(self, size: int) -> None:
        """Cards drawn at *size* (one of settings.CARD_SIZES), and the size choice showing it."""
        select_data(self.size, size)
        self.grid.set_card_size(size)

    def step_card_size(self, step: int) -> None:
        """Choose the next size up (1) or down (-1), if there is one."""
        self.size.setCurrentIndex(max(0, min(self.size.count() - 1, self.size.currentIndex() + step)))

    def show_quick(self, cards: list[Card], *, matching: bool) -> None:
        """The quick row: cards matching their words as they are typed, else the recently used."""
        self.quick_label.setText(self.tr("For their words:") if matching else self.tr("Used lately:"))
        self.quick.setAccessibleName(self.quick_label.text())
        self.quick.set_cards(cards, self.tr("Add {card}"))
        visible = bool(cards)
        self.quick_label.setVisible(visible)
        self.quick.setVisible(visible)

    def _filter(self) -> None:
        query = self.search.text().strip()
        category = self.category.currentData()
        if query:
            # A search looks in every group: people say words, not category names.
            cards = self.index.search(query)
        elif category is None:
            cards = self.cards
        else:
            cards = [c for c in self.cards if c.category == category]
        self.grid.set_cards(cards)

    def find(self) -> None:
        """Go to the search box, its words selected to type over (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _typed_on_grid(self, text: str) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.insert(text)

    def _into_results(self) -> None:
        if self.grid.count():
            self.grid.setFocus()
            self.grid.setCurrentRow(0)
