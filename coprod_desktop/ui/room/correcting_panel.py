"""Correcting a saved contribution, in the console: its words and cards, who it is credited to,
which prompt it is under, who supported the person, and withdrawing it.

Layout only: RoomCorrecting (room_correcting.py) fills it from the session and passes what the
facilitator does to the session. It sits in the console, never over the projector: the facilitator
corrects while the room display shows the contribution as it is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
)

from ...domain.models import Card
from ...domain.support import SupportRole
from ..platform.theme import scaled, scaled_font
from ..widgets.form_parts import ErrorLine, choice_combo, select_data
from ..widgets.pictures import CardPictures
from ..widgets.screen_layouts import columns, hold_height, large_text, wrapping_row
from .composer import WordsBox
from .contribution_details import role_words
from .room_widgets import ChosenCards


class CorrectingPanel(QFrame):
    """The contribution open for correcting. Emits what the facilitator asks for:
    save_requested (the words, cards and support as shown), credit_chosen(person_id),
    prompt_chosen(prompt_id or None), withdraw_requested, done_requested, and
    card_removed(position)."""

    save_requested = Signal()
    credit_chosen = Signal(str)
    prompt_chosen = Signal(object)
    withdraw_requested = Signal()
    done_requested = Signal()
    card_removed = Signal(int)

    def __init__(self, pictures: CardPictures) -> None:
        super().__init__()
        self.setObjectName("correctingPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setFont(scaled_font(16, bold=True))

        self.words = WordsBox()  # three lines high: it does not take the room's height
        self.words.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.words.setTabChangesFocus(True)
        self.words.setAccessibleName(self.tr("Their words, corrected"))
        hold_height(self.words, scaled(56))
        self.words_label = QLabel(self.tr("W&ords:"))
        self.words_label.setBuddy(self.words)
        self.cards = ChosenCards(pictures)
        self.cards.setAccessibleName(self.tr("Its cards: press Delete to take one away"))
        self.cards.activated.connect(self.card_removed)
        self.cards_note = QLabel(
            self.tr("Cards: choose one in the picker below to add it; click one here to take it away.")
        )
        self.cards_note.setWordWrap(True)

        self.support_role = choice_combo()
        self.support_role.addItem(self.tr("Nobody"), None)
        for role in SupportRole:
            self.support_role.addItem(role_words(role), role.value)
        self.support_role.setAccessibleName(self.tr("Supported by"))
        self.support_label = QLabel(self.tr("Supported b&y:"))
        self.support_label.setBuddy(self.support_role)
        self.support_name = QLineEdit()
        self.support_name.setAccessibleName(self.tr("Their supporter's name"))
        self.support_name.setPlaceholderText(self.tr("Name (optional)"))

        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setAccessibleDescription(self.tr("Saves the words, cards and support as shown"))
        self.save_button.clicked.connect(self.save_requested)
        self.error = ErrorLine()

        self.credit = choice_combo()
        self.credit.setAccessibleName(self.tr("Credit to"))
        self.credit_label = QLabel(self.tr("Cr&edit to:"))
        self.credit_label.setBuddy(self.credit)
        self.credit.activated.connect(lambda _index: self.credit_chosen.emit(self.credit.currentData()))
        self.prompt = choice_combo()
        self.prompt.setAccessibleName(self.tr("Move to the prompt"))
        # The Alt letters of the room's labels are all different: see the room's other screens.
        self.prompt_label = QLabel(self.tr("Mo&ve to the prompt:"))
        self.prompt_label.setBuddy(self.prompt)
        self.prompt.activated.connect(lambda _index: self.prompt_chosen.emit(self.prompt.currentData()))
        for combo in (self.credit, self.prompt):
            # As wide as their longest choice (a prompt is shortened to its start for the list).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.setAccessibleName(self.tr("Withdraw this contribution"))
        self.withdraw_button.setAccessibleDescription(self.tr("The person's choice: its words are erased"))
        self.withdraw_button.clicked.connect(self.withdraw_requested)
        self.done_button = QPushButton(self.tr("Done correcting"))
        self.done_button.clicked.connect(self.done_requested)

        # The words and cards on the left; who it is credited to, where it is and the rest on
        # the right (one above the other with large text): low enough to correct without scrolling
        # the console on a laptop.
        saying = QVBoxLayout()
        saying.addWidget(self.words_label)
        saying.addWidget(self.words)
        saying.addWidget(self.cards_note)
        saying.addWidget(self.cards)
        saying.addStretch(1)
        choosing = QVBoxLayout()
        choosing.addLayout(wrapping_row(self.support_label, self.support_role, self.support_name))
        choosing.addWidget(self.error)
        # Credit and prompt are saved as soon as one is chosen.
        if large_text():
            choosing.addLayout(wrapping_row(self.save_button))
            for widget in (self.credit_label, self.credit, self.prompt_label, self.prompt):
                choosing.addWidget(widget)
            choosing.addLayout(wrapping_row(self.withdraw_button, self.done_button))
        else:
            choices = QGridLayout()
            choices.addWidget(self.credit_label, 0, 0)
            choices.addWidget(self.credit, 0, 1)
            choices.addWidget(self.prompt_label, 1, 0)
            choices.addWidget(self.prompt, 1, 1)
            choices.setColumnStretch(1, 1)
            choosing.addLayout(choices)
        choosing.addStretch(1)
        body = columns()
        body.addLayout(saying, 3)
        body.addLayout(choosing, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(scaled(6), scaled(4), scaled(6), scaled(4))
        layout.setSpacing(scaled(4))
        layout.addWidget(self.heading)
        layout.addLayout(body)
        if not large_text():
            # The buttons in one row along the bottom: the panel is then low enough to be seen
            # whole, Done included, above the pinned card picker on a 768-pixel-high laptop.
            buttons = QHBoxLayout()
            buttons.addWidget(self.save_button)
            buttons.addStretch(1)
            buttons.addWidget(self.withdraw_button)
            buttons.addWidget(self.done_button)
            layout.addLayout(buttons)
        self.hide()

    def focus_order(self) -> list:
        """The panel's controls in the order they sit, for the room's Tab order."""
        choices = [self.credit, self.prompt]
        saving = [self.save_button]
        return [
            self.words,
            self.cards,
            self.support_role,
            self.support_name,
            *(saving + choices if large_text() else choices + saving),
            self.withdraw_button,
            self.done_button,
        ]

    def bring_into_view(self) -> None:
        """Scroll the console so the whole panel is in sight (its top first, if it is taller)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self.done_button, 0, 0)
            parent.ensureWidgetVisible(self.heading, 0, 0)

    def show_heading(self, text: str) -> None:
        self.heading.setText(text)
        self.setAccessibleName(text)

    def show_words(self, text: str) -> None:
        self.words.setPlainText(text)

    def show_cards(self, cards: list[Card]) -> None:
        self.cards.set_cards(cards)
        self.cards.setVisible(bool(cards))

    def show_support(self, role: str | None, name: str) -> None:
        select_data(self.support_role, role)
        self.support_name.setText(name)

    def show_choices(
        self, people: list[tuple[str, str]], chosen_person: str, prompts: list[tuple[str, object]], chosen_prompt
    ) -> None:
        """The people (name as credited, id) and prompts (text, id or None) to choose from."""
        for combo, items, chosen in ((self.credit, people, chosen_person), (self.prompt, prompts, chosen_prompt)):
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            select_data(combo, chosen)
            combo.blockSignals(False)
            combo.setMinimumWidth(combo.sizeHint().width())  # the choice shown is never cut off
