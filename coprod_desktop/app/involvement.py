"""Involvement across meetings: a person's record (meetings, time given, contributions, roles),
their recognition and expenses, the rates they are paid at, and the finance team's export. Qt-free.

Each write is one transaction of its own and is announced (domain.changes) after it commits:
a role, minutes or an expense as the attendee updated, recognition as the person updated, the
rates as settings updated.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import ValidationError
from ..domain.involvement import (
    RECOGNITION_LABELS,
    ROLE_LABELS,
    Expense,
    ExpenseKind,
    InvolvementRecord,
    MeetingInvolvement,
    Owed,
    Rates,
    Recognition,
    Role,
    format_pounds,
    money_owed,
    time_given,
)
from ..domain.models import MeetingDetails

if TYPE_CHECKING:
    from ..store import Store


def involvement_record(store: Store, person_id: str) -> InvolvementRecord:
    """The person's record across every meeting they took part in, newest first: role, time
    given (their own minutes, else the meeting's length), contributions not withdrawn, agreements
    and expenses. Raises NotFound "person.unknown"."""
    involvement = store.involvement
    rows = involvement.person_meetings(person_id)
    expenses: dict[str, list[Expense]] = {}
    for expense in involvement.expenses(person_id):
        expenses.setdefault(expense.meeting_id, []).append(expense)
    meetings = []
    for row in rows:
        details = MeetingDetails(row["meeting_id"], starts_at=row["starts_at"] or "", ends_at=row["ends_at"] or "")
        meetings.append(
            MeetingInvolvement(
                meeting_id=row["meeting_id"],
                title=row["title"],
                date=row["date"],
                role=Role(row["role"]),
                minutes=time_given(row["minutes"], details),
                contributions=row["contributions"],
                agreements=row["agreements"],
                expenses=tuple(expenses.get(row["meeting_id"], ())),
            )
        )
    return InvolvementRecord(
        person_id=person_id,
        full_name=involvement.person_name(person_id),
        recognition=involvement.recognition(person_id),
        meetings=tuple(meetings),
    )


def write_finance_export(
    db_path: Path, first: str, last: str, out_path: str | Path, *, beside_writer: bool = False, replace: bool = False
) -> Path:
    """Save the finance export (services/finance_export.py) for meetings dated *first* to *last*.

    A file already at *out_path* is replaced only when *replace* (the person was asked); otherwise
    ValidationError "finance.file_exists". Raises ValidationError for bad dates or a name not
    ending in .csv, DocumentNotSaved when it cannot be written. Opens its own read-only connection:
    a job for a worker thread, or the command line.
    """
    from ..services.finance_export import check_period, write_finance_csv
    from .documents import CSV, output_path, reading_store, saving_to

    first, last = check_period(first, last)  # before anything is opened
    out = output_path(out_path, CSV)
    if out.exists() and not replace:
        raise ValidationError("finance.file_exists", file=out.name)
    with reading_store(Path(db_path), beside_writer) as store, saving_to(out, "finance.not_saved"):
        return write_finance_csv(store, first, last, out)


class InvolvementOperations:
    """Read and write people's involvement. Each write is one transaction, announced after commit."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def record(self, person_id: str) -> InvolvementRecord:
        """The person's record across meetings. Raises NotFound."""
        return involvement_record(self._store, person_id)

    def set_role(self, meeting_id: str, person_id: str, role: Role | str) -> Role:
        """Set the person's role in the meeting. Raises ValidationError, NotFound, StoreWriteError."""
        with self._store.transaction():
            return self._store.involvement.set_role(meeting_id, person_id, role)

    def set_minutes(self, meeting_id: str, person_id: str, minutes: int | str | None) -> int | None:
        """Set the minutes the person gave to the meeting (None: the whole meeting)."""
        with self._store.transaction():
            return self._store.involvement.set_minutes(meeting_id, person_id, minutes)

    def recognition(self, person_id: str) -> Recognition:
        return self._store.involvement.recognition(person_id)

    def set_recognition(self, person_id: str, recognition: Recognition | str) -> Recognition:
        """Keep the person's choice of recognition. Raises ValidationError, NotFound, StoreWriteError."""
        with self._store.transaction():
            return self._store.involvement.set_recognition(person_id, recognition)

    def add_expense(
        self,
        meeting_id: str,
        person_id: str,
        kind: ExpenseKind | str,
        *,
        miles: float | str = 0,
        pence: int | str = 0,
        note: str = "",
    ) -> Expense:
        """Add an expense (mileage in miles, anything else in pence). Raises ValidationError, NotFound."""
        with self._store.transaction():
            return self._store.involvement.add_expense(meeting_id, person_id, kind, miles=miles, pence=pence, note=note)

    def remove_expense(self, expense_id: str) -> Expense:
        """Remove an expense; returns what it was. Raises NotFound "expense.missing"."""
        with self._store.transaction():
            return self._store.involvement.remove_expense(expense_id)

    def rates(self) -> Rates:
        return self._store.involvement.rates()

    def set_rates(self, rates: Rates) -> Rates:
        """Keep the rates, all three or none. Raises ValidationError, StoreWriteError."""
        with self._store.transaction():
            return self._store.involvement.set_rates(rates)

    def owed(self, recognition: Recognition, meeting: MeetingInvolvement) -> Owed:
        """What is owed for one meeting of a record, at the current rates."""
        return money_owed(recognition, meeting.minutes, meeting.expenses, self.rates())

    def finance_job(self, first: str, last: str, out: Path, *, replace: bool = True) -> Callable[[], Path]:
        """The finance export as a job for a worker thread (its own read-only connection). From a
        save dialog, which has asked before replacing a file, *replace* is True."""
        db_path = self._store.path
        return lambda: write_finance_export(db_path, first, last, out, beside_writer=True, replace=replace)


def time_words(minutes: int) -> str:
    """A length of time in English for staff: "7 hours 30 minutes", "1 hour", "45 minutes"."""
    from ..services.translations import ContentTranslations, duration_words

    return duration_words(minutes, ContentTranslations.for_language("en"))


def record_lines(record: InvolvementRecord, rates: Rates) -> list[str]:
    """The record as plain English lines for staff (the command line): who, their totals, then one
    line per meeting (date, title, role, time given, contributions, what is owed)."""
    lines = [
        f"Name: {record.full_name}",
        f"Person id: {record.person_id}",
        f"Recognition: {RECOGNITION_LABELS[record.recognition]}",
        f"Meetings: {record.meeting_count}",
        f"Time given: {time_words(record.minutes)}",
        f"Contributions: {record.contributions}",
        f"Agreements: {record.agreements}",
        "Roles: " + (", ".join(ROLE_LABELS[role] for role in record.roles) or "none"),
    ]
    for meeting in record.meetings:
        owed = money_owed(record.recognition, meeting.minutes, meeting.expenses, rates)
        given = "time not known" if meeting.minutes is None else time_words(meeting.minutes)
        lines.append(
            f"{meeting.date}\t{meeting.title}\t{ROLE_LABELS[meeting.role]}\t{given}\t"
            f"contributions: {meeting.contributions}\towed: {format_pounds(owed.total_pence)}"
        )
    return lines
