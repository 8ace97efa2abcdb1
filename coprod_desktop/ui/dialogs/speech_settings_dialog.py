"""The facilitator's speech preferences for this laptop."""

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..platform.settings import AppSettings, SettingsStore
from ..widgets.form_parts import choice_combo, dialog_layout, new_form, wrapping_check_box

ENGINE_LABELS = {
    "auto": "Choose automatically",
    "espeak": "eSpeak NG (through pyttsx3)",
    "system": "The system's speech (Qt)",
}


class SpeechSettingsDialog(QDialog):
    def __init__(self, store: SettingsStore, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Speech"))
        self.store = store
        current = store.load()
        # Their words wrap: with large text one line would be wider than the screen.
        self.read_prompts, read_prompts_row = wrapping_check_box(self.tr("Read each prompt aloud when it comes up"))
        self.read_prompts.setChecked(current.read_prompts_aloud)
        self.talking_cards, talking_cards_row = wrapping_check_box(
            self.tr("Talking cards: say each picture card as it is chosen")
        )
        self.talking_cards.setChecked(current.talking_cards == "on")
        self.read_back, read_back_row = wrapping_check_box(self.tr("Read back each contribution after it is saved"))
        self.read_back.setChecked(current.read_back)
        self.engine = choice_combo()
        for key, label in ENGINE_LABELS.items():
            self.engine.addItem(self.tr(label), key)
        self.engine.setCurrentIndex(max(0, self.engine.findData(current.speech_engine)))
        self.engine.setAccessibleName(self.tr("Speech engine"))
        form = new_form()
        engine_label = QLabel(self.tr("Speech &engine:"))
        engine_label.setBuddy(self.engine)
        form.addRow(engine_label, self.engine)
        note = QLabel(self.tr("A new engine is used from the next time CoProd Desktop starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QWidget()
        layout = QVBoxLayout(body)
        for row in (read_prompts_row, talking_cards_row, read_back_row):
            layout.addWidget(row)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        dialog_layout(self, body, buttons)

    def chosen(self) -> AppSettings:
        """The saved settings with this dialog's choices: the laptop's other settings (text size,
        colours, card size, language ...) are kept, not put back to their defaults."""
        return replace(
            self.store.load(),
            read_prompts_aloud=self.read_prompts.isChecked(),
            talking_cards="on" if self.talking_cards.isChecked() else "quiet",
            read_back=self.read_back.isChecked(),
            speech_engine=self.engine.currentData(),
        )

    def accept(self) -> None:
        self.store.save(self.chosen())
        super().accept()
