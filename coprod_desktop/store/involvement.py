"""Involvement kept across meetings: each attendance's role and minutes, each person's choice of
recognition, the expenses of their taking part, and the rates they are paid at (settings).

An expense belongs to a person's taking part in one meeting (attendance): a change to one is
announced as that attendee updated, so the screens showing the person in that meeting redraw.
"""

from __future__ import annotations

from ..domain.changes import ChangeAction, ChangeKind
from ..domain.errors import NotFound
from ..domain.ids import new_id, utc_now
from ..domain.involvement import (
    DEFAULT_HOURLY_PENCE,
    DEFAULT_MILEAGE_PENCE,
    DEFAULT_VOUCHER_PENCE,
    Expense,
    ExpenseKind,
    Rates,
    Recognition,
    Role,
    check_expense,
    check_minutes,
    check_rates,
    parse_recognition,
    parse_role,
)
from ..domain.text import optional_text
from ._base import Repository
from .settings import Settings

NOTE_MAX = 200

# The settings' keys (the settings table): each a whole number of pence.
MILEAGE_RATE = "rate.mileage_pence_per_mile"
HOURLY_RATE = "rate.hourly_pence"
VOUCHER_RATE = "rate.voucher_pence"

_PERSON_MEETINGS = """
SELECT a.meeting_id, a.role, a.minutes, m.title, m.date,
       d.starts_at, d.ends_at,
       (SELECT count(*) FROM contributions c WHERE c.meeting_id = a.meeting_id
            AND c.person_id = a.person_id AND c.withdrawn_at IS NULL) AS contributions,
       (SELECT count(*) FROM agreements g WHERE g.meeting_id = a.meeting_id
            AND g.person_id = a.person_id) AS agreements
FROM attendance a JOIN meetings m ON m.id = a.meeting_id
LEFT JOIN meeting_details d ON d.meeting_id = a.meeting_id
WHERE a.person_id = ?
ORDER BY m.date DESC, m.created_at DESC
"""

_ATTENDANCE_BETWEEN = """
SELECT a.meeting_id, a.person_id, a.role, a.minutes, m.title, m.date,
       d.starts_at, d.ends_at, p.full_name, p.recognition
FROM attendance a JOIN meetings m ON m.id = a.meeting_id JOIN people p ON p.id = a.person_id
LEFT JOIN meeting_details d ON d.meeting_id = a.meeting_id
WHERE m.date BETWEEN ? AND ?
ORDER BY m.date, m.created_at, m.id, a.position
"""


def _expense(row: dict) -> Expense:
    return Expense(
        id=row["id"],
        meeting_id=row["meeting_id"],
        person_id=row["person_id"],
        kind=ExpenseKind(row["kind"]),
        miles=float(row["miles"]),
        pence=int(row["pence"]),
        note=row["note"],
        created_at=row["created_at"],
    )


