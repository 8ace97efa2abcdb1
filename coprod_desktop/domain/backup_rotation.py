"""Which automatic backups to keep: every one of the last week, one a week for two months, one a
month for a year. A pure rule over dates, so it is tested without files (store/backup.py applies
it to the rotation folder only: upgrade backups and copies saved elsewhere are never rotated).

The weekly and monthly choices use calendar weeks (ISO) and calendar months, and keep the newest
backup of each. A completed week's newest backup never changes, so a backup kept today is not
deleted tomorrow in favour of another of the same week: the kept ones are stable as time passes.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class RotationPolicy:
    """How many days (all kept), weeks (one each) and months (one each) backups are kept for."""

    days: int = 7
    weeks: int = 8
    months: int = 12


DEFAULT_POLICY = RotationPolicy()


def _month_number(when: datetime) -> int:
    return when.year * 12 + when.month - 1


def backups_to_keep(made: Mapping[K, datetime], now: datetime, policy: RotationPolicy = DEFAULT_POLICY) -> set[K]:
    """The keys of *made* (backup -> when it was made) to keep at *now*; the rest may be deleted.

    A backup dated after *now* (the clock was changed) is kept: nothing is deleted on a guess.
    All datetimes must be alike (all aware, or all naive).
    """
    keep: set[K] = set()
    newest_of_week: dict[tuple[int, int], tuple[datetime, K]] = {}
    newest_of_month: dict[int, tuple[datetime, K]] = {}
    for key, when in made.items():
        age = now - when
        if age < timedelta(days=policy.days):  # includes the future
            keep.add(key)
        if age < timedelta(weeks=policy.weeks):
            week = tuple(when.isocalendar())[:2]
            if week not in newest_of_week or when > newest_of_week[week][0]:
                newest_of_week[week] = (when, key)
        if 0 <= _month_number(now) - _month_number(when) <= policy.months:  # this month and 12 before
            month = _month_number(when)
            if month not in newest_of_month or when > newest_of_month[month][0]:
                newest_of_month[month] = (when, key)
    keep.update(key for _, key in newest_of_week.values())
    keep.update(key for _, key in newest_of_month.values())
    return keep
