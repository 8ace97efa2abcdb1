"""The rotation rule: every backup of the last week, one a week for 8 weeks, one a month for a year."""

from datetime import UTC, datetime, timedelta

from coprod_desktop.domain.backup_rotation import RotationPolicy, backups_to_keep

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def hourly(days: int) -> dict[str, datetime]:
    """One backup every 6 hours going back *days* days from NOW."""
    return {f"b{i}": NOW - timedelta(hours=6 * i) for i in range(days * 4)}


def test_every_backup_of_the_last_seven_days_is_kept():
    made = hourly(7)
    assert backups_to_keep(made, NOW) == set(made)


def test_older_than_a_week_one_per_calendar_week_the_newest():
    made = {
        "mon": datetime(2026, 11, 16, 9, tzinfo=UTC),
        "wed": datetime(2026, 11, 18, 9, tzinfo=UTC),
        "sun": datetime(2026, 11, 22, 9, tzinfo=UTC),  # same ISO week: the newest is kept
        "next-mon": datetime(2026, 11, 23, 9, tzinfo=UTC),
    }
    assert backups_to_keep(made, NOW) == {"sun", "next-mon"}


def test_older_than_eight_weeks_one_per_month_and_nothing_older_than_a_year():
    made = {
        "sep-early": datetime(2026, 9, 2, tzinfo=UTC),
        "sep-late": datetime(2026, 9, 28, tzinfo=UTC),
        "jan": datetime(2026, 1, 15, tzinfo=UTC),
        "dec-last-year": datetime(2025, 12, 31, tzinfo=UTC),  # the 12th month back: kept
        "nov-last-year": datetime(2025, 11, 30, tzinfo=UTC),  # 13 months back: deleted
        "2024": datetime(2024, 6, 1, tzinfo=UTC),
    }
    assert backups_to_keep(made, NOW) == {"sep-late", "jan", "dec-last-year"}


def test_a_year_of_six_hourly_backups_comes_down_to_about_thirty():
    made = hourly(400)
    kept = backups_to_keep(made, NOW)
    assert 7 * 4 + 7 + 10 <= len(kept) <= 7 * 4 + 9 + 13
    assert all(NOW - made[key] < timedelta(days=366 + 31) for key in kept)
    assert "b0" in kept  # the newest is always kept


def test_what_is_kept_today_is_still_kept_tomorrow_unless_it_ages_out():
    made = hourly(120)
    today = backups_to_keep(made, NOW)
    for days_later in range(1, 40):
        later = backups_to_keep({k: made[k] for k in today}, NOW + timedelta(days=days_later))
        # only the daily window's extra backups go; every week's and month's newest stays
        weekly_kept_today = backups_to_keep(made, NOW + timedelta(days=days_later))
        assert later == weekly_kept_today


def test_a_backup_dated_in_the_future_is_kept():
    made = {"ahead": NOW + timedelta(days=30), "old": NOW - timedelta(days=800)}
    assert backups_to_keep(made, NOW) == {"ahead"}


def test_the_policy_can_be_shorter():
    made = hourly(3)
    kept = backups_to_keep(made, NOW, RotationPolicy(days=1, weeks=0, months=0))
    assert kept == {k for k, when in made.items() if NOW - when < timedelta(days=1)}
