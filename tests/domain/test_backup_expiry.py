"""When the backups that still hold an erased person are gone: checked against the rotation rule itself."""

from datetime import UTC, datetime, timedelta

from coprod_desktop.domain.backup_expiry import last_expiry, rotation_expiries
from coprod_desktop.domain.backup_rotation import backups_to_keep

NOW = datetime(2026, 12, 3, 19, 0, tzinfo=UTC)


def _made() -> dict[str, datetime]:
    # Daily for three weeks, then a couple a week back over a year and a half.
    made = {f"d{i}": NOW - timedelta(days=i, hours=1) for i in range(21)}
    made |= {f"w{i}": NOW - timedelta(days=3 * i + 22) for i in range(180)}
    return made


def test_each_expiry_is_when_rotation_stops_keeping_it():
    made = _made()
    expiries = rotation_expiries(made)
    for key, ends in expiries.items():
        if ends <= NOW:
            continue  # already past: rotation would delete it at the next backup
        assert key in backups_to_keep(made, ends - timedelta(seconds=1)), key
        assert key not in backups_to_keep(made, ends), key


def test_a_month_kept_backup_lasts_up_to_twelve_months():
    made = {"a": datetime(2026, 11, 30, 12, 0, tzinfo=UTC)}
    assert last_expiry(made.values()) == datetime(2027, 12, 1, tzinfo=UTC)
    assert "a" in backups_to_keep(made, datetime(2027, 11, 30, 23, 59, tzinfo=UTC))
    assert "a" not in backups_to_keep(made, datetime(2027, 12, 1, tzinfo=UTC))


def test_an_older_backup_of_the_same_day_goes_after_a_week():
    early, late = datetime(2026, 11, 2, 9, 0, tzinfo=UTC), datetime(2026, 11, 2, 18, 0, tzinfo=UTC)
    expiries = rotation_expiries({"early": early, "late": late})
    assert expiries["early"] == early + timedelta(days=7)
    assert expiries["late"] == datetime(2027, 12, 1, tzinfo=UTC)


def test_no_backups_no_date():
    assert last_expiry([]) is None
