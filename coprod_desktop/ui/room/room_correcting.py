"""Correcting a saved contribution from the console: the correcting panel kept in step with the
room session, and what the facilitator does in it passed to the session.

The session says which contribution is open for correcting (SessionEvent.CORRECTING: chosen on the
wall, or the person said "change it"); each correction is saved at once by the session, and the
wall, the display and this panel follow the store's change. While a contribution is open, the
card picker's cards go to it rather than to the contribution being made (RoomDraft asks add_card).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal

from ...app.room_undo import RoomAction
from ...domain.changes import Change, ChangeKind
from ...domain.errors import UserFacingError
from ...domain.models import Contribution
from ...domain.rules import MAX_CARDS
from ..platform.messages import error_text
from ..widgets.form_parts import isolated
from ..widgets.message_boxes import ask

if TYPE_CHECKING:
    from collections.abc import Callable

    from ...app.room_session import RoomSession
    from ...domain.models import Card
    from .correcting_panel import CorrectingPanel

_CONTEXT = "RoomCorrecting"
# What Undo would take back, in a few words: on its button ("Undo: the move") and, once done, on
# the status line ("Undone: the move").
_UNDO_WHAT = {
    RoomAction.SAVE: QT_TRANSLATE_NOOP("RoomCorrecting", "Save"),
    RoomAction.EDIT: QT_TRANSLATE_NOOP("RoomCorrecting", "the correction"),
    RoomAction.CREDIT: QT_TRANSLATE_NOOP("RoomCorrecting", "the new credit"),
    RoomAction.MOVE: QT_TRANSLATE_NOOP("RoomCorrecting", "the move"),
    RoomAction.CONFIRM: QT_TRANSLATE_NOOP("RoomCorrecting", "“yes, that's right”"),
    RoomAction.CHANGE_IT: QT_TRANSLATE_NOOP("RoomCorrecting", "“change it”"),
    RoomAction.SUPPORT: QT_TRANSLATE_NOOP("RoomCorrecting", "the support"),
    RoomAction.AGREE: QT_TRANSLATE_NOOP("RoomCorrecting", "the agreement"),
    RoomAction.UNAGREE: QT_TRANSLATE_NOOP("RoomCorrecting", "taking the agreement back"),
    RoomAction.PASS: QT_TRANSLATE_NOOP("RoomCorrecting", "the pass"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def undo_words(action: RoomAction | None) -> str:
    """The Undo button's words for what it would take back (a withdrawal cannot be)."""
    if action is None:
        return _tr("Undo")
    if action is RoomAction.WITHDRAW:
        # Translators: on the Undo button after a contribution was withdrawn: it cannot come back.
        return _tr("Undo (a withdrawal cannot be undone)")
    # Translators: on the Undo button; {what} is what it would take back ("Save", "the move").
    return _tr("Undo: {what}").format(what=_tr(_UNDO_WHAT[action]))


def undone_words(action: RoomAction) -> str:
    """What the status line says once *action* has been undone."""
    # Translators: on the status line after Undo; {what} is what was taken back ("the move").
    return _tr("Undone: {what}").format(what=_tr(_UNDO_WHAT[action])) if action in _UNDO_WHAT else _tr("Undone.")


