"""Meeting dates: ISO calendar dates (YYYY-MM-DD), the form that sorts and travels between laptops."""

from datetime import date

from .errors import ValidationError


def parse_meeting_date(value: str) -> str:
    """Return *value* as a canonical ISO date string, or raise ValidationError with an example."""
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValidationError("meeting.date_invalid", value=str(value)) from None


def readable_date(iso: str) -> str:
    """Words for a date, for screens and print: 'Thursday 26 November 2026'."""
    d = date.fromisoformat(iso)
    return f"{d:%A} {d.day} {d:%B %Y}"
