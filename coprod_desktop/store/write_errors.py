"""Why SQLite could not write, as a code of domain/messages.py (never SQLite's own English words)."""

import sqlite3


def write_error_code(exc: sqlite3.Error) -> str:
    """The code of the plain sentence for a failed write: disk full, read-only, busy, or other."""
    text = str(exc).lower()
    if "full" in text:
        return "database.disk_full"
    if "readonly" in text or "read-only" in text:
        return "database.read_only"
    if "locked" in text or "busy" in text:
        return "database.busy"
    return "database.not_saved"
