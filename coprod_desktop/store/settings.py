"""Settings kept in the database, beside the meetings they shape: what printing and exporting
need whether they run from the window or the command line (the window's own look and feel stays in
the system's per-user settings)."""

from ..domain.text import optional_text
from ._base import Repository

ORGANISATION = "organisation"
ORGANISATION_MAX = 120


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
