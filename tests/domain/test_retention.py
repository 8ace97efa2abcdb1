"""How long meetings are kept: the period, its month-end edges and which meetings are past it."""

from datetime import date

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.retention import (
    CHOICES,
    MONTHS_MAX,
    add_months,
    check_months,
    is_past,
    kept_until,
    past_period,
    stored_months,
)


def test_choices_are_the_offered_periods():
    assert CHOICES == (6, 12, 24, 36, 72)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),  # a shorter month: its last day
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # a leap year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 3, 31), 6, date(2025, 9, 30)),
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2025, 11, 15), 2, date(2026, 1, 15)),  # over the year's end
        (date(2025, 12, 31), 12, date(2026, 12, 31)),
        (date(2025, 6, 1), 72, date(2031, 6, 1)),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


def test_add_months_past_the_last_year_stops_there():
    assert add_months(date(9999, 6, 1), 12) == date.max


def test_kept_up_to_and_including_the_last_day():
    meeting = date(2025, 1, 31)
    assert kept_until(meeting, 1) == date(2025, 2, 28)
    assert not is_past(meeting, 1, date(2025, 2, 28))
    assert is_past(meeting, 1, date(2025, 3, 1))
    assert is_past("2025-01-31", 1, date(2025, 3, 1))  # an ISO date string, as meetings keep it


def test_a_year():
    assert not is_past("2024-06-15", 12, date(2025, 6, 15))
    assert is_past("2024-06-15", 12, date(2025, 6, 16))


def test_no_period_keeps_everything():
    assert not is_past("1990-01-01", None, date(2026, 12, 3))


def test_a_meeting_in_the_future_is_never_past():
    assert not is_past("2027-01-01", 6, date(2026, 12, 3))
    assert not is_past(date(2026, 12, 4), 1, date(2026, 12, 3))
    assert not is_past("2026-12-03", 1, date(2026, 12, 3))  # today


def test_past_period_keeps_order_and_chooses_by_date():
    meetings = [("a", "2026-11-01"), ("b", "2020-01-01"), ("c", "2030-01-01"), ("d", "2024-12-02")]
    chosen = past_period(meetings, lambda m: m[1], 24, date(2026, 12, 3))
    assert chosen == [("b", "2020-01-01"), ("d", "2024-12-02")]
    assert past_period(meetings, lambda m: m[1], None, date(2026, 12, 3)) == []


@pytest.mark.parametrize(("value", "expected"), [(None, None), ("", None), ("  ", None), (6, 6), ("24", 24), (1, 1)])
def test_check_months_accepts(value, expected):
    assert check_months(value) == expected


@pytest.mark.parametrize("value", [0, -3, MONTHS_MAX + 1, "1.5", 1.5, "twelve", True, "١٢", "12 months", [12]])
def test_check_months_refuses(value):
    with pytest.raises(ValidationError) as caught:
        check_months(value)
    assert caught.value.code == "retention.months_invalid"
    assert str(caught.value) != caught.value.code  # an English sentence, not the bare code


@pytest.mark.parametrize(("stored", "expected"), [("", None), ("12", 12), ("banana", None), ("0", None), ("-6", None)])
def test_a_stored_value_that_cannot_be_read_keeps_everything(stored, expected):
    assert stored_months(stored) == expected
