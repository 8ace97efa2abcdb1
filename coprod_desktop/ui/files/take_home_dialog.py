"""The "Take-home sheets and certificates" dialog: what to make, for whom, and Save or Print.
Beside the documents, the meeting's data files: what people said as a spreadsheet, and the meeting
as an export file (saved only, never printed).

Layout only: take_home_saver.py fills it, reads the choice and does the work. The body scrolls
and the buttons stay in view (form_parts.dialog_layout), at 1024×768 and at 300% text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...app.handouts import Handout
from ..platform.theme import big_popup_rows, min_target, scaled, scaled_font
from ..widgets.form_parts import ErrorLine, dialog_layout, new_form, wrapping_check_box
from ..widgets.screen_layouts import wrapping_row

WIDTH = 600  # at 100%: wide enough that the choices take a line each


@dataclass(frozen=True)
class TakeHomeChoice:
    """What the dialog asks for: which documents, for whom (None: everyone), and the web copies."""

    kinds: tuple[Handout, ...]
    person_id: str | None
    html: bool

    def one_document(self) -> Handout | None:
        """The one document chosen, when exactly one is (so it can be printed): a person's sheet or
        record of involvement for one person, or the group summary alone. A data file is no
        document to print."""
        if self.kinds == (Handout.SUMMARY,):
            return Handout.SUMMARY
        if self.person_id is not None and len(self.kinds) == 1 and self.kinds[0].is_document:
            return self.kinds[0]
        return None


def _labelled_box(text: str) -> tuple[QCheckBox, QWidget]:
    """A check box whose words wrap, with an Alt key in *text*; its name is said without the "&"."""
    box, row = wrapping_check_box(text)
    box.setAccessibleName(text.replace("&", ""))
    box.setMinimumHeight(min_target())
    return box, row


class TakeHomeDialog(QDialog):
    """Choose documents and people; save_button and print_button are handled by the saver."""

    def __init__(
        self,
        meeting_title: str,
        people: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        not_made: tuple[str, ...] = (),
    ) -> None:
        """*people*: (person id, the words to show for them) in the meeting's order. *not_made*:
        the names of those who said no to take-home documents (none are made for them)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take-home sheets and certificates"))

        self.meeting = QLabel(meeting_title)
        self.meeting.setTextFormat(Qt.TextFormat.PlainText)  # a title is data
        self.meeting.setWordWrap(True)
        self.meeting.setFont(scaled_font(14, bold=True))
        self.meeting.setAccessibleName(meeting_title)

        self.sheets, sheets_row = _labelled_box(self.tr("&Easy Read take-home sheets"))
        self.certificates, certificates_row = _labelled_box(self.tr("&Records of involvement (certificates)"))
        self.summary, summary_row = _labelled_box(self.tr("&Group summary"))
        #: A check box: each document also as a web page (HTML), which screen readers and phones read well.
        self.html, html_row = _labelled_box(self.tr("Also a copy for screen readers and phones (&web page)"))
        #: A check box: every contribution of the meeting saved as a CSV file, one row each, for a spreadsheet.
        self.spreadsheet, spreadsheet_row = _labelled_box(self.tr("What people said, as a spreads&heet (CSV)"))
        #: A check box: the whole meeting saved as a JSON file, to import on another laptop with this app.
        self.export, export_row = _labelled_box(
            self.tr("The meeting, as an e&xport file to move to another laptop (JSON)")
        )
        self.sheets.setChecked(True)
        self.certificates.setChecked(True)
        group = self.tr("One for the whole group, whoever is chosen below")
        for box in (self.summary, self.spreadsheet, self.export):
            box.setAccessibleDescription(group)
        what = QVBoxLayout()
        for row in (sheets_row, certificates_row, summary_row, html_row, spreadsheet_row, export_row):
            what.addWidget(row)
        what_box = QGroupBox(self.tr("What to make"))
        what_box.setLayout(what)

        self.person = QComboBox()
        self.person.setMinimumHeight(min_target())
        big_popup_rows(self.person)
        # The number stands apart from the words ("in all: 6"), so one sentence serves every count
        # in languages with several plural forms (Welsh, Polish, Arabic).
        #: First in the list of whom to make documents for: everyone in the meeting; {count} is how many.
        everyone = self.tr("Everyone (in all: {count})").format(count=len(people))
        self.person.addItem(everyone, None)
        for person_id, shown in people:
            self.person.addItem(shown, person_id)
        form = new_form()
        whom_label = QLabel(self.tr("&For whom:"))
        whom_label.setBuddy(self.person)
        whom_label.setWordWrap(True)
        self.person.setAccessibleName(self.tr("For whom"))
        self.person.setAccessibleDescription(self.tr("Everyone, or one person, by the name they chose"))
        form.addRow(whom_label, self.person)

        # Who gets no sheet or certificate, and why: said plainly, not left to be noticed.
        self.not_made = QLabel()
        self.not_made.setTextFormat(Qt.TextFormat.PlainText)  # names are data
        self.not_made.setWordWrap(True)
        if not_made:
            #: Under "For whom": the people who said no to take-home documents; {names} is a list of names.
            sentence = self.tr("No take-home sheet or certificate is made for them, as they asked: {names}")
            self.not_made.setText(sentence.format(names=", ".join(not_made)))
            self.not_made.setAccessibleName(self.not_made.text())
        self.not_made.setVisible(bool(not_made))

        # Why Print is off, when it is: said on screen, not only by a greyed button.
        self.print_note = QLabel()
        self.print_note.setTextFormat(Qt.TextFormat.PlainText)
        self.print_note.setWordWrap(True)

        self.save_button = QPushButton(self.tr("&Save into a folder…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.save_button.setAccessibleName(self.tr("Save into a folder"))
        self.print_button.setAccessibleName(self.tr("Print"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        # A row that wraps rather than a button box: at 300% the three side by side are wider
        # than a 1024-pixel screen.
        self.buttons = QWidget()
        self.buttons.setLayout(wrapping_row(self.save_button, self.print_button, self.close_button))
        for button in (self.save_button, self.print_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the list chooses a person, it does not save
            button.setMinimumHeight(min_target())

        self.error = ErrorLine()
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.meeting)
        column.addWidget(what_box)
        column.addLayout(form)
        column.addWidget(self.not_made)
        column.addWidget(self.print_note)
        column.addStretch(1)
        dialog_layout(self, body, self.buttons, footer=self.error)
        self.body = body
        self.fit_to_screen()
        self.sheets.setFocus()

    def fit_to_screen(self) -> None:
        """Tall enough for every wrapped line, up to the screen: the size dialog_layout gives is
        measured with lines unwrapped, and the body scrolled on a 1366×768 screen at 100%."""
        room = self.maximumSize()  # the screen (dialog_layout)
        width = min(room.width(), max(self.width(), scaled(WIDTH)))
        self.resize(width, self.height())
        self.layout().activate()
        viewport = self.findChild(QScrollArea).viewport()
        outside = self.height() - viewport.height()
        needed = self.body.heightForWidth(viewport.width())
        if needed > 0:
            self.resize(width, min(room.height(), outside + needed))

    def showEvent(self, event: QShowEvent) -> None:
        # Again once shown: on a desktop the window manager's frame and the final fonts are known
        # only now, and the size measured before left the body scrolling at 1366×768.
        super().showEvent(event)
        self.fit_to_screen()

    def choice(self) -> TakeHomeChoice:
        """What is chosen now."""
        kinds = tuple(
            kind
            for kind, box in (
                (Handout.TAKE_HOME, self.sheets),
                (Handout.CERTIFICATE, self.certificates),
                (Handout.SUMMARY, self.summary),
                (Handout.SPREADSHEET, self.spreadsheet),
                (Handout.EXPORT, self.export),
            )
            if box.isChecked()
        )
        return TakeHomeChoice(kinds, self.person.currentData(), self.html.isChecked())

    def kind_boxes(self) -> tuple[QCheckBox, ...]:
        return self.sheets, self.certificates, self.summary, self.html, self.spreadsheet, self.export

    def set_busy(self, busy: bool) -> None:
        """While a job runs the choices and actions wait (Close stays: the job goes on without it)."""
        for widget in (*self.kind_boxes(), self.person, self.save_button, self.print_button):
            widget.setEnabled(not busy)
