"""Settings kept in the database, beside the meetings they shape: what printing and exporting
need whether they run from the window or the command line (the window's own look and feel stays in
the system's per-user settings)."""

from ..domain.retention import check_months, stored_months
from ..domain.text import optional_text
from ._base import Repository

ORGANISATION = "organisation"
ORGANISATION_MAX = 120
RETENTION_MONTHS = "retention_months"  # how long meetings are kept; "" (the default): until deleted


class Settings(Repository):
    def get(self, key: str, default: str = "") -> str:
        rows = self.rows("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0]["value"] if rows else default

    def set(self, key: str, value: str) -> None:
        with self.writing():
            self.db["settings"].upsert({"key": key, "value": value}, pk="key")
        self.announce("settings", "updated", None, key)

    def organisation(self) -> str:
        """The organisation's name: the author of every document made here ('' when not set)."""
        return self.get(ORGANISATION)

    def set_organisation(self, name: str) -> str:
        """Set the organisation's name (plain, one line). Raises ValidationError when too long."""
        cleaned = optional_text(name, field="settings.organisation", limit=ORGANISATION_MAX)
        self.set(ORGANISATION, cleaned)
        return cleaned

    def retention_months(self) -> int | None:
        """How many months meetings are kept before they are listed for clean-up; None (the
        default, and for a value that cannot be read): kept until someone deletes them."""
        return stored_months(self.get(RETENTION_MONTHS))

    def set_retention_months(self, months: int | None) -> int | None:
        """Set how long meetings are kept (None: until deleted). Raises ValidationError
        "retention.months_invalid" (nothing changes) for anything but 1 to MONTHS_MAX months."""
        checked = check_months(months)
        self.set(RETENTION_MONTHS, "" if checked is None else str(checked))
        return checked
