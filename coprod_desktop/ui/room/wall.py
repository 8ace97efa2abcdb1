"""The wall: every contribution to the current prompt, each credited with marker, name and cards.

Shows the newest WALL_LIMIT contributions, so a long meeting stays quick on an old laptop; earlier
ones come a page at a time from a button, and all of them are always in the database and in the
printout.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import Attendee, Card, Contribution
from ..platform.theme import min_target, scaled, scaled_font
from ..widgets.form_parts import isolated, marker_words
from ..widgets.pictures import CardPictures, marker_pixmap
from ..widgets.screen_layouts import WrappingRow
from .room_widgets import card_label

# The console's wall is the facilitator's (the room reads the room display): thirty is plenty, and
# each contribution shown costs time at every Save (the wall is laid out again).
WALL_LIMIT = 30
# Sizes at 100%, multiplied by the text size when a contribution is drawn.
WALL_CARD_SIZE = 72
WALL_MARKER_SIZE = 56
# The wall's keys: where each takes the focus, from (position, count).
_STEPS = {
    Qt.Key.Key_Up: lambda here, _count: here - 1,
    Qt.Key.Key_Down: lambda here, _count: here + 1,
    Qt.Key.Key_Home: lambda _here, _count: 0,
    Qt.Key.Key_End: lambda _here, count: count - 1,
}
_WATCHED_EVENTS = (QEvent.Type.FocusIn, QEvent.Type.KeyPress)  # what the wall does something with


class ContributionCard(QFrame):
    """One contribution: '<name> said:' beside their marker, their words, their cards with labels.

    It takes the keyboard focus (the wall's arrow keys move between contributions), and a screen
    reader reads it whole: the credit, the words, the cards and then its *details*, the lines
    about what happened to it since (confirmed by the person, who agrees with it): see
    set_details().
    """

    def __init__(
        self,
        contribution: Contribution,
        attendee: Attendee,
        cards: list[Card],
        pictures: CardPictures,
        details: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.setObjectName("contribution")
        self.contribution_id = contribution.id
        # One Tab stop for the whole wall: the wall gives Tab to one card and arrows to the rest.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleDescription(self.tr("Press Enter to correct it."))
        marker = QLabel()
        marker.setPixmap(marker_pixmap(attendee.marker, scaled(WALL_MARKER_SIZE)))
        marker.setFixedSize(scaled(WALL_MARKER_SIZE + 4), scaled(WALL_MARKER_SIZE + 4))
        marker.setAccessibleName(marker_words(attendee.marker))

        #: the credit above a contribution on the wall; {name} is the person as they chose to be credited.
        self._said = self.tr("{name} said:").format(name=isolated(attendee.credited_as))
        self.credit = QLabel(self._said)
        self.credit.setTextFormat(Qt.TextFormat.PlainText)
        self.credit.setFont(scaled_font(16, bold=True))
        self.credit.setWordWrap(True)
        column = QVBoxLayout()
        column.addWidget(self.credit)
        self.words = None
        if contribution.text:
            self.words = QLabel(contribution.text)
            self.words.setTextFormat(Qt.TextFormat.PlainText)
            self.words.setWordWrap(True)
            self.words.setFont(scaled_font(16))
            self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(self.words)
        if cards:
            # Up to twelve cards: they wrap onto more rows rather than widen the wall.
            row = WrappingRow(spacing=scaled(8))
            for card in cards:
                row.addWidget(self._card_widget(card, pictures))
            column.addLayout(row)
        # The place for what happened to the contribution after Save: "Confirmed by Sam.",
        # "Ann and Jo agree." (plain text, under the cards, and read after them).
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.hide()
        column.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.addWidget(marker, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(column, 1)

        self._spoken = [self._said]
        if contribution.text:
            self._spoken.append(contribution.text)
        if cards:
            self._spoken.append(self.tr("Cards: {cards}").format(cards=", ".join(card_label(c) for c in cards)))
        self.set_details(details)

    def set_details(self, details: Sequence[str]) -> None:
        """Show *details* (plain sentences in the interface language, e.g. that the person confirmed
        it, who agrees with it) under the contribution, and read them after it."""
        lines = [line for line in details if line]
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self.setAccessibleName(" ".join([*self._spoken, *lines]))

    @staticmethod
    def _card_widget(card: Card, pictures: CardPictures) -> QWidget:
        box = QWidget()
        picture = QLabel()
        picture.setPixmap(pictures.pixmap(card.id, scaled(WALL_CARD_SIZE)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label = QLabel(card_label(card))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(picture)
        column.addWidget(label)
        box.setMinimumWidth(scaled(WALL_CARD_SIZE + 16))
        return box


class Wall(QScrollArea):
    """A scrolling column of ContributionCards, oldest at the top, newest at the bottom.

    Enter on a contribution, or the Correct… button (which the room places under the wall), asks
    for that contribution to be corrected: correct_requested(contribution_id).
    """

    correct_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Contributions"))
        # When the room itself scrolls (large text) it is still tall enough to read a contribution
        # or two.
        self.setMinimumHeight(3 * min_target())
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.earlier_button = QPushButton()
        self.earlier_button.hide()
        self.empty_note = QLabel(self.tr("Nothing has been added for this prompt yet."))
        self.empty_note.setWordWrap(True)
        self.column.addWidget(self.earlier_button)
        self.column.addWidget(self.empty_note)
        self.column.addStretch(1)
        self.setWidget(inner)
        self.cards: list[ContributionCard] = []
        self.limit = WALL_LIMIT
        self.hidden = 0
        # Keyboard: the wall is one Tab stop, a contribution (the newest, or the one last read);
        # Up and Down (Home, End) move from one contribution to the next. The room puts that
        # stop between the people and the cards (RoomView.focusNextPrevChild).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._current: ContributionCard | None = None
        #: corrects the contribution that has (or last had) the keyboard focus on the wall.
        self.correct_button = QPushButton(self.tr("✎ Correct…"))
        self.correct_button.setAccessibleName(self.tr("Correct the chosen contribution"))
        self.correct_button.setAccessibleDescription(self.tr("Enter on a contribution does it too"))
        self.correct_button.clicked.connect(self._correct_current)
        # For the mouse: from the keyboard, Enter on the contribution does it (one Tab stop for
        # the wall, as before), and a contribution says so to a screen reader.
        self.correct_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.correct_button.setEnabled(False)

    @property
    def current(self) -> "ContributionCard | None":
        """The contribution that Tab reaches (the newest, unless one was moved to since)."""
        return self._current

    def _set_current(self, card: "ContributionCard | None") -> None:
        if self._current is not None and self._current is not card and self._current in self.cards:
            self._current.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._current = card
        if card is not None:
            card.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.correct_button.setEnabled(card is not None)

    def _correct_current(self) -> None:
        if self._current is not None:
            self.correct_requested.emit(self._current.contribution_id)

    def _watch(self, card: "ContributionCard") -> None:
        card.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of every card on the wall comes here (moves and paints when one is added):
        # the kind of event is looked at first, as that is cheap and almost always ends it.
        # (The scroll area watches its own inner widget too: those events go on to it.)
        if not isinstance(watched, ContributionCard):
            return super().eventFilter(watched, event)
        kind = event.type()
        if kind in _WATCHED_EVENTS and watched in self.cards:
            if kind == QEvent.Type.FocusIn:
                self._set_current(watched)
                self.ensureWidgetVisible(watched)
            elif kind == QEvent.Type.KeyPress:
                plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in plain:
                    self.correct_requested.emit(watched.contribution_id)
                    return True
                step = _STEPS.get(event.key())
                if step is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                    here = self.cards.index(watched)
                    there = max(0, min(len(self.cards) - 1, step(here, len(self.cards))))
                    self.cards[there].setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
        return False

    def sizeHint(self) -> QSize:
        # It scrolls, so it asks for no more than its least height and grows into what the room
        # has left: however many contributions there are, they never push the form off the screen.
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def minimumSizeHint(self) -> QSize:
        # Never narrower than a contribution (marker, words, a card): it scrolls up and down only.
        inner = self.widget().minimumSizeHint().width() if self.widget() is not None else 0
        frame = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(super().minimumSizeHint().width(), inner + frame), super().minimumSizeHint().height())

    def show_contributions(
        self, contributions: Sequence[Contribution], card_for: Callable[[Contribution], ContributionCard]
    ) -> None:
        """Show the newest WALL_LIMIT of *contributions* (oldest first), the rest behind a button."""
        self.clear()
        self.limit = WALL_LIMIT
        shown = contributions[-WALL_LIMIT:]
        for contribution in shown:
            self.append(card_for(contribution), scroll=False)
        self.set_hidden_count(len(contributions) - len(shown))
        self.scroll_to_newest()

    def show_earlier(
        self, contributions: Sequence[Contribution], card_for: Callable[[Contribution], ContributionCard]
    ) -> None:
        """Add the page of *contributions* just before the ones shown to the top of the wall."""
        hidden = len(contributions) - len(self.cards)
        page = contributions[max(0, hidden - WALL_LIMIT) : max(0, hidden)]
        self.prepend([card_for(c) for c in page])

    def clear(self) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards.clear()
        self._set_current(None)
        self.empty_note.show()
        self.set_hidden_count(0)

    def set_hidden_count(self, hidden: int) -> None:
        self.hidden = hidden
        self.earlier_button.setVisible(hidden > 0)
        self.earlier_button.setText(self.tr("Show earlier contributions ({n} more)").format(n=hidden))
        self.earlier_button.setAccessibleName(self.earlier_button.text())

    def prepend(self, cards: list[ContributionCard]) -> None:
        """Put earlier contributions above the ones shown (they stay, however many there are)."""
        first = self.column.indexOf(self.empty_note) + 1
        for offset, card in enumerate(cards):
            self.column.insertWidget(first + offset, card)
            self._watch(card)
        self.cards[:0] = cards
        if self._current is None and self.cards:
            self._set_current(self.cards[-1])
        self.limit = len(self.cards) + WALL_LIMIT  # new ones must not push the earlier ones out
        self.set_hidden_count(max(0, self.hidden - len(cards)))

    def append(self, card: ContributionCard, *, scroll: bool = True) -> None:
        # Insert before the stretch at the end, so cards stack from the top.
        self.column.insertWidget(self.column.count() - 1, card)
        self._watch(card)
        previous = self.cards[-1] if self.cards else None
        self.cards.append(card)
        self.empty_note.hide()
        if self._current is None or (self._current is previous and not self._current.hasFocus()):
            self._set_current(card)  # Tab reaches the newest, unless someone is reading an older one
        if len(self.cards) > self.limit:
            oldest = self.cards.pop(0)
            if oldest is self._current:
                self._set_current(self.cards[0])
            oldest.setParent(None)
            oldest.deleteLater()
            self.set_hidden_count(self.hidden + 1)
        if scroll:
            self.scroll_to_newest()

    def scroll_to_newest(self) -> None:
        # The layout has not grown yet: scroll once it has.
        QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(self.verticalScrollBar().maximum()))
