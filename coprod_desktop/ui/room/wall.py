"""The wall: every contribution to the current prompt, each credited with marker, name and cards.

Shows the newest WALL_LIMIT contributions, so a long meeting stays quick on an old laptop; earlier
ones come a page at a time from a button, and all of them are always in the database and in the
printout.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, QTimer
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
from ..widgets.form_parts import WrappingRow
from ..widgets.pictures import CardPictures, marker_pixmap
from .room_widgets import card_label

WALL_LIMIT = 100
# Sizes at 100%, multiplied by the text size when a contribution is drawn.
WALL_CARD_SIZE = 72
WALL_MARKER_SIZE = 56


class ContributionCard(QFrame):
    """One contribution: '<name> said:' beside their marker, their words, their cards with labels."""

    def __init__(
        self, contribution: Contribution, attendee: Attendee, cards: list[Card], pictures: CardPictures
    ) -> None:
        super().__init__()
        self.setObjectName("contribution")
        self.contribution_id = contribution.id
        marker = QLabel()
        marker.setPixmap(marker_pixmap(attendee.marker, scaled(WALL_MARKER_SIZE)))
        marker.setFixedSize(scaled(WALL_MARKER_SIZE + 4), scaled(WALL_MARKER_SIZE + 4))
        marker.setAccessibleName(attendee.marker.describe())

        self.credit = QLabel(self.tr("{name} said:").format(name=attendee.credited_as))
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
        layout = QHBoxLayout(self)
        layout.addWidget(marker, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(column, 1)

        spoken = [attendee.credited_as + " said:"]
        if contribution.text:
            spoken.append(contribution.text)
        if cards:
            spoken.append(self.tr("Cards: {cards}").format(cards=", ".join(card_label(c) for c in cards)))
        self.setAccessibleName(" ".join(spoken))

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
    """A scrolling column of ContributionCards, oldest at the top, newest at the bottom."""

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
        self.cards[:0] = cards
        self.limit = len(self.cards) + WALL_LIMIT  # new ones must not push the earlier ones out
        self.set_hidden_count(max(0, self.hidden - len(cards)))

    def append(self, card: ContributionCard, *, scroll: bool = True) -> None:
        # Insert before the stretch at the end, so cards stack from the top.
        self.column.insertWidget(self.column.count() - 1, card)
        self.cards.append(card)
        self.empty_note.hide()
        if len(self.cards) > self.limit:
            oldest = self.cards.pop(0)
            oldest.setParent(None)
            oldest.deleteLater()
            self.set_hidden_count(self.hidden + 1)
        if scroll:
            self.scroll_to_newest()

    def scroll_to_newest(self) -> None:
        # The layout has not grown yet: scroll once it has.
        QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(self.verticalScrollBar().maximum()))
