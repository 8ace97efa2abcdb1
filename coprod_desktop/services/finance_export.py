"""What the finance team pays, as a CSV file: one row per person per meeting in a date range.

Columns: person id, full name, meeting, date, role, minutes, recognition, payment, voucher, mileage
miles, mileage, other expenses and the total (money in pence, whole numbers, so a spreadsheet adds
them up exactly). Headings are in English: the export is for staff, not for the room.

The name is the person's full name as known to the organisation, not the name they are credited
by in the room: the finance team pays a person and needs to know who. So this file is private
(saved for its owner only, like every export) and is for the finance team alone.

Cells go through the same neutralising and encoding as the contributions spreadsheet
(services/csv_export.py): nothing typed can run as a formula, and it is UTF-8 with a byte-order
mark so Excel reads every script.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.dates import parse_meeting_date
from ..domain.errors import ValidationError
from ..domain.involvement import ROLE_LABELS, Recognition, Role, money_owed, time_given
from ..domain.models import MeetingDetails
from ..store.store import Store
from .csv_export import csv_text
from .private_files import save_privately

HEADINGS = (
    "Person id",
    "Name",
    "Meeting",
    "Date",
    "Role",
    "Minutes",
    "Recognition",
    "Payment (pence)",
    "Voucher (pence)",
    "Mileage (miles)",
    "Mileage (pence)",
    "Other expenses (pence)",
    "Total (pence)",
)

_RECOGNITION_WORDS = {
    Recognition.NONE: "None chosen",
    Recognition.PAYMENT: "Payment",
    Recognition.VOUCHER: "Voucher",
    Recognition.VOLUNTEER: "Volunteer",
}


def check_period(first: str, last: str) -> tuple[str, str]:
    """The period's first and last dates as ISO dates. Raises ValidationError for a date that is
    not one, or "finance.dates_backwards" when the last is before the first."""
    first, last = parse_meeting_date(first), parse_meeting_date(last)
    if last < first:
        raise ValidationError("finance.dates_backwards")
    return first, last


def finance_rows(store: Store, first: str, last: str) -> list[list[str]]:
    """The headings, then one row per person per meeting dated *first* to *last* (both included),
    by date. Raises ValidationError for bad dates."""
    first, last = check_period(first, last)
    involvement = store.involvement
    rates = involvement.rates()
    expenses: dict[tuple[str, str], list] = {}
    for expense in involvement.expenses_between(first, last):
        expenses.setdefault((expense.meeting_id, expense.person_id), []).append(expense)
    rows = [list(HEADINGS)]
    for row in involvement.attendance_between(first, last):
        details = MeetingDetails(row["meeting_id"], starts_at=row["starts_at"] or "", ends_at=row["ends_at"] or "")
        minutes = time_given(row["minutes"], details)
        recognition = Recognition(row["recognition"])
        owed = money_owed(recognition, minutes, expenses.get((row["meeting_id"], row["person_id"]), ()), rates)
        rows.append(
            [
                row["person_id"],
                row["full_name"],
                row["title"],
                row["date"],
                ROLE_LABELS[Role(row["role"])],
                "" if minutes is None else str(minutes),
                _RECOGNITION_WORDS[recognition],
                str(owed.payment_pence),
                str(owed.voucher_pence),
                f"{owed.mileage_miles:g}",
                str(owed.mileage_pence),
                str(owed.other_expenses_pence),
                str(owed.total_pence),
            ]
        )
    return rows


def write_finance_csv(store: Store, first: str, last: str, out_path: Path) -> Path:
    """Save the finance export for *first* to *last* at *out_path* (whole or not at all, readable
    by its owner only); returns the path. Raises ValidationError for bad dates."""
    data = csv_text(finance_rows(store, first, last)).encode("utf-8-sig")
    return save_privately(Path(out_path), lambda handle: handle.write(data), what="The finance export")
