"""A person's consent for every purpose: the answer in force in plain words, a control to change
each, how it was asked and what they were told, and the history underneath.

One press of Record records every answer changed; saying yes and saying no are the same step.
Taking back photo consent deletes their photo, so it asks first (as the photo panel does). What
is shown follows the change stream, whoever recorded the change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QPoint, QSize, Qt
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import Change, ChangeKind
from ...domain.consent import ANONYMOUS, ConsentEvent, ConsentHow, ConsentKind, ConsentState
from ...domain.errors import NotFound, UserFacingError
from ..platform.messages import error_text
from ..platform.theme import big_popup_rows, min_target, scaled_font
from ..widgets.form_parts import ErrorLine, choice_combo, dialog_layout, isolated
from ..widgets.message_boxes import ask
from ..widgets.refresh import DeferredRefresh
from ..widgets.screen_layouts import wrapping_row

if TYPE_CHECKING:
    from ...app.workspace import Workspace

# The yes/no purposes, in the order shown.
YES_NO = (ConsentKind.TAKE_HOME, ConsentKind.QUOTES, ConsentKind.PHOTO, ConsentKind.PROFILE_SHARE)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsentDialog", text)


class ConsentDialog(QDialog):
    """Consent of *person_id*: see the module's docstring. *confirm* asks a yes/no question (tests)."""

    def __init__(
        self,
        workspace: Workspace,
        person_id: str,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[QWidget, str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.consent = workspace.consent
        self.person_id = person_id
        self.confirm = confirm or _ask
        self._state: ConsentState | None = None
        self._refresh = DeferredRefresh(self, self.refresh)
        try:
            full_name, chosen = self.consent.names(person_id)
        except NotFound:
            full_name, chosen = "", ""
        #: The window title; {name} is the person's full name.
        self.setWindowTitle(self.tr("Consent: {name}").format(name=full_name))

        self.heading = QLabel(full_name)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # a name is data
        self.heading.setWordWrap(True)
        self.heading.setFont(scaled_font(17, bold=True))
        self.heading.setAccessibleName(full_name)
        intro = QLabel(
            self.tr("What they agree to now, and every answer they gave. Change any answer, then press Record.")
        )
        intro.setWordWrap(True)

        # Naming.
        self.naming = choice_combo()
        big_popup_rows(self.naming)
        for value, label in (
            ("full_name", self.tr("Full name")),
            ("first_name", self.tr("First name")),
            ("initials", self.tr("Initials")),
            ("chosen_name", self.tr("A name they choose")),
            (ANONYMOUS, self.tr("Not named (anonymous)")),
        ):
            self.naming.addItem(label, value)
        self.naming.setPlaceholderText(self.tr("Not asked yet"))
        self.chosen_name = QLineEdit(chosen)
        self.chosen_name.setMinimumHeight(min_target())
        self.naming_now = _answer_label()
        naming_box = _section(self.tr("How they are named"))
        naming_box.layout().addWidget(self.naming_now)
        _, row = _field(
            self.tr("&Name them as:"), self.naming,
            self.tr("How their name appears beside what they say, on screen and on paper"),
        )  # fmt: skip
        naming_box.layout().addWidget(row)
        self.chosen_label, row = _field(
            self.tr("C&hosen name:"), self.chosen_name, self.tr("The name they want to be credited as")
        )
        naming_box.layout().addWidget(row)
        self.naming.currentIndexChanged.connect(self._update_chosen)

        # Yes or no, for each other purpose.
        titles = {
            ConsentKind.TAKE_HOME: self.tr("&Take-home documents"),
            ConsentKind.QUOTES: self.tr("Their &words outside the room"),
            ConsentKind.PHOTO: self.tr("Ph&oto"),
            ConsentKind.PROFILE_SHARE: self.tr("&Sharing their communication profile"),
        }
        answers = {
            ConsentKind.TAKE_HOME: (
                self.tr("Yes: make take-home sheets and a record of involvement for them."),
                self.tr("No: make no take-home documents for them."),
            ),
            ConsentKind.QUOTES: (
                self.tr("Yes: their words can go in the summary and in saved files."),
                self.tr("No: their words stay in the room."),
            ),
            ConsentKind.PHOTO: (
                self.tr("Yes: a photo of them can be kept and shown."),
                self.tr("No photo of them. Any photo is deleted."),
            ),
            ConsentKind.PROFILE_SHARE: (
                self.tr("Yes: their communication profile can go in files for another laptop."),
                self.tr("No: their profile stays on this laptop."),
            ),
        }
        self.yes: dict[ConsentKind, QRadioButton] = {}
        self.no: dict[ConsentKind, QRadioButton] = {}
        self.now: dict[ConsentKind, QLabel] = {}
        self.boxes: dict[ConsentKind, QWidget] = {}
        purpose_widgets: list[QWidget] = []
        for kind in YES_NO:
            box = _section(titles[kind])
            column = box.layout()
            self.now[kind] = _answer_label()
            column.addWidget(self.now[kind])
            group = QButtonGroup(box)  # each pair on its own: arrow keys move between yes and no
            for given, text in zip((True, False), answers[kind], strict=True):
                radio, row = wrapping_radio(text)
                group.addButton(radio)
                column.addWidget(row)
                (self.yes if given else self.no)[kind] = radio
            # Alt+letter goes to the answer chosen (a label "clicks" its buddy button: clicking the
            # chosen answer changes nothing); the arrow keys then move between yes and no.
            group.buttonToggled.connect(lambda button, on, heading=box.heading: on and heading.setBuddy(button))
            self.boxes[kind] = box
            purpose_widgets.append(box)

        # How it was asked, and what they were told: kept with each answer recorded.
        self.how = choice_combo()
        big_popup_rows(self.how)
        for how, label in (
            (ConsentHow.IN_PERSON, self.tr("In person")),
            (ConsentHow.EASY_READ_FORM, self.tr("With an Easy Read form")),
            (ConsentHow.THROUGH_SUPPORTER, self.tr("Through a supporter")),
            (ConsentHow.PHONE_OR_EMAIL, self.tr("By phone or email")),
            (ConsentHow.NOT_RECORDED, self.tr("Not noted")),
        ):
            self.how.addItem(label, how.value)
        self.told = QPlainTextEdit()
        self.told.setTabChangesFocus(True)  # Tab leaves the box: full keyboard use
        self.told.setMinimumHeight(2 * min_target())
        self.told.setMaximumHeight(4 * min_target())
        _, how_row = _field(self.tr("How was this &asked?"), self.how, self.tr("Kept with each answer recorded"))
        _, told_row = _field(
            self.tr("What were they to&ld?"), self.told,
            self.tr("What they were told it is for, in your own words. Kept with each answer recorded."),
        )  # fmt: skip

        # History.
        history_label = QLabel(self.tr("Every answer they gave, newest first"))
        history_label.setWordWrap(True)
        # Sentences that wrap, in the page that scrolls (a list would cut a long one off); Tab
        # reaches it and the arrow keys read it.
        self.history = QLabel()
        self.history.setTextFormat(Qt.TextFormat.PlainText)  # what they were told is data
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.history.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.history.setAccessibleName(self.tr("Every answer they gave, newest first"))

        self.record_button = QPushButton(self.tr("&Record"))
        self.record_button.setAccessibleName(self.tr("Record"))
        self.record_button.setAccessibleDescription(self.tr("Record every answer you changed"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        for button in (self.record_button, self.close_button):
            button.setMinimumHeight(min_target())
            button.setAutoDefault(False)
        self.record_button.clicked.connect(self.record)
        self.close_button.clicked.connect(self.accept)
        self.buttons = QWidget()
        self.buttons.setLayout(wrapping_row(self.record_button, self.close_button))
        self.error = ErrorLine()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addWidget(naming_box)
        for widget in purpose_widgets:
            layout.addWidget(widget)
        layout.addWidget(how_row)
        layout.addWidget(told_row)
        layout.addWidget(history_label)
        layout.addWidget(self.history)
        self.body = body
        dialog_layout(self, body, self.buttons, footer=self.error, at_least=(820, 720))

        workspace.subscribe(self._listener())
        self.refresh()
        self.naming.setFocus()

    # what it shows ------------------------------------------------------------------------------

    def _listener(self) -> Callable[[Change], None]:
        # The stream has no way to leave it: once this dialog is gone the listener does nothing.
        def on_change(change: Change) -> None:
            if shiboken6.isValid(self):
                self.on_change(change)

        return on_change

    def on_change(self, change: Change) -> None:
        """A committed change to this person (their consent, whoever recorded it): show it."""
        if change.kind in (ChangeKind.PERSON, ChangeKind.PROFILE) and change.item_id == self.person_id:
            self._refresh.request()

    def refresh(self) -> None:
        """Show the answers in force and the history as they are now."""
        try:
            state = self.consent.state(self.person_id)
            events = self.consent.history(self.person_id)
        except NotFound:
            self._state = None
            self.body.setEnabled(False)
            self.record_button.setEnabled(False)
            self.error.show_error(self.tr("This person is no longer on this laptop."))
            return
        self._state = state
        index = self.naming.findData(state.naming) if state.naming else -1
        self.naming.setCurrentIndex(index)
        self.naming_now.setText(naming_now(state.naming, self.naming.itemText(index) if index >= 0 else ""))
        for kind in YES_NO:
            given = answer(state, kind)
            (self.yes if given else self.no)[kind].setChecked(True)
            self.now[kind].setText(answer_now(kind, given))
            self.now[kind].setAccessibleName(self.now[kind].text())
        self.naming_now.setAccessibleName(self.naming_now.text())
        lines = [history_sentence(event) for event in reversed(events)]
        self.history.setText("\n".join(lines) if lines else self.tr("Nothing recorded yet."))
        self.history.setAccessibleDescription(self.history.text())
        self._update_chosen()

    def _update_chosen(self) -> None:
        chosen = self.naming.currentData() == "chosen_name"
        self.chosen_name.setEnabled(chosen)
        self.chosen_label.setEnabled(chosen)

    # recording ----------------------------------------------------------------------------------

    def changes(self) -> list[tuple[ConsentKind, bool]]:
        """The answers changed on screen from those in force (naming first)."""
        state = self._state
        if state is None:
            return []
        changed: list[tuple[ConsentKind, bool]] = []
        naming = self.naming.currentData()
        if naming is not None and (
            naming != state.naming
            or (naming == "chosen_name" and self.chosen_name.text().strip() != self.consent.names(self.person_id)[1])
        ):
            changed.append((ConsentKind.CREDIT, True))
        for kind in YES_NO:
            given = self.yes[kind].isChecked()
            if given != answer(state, kind):
                changed.append((kind, given))
        return changed

    def record(self) -> bool:
        """Record every answer changed, with how it was asked and what they were told."""
        changes = self.changes()
        if not changes:
            self.error.show_error(self.tr("No answer has changed. Change an answer first, then press Record."))
            return False
        if (ConsentKind.PHOTO, False) in changes and self.consent.has_photo(self.person_id):
            if not self.confirm(self, self.tr("Taking back consent deletes their photo now. Go on?")):
                self.yes[ConsentKind.PHOTO].setChecked(True)
                return False
        how, told = self.how.currentData(), self.told.toPlainText()
        try:
            for kind, given in changes:
                self.consent.record(
                    self.person_id, kind, given, naming=self.naming.currentData(),
                    chosen_name=self.chosen_name.text(), how=how, told=told,
                )  # fmt: skip
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            return False
        self.error.show_error("")
        self.error.clear_error()
        return True


class _Section(QWidget):
    heading: QLabel


def _section(title: str) -> _Section:
    """A part of the page with a heading (its Alt+letter goes to the buddy set on .heading)."""
    box = _Section()
    box.setAccessibleName(title.replace("&", ""))
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    box.heading = QLabel(title)
    box.heading.setWordWrap(True)
    box.heading.setFont(scaled_font(15, bold=True))
    column.addWidget(box.heading)
    return box


def _field(label_text: str, field: QWidget, description: str = "") -> tuple[QLabel, QWidget]:
    """*field* under its label (never beside it: at large text they would not fit side by side)."""
    label = QLabel(label_text)
    label.setBuddy(field)
    label.setWordWrap(True)
    field.setAccessibleName(label_text.replace("&", "").rstrip(":?"))
    if description:
        field.setAccessibleDescription(description)
    field.setMinimumHeight(min_target())
    row = QWidget()
    column = QVBoxLayout(row)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(label)
    column.addWidget(field)
    return label, row


def _answer_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setFont(scaled_font(bold=True))
    return label


class _Radio(QRadioButton):
    """The round button of a wrapping choice: a target however short its (empty) text."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), min_target()), max(hint.height(), min_target()))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the whole target, not only the small circle

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Tab goes to the answer chosen, as it does for radio buttons side by side.
        group = self.group()
        chosen = group.checkedButton() if group is not None else None
        tabbed = event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if tabbed and chosen is not None and chosen is not self:
            chosen.setFocus(event.reason())
            return
        super().focusInEvent(event)


class _RadioWords(QLabel):
    """A choice's words, wrapped: a click on them chooses it, as on a radio button's own text."""

    def __init__(self, text: str, radio: QRadioButton) -> None:
        super().__init__(text)
        self._radio = radio
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(radio)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            if self._radio.isEnabled():
                self._radio.click()


def wrapping_radio(text: str) -> tuple[QRadioButton, QWidget]:
    """A radio button whose sentence wraps onto more lines (a QRadioButton's own text never does,
    and at large text one line can be wider than the screen): the button, and its row."""
    radio = _Radio()
    radio.setAccessibleName(text)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(radio, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(_RadioWords(text, radio), 1)
    return radio, row


def answer(state: ConsentState, kind: ConsentKind) -> bool:
    return {
        ConsentKind.TAKE_HOME: state.take_home,
        ConsentKind.QUOTES: state.quotes,
        ConsentKind.PHOTO: state.photo,
        ConsentKind.PROFILE_SHARE: state.profile_share,
    }[kind]


def naming_now(naming: str | None, label: str) -> str:
    if naming is None:
        return _tr("Now: not asked yet. Each meeting's choice is used.")
    if naming == ANONYMOUS:
        return _tr("Now: not named. They are shown as Anonymous everywhere.")
    #: {choice} is how they are named, e.g. "First name".
    return _tr("Now: {choice}").format(choice=label)


def answer_now(kind: ConsentKind, given: bool) -> str:
    """The answer in force, in plain words (never a colour or a tick alone)."""
    sentences = {
        (ConsentKind.TAKE_HOME, True): _tr("Now: yes, take-home documents are made for them."),
        (ConsentKind.TAKE_HOME, False): _tr("Now: no take-home documents are made for them."),
        (ConsentKind.QUOTES, True): _tr("Now: yes, their words can go in summaries and saved files."),
        (ConsentKind.QUOTES, False): _tr("Now: their words stay in the room."),
        (ConsentKind.PHOTO, True): _tr("Now: yes, a photo of them can be used."),
        (ConsentKind.PHOTO, False): _tr("Now: no photo of them is kept."),
        (ConsentKind.PROFILE_SHARE, True): _tr("Now: yes, their profile can go in files for another laptop."),
        (ConsentKind.PROFILE_SHARE, False): _tr("Now: their profile stays on this laptop."),
    }
    return sentences[(kind, given)]


def history_sentence(event: ConsentEvent) -> str:
    """One answer as a sentence: "3 Dec 2026: said yes to take-home sheets, in person. Told: …"."""
    naming = {
        "full_name": _tr("Full name"),
        "first_name": _tr("First name"),
        "initials": _tr("Initials"),
        "chosen_name": _tr("A name they choose"),
        ANONYMOUS: _tr("Not named (anonymous)"),
    }
    what = {
        ("take_home", True): _tr("said yes to take-home sheets"),
        ("take_home", False): _tr("said no to take-home sheets"),
        ("quotes", True): _tr("said yes to their words being used outside the room"),
        ("quotes", False): _tr("said no to their words being used outside the room"),
        ("photo", True): _tr("said yes to a photo"),
        ("photo", False): _tr("said no to a photo"),
        ("profile_share", True): _tr("said yes to sharing their profile"),
        ("profile_share", False): _tr("said no to sharing their profile"),
    }
    if event.kind == ConsentKind.CREDIT:
        #: In the consent history; {choice} is how they chose to be named, e.g. "Initials".
        said = _tr("chose to be named by: {choice}").format(choice=naming.get(event.detail, event.detail))
    else:
        said = what.get((event.kind, event.given), event.kind)
    how = {
        ConsentHow.IN_PERSON.value: _tr("in person"),
        ConsentHow.EASY_READ_FORM.value: _tr("with an Easy Read form"),
        ConsentHow.THROUGH_SUPPORTER.value: _tr("through a supporter"),
        ConsentHow.PHONE_OR_EMAIL.value: _tr("by phone or email"),
    }.get(event.how)
    if how:
        #: In the consent history: {date}, what they said, and how they were asked.
        sentence = _tr("{date}: {what}, {how}.").format(date=_date(event.at), what=said, how=how)
    else:
        #: In the consent history: {date} and what they said.
        sentence = _tr("{date}: {what}.").format(date=_date(event.at), what=said)
    if event.told:
        #: In the consent history, after the answer: what the person was told when asked.
        sentence += " " + _tr("Told: {told}").format(told=isolated(" ".join(event.told.split())))
    if event.note:
        sentence += " " + _tr("Note: {note}").format(note=isolated(event.note))
    return sentence


def _date(iso: str) -> str:
    """A stored UTC time as this laptop's local date, in the interface language's words."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime().date(), "d MMM yyyy")


def _ask(parent: QWidget, question: str) -> bool:
    #: The title of the question asked before photo consent is taken back.
    return ask(parent, QCoreApplication.translate("ConsentDialog", "Photo consent"), question)
