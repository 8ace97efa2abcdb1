"""When rotation will have deleted the backups that still hold someone's data: a pure rule over dates.

After a person is erased or anonymised, backups made before then still hold them. Rotation
(domain/backup_rotation.py) deletes a rotated backup once no rule keeps it any more: every backup
for *days*, the newest of its calendar week for *weeks*, the newest of its calendar month until
*months* whole months have passed. So each backup has a last day, and the facilitator can be told
the last of them ("Backups made before today still hold their data until ...").

Backups made later can only push an older backup out sooner (a newer one in the same week or month
takes its place), never keep it longer: the date given is the latest it can be. Rotation runs when
a backup is made, so a backup may outlive its date until the next one is made (the app makes one
at least daily while it is used). Upgrade backups and copies saved elsewhere are never rotated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import TypeVar

from .backup_rotation import DEFAULT_POLICY, RotationPolicy

K = TypeVar("K")


def _first_of_month_after(when: datetime, months: int) -> datetime:
    """Midnight on the first day of the month *months* after *when*'s month (same tzinfo)."""
    number = when.year * 12 + when.month - 1 + months
    return when.replace(year=number // 12, month=number % 12 + 1, day=1, hour=0, minute=0, second=0, microsecond=0)


def rotation_expiries(made: Mapping[K, datetime], policy: RotationPolicy = DEFAULT_POLICY) -> dict[K, datetime]:
    """For each backup of *made* (key -> when it was made), the first moment rotation no longer keeps it.

    Only the backups in *made* are considered (see the module's note: later ones can only shorten
    this). All datetimes must be alike (all aware, or all naive).
    """
    newest_of_week: dict[tuple[int, int], tuple[datetime, K]] = {}
    newest_of_month: dict[tuple[int, int], tuple[datetime, K]] = {}
    for key, when in made.items():
        week = tuple(when.isocalendar())[:2]
        if week not in newest_of_week or when > newest_of_week[week][0]:
            newest_of_week[week] = (when, key)
        month = (when.year, when.month)
        if month not in newest_of_month or when > newest_of_month[month][0]:
            newest_of_month[month] = (when, key)
    weekly = {key for _, key in newest_of_week.values()}
    monthly = {key for _, key in newest_of_month.values()}
    expiries: dict[K, datetime] = {}
    for key, when in made.items():
        ends = [when + timedelta(days=policy.days)]
        if key in weekly:
            ends.append(when + timedelta(weeks=policy.weeks))
        if key in monthly:  # kept while this month is at most *months* months ago
            ends.append(_first_of_month_after(when, policy.months + 1))
        expiries[key] = max(ends)
    return expiries


def last_expiry(made: Iterable[datetime], policy: RotationPolicy = DEFAULT_POLICY) -> datetime | None:
    """The latest moment any of these rotated backups is still kept by rotation; None for none."""
    expiries = rotation_expiries(dict(enumerate(made)), policy)
    return max(expiries.values(), default=None)