class Involvement(Repository):
    """Roles, minutes, recognition, expenses and rates. Each write checks first (ValidationError,
    NotFound: nothing changed) and is one transaction, announced after it commits."""

    # Attendance ---------------------------------------------------------------------------------

    def set_role(self, meeting_id: str, person_id: str, role: Role | str) -> Role:
        """Set the person's role in the meeting. Raises ValidationError, NotFound."""
        checked = parse_role(role)
        self._attendance(meeting_id, person_id)
        with self.writing():
            self.db.execute(
                "UPDATE attendance SET role = ? WHERE meeting_id = ? AND person_id = ?",
                (checked.value, meeting_id, person_id),
            )
        self.announce(ChangeKind.ATTENDEE, ChangeAction.UPDATED, meeting_id, person_id)
        return checked

    def set_minutes(self, meeting_id: str, person_id: str, minutes: int | str | None) -> int | None:
        """Set the minutes the person gave to the meeting (None: the whole meeting)."""
        checked = check_minutes(minutes)
        self._attendance(meeting_id, person_id)
        with self.writing():
            self.db.execute(
                "UPDATE attendance SET minutes = ? WHERE meeting_id = ? AND person_id = ?",
                (checked, meeting_id, person_id),
            )
        self.announce(ChangeKind.ATTENDEE, ChangeAction.UPDATED, meeting_id, person_id)
        return checked

    # The person ---------------------------------------------------------------------------------

    def recognition(self, person_id: str) -> Recognition:
        """How the person chose to be recognised. Raises NotFound "person.unknown"."""
        return Recognition(self._person(person_id)["recognition"])

    def set_recognition(self, person_id: str, recognition: Recognition | str) -> Recognition:
        """Keep the person's choice of recognition (for every meeting). Raises ValidationError, NotFound."""
        checked = parse_recognition(recognition)
        self._person(person_id)
        with self.writing():
            self.db.execute("UPDATE people SET recognition = ? WHERE id = ?", (checked.value, person_id))
        self.announce(ChangeKind.PERSON, ChangeAction.UPDATED, None, person_id)
        return checked

    def person_name(self, person_id: str) -> str:
        """The person's full name as known to the organisation. Raises NotFound."""
        return self._person(person_id)["full_name"]

    # Expenses -----------------------------------------------------------------------------------

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
        """Add an expense of the person's taking part in the meeting: mileage in miles, anything else
        in pence. Raises ValidationError (kind, amounts, note), NotFound (not taking part)."""
        checked_kind, checked_miles, checked_pence = check_expense(kind, miles, pence)
        checked_note = optional_text(note, field="expense.note", limit=NOTE_MAX)
        self._attendance(meeting_id, person_id)
        row = {
            "id": new_id(),
            "meeting_id": meeting_id,
            "person_id": person_id,
            "kind": checked_kind.value,
            "miles": checked_miles,
            "pence": checked_pence,
            "note": checked_note,
            "created_at": utc_now(),
        }
        with self.writing():
            self.db["expenses"].insert(row)
        self.announce(ChangeKind.ATTENDEE, ChangeAction.UPDATED, meeting_id, person_id)
        return _expense(row)

    def remove_expense(self, expense_id: str) -> Expense:
        """Remove an expense; returns what it was. Raises NotFound "expense.missing"."""
        rows = self.rows("SELECT * FROM expenses WHERE id = ?", (expense_id,))
        if not rows:
            raise NotFound("expense.missing")
        expense = _expense(rows[0])
        with self.writing():
            self.db.execute("DELETE FROM expenses WHERE id = ?", (expense_id,))
        self.announce(ChangeKind.ATTENDEE, ChangeAction.UPDATED, expense.meeting_id, expense.person_id)
        return expense

    def expenses(self, person_id: str, meeting_id: str | None = None) -> list[Expense]:
        """The person's expenses (in one meeting when *meeting_id*), in the order they were added."""
        sql, params = "SELECT * FROM expenses WHERE person_id = ?", (person_id,)
        if meeting_id is not None:
            sql, params = sql + " AND meeting_id = ?", (person_id, meeting_id)
        return [_expense(r) for r in self.rows(sql + " ORDER BY created_at, rowid", params)]

    def expenses_between(self, first: str, last: str) -> list[Expense]:
        """Everyone's expenses in meetings dated *first* to *last* (ISO dates, both included)."""
        sql = (
            "SELECT e.* FROM expenses e JOIN meetings m ON m.id = e.meeting_id"
            " WHERE m.date BETWEEN ? AND ? ORDER BY e.created_at, e.rowid"
        )
        return [_expense(r) for r in self.rows(sql, (first, last))]

    # Rates --------------------------------------------------------------------------------------

    def rates(self) -> Rates:
        """The rates in the settings (the defaults of domain.involvement where none was set)."""
        settings = Settings(self.db, self._notify)

        def pence(key: str, default: int) -> int:
            value = settings.get(key, "")
            return int(value) if value.isdigit() else default

        return Rates(
            mileage_pence_per_mile=pence(MILEAGE_RATE, DEFAULT_MILEAGE_PENCE),
            hourly_pence=pence(HOURLY_RATE, DEFAULT_HOURLY_PENCE),
            voucher_pence=pence(VOUCHER_RATE, DEFAULT_VOUCHER_PENCE),
        )

    def set_rates(self, rates: Rates) -> Rates:
        """Keep *rates* (each checked: whole pence, 0 to £1,000). Raises ValidationError."""
        checked = check_rates(rates)
        values = {
            MILEAGE_RATE: checked.mileage_pence_per_mile,
            HOURLY_RATE: checked.hourly_pence,
            VOUCHER_RATE: checked.voucher_pence,
        }
        with self.writing():  # all three or none
            for key, value in values.items():
                self.db["settings"].upsert({"key": key, "value": str(value)}, pk="key")
        for key in values:
            self.announce(ChangeKind.SETTINGS, ChangeAction.UPDATED, None, key)
        return checked

    # Queries ------------------------------------------------------------------------------------

    def person_meetings(self, person_id: str) -> list[dict]:
        """Each meeting the person took part in, newest first: meeting_id, title, date, role,
        minutes (theirs, or None), starts_at and ends_at (the meeting's, or None), contributions
        (not withdrawn) and agreements. Raises NotFound "person.unknown"."""
        self._person(person_id)
        return self.rows(_PERSON_MEETINGS, (person_id,))

    def attendance_between(self, first: str, last: str) -> list[dict]:
        """Everyone's taking part in meetings dated *first* to *last* (ISO dates, both included),
        by date then the meeting's order of people: meeting_id, person_id, role, minutes, title,
        date, starts_at, ends_at, full_name and recognition."""
        return self.rows(_ATTENDANCE_BETWEEN, (first, last))

    # Helpers ------------------------------------------------------------------------------------

    def _attendance(self, meeting_id: str, person_id: str) -> None:
        if not self.rows(
            "SELECT 1 AS x FROM attendance WHERE meeting_id = ? AND person_id = ?", (meeting_id, person_id)
        ):
            raise NotFound("person.not_in_meeting")

    def _person(self, person_id: str) -> dict:
        rows = self.rows("SELECT id, full_name, recognition FROM people WHERE id = ?", (person_id,))
        if not rows:
            raise NotFound("person.unknown")
        return rows[0]
