"""How long meetings are kept: a period in whole months, or None ("keep until I delete them").

A pure rule over dates, so it is tested without files. A meeting is kept up to and including the
day its period ends (its date plus the months, on the same day of the month, or the month's last
day when that month is shorter: 31 January + 1 month is 28 or 29 February); from the next day it is
past the period and is listed for clean-up. Nothing is ever deleted by this rule: it only lists.
A meeting dated in the future is never past. None, the default, lists nothing, so nothing changes
for anyone who has not chosen a period.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date
from typing import TypeVar

from .errors import ValidationError

# The periods offered, in months (6 months, 1, 2, 3 and 6 years); None keeps meetings until deleted.
CHOICES: tuple[int, ...] = (6, 12, 24, 36, 72)
MONTHS_MAX = 1200  # a hundred years: any number above it is a mistake
KEEP_ALWAYS = None

T = TypeVar("T")


def check_months(value: object) -> int | None:
    """*value* as a period in whole months (1 to MONTHS_MAX), or None for "keep until deleted".

    None and "" mean "keep until deleted"; digits in a string are read as a number. Raises
    ValidationError "retention.months_invalid" for anything else (a fraction, 0, a negative
    number, words, a bool).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    months: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        months = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        months = int(value.strip())
    if months is None or not 1 <= months <= MONTHS_MAX:
        raise ValidationError("retention.months_invalid", value=str(value), limit=MONTHS_MAX)
    return months


def stored_months(value: str) -> int | None:
    """The period kept in the settings table as text: a bad or empty value keeps every meeting
    (a setting that cannot be read must never make meetings look due for deleting)."""
    try:
        return check_months(value)
    except ValidationError:
        return None


def add_months(day: date, months: int) -> date:
    """*day* plus *months* calendar months, on the month's last day when it is shorter."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    if year > date.max.year:
        return date.max
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def kept_until(meeting_date: date, months: int) -> date:
    """The last day a meeting dated *meeting_date* is kept for, with a period of *months*."""
    return add_months(meeting_date, months)


def is_past(meeting_date: date | str, months: int | None, today: date) -> bool:
    """True when a meeting dated *meeting_date* (a date or an ISO date string) is past a period of
    *months* at *today*. Never with no period (None), and never for a meeting dated after today."""
    if months is None:
        return False
    when = date.fromisoformat(meeting_date) if isinstance(meeting_date, str) else meeting_date
    if when > today:
        return False
    return today > kept_until(when, months)


def past_period(meetings: Iterable[T], date_of, months: int | None, today: date) -> list[T]:
    """The items of *meetings* (in their order) whose date (``date_of(item)``, a date or an ISO
    string) is past a period of *months* at *today*."""
    return [m for m in meetings if is_past(date_of(m), months, today)]
