"""One person's involvement across meetings, for staff: totals, their meetings with role and time
given, their choice of recognition (saved as soon as it is chosen) and their expenses per meeting.

It shows the person's full name: it is opened from the list of people on this laptop, by staff who
pay them. What it shows follows the change stream (the dialog's own writes included), never a
re-read after its own write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import Change, ChangeKind
from ...domain.dates import readable_date
from ...domain.errors import UserFacingError
from ...domain.involvement import (
    EXPENSE_KIND_LABELS,
    RECOGNITION_LABELS,
    ROLE_LABELS,
    Expense,
    ExpenseKind,
    InvolvementRecord,
    MeetingInvolvement,
    Rates,
    format_pounds,
    mileage_pence,
    money_owed,
    parse_pounds,
)
from ...services.translations import duration_words
from ..platform.messages import error_text
from ..platform.theme import min_target, scaled
from ..widgets.form_parts import ErrorLine, add_field, choice_combo, new_form, roomy_rows, select_data
from ..widgets.refresh import DeferredRefresh
from ..widgets.screen_layouts import follow_focus, hold_height, scrolling, wrapping_row

if TYPE_CHECKING:
    from ...app.workspace import Workspace

CONTEXT = "Involvement"  # the translation context of the domain's labels (roles, recognition, kinds)


def label(text: str) -> str:
    """A role, recognition or expense kind's English label, in the interface's language."""
    return QCoreApplication.translate(CONTEXT, text)


class _QtWords:
    """The printouts' words as the window has them: Qt loads the content catalogues too."""

    def text(self, context: str, source: str) -> str:
        return QCoreApplication.translate(context, source)

    def fill(self, context: str, source: str, /, **values: object) -> str:
        return self.text(context, source).format(**values)


def time_words(minutes: int) -> str:
    """ "7 hours 30 minutes", "1 hour", "45 minutes", in the interface's language."""
    return duration_words(minutes, _QtWords())


# What a person's record is made of: their taking part (role, minutes, expenses), themselves
# (recognition), what they said and agreed with, the meetings (times) and the rates (settings).
_SHOWN = frozenset(
    {
        ChangeKind.ATTENDEE,
        ChangeKind.PERSON,
        ChangeKind.CONTRIBUTION,
        ChangeKind.AGREEMENT,
        ChangeKind.MEETING,
        ChangeKind.SETTINGS,
    }
)


class _Listening:
    """Holds the dialog while it is open; the store keeps the listener (it cannot unsubscribe),
    so once the dialog closes this lets it go."""

    def __init__(self, dialog: InvolvementDialog) -> None:
        self.dialog: InvolvementDialog | None = dialog

    def __call__(self, change: Change) -> None:
        if self.dialog is not None:
            self.dialog.on_change(change)


