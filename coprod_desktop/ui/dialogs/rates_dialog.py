"""Payment and expense rates (kept in the database), and the finance team's export for a period.

Rates are typed in pounds ("0.45", "20.00") and kept as whole pence. Save keeps all three or none;
Close (or Escape) keeps what was there. The finance export asks where to save (the file dialog
asks before replacing a file) and is written off the GUI thread when a task runner is given.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserFacingError
from ...domain.involvement import RATE_MAX, Rates, parse_pounds, pounds_text
from ..platform.messages import error_text
from ..platform.theme import min_target
from ..widgets.form_parts import ErrorLine, add_field, new_form
from ..widgets.screen_layouts import follow_focus, scrolling, wrapping_row

if TYPE_CHECKING:
    from ...app.involvement import InvolvementOperations
    from ..platform.tasks import TaskRunner


def _period_start(today: date) -> date:
    """The first day of last month: finance teams usually pay a month at a time."""
    first_of_this = today.replace(day=1)
    return (first_of_this - timedelta(days=1)).replace(day=1)


class RatesDialog(QDialog):
    """Set the rates people are paid at, and save the finance export for a period."""

    def __init__(
        self,
        involvement: InvolvementOperations,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.involvement = involvement
        self.tasks = tasks
        self.saved_to: Path | None = None  # the last finance export saved (for tests and the status line)
        self.setWindowTitle(self.tr("Payment and expense rates"))
        self.setModal(True)

        # ---- rates ------------------------------------------------------------------------------
        self.mileage = self._money_field()
        self.hourly = self._money_field()
        self.voucher = self._money_field()
        rates_box = QGroupBox(self.tr("Rates"))
        rates_form = new_form()
        add_field(
            rates_form,
            self.tr("&Mileage, pounds per mile:"),
            self.mileage,
            self.tr("For example 0.45 for 45p a mile"),
        )
        add_field(
            rates_form,
            self.tr("&Payment, pounds per hour:"),
            self.hourly,
            self.tr("For people who chose payment for their time. 0 until your organisation sets it"),
        )
        add_field(
            rates_form,
            self.tr("&Voucher, pounds per meeting:"),
            self.voucher,
            self.tr("For people who chose a voucher for each meeting"),
        )
        rates_box.setLayout(rates_form)
        self.rates_error = ErrorLine()
        self.save_button = QPushButton(self.tr("&Save rates"))
        self.save_button.clicked.connect(self.save_rates)
        self.saved_note = QLabel()
        self.saved_note.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_note.setWordWrap(True)

        # ---- finance export ---------------------------------------------------------------------
        today = today or date.today()
        self.first = QLineEdit(_period_start(today).isoformat())
        self.last = QLineEdit(today.isoformat())
        export_box = QGroupBox(self.tr("Finance export"))
        export_form = new_form()
        explain = QLabel(
            self.tr(
                "A spreadsheet for the finance team: one row per person per meeting, "
                "with their full name, what is owed in pence and why."
            )
        )
        explain.setTextFormat(Qt.TextFormat.PlainText)
        explain.setWordWrap(True)
        export_form.addRow(explain)
        # Translators: dates are typed as year-month-day, like 2026-11-26.
        add_field(export_form, self.tr("&From (like 2026-11-01):"), self.first, self.tr("The first meeting date"))
        add_field(export_form, self.tr("&To (like 2026-11-30):"), self.last, self.tr("The last meeting date"))
        self.export_button = QPushButton(self.tr("Save the finance e&xport…"))
        self.export_button.clicked.connect(lambda: self.save_finance_export())
        export_form.addRow(self.export_button)
        export_box.setLayout(export_form)
        self.export_error = ErrorLine()

        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.export_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setMinimumHeight(min_target())
            button.setAutoDefault(False)

        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(rates_box)
        column.addWidget(self.rates_error)
        column.addLayout(wrapping_row(self.save_button))
        column.addWidget(self.saved_note)
        column.addWidget(export_box)
        column.addWidget(self.export_error)
        column.addStretch(1)
        area = scrolling(page)  # large text scrolls rather than clips
        follow_focus(area)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addLayout(wrapping_row(self.close_button))
        self._show_rates(self.involvement.rates())

    def _money_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setMaxLength(12)
        field.setMinimumHeight(min_target())
        return field

    def _show_rates(self, rates: Rates) -> None:
        self.mileage.setText(pounds_text(rates.mileage_pence_per_mile))
        self.hourly.setText(pounds_text(rates.hourly_pence))
        self.voucher.setText(pounds_text(rates.voucher_pence))

    def save_rates(self) -> bool:
        """Keep the three rates as typed, or say what is wrong (and keep what was there)."""
        self.saved_note.clear()
        try:
            rates = Rates(
                mileage_pence_per_mile=parse_pounds(self.mileage.text(), limit=RATE_MAX, code="rates.invalid"),
                hourly_pence=parse_pounds(self.hourly.text(), limit=RATE_MAX, code="rates.invalid"),
                voucher_pence=parse_pounds(self.voucher.text(), limit=RATE_MAX, code="rates.invalid"),
            )
            saved = self.involvement.set_rates(rates)
        except UserFacingError as exc:
            self.rates_error.show_error(error_text(exc))
            return False
        self.rates_error.clear_error()
        self._show_rates(saved)
        self.saved_note.setText(self.tr("The rates are saved."))
        return True

    def save_finance_export(self, chosen: str | None = None) -> None:
        """Ask where to save the finance export (unless *chosen*), then save it."""
        self.export_error.clear_error()
        first, last = self.first.text().strip(), self.last.text().strip()
        if chosen is None:
            suggested = Path.home() / f"finance {first} to {last}.csv"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the finance export"), str(suggested), self.tr("Spreadsheets (*.csv)")
            )
            if not chosen:
                return
        target = Path(chosen if chosen.lower().endswith(".csv") else chosen + ".csv")
        # The file dialog asked before replacing a file of the chosen name; a name the ".csv" was
        # added to was not asked about, so it is refused rather than replaced.
        replace = str(target) == chosen
        job = self.involvement.finance_job(first, last, target, replace=replace)
        if self.tasks is None:
            try:
                self._exported(job())
            except UserFacingError as exc:
                self._export_failed(exc)
            return
        self.export_button.setEnabled(False)
        self.tasks.run(job, self._exported, self._export_failed)

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.saved_to = Path(path)
        self.saved_note.setText(self.tr("The finance export is saved: {path}").format(path=str(path)))

    def _export_failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        self.export_error.show_error(error_text(exc))
