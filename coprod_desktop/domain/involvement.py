"""A person's involvement across meetings: their role in each, the time they gave, how they chose to
be recognised (payment, voucher, volunteering or nothing) and the expenses they are owed.

NIHR guidance on public contributors: agree payment and recognition up front, record involvement,
and let people decline payment (payment can affect benefits). This module holds the rules; money is
always whole pence (an int) and is shown as "£12.34" only at the edge.

Rates are settings kept in the database (store.involvement): the defaults are
- mileage: 45p a mile (HMRC's approved mileage rate for a car's first 10,000 business miles, the
  rate most NHS and charity expense policies use);
- hourly payment: £0 until the organisation sets it (there is no safe national figure: NIHR's
  suggested rates change, and paying by mistake can affect someone's benefits);
- voucher: £0 a meeting until set, for the same reason.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from .errors import ValidationError
from .models import MeetingDetails


class Role(StrEnum):
    """How someone took part in one meeting."""

    PARTICIPANT = "participant"
    CO_FACILITATOR = "co_facilitator"
    EXPERT_BY_EXPERIENCE = "expert_by_experience"
    SUPPORTER = "supporter"
    OBSERVER = "observer"


# English labels: the ui translates them (context "Involvement").
ROLE_LABELS: dict[Role, str] = {
    Role.PARTICIPANT: "Participant",
    Role.CO_FACILITATOR: "Co-facilitator",
    Role.EXPERT_BY_EXPERIENCE: "Expert by experience",
    Role.SUPPORTER: "Supporter",
    Role.OBSERVER: "Observer",
}


class Recognition(StrEnum):
    """How a person chose to be recognised for their time (the same for every meeting)."""

    NONE = "none"
    PAYMENT = "payment"
    VOUCHER = "voucher"
    VOLUNTEER = "volunteer"


RECOGNITION_LABELS: dict[Recognition, str] = {
    Recognition.NONE: "Not chosen yet",
    Recognition.PAYMENT: "Payment for their time",
    Recognition.VOUCHER: "A voucher for each meeting",
    Recognition.VOLUNTEER: "Volunteer (no payment)",
}


class ExpenseKind(StrEnum):
    MILEAGE = "mileage"
    FARE = "fare"
    PARKING = "parking"
    CARE = "care"
    OTHER = "other"


EXPENSE_KIND_LABELS: dict[ExpenseKind, str] = {
    ExpenseKind.MILEAGE: "Mileage",
    ExpenseKind.FARE: "Fares",
    ExpenseKind.PARKING: "Parking",
    ExpenseKind.CARE: "Care or support costs",
    ExpenseKind.OTHER: "Other",
}

# The limits of the schema's CHECKs (migration 0009), so a bad value gets a plain message first.
MINUTES_MAX = 1440  # a day
MILES_MAX = 10000
PENCE_MAX = 10_000_000  # £100,000: an expense
RATE_MAX = 100_000  # £1,000: an hourly rate, a voucher or a mileage rate in pence

DEFAULT_MILEAGE_PENCE = 45
DEFAULT_HOURLY_PENCE = 0
DEFAULT_VOUCHER_PENCE = 0


@dataclass(frozen=True)
class Rates:
    """What the organisation pays: pence per mile, pence per hour, pence per meeting's voucher."""

    mileage_pence_per_mile: int = DEFAULT_MILEAGE_PENCE
    hourly_pence: int = DEFAULT_HOURLY_PENCE
    voucher_pence: int = DEFAULT_VOUCHER_PENCE


@dataclass(frozen=True)
class Expense:
    """One expense of a person's taking part in one meeting. Mileage is kept as miles (priced by
    the rate when it is paid); every other kind as pence."""

    id: str
    meeting_id: str
    person_id: str
    kind: ExpenseKind
    miles: float
    pence: int
    note: str
    created_at: str

    def value_pence(self, rates: Rates) -> int:
        """What this expense is worth, in pence, at *rates*."""
        if self.kind is ExpenseKind.MILEAGE:
            return mileage_pence(self.miles, rates) + self.pence
        return self.pence


@dataclass(frozen=True)
class Owed:
    """What is owed for one person's taking part in one meeting, in pence (miles as miles)."""

    payment_pence: int = 0
    voucher_pence: int = 0
    mileage_miles: float = 0.0
    mileage_pence: int = 0
    other_expenses_pence: int = 0

    @property
    def total_pence(self) -> int:
        return self.payment_pence + self.voucher_pence + self.mileage_pence + self.other_expenses_pence


