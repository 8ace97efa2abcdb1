"""Differences between a meeting file and this laptop, before it is imported: keep mine or take theirs.

One row per difference (services/exchange_merge.Conflict): what it is, what this laptop has, what
the file has, and a choice of Keep mine (the default: nothing here is overwritten unless chosen) or
Take theirs. The body scrolls, so any number of differences fits at any text size; the buttons stay
in view below it. The dialog only chooses: the window imports with choices().
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...services.exchange_merge import Choice, Conflict, ConflictKind
from ..platform.theme import scaled

WIDTH, HEIGHT = 760, 520  # at 100% text: two differences in view, each side on a line or two


class ImportConflictsDialog(QDialog):
    """Asks, for each of *conflicts*, whether to keep this laptop's version or take the file's."""

    def __init__(self, title: str, conflicts: list[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflicts = list(conflicts)
        self.setWindowTitle(self.tr("Differences in “{title}”").format(title=title))
        layout = QVBoxLayout(self)
        intro = self._label(
            self.tr(
                "This file and this laptop differ. For each difference, keep this laptop's version or take the "
                "file's. Everything new in the file is added either way. Differences: {count}."
            ).format(count=len(self.conflicts))
        )

        body = QWidget()
        rows = QVBoxLayout(body)
        rows.addWidget(intro)  # inside the scrolled body: at large text it may need many lines
        # Above the differences, one under the other: side by side they would not fit large text.
        self.keep_all_button = QPushButton(self.tr("&Keep all mine"))
        self.keep_all_button.setAccessibleName(self.tr("Keep this laptop's version of every difference"))
        self.take_all_button = QPushButton(self.tr("Take all t&heirs"))
        self.take_all_button.setAccessibleName(self.tr("Take the file's version of every difference"))
        self.keep_all_button.clicked.connect(lambda: self._choose_all(Choice.KEEP_MINE))
        self.take_all_button.clicked.connect(lambda: self._choose_all(Choice.TAKE_THEIRS))
        for button in (self.keep_all_button, self.take_all_button):
            rows.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.groups: dict[str, QButtonGroup] = {}
        self.take_buttons: dict[str, QRadioButton] = {}
        self.keep_buttons: dict[str, QRadioButton] = {}
        for number, conflict in enumerate(self.conflicts, start=1):
            rows.addWidget(self._row(number, conflict))
        rows.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setAccessibleName(self.tr("Differences"))
        layout.addWidget(self.scroll, 1)

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import with these choices"))
        self.import_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel: import nothing"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = next(iter(self.keep_buttons.values()), None)
        (first or self.import_button).setFocus()
        self._fit()

    def kind_text(self, kind: ConflictKind) -> str:
        return {
            ConflictKind.MEETING: self.tr("The meeting's details"),
            ConflictKind.PROMPT: self.tr("A prompt"),
            ConflictKind.CONTRIBUTION: self.tr("A contribution"),
            ConflictKind.CREDIT: self.tr("How a person is credited"),
        }[kind]

    def _row(self, number: int, conflict: Conflict) -> QGroupBox:
        #: One difference in the list. {number}: its place in the list; {what}: what differs.
        box = QGroupBox(self.tr("{number}. {what}").format(number=number, what=self.kind_text(conflict.kind)))
        box.setAccessibleName(box.title())
        rows = QVBoxLayout(box)
        #: What this laptop has, quoted from the meeting.
        rows.addWidget(self._label(self.tr("On this laptop: {mine}").format(mine=conflict.local)))
        #: What the file being imported has, quoted from the meeting.
        rows.addWidget(self._label(self.tr("In the file: {theirs}").format(theirs=conflict.incoming)))
        keep = QRadioButton(self.tr("Keep mine"))
        take = QRadioButton(self.tr("Take theirs"))
        #: Said by a screen reader for the choice. {number}: the difference's place in the list.
        keep.setAccessibleName(self.tr("Difference {number}: keep this laptop's version").format(number=number))
        take.setAccessibleName(self.tr("Difference {number}: take the file's version").format(number=number))
        keep.setChecked(True)  # never overwritten unless chosen
        group = QButtonGroup(box)
        group.addButton(keep)
        group.addButton(take)
        rows.addWidget(keep)
        rows.addWidget(take)
        self.groups[conflict.id] = group
        self.keep_buttons[conflict.id] = keep
        self.take_buttons[conflict.id] = take
        return box

    def _label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names and words are data, never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _choose_all(self, choice: Choice) -> None:
        buttons = self.take_buttons if choice is Choice.TAKE_THEIRS else self.keep_buttons
        for button in buttons.values():
            button.setChecked(True)

    def choices(self) -> dict[str, Choice]:
        """The chosen version of each difference, by its id."""
        return {
            ref: Choice.TAKE_THEIRS if self.take_buttons[ref].isChecked() else Choice.KEEP_MINE
            for ref in self.keep_buttons
        }

    def _fit(self) -> None:
        """Never past the screen's edges: the body scrolls and the buttons stay in view."""
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else QSize(1024, 768)
        self.setMaximumSize(room)
        self.resize(QSize(scaled(WIDTH), scaled(HEIGHT)).boundedTo(room))
