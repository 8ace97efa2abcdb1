"""Involvement rules: roles, recognition, expenses, rates and money, all in whole pence."""

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.involvement import (
    ROLE_LABELS,
    Expense,
    ExpenseKind,
    InvolvementRecord,
    MeetingInvolvement,
    Rates,
    Recognition,
    Role,
    check_expense,
    check_miles,
    check_minutes,
    check_rates,
    format_pounds,
    hours_and_minutes,
    mileage_pence,
    money_owed,
    parse_pounds,
    parse_recognition,
    parse_role,
    payment_pence,
    time_given,
)
from coprod_desktop.domain.messages import MESSAGES
from coprod_desktop.domain.models import MeetingDetails


def _expense(kind, miles=0.0, pence=0):
    return Expense("e", "m", "p", ExpenseKind(kind), miles, pence, "", "2026-01-01T00:00:00Z")


def test_every_role_has_an_english_label():
    assert set(ROLE_LABELS) == set(Role)
    assert ROLE_LABELS[Role.EXPERT_BY_EXPERIENCE] == "Expert by experience"


@pytest.mark.parametrize("bad", ["boss", "", None, "Participant"])
def test_unknown_role_and_recognition_are_refused_with_the_choices(bad):
    with pytest.raises(ValidationError) as raised:
        parse_role(bad)
    assert raised.value.code == "involvement.role_unknown"
    assert "co_facilitator" in raised.value.params["choices"]
    with pytest.raises(ValidationError) as raised:
        parse_recognition(bad)
    assert raised.value.code == "involvement.recognition_unknown"


def test_time_given_is_their_own_minutes_else_the_meeting_length():
    details = MeetingDetails("m", starts_at="14:00", ends_at="16:30")
    assert time_given(None, details) == 150
    assert time_given(45, details) == 45
    assert time_given(0, details) == 0  # they gave no time: not the whole meeting
    assert time_given(None, MeetingDetails("m")) is None
    assert time_given(None, None) is None


def test_minutes_and_miles_are_checked_against_the_schema_limits():
    assert check_minutes("90") == 90
    assert check_minutes(None) is None and check_minutes("") is None
    for bad in (-1, 1441, "1.5", "ten", True):
        with pytest.raises(ValidationError) as raised:
            check_minutes(bad)
        assert raised.value.code == "involvement.minutes_invalid"
    assert check_miles("12.34") == 12.3
    for bad in ("-1", "10001", "nan", "inf", "x"):
        with pytest.raises(ValidationError) as raised:
            check_miles(bad)
        assert raised.value.code == "expense.miles_invalid"


@pytest.mark.parametrize(
    ("typed", "pence"), [("12.34", 1234), ("£12", 1200), (" 0.5 ", 50), (".05", 5), ("1,000.00", 100000)]
)
def test_money_typed_in_pounds_becomes_pence(typed, pence):
    assert parse_pounds(typed) == pence


@pytest.mark.parametrize("typed", ["-1", "12.345", "abc", "", "1e3", "=1+1", "100000.01"])
def test_money_that_is_not_money_is_refused(typed):
    with pytest.raises(ValidationError) as raised:
        parse_pounds(typed)
    assert raised.value.code == "expense.amount_invalid"


def test_money_is_shown_in_pounds_and_pence():
    assert format_pounds(1234) == "£12.34"
    assert format_pounds(5) == "£0.05"
    assert format_pounds(123456789) == "£1,234,567.89"


def test_hours_and_minutes():
    assert hours_and_minutes(450) == (7, 30)
    assert hours_and_minutes(59) == (0, 59)


def test_payment_and_mileage_round_to_the_nearest_penny():
    rates = Rates(mileage_pence_per_mile=45, hourly_pence=2000, voucher_pence=2500)
    assert payment_pence(90, rates) == 3000
    assert payment_pence(1, rates) == 33  # 33.33p
    assert payment_pence(None, rates) == 0
    assert mileage_pence(12.5, rates) == 563  # 562.5p rounds up
    assert mileage_pence(0.1, rates) == 5  # 4.5p rounds up, not down as binary floats would


def test_money_owed_follows_the_persons_choice():
    rates = Rates(mileage_pence_per_mile=45, hourly_pence=2000, voucher_pence=2500)
    expenses = [_expense("mileage", miles=10), _expense("fare", pence=350), _expense("parking", pence=200)]
    paid = money_owed(Recognition.PAYMENT, 150, expenses, rates)
    assert (paid.payment_pence, paid.voucher_pence, paid.mileage_miles, paid.mileage_pence) == (5000, 0, 10.0, 450)
    assert paid.other_expenses_pence == 550
    assert paid.total_pence == 5000 + 450 + 550
    voucher = money_owed(Recognition.VOUCHER, 150, [], rates)
    assert (voucher.payment_pence, voucher.voucher_pence, voucher.total_pence) == (0, 2500, 2500)
    for unpaid in (Recognition.VOLUNTEER, Recognition.NONE):
        owed = money_owed(unpaid, 150, expenses, rates)
        assert (owed.payment_pence, owed.voucher_pence, owed.total_pence) == (0, 0, 1000)  # expenses still paid


def test_default_rates_pay_mileage_only_until_set():
    rates = Rates()
    assert (rates.mileage_pence_per_mile, rates.hourly_pence, rates.voucher_pence) == (45, 0, 0)


def test_rates_are_checked():
    with pytest.raises(ValidationError) as raised:
        check_rates(Rates(hourly_pence=-1))
    assert raised.value.code == "rates.invalid"
    with pytest.raises(ValidationError):
        check_rates(Rates(voucher_pence=100_001))


def test_an_expense_needs_miles_or_an_amount_for_its_kind():
    assert check_expense("mileage", "12.5", 0) == (ExpenseKind.MILEAGE, 12.5, 0)
    assert check_expense("fare", 0, 350) == (ExpenseKind.FARE, 0.0, 350)
    with pytest.raises(ValidationError) as raised:
        check_expense("mileage", 0, 500)
    assert raised.value.code == "expense.miles_missing"
    with pytest.raises(ValidationError) as raised:
        check_expense("care", 3, 0)
    assert raised.value.code == "expense.amount_missing"
    with pytest.raises(ValidationError) as raised:
        check_expense("taxi", 0, 1)
    assert raised.value.code == "expense.kind_unknown"


def test_the_record_adds_up_its_meetings():
    meetings = (
        MeetingInvolvement("a", "A", "2026-02-01", Role.CO_FACILITATOR, 150, 4, 2),
        MeetingInvolvement("b", "B", "2026-01-01", Role.PARTICIPANT, None, 3, 0),
        MeetingInvolvement("c", "C", "2025-12-01", Role.PARTICIPANT, 300, 0, 1),
    )
    record = InvolvementRecord("p", "Sam Brown", Recognition.PAYMENT, meetings)
    assert (record.meeting_count, record.minutes, record.contributions, record.agreements) == (3, 450, 7, 3)
    assert record.roles == (Role.PARTICIPANT, Role.CO_FACILITATOR)


def test_every_new_code_has_words():
    codes = [
        "involvement.role_unknown",
        "involvement.recognition_unknown",
        "involvement.minutes_invalid",
        "expense.kind_unknown",
        "expense.miles_invalid",
        "expense.amount_invalid",
        "expense.miles_missing",
        "expense.amount_missing",
        "expense.note_too_long",
        "expense.missing",
        "rates.invalid",
        "finance.dates_backwards",
        "finance.file_exists",
        "finance.not_saved",
    ]
    assert all(code in MESSAGES for code in codes)
