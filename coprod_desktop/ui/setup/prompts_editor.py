"""Set-up: the meeting's prompts (agenda items), each with an optional picture card."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import Change, ChangeKind
from ...domain.errors import UserFacingError
from ...domain.models import Prompt
from ..platform.messages import error_text
from ..platform.theme import min_target, scaled
from ..widgets.form_parts import (
    CHOICE_PICTURE_SIZE,
    ErrorLine,
    add_field,
    card_combo,
    new_form,
    roomy_rows,
    select_data,
)
from ..widgets.pictures import CardPictures
from ..widgets.refresh import DeferredRefresh
from ..widgets.screen_layouts import hold_height, wrapping_row

if TYPE_CHECKING:
    from ...app.prompts import PromptOperations
    from ...services.card_library import CardLibrary

PROMPT_PICTURE_SIZE = 48  # a prompt's card in the list, at 100%


class PromptsEditor(QWidget):
    """Add, change, reorder and remove prompts. Emits message(str) after each save.

    The list follows the change stream (on_change), once per commit, whoever made the change.
    """

    message = Signal(str)

    def __init__(self, prompts: PromptOperations, library: CardLibrary, pictures: CardPictures) -> None:
        super().__init__()
        self.prompts = prompts
        self.library = library
        self.pictures = pictures
        self.meeting_id: str | None = None
        self._prompts: dict[str, Prompt] = {}  # as the list shows them, by id
        self._refresh = DeferredRefresh(self, self.refresh)
        self._cards_shown = library.cards

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Prompts, in order"))
        self.list.setWordWrap(True)
        roomy_rows(self.list)
        picture = scaled(PROMPT_PICTURE_SIZE)
        self.list.setIconSize(QSize(picture, picture))
        hold_height(self.list, 3 * min_target())
        self.list.currentItemChanged.connect(lambda *_: self._load_selected())

        self.text = QLineEdit()
        self.card = card_combo(pictures, library.cards, self.tr("No picture"))
        self.error = ErrorLine()
        form = new_form()
        add_field(form, self.tr("Prompt &words:"), self.text, self.tr("A short question or topic for the group"))
        add_field(form, self.tr("P&icture card:"), self.card, self.tr("A picture shown with the prompt"))

        self.add_button = QPushButton(self.tr("&Add prompt"))
        self.save_button = QPushButton(self.tr("Sa&ve changes"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.remove_button = QPushButton(self.tr("R&emove prompt"))
        self.new_button = QPushButton(self.tr("New &prompt"))
        buttons = (
            self.add_button,
            self.save_button,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.new_button,
        )
        for button in buttons:
            button.setAccessibleName(button.text().replace("&", ""))
        row = wrapping_row(*buttons)  # six buttons: they wrap rather than widen the screen
        self.add_button.clicked.connect(self._add)
        self.save_button.clicked.connect(self._save)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        self.new_button.clicked.connect(self._clear_form)
        self.text.returnPressed.connect(lambda: (self._save if self._selected() else self._add)())

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Prompts, in the order the meeting goes through them"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(row)

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.setEnabled(meeting_id is not None)
        self.list.setCurrentRow(-1)
        self._refresh.now()
        self._clear_form()

    def on_change(self, change: Change) -> None:
        """A committed change: the prompts, or the cards a prompt can show, follow it."""
        if change.kind == ChangeKind.PROMPT and change.meeting_id == self.meeting_id and self.meeting_id:
            self._refresh.request()
        elif change.kind == ChangeKind.CARD:
            self._refresh.request()

    def refresh(self) -> None:
        """Show the prompts (and the cards to choose from) as they are now; the chosen one stays."""
        if self.library.cards is not self._cards_shown:
            self._refill_cards()
        keep = self._selected()
        self.list.blockSignals(True)
        self.list.clear()
        self._prompts = {}
        if self.meeting_id:
            for number, prompt in enumerate(self.prompts.for_meeting(self.meeting_id), start=1):
                self._prompts[prompt.id] = prompt
                item = QListWidgetItem(f"{number}. {prompt.text}")
                if prompt.card_id:
                    item.setIcon(QIcon(self.pictures.pixmap(prompt.card_id, scaled(PROMPT_PICTURE_SIZE))))
                item.setData(Qt.ItemDataRole.UserRole, prompt.id)
                self.list.addItem(item)
                if prompt.id == keep:
                    self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._update_buttons()

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _refill_cards(self) -> None:
        """Cards were brought in or removed: offer the library's cards as they are now."""
        chosen = self.card.currentData()
        self.card.blockSignals(True)
        self.card.clear()
        self.card.addItem(self.tr("No picture"), None)
        for card in self.library.cards:
            self.card.addItem(QIcon(self.pictures.pixmap(card.id, scaled(CHOICE_PICTURE_SIZE))), card.label, card.id)
        select_data(self.card, chosen)
        self.card.blockSignals(False)
        self._cards_shown = self.library.cards

    def _load_selected(self) -> None:
        prompt_id = self._selected()
        prompt = self._prompts.get(prompt_id)
        if prompt is not None:
            self.text.setText(prompt.text)
            select_data(self.card, prompt.card_id)
        self.error.clear_error()
        self._update_buttons()

    def _clear_form(self) -> None:
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.text.clear()
        self.card.setCurrentIndex(0)
        self.error.clear_error()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        for button in (self.save_button, self.up_button, self.down_button, self.remove_button):
            button.setEnabled(chosen)

    def _attempt(self, action: Callable[[], object]) -> bool:
        """Run an operation; on a refusal show why and return False (the form keeps its text)."""
        try:
            action()
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            return False
        self.error.clear_error()
        return True

    def _add(self) -> None:
        if self.meeting_id and self._attempt(
            lambda: self.prompts.add(self.meeting_id, self.text.text(), self.card.currentData())
        ):
            # The list shows it once the change arrives; the form is ready for the next one now.
            self._clear_form()
            self.text.setFocus()
            self.message.emit(self.tr("Prompt added."))

    def _save(self) -> None:
        prompt_id = self._selected()
        if prompt_id and self._attempt(
            lambda: self.prompts.update(prompt_id, self.text.text(), self.card.currentData())
        ):
            self.message.emit(self.tr("Prompt saved."))

    def _move(self, step: int) -> None:
        prompt_id = self._selected()
        if prompt_id:
            self._attempt(lambda: self.prompts.move(prompt_id, step))

    def _remove(self) -> None:
        prompt_id = self._selected()
        if prompt_id and self._attempt(lambda: self.prompts.remove(prompt_id)):
            self._clear_form()