@dataclass(frozen=True)
class MeetingInvolvement:
    """One meeting a person took part in, as their record shows it."""

    meeting_id: str
    title: str
    date: str
    role: Role
    minutes: int | None  # time given: their own minutes, else the meeting's length; None: unknown
    contributions: int  # not withdrawn
    agreements: int  # markers they added to others' contributions
    expenses: tuple[Expense, ...] = ()


@dataclass(frozen=True)
class InvolvementRecord:
    """A person's record across meetings, the newest meeting first."""

    person_id: str
    full_name: str
    recognition: Recognition
    meetings: tuple[MeetingInvolvement, ...] = field(default_factory=tuple)

    @property
    def meeting_count(self) -> int:
        return len(self.meetings)

    @property
    def minutes(self) -> int:
        """The time given in every meeting whose length is known."""
        return total_minutes(m.minutes for m in self.meetings)

    @property
    def contributions(self) -> int:
        return sum(m.contributions for m in self.meetings)

    @property
    def agreements(self) -> int:
        return sum(m.agreements for m in self.meetings)

    @property
    def roles(self) -> tuple[Role, ...]:
        """Each role they have had, in the order of Role."""
        had = {m.role for m in self.meetings}
        return tuple(role for role in Role if role in had)


# Checking values -----------------------------------------------------------------------------


def _choice(enum: type[StrEnum], value: object, code: str) -> StrEnum:
    try:
        return enum(value)
    except ValueError:
        choices = ", ".join(item.value for item in enum)
        raise ValidationError(code, value=str(value), choices=choices) from None


def parse_role(value: object) -> Role:
    """The Role named by *value*; ValidationError "involvement.role_unknown" otherwise."""
    return _choice(Role, value, "involvement.role_unknown")  # type: ignore[return-value]


def parse_recognition(value: object) -> Recognition:
    """The Recognition named by *value*; ValidationError "involvement.recognition_unknown" otherwise."""
    return _choice(Recognition, value, "involvement.recognition_unknown")  # type: ignore[return-value]


def parse_expense_kind(value: object) -> ExpenseKind:
    """The ExpenseKind named by *value*; ValidationError "expense.kind_unknown" otherwise."""
    return _choice(ExpenseKind, value, "expense.kind_unknown")  # type: ignore[return-value]


def _whole_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*\d+\s*", value):
        return int(value)
    return None


def check_minutes(value: object) -> int | None:
    """Minutes given in one meeting (0 to 1440), or None (the whole meeting).

    Raises ValidationError "involvement.minutes_invalid" (value, low, high)."""
    if value is None or value == "":
        return None
    number = _whole_number(value)
    if number is None or not 0 <= number <= MINUTES_MAX:
        raise ValidationError("involvement.minutes_invalid", value=str(value), low=0, high=MINUTES_MAX)
    return number


def check_miles(value: object) -> float:
    """Miles as a number from 0 to 10,000, to a tenth of a mile.

    Raises ValidationError "expense.miles_invalid" (value, low, high)."""
    try:
        miles = float(str(value).strip()) if not isinstance(value, bool) else math.nan
    except ValueError:
        miles = math.nan
    if not math.isfinite(miles) or not 0 <= miles <= MILES_MAX:
        raise ValidationError("expense.miles_invalid", value=str(value), low=0, high=MILES_MAX)
    return round(miles, 1)


def check_pence(value: object, *, limit: int = PENCE_MAX, code: str = "expense.amount_invalid") -> int:
    """A whole number of pence from 0 to *limit*. Raises ValidationError *code* (value, limit)."""
    number = _whole_number(value)
    if number is None or not 0 <= number <= limit:
        shown = format_pounds(limit)
        raise ValidationError(code, value=str(value), limit=shown)
    return number


