"""Bringing in a meeting exported on another laptop: read the file, show what differs, import.

read() touches no database and may run off the GUI thread; differences() and bring_in() use the
store, on its own thread. The import is one all-or-nothing transaction (services.exchange_import),
announced after commit; a difference is overwritten only when the person chose the file's version.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..services.exchange import ImportResult, MeetingExport
    from ..services.exchange_merge import Choice, Conflict
    from ..store import Store


def read(path: Path) -> MeetingExport:
    """Read and check the export at *path* (ValidationError with a plain message if it is not one)."""
    from ..services.exchange import read_export

    return read_export(Path(path))


class MeetingImportOperations:
    def __init__(self, store: Store) -> None:
        self._store = store

    def differences(self, export: MeetingExport) -> list[Conflict]:
        """The rows here that differ from the file, for the person to choose between."""
        from ..services.exchange_merge import find_conflicts

        return find_conflicts(self._store, export)

    def bring_in(self, export: MeetingExport, choices: Mapping[str, Choice] | None = None) -> ImportResult:
        """Import *export* with *choices* (conflict id -> KEEP_MINE / TAKE_THEIRS), all or nothing.

        import_meeting owns its one transaction (and clears withdrawn words from the WAL after
        its commit, which it could not do inside an outer one)."""
        from ..services.exchange import import_meeting

        return import_meeting(self._store, export, choices)
