"""Editing one person's communication profile (the flags their tile shows are in widgets/tile_flags.py).

The dialog edits a copy: nothing is saved until Save, and Cancel (or Escape) keeps what was there.
Every control has a visible label that is also its accessible name, an Alt+letter, and is at least
44 px tall; the whole form works from the keyboard (Tab in the notes moves on, as in any field).
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.consent import NOTE_MAX
from ...domain.dates import readable_date
from ...domain.errors import UserFacingError
from ...domain.profile import (
    HOLD_DEFAULT,
    HOLD_MAX,
    HOLD_MIN,
    INTERPRETER_LANGUAGE_MAX,
    STEP_DEFAULT,
    STEP_MAX,
    STEP_MIN,
    VOICE_MAX,
    AccessMethod,
    CardSize,
    CommunicationProfile,
    Format,
    Interpreter,
    SwitchMode,
    language_label,
)
from ...domain.speech import LANGUAGE_NAMES
from ...domain.text import NAME_MAX
from ..platform.messages import error_text
from ..platform.theme import MIN_TARGET
from ..widgets.form_parts import ErrorLine, add_field, select_data, select_speed, speed_combo

if TYPE_CHECKING:
    from ...app.people import ProfileOperations


def _big(widget: QWidget) -> QWidget:
    widget.setMinimumHeight(MIN_TARGET)
    return widget


LAPTOP_WIDTH = 1366  # the narrowest screen the dialog must fit, with OK and Cancel in view


class ProfileDialog(QDialog):
    """Edit the communication profile of one person; Save records it (with any consent change).

    *name* is how the person is shown (as credited). Emits saved(CommunicationProfile) after a
    successful save; the save also announces the change, so open screens refresh themselves.
    """

    saved = Signal(object)

    def __init__(self, profiles: ProfileOperations, person_id: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self.person_id = person_id
        self.name = name
        self.saved_profile: CommunicationProfile | None = None
        self.setWindowTitle(self.tr("Communication profile: {name}").format(name=name))
        self.setModal(True)

        heading = QLabel(self.tr("How {name} likes to communicate").format(name=name))
        heading.setTextFormat(Qt.TextFormat.PlainText)  # a name is user text, never markup
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)

        # ---- name and language ------------------------------------------------------------------
        self.preferred_name = QLineEdit()
        self.preferred_name.setMaxLength(NAME_MAX)
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the meeting"), None)
        for code, label in LANGUAGE_NAMES.items():
            self.language.addItem(label, code)  # each name is in English and in the language itself
        self.interpreter = QComboBox()
        for kind, label in (
            (Interpreter.NONE, self.tr("No interpreter")),
            (Interpreter.SPOKEN, self.tr("Spoken language interpreter")),
            (Interpreter.BSL, self.tr("BSL (British Sign Language) interpreter")),
        ):
            self.interpreter.addItem(label, kind.value)
        self.interpreter_language = QLineEdit()
        self.interpreter_language.setMaxLength(INTERPRETER_LANGUAGE_MAX)
        completer = QCompleter([language_label(code) for code in LANGUAGE_NAMES], self.interpreter_language)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.interpreter_language.setCompleter(completer)
        talk = QFormLayout()
        add_field(
            talk,
            #: the name the person likes to be called, which may differ from their credit.
            self.tr("Call them (preferred &name):"),
            self.preferred_name,
            self.tr("Leave empty to use the name they are credited by"),
        )
        add_field(
            talk,
            self.tr("&Language for reading aloud:"),
            self.language,
            self.tr("Their words and their audio are read in this language"),
        )
        add_field(talk, self.tr("&Interpreter:"), self.interpreter)
        self.interpreter_language_label = add_field(
            talk,
            self.tr("Interpreter's lan&guage:"),
            self.interpreter_language,
            self.tr("For a spoken language interpreter, for example Polish or Tigrinya"),
        )

        # ---- formats ----------------------------------------------------------------------------
        self.formats: dict[Format, QCheckBox] = {}
        format_texts = {
            Format.EASY_READ: self.tr("&Easy Read"),
            Format.LARGE_PRINT: self.tr("Large &print"),
            Format.AUDIO: self.tr("&Audio"),
        }
        formats_box = QGroupBox(self.tr("Formats they need information in"))
        formats_row = QHBoxLayout(formats_box)
        for fmt in format_texts:
            box = QCheckBox(format_texts[fmt])
            self.formats[fmt] = box
            formats_row.addWidget(box)
        formats_row.addStretch(1)

        # ---- reading aloud ----------------------------------------------------------------------
        self.speed = speed_combo(self.tr("Same as the meeting"))
        self.voice = QLineEdit()
        self.voice.setMaxLength(VOICE_MAX)
        add_field(
            talk,
            self.tr("Reading spee&d:"),
            self.speed,
            self.tr("How fast their words are read back to them"),
        )
        add_field(
            talk,
            self.tr("&Voice (optional):"),
            self.voice,
            self.tr("The name of an installed voice. Leave empty to choose one from the language"),
        )
        talk_box = QGroupBox(self.tr("Talking, listening and reading"))
        talk_box.setLayout(talk)

        # ---- using the laptop -------------------------------------------------------------------
        self.access = QComboBox()
        self.access.addItem(self.tr("No particular way"), None)
        for method, label in (
            (AccessMethod.TOUCH, self.tr("Touch screen")),
            (AccessMethod.KEYBOARD, self.tr("Keyboard")),
            (AccessMethod.SWITCH, self.tr("Switch")),
        ):
            self.access.addItem(label, method.value)
        self.switch_mode = QComboBox()
        for mode, label in (
            (SwitchMode.ONE, self.tr("One switch (the highlight moves by itself)")),
            (SwitchMode.TWO, self.tr("Two switches (one moves, one chooses)")),
        ):
            self.switch_mode.addItem(label, mode.value)
        self.step = self._seconds(STEP_MIN, STEP_MAX, STEP_DEFAULT)
        self.hold = self._seconds(HOLD_MIN, HOLD_MAX, HOLD_DEFAULT)
        self.card_size = QComboBox()
        for size, label in (
            (CardSize.NORMAL, self.tr("Normal")),
            (CardSize.LARGE, self.tr("Large")),
            (CardSize.EXTRA_LARGE, self.tr("Extra large")),
        ):
            self.card_size.addItem(label, size.value)
        use = QFormLayout()
        add_field(use, self.tr("&How they use the laptop:"), self.access)
        self.switch_labels = [
            add_field(use, self.tr("S&witch set-up:"), self.switch_mode),
            add_field(
                use,
                self.tr("Time on each ite&m (seconds):"),
                self.step,
                self.tr("How long the highlight stays on each thing while scanning"),
            ),
            add_field(
                use,
                self.tr("Time to h&old the switch (seconds):"),
                self.hold,
                self.tr("How long the switch must be held before a press counts"),
            ),
        ]
        add_field(
            use,
            self.tr("Picture card si&ze:"),
            self.card_size,
            self.tr("How big the picture cards are when it is their turn"),
        )
        use_box = QGroupBox(self.tr("Using the laptop"))
        use_box.setLayout(use)

        # ---- notes and sharing ------------------------------------------------------------------
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # keyboard users leave the notes with Tab, as any field
        self.notes.setFixedHeight(MIN_TARGET * 2)
        notes_form = QFormLayout()
        add_field(
            notes_form,
            self.tr("No&tes for the facilitator:"),
            self.notes,
            self.tr("For example: needs breaks. Only you see these: they are never shown on the room screen"),
        )
        self.share = QCheckBox(self.tr("They agree to sha&re this profile when the meeting is exported"))
        self.consent_note = QLineEdit()
        self.consent_note.setMaxLength(NOTE_MAX)
        self.consent_status = QLabel()
        self.consent_status.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_status.setWordWrap(True)
        notes_form.addRow(self.share)
        add_field(
            notes_form,
            self.tr("Note about &consent:"),
            self.consent_note,
            self.tr("For example: agreed with their support worker. Kept with the date"),
        )
        notes_form.addRow(self.consent_status)
        notes_box = QGroupBox(self.tr("Notes and sharing"))
        notes_box.setLayout(notes_form)

        # ---- buttons and messages ---------------------------------------------------------------
        self.error = ErrorLine()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.clear_button = QPushButton(self.tr("Clear the &form"))
        self.clear_button.setAccessibleDescription(self.tr("Empty every field. Nothing is removed until you save"))
        self.buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.clear_button.clicked.connect(lambda: self._show(CommunicationProfile()))

        for box in (*self.formats.values(), self.share):
            box.setAccessibleName(box.text().replace("&", ""))
        for button in (self.save_button, self.cancel_button, self.clear_button):
            button.setAccessibleName(button.text().replace("&", ""))

        # One column, as plain-language form guidance advises: one thing after another, in the
        # order Tab goes. A small screen scrolls it; the scroll area follows the keyboard focus.
        column = QVBoxLayout()
        for box in (talk_box, formats_box, use_box, notes_box):
            column.addWidget(box)
        column.addStretch(1)
        content = QWidget()
        content.setLayout(column)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # As wide as the form, up to a laptop's screen: wider than that (at 300%) it scrolls sideways
        # rather than push Save and Cancel past the screen's edge.
        widest = int(self.screen().availableGeometry().width() * 0.9) if self.screen() else 1200
        widest = min(widest, round(LAPTOP_WIDTH * 0.9))
        wanted = content.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(min(wanted, widest))
        scroll.setSizeAdjustPolicy(QScrollArea.SizeAdjustPolicy.AdjustToContents)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # Enter saves; only once the button is in the dialog
        # Every target at least 44 px, whatever the style (the theme covers buttons and fields,
        # not check boxes or spin boxes).
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QDoubleSpinBox):
                _big(widget)
                widget.setMinimumWidth(MIN_TARGET)
        self._fit_screen()

        # Tab goes in the order things are shown (Qt's default is the order they were made).
        chain = [
            self.preferred_name,
            self.language,
            self.interpreter,
            self.interpreter_language,
            self.speed,
            self.voice,
            *self.formats.values(),
            self.access,
            self.switch_mode,
            self.step,
            self.hold,
            self.card_size,
            self.notes,
            self.share,
            self.consent_note,
            self.clear_button,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.interpreter.currentIndexChanged.connect(self._update_enabled)
        self.access.currentIndexChanged.connect(self._update_enabled)

        problem = ""
        try:
            current = profiles.get(person_id)
            self.consent_given = profiles.share_consent(person_id)
            history = profiles.share_history(person_id)
        except UserFacingError as exc:  # not known (any more) on this laptop
            current, self.consent_given, history = CommunicationProfile(), False, []
            problem = error_text(exc)
        self._show(current)
        self.share.setChecked(self.consent_given)
        self._show_consent_status(history)
        if problem:
            self.error.show_error(problem)
            self.save_button.setEnabled(False)
        self.preferred_name.setFocus()

    def _fit_screen(self) -> None:
        """As big as the form, but never bigger than the screen (the form scrolls instead)."""
        hint = self.sizeHint()
        room = self.screen().availableGeometry()
        self.resize(min(hint.width(), int(room.width() * 0.95)), min(hint.height(), int(room.height() * 0.9)))

    def _seconds(self, low: float, high: float, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setValue(value)
        #: after a number of seconds in a spin box, e.g. "1.5 s".
        spin.setSuffix(self.tr(" s"))
        return spin

    # ---- form <-> profile -------------------------------------------------------------------------

    def _show(self, profile: CommunicationProfile) -> None:
        self.preferred_name.setText(profile.preferred_name)
        select_data(self.language, profile.language)
        select_data(self.interpreter, profile.interpreter.value)
        self.interpreter_language.setText(profile.interpreter_language)
        for fmt, box in self.formats.items():
            box.setChecked(fmt in profile.formats)
        select_speed(self.speed, profile.speech_rate)
        self._shown_speed_index = self.speed.currentIndex()
        self._shown_rate = profile.speech_rate
        self.voice.setText(profile.voice or "")
        select_data(self.access, None if profile.access is None else profile.access.value)
        select_data(self.switch_mode, profile.switch_mode.value)
        self.step.setValue(profile.switch_step_seconds)
        self.hold.setValue(profile.switch_hold_seconds)
        select_data(self.card_size, profile.card_size.value)
        self.notes.setPlainText(profile.notes)
        self.error.clear_error()
        self._update_enabled()

    def profile_from_form(self) -> CommunicationProfile:
        """The profile the form shows. Raises ValidationError with a plain message."""
        # A speed set elsewhere may fall between the named speeds: untouched, it is kept exactly.
        rate = self._shown_rate if self.speed.currentIndex() == self._shown_speed_index else self.speed.currentData()
        return CommunicationProfile(
            preferred_name=self.preferred_name.text(),
            formats={fmt for fmt, box in self.formats.items() if box.isChecked()},
            language=self.language.currentData(),
            interpreter=Interpreter(self.interpreter.currentData()),
            interpreter_language=self.interpreter_language.text(),
            access=None if self.access.currentData() is None else AccessMethod(self.access.currentData()),
            switch_mode=SwitchMode(self.switch_mode.currentData()),
            switch_step_seconds=self.step.value(),
            switch_hold_seconds=self.hold.value(),
            speech_rate=rate,
            voice=self.voice.text(),
            card_size=CardSize(self.card_size.currentData()),
            notes=self.notes.toPlainText(),
        )

    def _update_enabled(self) -> None:
        spoken = self.interpreter.currentData() == Interpreter.SPOKEN.value
        self.interpreter_language.setEnabled(spoken)
        self.interpreter_language_label.setEnabled(spoken)
        switch = self.access.currentData() == AccessMethod.SWITCH.value
        for widget in (self.switch_mode, self.step, self.hold, *self.switch_labels):
            widget.setEnabled(switch)

    def _show_consent_status(self, history: list) -> None:
        if not history:
            text = self.tr("No answer about sharing has been recorded yet.")
        else:
            last = history[-1]
            day = readable_date(last.at[:10])
            if last.given:
                text = self.tr("Last recorded: agreed to share, {day}.").format(day=day)
            else:
                text = self.tr("Last recorded: does not agree to share, {day}.").format(day=day)
        self.consent_status.setText(text)
        self.consent_status.setAccessibleName(text)

    # ---- saving -----------------------------------------------------------------------------------

    def _save(self) -> None:
        try:
            profile = self.profile_from_form()
        except UserFacingError as exc:
            self._refuse(error_text(exc))
            return
        share = self.share.isChecked()
        note = self.consent_note.text()
        # A change of answer is recorded; so is the same answer with a note (consent renewed).
        record = share != self.consent_given or bool(note.strip())
        try:
            self.saved_profile = self.profiles.save(
                self.person_id,
                profile,
                share_consent=share if record else None,
                consent_note=note if record else "",
            )
        except UserFacingError as exc:  # a refusal, or the file could not be written: nothing changed
            self._refuse(error_text(exc))
            return
        self.saved.emit(self.saved_profile)
        self.accept()

    def _refuse(self, message: str) -> None:
        self.error.show_error(message)
        # Say it now: a screen reader user must not have to go looking for why nothing happened.
        self.error.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.error.setFocus()
