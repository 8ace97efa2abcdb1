"""Identifiers and timestamps.

Ids are random UUIDs because meetings run on several laptops will be merged later: counters would
clash. Times are UTC ISO 8601 strings so they sort as text and mean the same everywhere.
"""

import uuid
from datetime import UTC, datetime


def new_id() -> str:
    """Return a new random id as a 36-character UUID string."""
    return str(uuid.uuid4())


def is_id(value: object) -> bool:
    """True when *value* is a UUID string in canonical form."""
    if not isinstance(value, str):
        return False
    try:
        return str(uuid.UUID(value)) == value.lower() and len(value) == 36
    except ValueError:
        return False


def utc_now() -> str:
    """Return the current time in UTC as ISO 8601 with microseconds, e.g. 2026-11-26T10:00:00.123456Z."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