class InvolvementDialog(QDialog):
    """A person's record across meetings, their recognition and their expenses."""

    def __init__(self, workspace: Workspace, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.involvement = workspace.involvement
        self.person_id = person_id
        self.record: InvolvementRecord | None = None
        self.rates = Rates()
        self._refresh = DeferredRefresh(self, self.refresh)
        self.setModal(True)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # a name is user text, never markup
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)

        # ---- totals -----------------------------------------------------------------------------
        self.meetings_total = self._plain_label()
        self.time_total = self._plain_label()
        self.contributions_total = self._plain_label()
        self.agreements_total = self._plain_label()
        self.roles_total = self._plain_label()
        totals = QGroupBox(self.tr("Totals"))
        totals_column = QVBoxLayout(totals)
        for line in (
            self.meetings_total,
            self.time_total,
            self.contributions_total,
            self.agreements_total,
            self.roles_total,
        ):
            totals_column.addWidget(line)

        # ---- recognition ------------------------------------------------------------------------
        self.recognition = choice_combo()
        for choice, text in RECOGNITION_LABELS.items():
            self.recognition.addItem(label(text), choice.value)
        self.recognition.setMinimumHeight(min_target())
        recognition_form = new_form()
        add_field(
            recognition_form,
            self.tr("&Recognition:"),
            self.recognition,
            self.tr("How they chose to be recognised for their time. Saved as soon as it is chosen"),
        )
        self.recognition.currentIndexChanged.connect(lambda _index: self._save_recognition())

        # ---- their meetings ---------------------------------------------------------------------
        # One row per meeting, wrapping: a table's columns would be cut short with large text.
        self.meeting_list = QListWidget()
        self.meeting_list.setWordWrap(True)
        self.meeting_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap instead
        roomy_rows(self.meeting_list)
        hold_height(self.meeting_list, 4 * min_target())
        self.meeting_list.currentItemChanged.connect(lambda *_: self._show_expenses())
        meetings_label = QLabel(self.tr("Their &meetings:"))
        meetings_label.setBuddy(self.meeting_list)
        self.meeting_list.setAccessibleName(self.tr("Their meetings"))
        self.meeting_list.setAccessibleDescription(self.tr("Choose a meeting to see and add its expenses"))

        # ---- expenses of the chosen meeting -----------------------------------------------------
        self.expenses_heading = self._plain_label()
        self.expenses = QListWidget()
        self.expenses.setAccessibleName(self.tr("Expenses for the chosen meeting"))
        self.expenses.setWordWrap(True)
        self.expenses.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        roomy_rows(self.expenses)
        hold_height(self.expenses, 2 * min_target())
        self.expenses.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.remove_button = QPushButton(self.tr("R&emove expense"))
        self.remove_button.clicked.connect(self.remove_expense)
        self.kind = choice_combo()
        for kind, text in EXPENSE_KIND_LABELS.items():
            self.kind.addItem(label(text), kind.value)
        self.kind.currentIndexChanged.connect(lambda _index: self._kind_changed())
        self.amount = QLineEdit()
        self.amount.setMaxLength(14)
        self.miles = QLineEdit()
        self.miles.setMaxLength(8)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        add_form = new_form()
        add_field(add_form, self.tr("&Kind:"), self.kind)
        self.amount_label = add_field(add_form, self.tr("&Amount, pounds:"), self.amount, self.tr("For example 3.50"))
        self.miles_label = add_field(
            add_form, self.tr("M&iles:"), self.miles, self.tr("Paid at the mileage rate in the settings")
        )
        add_field(add_form, self.tr("&Note (optional):"), self.note)
        for field in (self.kind, self.amount, self.miles, self.note):
            field.setMinimumHeight(min_target())
        self.add_button = QPushButton(self.tr("A&dd expense"))
        self.add_button.clicked.connect(self.add_expense)
        for line in (self.amount, self.miles, self.note):
            line.returnPressed.connect(self.add_expense)
        self.error = ErrorLine()
        expenses_box = QGroupBox(self.tr("Expenses"))
        expenses_column = QVBoxLayout(expenses_box)
        expenses_column.addWidget(self.expenses_heading)
        expenses_column.addWidget(self.expenses)
        expenses_column.addLayout(wrapping_row(self.remove_button))
        expenses_column.addLayout(add_form)
        expenses_column.addWidget(self.error)
        expenses_column.addLayout(wrapping_row(self.add_button))

        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.remove_button, self.add_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setMinimumHeight(min_target())
            button.setAutoDefault(False)

        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.heading)
        column.addWidget(totals)
        column.addLayout(recognition_form)
        column.addWidget(meetings_label)
        column.addWidget(self.meeting_list)
        column.addWidget(expenses_box)
        column.addStretch(1)
        area = scrolling(page)  # large text scrolls rather than clips
        follow_focus(area)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addLayout(wrapping_row(self.close_button))
        # Roomy on a laptop, never past the screen: the meetings and expenses scroll inside.
        screen = (parent or self).screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.resize(QSize(scaled(820), scaled(720)).boundedTo(screen.availableGeometry().size()))

        self._listening = _Listening(self)
        workspace.subscribe(self._listening)
        self.finished.connect(self._stop_listening)
        self._kind_changed()
        self.refresh()
        if self.meeting_list.count() and self.meeting_list.currentRow() < 0:
            self.meeting_list.setCurrentRow(0)

    def _plain_label(self) -> QLabel:
        line = QLabel()
        line.setTextFormat(Qt.TextFormat.PlainText)
        line.setWordWrap(True)
        return line

    def _stop_listening(self) -> None:
        self._listening.dialog = None

    # ---- showing --------------------------------------------------------------------------------

    def on_change(self, change: Change) -> None:
        """A committed change to this person, their taking part or the rates: show it."""
        # Another person's change may still change nothing here; a refresh costs one small query.
        if change.kind in _SHOWN:
            self._refresh.request()

    def refresh(self) -> None:
        """Show the record as it is now; the chosen meeting stays chosen."""
        keep = self._chosen_meeting()
        try:
            self.record = self.involvement.record(self.person_id)
            self.rates = self.involvement.rates()
        except UserFacingError as exc:  # removed meanwhile, or the file went bad
            self.error.show_error(error_text(exc))
            return
        record = self.record
        self.setWindowTitle(self.tr("Involvement: {name}").format(name=record.full_name))
        self.heading.setText(self.tr("Involvement of {name}").format(name=record.full_name))
        self.meetings_total.setText(self.tr("Meetings: {count}").format(count=record.meeting_count))
        self.time_total.setText(self.tr("Time given: {time}").format(time=time_words(record.minutes)))
        self.contributions_total.setText(self.tr("Contributions: {count}").format(count=record.contributions))
        self.agreements_total.setText(self.tr("Agreements: {count}").format(count=record.agreements))
        roles = ", ".join(label(ROLE_LABELS[role]) for role in record.roles) or self.tr("none yet")
        self.roles_total.setText(self.tr("Roles: {roles}").format(roles=roles))
        self.recognition.blockSignals(True)
        select_data(self.recognition, record.recognition.value)
        self.recognition.blockSignals(False)
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        for meeting in record.meetings:
            item = QListWidgetItem(self._meeting_text(record, meeting))
            item.setData(Qt.ItemDataRole.UserRole, meeting.meeting_id)
            self.meeting_list.addItem(item)
            if meeting.meeting_id == keep:
                self.meeting_list.setCurrentItem(item)
        self.meeting_list.blockSignals(False)
        self._show_expenses()

    def _meeting_text(self, record: InvolvementRecord, meeting: MeetingInvolvement) -> str:
        owed = money_owed(record.recognition, meeting.minutes, meeting.expenses, self.rates)
        given = self.tr("not known") if meeting.minutes is None else time_words(meeting.minutes)
        # Translators: one meeting in a person's record, on two lines.
        return self.tr(
            "{date}: {meeting}\nRole: {role}. Time given: {time}. Contributions: {count}. Owed: {money}."
        ).format(
            date=meeting.date,
            meeting=meeting.title,
            role=label(ROLE_LABELS[meeting.role]),
            time=given,
            count=meeting.contributions,
            money=format_pounds(owed.total_pence),
        )

    def _chosen_meeting(self) -> str | None:
        item = self.meeting_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _meeting(self) -> MeetingInvolvement | None:
        chosen = self._chosen_meeting()
        if self.record is None or chosen is None:
            return None
        return next((m for m in self.record.meetings if m.meeting_id == chosen), None)

    def _show_expenses(self) -> None:
        meeting = self._meeting()
        keep = self.expenses.currentItem().data(Qt.ItemDataRole.UserRole) if self.expenses.currentItem() else None
        self.expenses.clear()
        if meeting is None:
            self.expenses_heading.setText(self.tr("Choose a meeting above to see its expenses."))
        else:
            self.expenses_heading.setText(
                self.tr("Expenses for {meeting}, {date}").format(
                    meeting=meeting.title, date=readable_date(meeting.date)
                )
            )
            for expense in meeting.expenses:
                item = QListWidgetItem(self._expense_text(expense))
                item.setData(Qt.ItemDataRole.UserRole, expense.id)
                self.expenses.addItem(item)
                if expense.id == keep:
                    self.expenses.setCurrentItem(item)
            if not meeting.expenses:
                self.expenses_heading.setText(
                    self.tr("No expenses for {meeting}, {date}").format(
                        meeting=meeting.title, date=readable_date(meeting.date)
                    )
                )
        self._update_buttons()

    def _expense_text(self, expense: Expense) -> str:
        kind = label(EXPENSE_KIND_LABELS[expense.kind])
        if expense.kind is ExpenseKind.MILEAGE:
            text = self.tr("{kind}: {miles} miles, {money}").format(
                kind=kind, miles=f"{expense.miles:g}", money=format_pounds(mileage_pence(expense.miles, self.rates))
            )
        else:
            text = self.tr("{kind}: {money}").format(kind=kind, money=format_pounds(expense.pence))
        if expense.note:
            text = self.tr("{expense} ({note})").format(expense=text, note=expense.note)
        return text

    def _kind_changed(self) -> None:
        mileage = self.kind.currentData() == ExpenseKind.MILEAGE.value
        for widget in (self.miles, self.miles_label):
            widget.setVisible(mileage)
        for widget in (self.amount, self.amount_label):
            widget.setVisible(not mileage)

    def _update_buttons(self) -> None:
        has_meeting = self._meeting() is not None
        self.add_button.setEnabled(has_meeting)
        self.remove_button.setEnabled(has_meeting and self.expenses.currentItem() is not None)

    # ---- writing --------------------------------------------------------------------------------

    def _save_recognition(self) -> None:
        try:
            self.involvement.set_recognition(self.person_id, self.recognition.currentData())
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            return
        self.error.clear_error()

    def add_expense(self) -> None:
        """Add the expense typed to the chosen meeting; say what is wrong if it cannot be."""
        meeting = self._meeting()
        if meeting is None:
            return
        kind = ExpenseKind(self.kind.currentData())
        try:
            if kind is ExpenseKind.MILEAGE:
                amounts = {"miles": self.miles.text().strip() or "0"}
            else:
                amounts = {"pence": parse_pounds(self.amount.text()) if self.amount.text().strip() else 0}
            self.involvement.add_expense(meeting.meeting_id, self.person_id, kind, note=self.note.text(), **amounts)
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            return
        self.error.clear_error()
        for line in (self.amount, self.miles, self.note):
            line.clear()
        (self.miles if kind is ExpenseKind.MILEAGE else self.amount).setFocus()

    def remove_expense(self) -> None:
        item = self.expenses.currentItem()
        if item is None:
            return
        try:
            self.involvement.remove_expense(item.data(Qt.ItemDataRole.UserRole))
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            return
        self.error.clear_error()
        self.expenses.setFocus()
