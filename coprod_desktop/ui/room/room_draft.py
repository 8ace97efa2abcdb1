"""The contribution being made, on the room screen: the composer kept in step with the session.

The room session holds the draft (its cards and words) so that every view of the room shows the
same one; this class passes what the facilitator does in the composer to the session and shows
the session's draft: the chosen cards, the words, and the quick row (cards for the words being
typed, else the ones used lately).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ...domain.errors import UserFacingError
from ..platform.messages import error_text
from .composer import QUICK_KEYS, Composer

if TYPE_CHECKING:
    from collections.abc import Callable

    from ...app.room_session import RoomSession
    from .room_speech import RoomSpeech

SUGGEST_AFTER_MS = 120  # suggest once typing pauses, not at every key


class RoomDraft(QObject):
    """Wires *composer* to *session*'s draft. Emits message(text) for the status line."""

    message = Signal(str)

    def __init__(self, session: RoomSession, composer: Composer, speech: RoomSpeech, parent: QObject) -> None:
        super().__init__(parent)
        self.session, self.composer, self.speech = session, composer, speech
        composer.words.guard = session.set_words  # an over-long paste is refused as it arrives
        composer.words.refused.connect(self._refused)
        composer.words.textChanged.connect(self._words_changed)
        composer.quick_chosen.connect(self.add_card)
        composer.grid.chosen.connect(self.add_card)
        composer.grid.focused.connect(self._card_focused)
        composer.chosen.activated.connect(self.remove_card)
        composer.clear_requested.connect(self.clear)
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_AFTER_MS)
        self._suggest_timer.timeout.connect(self._suggest)
        # While a saved contribution is being corrected the picker's cards go to it: this is asked
        # first, and takes the card when it returns True (see RoomCorrecting.add_card).
        self.divert: Callable[[str], bool] | None = None

    def show(self) -> None:
        """Show the session's draft: its cards and its words (another view may have made them)."""
        self.composer.chosen.set_cards([self.session.card(c) for c in self.session.cards])
        self.composer.grid.mark_chosen(set(self.session.cards))  # ticked in the picker too
        self.composer.words.show_text(self.session.words)

    def show_quick(self) -> None:
        """The quick row: cards for the words being typed, else the ones used lately."""
        if not self.session.is_open:
            return
        words = self.session.words.strip()
        if words:
            cards = self.composer.index.suggest(words, limit=QUICK_KEYS, exclude=self.session.cards)
            self.composer.show_quick(cards, matching=True)
            return
        recent = self.session.recent_cards(QUICK_KEYS)
        self.composer.show_quick([self.session.card(c) for c in recent], matching=False)

    def add_card(self, card_id: str) -> None:
        """Add a card to the contribution being made (as a click on it does)."""
        if not self.session.is_open:
            return
        if self.divert is not None and self.divert(card_id):
            self.speech.card_chosen(self.session.card(card_id))
            return
        if not self.session.add_card(card_id):
            # The room screen's own words: their translation context is still "RoomView".
            most = QCoreApplication.translate("RoomView", "That is the most cards one contribution can have.")
            self.composer.error.show_error(most)
            return
        self.show()
        self.speech.card_chosen(self.session.card(card_id))
        if self.session.words.strip():
            self.show_quick()  # a card just added is no longer offered

    def remove_card(self, position: int) -> None:
        """Take the card at *position* out of the contribution being made."""
        self.session.remove_card(position)
        self.show()
        self.composer.chosen.setCurrentRow(min(position, self.composer.chosen.count() - 1))

    def add_quick_card(self, number: int) -> None:
        """Add the quick row's card number *number* (Ctrl+1 ... Ctrl+6), if it is showing."""
        ids = self.composer.quick.shown_ids  # Ctrl+1 is the first card in view, and so on
        if self.session.is_open and self.composer.quick.isVisible() and number <= len(ids):
            self.add_card(ids[number - 1])

    def clear(self) -> None:
        """Throw the draft away: no cards, no words."""
        self.session.clear_draft()
        self.composer.error.clear_error()
        self.show()

    def saved(self) -> None:
        """The session saved the draft and emptied it: show it empty, and the used-lately row anew."""
        self.composer.error.clear_error()
        self.show()
        # The used-lately row looks through every saved card: after the new one is on the wall.
        self._suggest_timer.start()

    def stop(self) -> None:
        """Nothing to suggest on a hidden screen (or a closed store)."""
        self._suggest_timer.stop()

    def _card_focused(self, card_id: str) -> None:
        self.speech.card_chosen(self.session.card(card_id))

    def _words_changed(self) -> None:
        words = self.composer.words
        typed = words.toPlainText()
        try:
            self.session.set_words(typed)
        except UserFacingError as exc:
            # Typed past the most a contribution may hold: the words stay as they were, and the
            # cursor where it was before the refused key.
            before = words.textCursor().position() - (len(typed) - len(self.session.words))
            words.show_text(self.session.words, cursor_at=before)
            self._refused(exc)
            return
        self._suggest_timer.start()

    def _refused(self, exc: UserFacingError) -> None:
        self.composer.error.show_error(error_text(exc))

    def _suggest(self) -> None:
        if self.composer.isVisible():  # typing paused: but a screen closed meanwhile has nothing to offer
            try:
                self.show_quick()
            except UserFacingError as exc:
                self.message.emit(error_text(exc))