def parse_pounds(text: str, *, limit: int = PENCE_MAX, code: str = "expense.amount_invalid") -> int:
    """Money typed as "12.34", "£12.34", "12" or "0.50", in pence.

    Raises ValidationError *code* (value, limit) for anything else, a negative sum, more than two
    decimal places or more than *limit* pence."""
    cleaned = str(text).strip().replace(",", "").removeprefix("£").strip()
    if not re.fullmatch(r"\d+(\.\d{1,2})?|\.\d{1,2}", cleaned):
        raise ValidationError(code, value=str(text).strip(), limit=format_pounds(limit))
    try:
        pence = int((Decimal(cleaned) * 100).to_integral_value())
    except InvalidOperation:  # pragma: no cover - the pattern above allows only digits
        raise ValidationError(code, value=str(text).strip(), limit=format_pounds(limit)) from None
    return check_pence(pence, limit=limit, code=code)


def format_pounds(pence: int) -> str:
    """*pence* as money: 1234 → "£12.34", 5 → "£0.05", 100000 → "£1,000.00"."""
    sign = "-" if pence < 0 else ""
    pounds, rest = divmod(abs(int(pence)), 100)
    return f"{sign}£{pounds:,}.{rest:02d}"


def pounds_text(pence: int) -> str:
    """*pence* as a plain number of pounds for a form or a spreadsheet: 1234 → "12.34"."""
    pounds, rest = divmod(int(pence), 100)
    return f"{pounds}.{rest:02d}"


def check_rates(rates: Rates) -> Rates:
    """*rates* when each is a whole number of pence from 0 to £1,000; ValidationError "rates.invalid"."""
    for value in (rates.mileage_pence_per_mile, rates.hourly_pence, rates.voucher_pence):
        check_pence(value, limit=RATE_MAX, code="rates.invalid")
    return rates


# Calculations --------------------------------------------------------------------------------


def time_given(minutes: int | None, details: MeetingDetails | None) -> int | None:
    """The minutes a person gave to one meeting: their own (attendance.minutes) when set, else the
    meeting's length from its start and end times (MeetingDetails.minutes, the same length the
    record of involvement prints); None when neither is known."""
    if minutes is not None:
        return minutes
    return details.minutes if details is not None else None


def total_minutes(minutes: Iterable[int | None]) -> int:
    """The sum of the known lengths (unknown ones count as none)."""
    return sum(m for m in minutes if m)


def hours_and_minutes(minutes: int) -> tuple[int, int]:
    """*minutes* as whole hours and the minutes left: 450 → (7, 30)."""
    return divmod(max(0, int(minutes)), 60)


def mileage_pence(miles: float, rates: Rates) -> int:
    """*miles* at the mileage rate, to the nearest penny (half a penny rounds up)."""
    value = Decimal(str(miles)) * rates.mileage_pence_per_mile
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def payment_pence(minutes: int | None, rates: Rates) -> int:
    """Pay for *minutes* at the hourly rate, to the nearest penny (half a penny rounds up)."""
    if not minutes:
        return 0
    return (minutes * rates.hourly_pence * 2 + 60) // 120


def money_owed(recognition: Recognition, minutes: int | None, expenses: Iterable[Expense], rates: Rates) -> Owed:
    """What is owed for one meeting: payment (hours × the hourly rate) for those paid, a voucher
    for those who chose one, and their expenses (mileage: miles × rate; others as claimed)."""
    recognition = Recognition(recognition)
    miles = 0.0
    mileage = other = 0
    for expense in expenses:
        if expense.kind is ExpenseKind.MILEAGE:
            miles += expense.miles
            mileage += expense.value_pence(rates)
        else:
            other += expense.pence
    return Owed(
        payment_pence=payment_pence(minutes, rates) if recognition is Recognition.PAYMENT else 0,
        voucher_pence=rates.voucher_pence if recognition is Recognition.VOUCHER else 0,
        mileage_miles=round(miles, 1),
        mileage_pence=mileage,
        other_expenses_pence=other,
    )


def check_expense(kind: ExpenseKind | str, miles: object, pence: object) -> tuple[ExpenseKind, float, int]:
    """An expense's kind, miles and pence, checked: mileage is claimed in miles (more than none),
    anything else as an amount (more than none). Raises ValidationError."""
    kind = parse_expense_kind(kind)
    checked_miles = check_miles(miles if miles not in (None, "") else 0)
    checked_pence = check_pence(pence if pence not in (None, "") else 0)
    if kind is ExpenseKind.MILEAGE:
        if checked_miles <= 0:
            raise ValidationError("expense.miles_missing")
        return kind, checked_miles, 0  # priced by the mileage rate when it is paid
    if checked_pence <= 0:
        raise ValidationError("expense.amount_missing")
    return kind, 0.0, checked_pence