class RoomCorrecting(QObject):
    """Fills *panel* from *session*'s contribution being corrected; *card* finds a card by id,
    *name_of* a person's credit by id. Emits message(text) for the status line."""

    message = Signal(str)

    def __init__(
        self,
        session: RoomSession,
        panel: CorrectingPanel,
        card: Callable[[str], Card],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.session, self.panel, self._card = session, panel, card
        self._loaded: Contribution | None = None  # as last read: what "changed" is measured against
        self._cards: list[str] = []  # the cards as shown in the panel
        panel.save_requested.connect(self.save)
        panel.credit_chosen.connect(self.credit_to)
        panel.prompt_chosen.connect(self.move_to)
        panel.withdraw_requested.connect(self.withdraw)
        panel.done_requested.connect(self.done)
        panel.card_removed.connect(self.remove_card)

    @property
    def contribution_id(self) -> str | None:
        return self._loaded.id if self._loaded is not None else None

    def open(self, contribution_id: str | None) -> None:
        """Open a saved contribution for correcting (as chosen on the wall)."""
        if contribution_id is None or not self.session.is_open:
            return
        try:
            self.session.start_correcting(contribution_id)
        except UserFacingError as exc:
            self.message.emit(error_text(exc))

    def follow(self) -> None:
        """The session opened another contribution for correcting, or none."""
        contribution = self.session.correcting if self.session.is_open else None
        if contribution is None:
            self._loaded = None
            self.panel.hide()
            return
        fresh = self._loaded is None or self._loaded.id != contribution.id
        self._load(contribution, fresh=fresh)
        self.panel.error.clear_error()
        if fresh:
            self.panel.show()
            self.panel.words.setFocus(Qt.FocusReason.OtherFocusReason)
            # Once laid out: the whole panel, down to Done, not only the words the focus is in.
            QTimer.singleShot(0, self.panel, self.panel.bring_into_view)

    def on_change(self, change: Change) -> None:
        """A committed change: the contribution corrected (here, by undo or elsewhere), or the
        people and prompts to choose from."""
        if self._loaded is None:
            return
        if change.kind is ChangeKind.CONTRIBUTION and change.item_id == self._loaded.id:
            current = self.session.correcting
            if current is not None:
                self._load(current, fresh=False)
        elif change.kind in (ChangeKind.ATTENDEE, ChangeKind.PERSON, ChangeKind.PROMPT, ChangeKind.MEETING):
            current = self.session.correcting
            if current is not None:
                self._load(current, fresh=False)

    # filling the panel -----------------------------------------------------------------------------
    def _edited(self) -> bool:
        loaded, panel = self._loaded, self.panel
        return loaded is not None and (
            panel.words.toPlainText() != loaded.text
            or self._cards != list(loaded.card_ids)
            or self._support_shown() != _support_of(loaded)
        )

    def _load(self, contribution: Contribution, *, fresh: bool) -> None:
        session, panel = self.session, self.panel
        attendee = session.attendee(contribution.person_id)
        name = isolated(attendee.credited_as) if attendee else ""
        #: the heading of the console's correcting panel; {name} is the person as credited.
        panel.show_heading(self.tr("Correcting what {name} said. Each change is saved at once.").format(name=name))
        if fresh or not self._edited():  # what the facilitator has typed and not saved stays
            panel.show_words(contribution.text)
            self._cards = list(contribution.card_ids)
            self._show_cards()
            role, supporter = _support_of(contribution)
            panel.show_support(role, supporter)
        self._loaded = contribution
        people = [(isolated(a.credited_as), a.person_id) for a in session.attendees]
        prompts: list[tuple[str, object]] = [
            (self.tr("{n}. {prompt}").format(n=number, prompt=_shortened(prompt.text)), prompt.id)
            for number, prompt in enumerate(session.prompts, start=1)
        ]
        prompts.append((self.tr("Other things people said"), None))
        panel.show_choices(people, contribution.person_id, prompts, contribution.prompt_id)

    def _show_cards(self) -> None:
        self.panel.show_cards([self._card(card_id) for card_id in self._cards])

    def _support_shown(self) -> tuple[str | None, str]:
        role = self.panel.support_role.currentData()
        return role, self.panel.support_name.text().strip() if role else ""

    # the cards --------------------------------------------------------------------------------------
    def add_card(self, card_id: str) -> bool:
        """Add a card to the contribution being corrected; False when none is open (the card is
        then the draft's)."""
        if self._loaded is None or not self.panel.isVisible():
            return False
        if len(self._cards) >= MAX_CARDS:
            most = QCoreApplication.translate("RoomView", "That is the most cards one contribution can have.")
            self.panel.error.show_error(most)
            return True
        self._cards.append(card_id)
        self._show_cards()
        return True

    def remove_card(self, position: int) -> None:
        if 0 <= position < len(self._cards):
            del self._cards[position]
            self._show_cards()
            self.panel.cards.setCurrentRow(min(position, self.panel.cards.count() - 1))

    # saving each correction at once -----------------------------------------------------------------
    def save(self) -> bool:
        """Save the words, cards and support as the panel shows them; False if refused (said)."""
        loaded = self._loaded
        if loaded is None:
            return True
        words = self.panel.words.toPlainText()
        role, supporter = self._support_shown()
        try:
            if words != loaded.text or self._cards != list(loaded.card_ids):
                self.session.edit(loaded.id, words, self._cards)
            if (role, supporter) != _support_of(loaded):
                self.session.set_support(loaded.id, role, supporter)
        except UserFacingError as exc:
            self.panel.error.show_error(error_text(exc))
            return False
        self.panel.error.clear_error()
        self.message.emit(self.tr("Saved the correction."))
        return True

    def credit_to(self, person_id: str) -> None:
        loaded = self._loaded
        if loaded is None or person_id == loaded.person_id:
            return
        if self._act(lambda: self.session.credit_to(loaded.id, person_id)):
            attendee = self.session.attendee(person_id)
            name = isolated(attendee.credited_as) if attendee else ""
            self.message.emit(self.tr("It is now credited to {name}.").format(name=name))

    def move_to(self, prompt_id: str | None) -> None:
        loaded = self._loaded
        if loaded is None or prompt_id == loaded.prompt_id:
            return
        if self._act(lambda: self.session.move_to(loaded.id, prompt_id)):
            self.message.emit(self.tr("Moved to “{prompt}”.").format(prompt=self.panel.prompt.currentText()))

    def withdraw(self) -> None:
        """Withdraw it, the person's choice, once the facilitator has said yes to the question."""
        loaded = self._loaded
        if loaded is None:
            return
        attendee = self.session.attendee(loaded.person_id)
        name = isolated(attendee.credited_as) if attendee else ""
        question = self.tr(
            "Withdraw what {name} said? It leaves the wall, the room display and the printouts, and its "
            "words are erased: this cannot be undone."
        ).format(name=name)
        if not ask(self.panel.window(), self.tr("Withdraw"), question):
            return
        if self._act(lambda: self.session.withdraw(loaded.id)):
            self.message.emit(self.tr("Withdrawn: what {name} said has been erased.").format(name=name))

    def done(self) -> None:
        """Close the panel; a correction typed but not yet saved is saved first (nothing typed is
        lost), and if it is refused the panel stays open with the reason."""
        if self._edited() and not self.save():
            return
        self.session.stop_correcting()

    def _act(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except UserFacingError as exc:
            self.panel.error.show_error(error_text(exc))
            if self._loaded is not None and self.session.correcting is not None:
                self._load(self.session.correcting, fresh=False)  # the choice shown goes back
            return False
        self.panel.error.clear_error()
        return True


PROMPT_CHOICE_CHARS = 28  # a prompt in the list to move to: its start, so the list fits at 300% on 1024 px


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= PROMPT_CHOICE_CHARS else text[: PROMPT_CHOICE_CHARS - 1].rstrip() + "…"


def _support_of(contribution: Contribution) -> tuple[str | None, str]:
    support = contribution.support
    return (support.role.value, support.name) if support is not None else (None, "")
