"""The facilitator's speech preferences for this laptop."""

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from .settings import AppSettings, SettingsStore

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
        self.read_prompts = QCheckBox(self.tr("Read each prompt aloud when it comes up"))
        self.read_prompts.setChecked(current.read_prompts_aloud)
        self.talking_cards = QCheckBox(self.tr("Talking cards: say each picture card as it is chosen"))
        self.talking_cards.setChecked(current.talking_cards == "on")
        self.read_back = QCheckBox(self.tr("Read back each contribution after it is saved"))
        self.read_back.setChecked(current.read_back)
        self.engine = QComboBox()
        for key, label in ENGINE_LABELS.items():
            self.engine.addItem(self.tr(label), key)
        self.engine.setCurrentIndex(max(0, self.engine.findData(current.speech_engine)))
        self.engine.setAccessibleName(self.tr("Speech engine"))
        for box in (self.read_prompts, self.talking_cards, self.read_back):
            box.setAccessibleName(box.text())
        form = QFormLayout()
        engine_label = QLabel(self.tr("Speech &engine:"))
        engine_label.setBuddy(self.engine)
        form.addRow(engine_label, self.engine)
        note = QLabel(self.tr("A new engine is used from the next time CoProd Desktop starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for box in (self.read_prompts, self.talking_cards, self.read_back):
            layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> AppSettings:
        return AppSettings(
            read_prompts_aloud=self.read_prompts.isChecked(),
            talking_cards="on" if self.talking_cards.isChecked() else "quiet",
            read_back=self.read_back.isChecked(),
            speech_engine=self.engine.currentData(),
        )

    def accept(self) -> None:
        self.store.save(self.chosen())
        super().accept()
