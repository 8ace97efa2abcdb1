"""Erasing or anonymising a person (store/erasure.py says what each removes), and what the backups
still hold afterwards. Qt-free: the People dialog and `coprod-desktop erase` share it.

Each operation is one transaction; then the search index is merged and the WAL emptied, so what
was removed is in no page of the database file. Backups made before then still hold the person:
rotation deletes the rotated ones in time (domain/backup_expiry.py says by when), and upgrade
backups beside the database are never rotated, so the facilitator is told about those too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.changes import ChangeAction, ChangeKind
from ..domain.messages import Report

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True)
class BackupsHolding:
    """The backups that may still hold a person: rotated ones (until *until*) and kept ones."""

    rotated: int = 0
    until: date | None = None
    kept: tuple[Path, ...] = field(default_factory=tuple)  # upgrade backups beside the database: never rotated

    def report(self) -> Report:
        """What to tell the facilitator, as (code, params) for app.messages.sentences."""
        lines: Report = []
        if self.rotated and self.until is not None:
            lines.append(("erase.backups_hold", {"date": self.until.isoformat(), "count": self.rotated}))
        if self.kept:
            lines.append(("erase.upgrade_backups_kept", {"count": len(self.kept)}))
        if not lines:
            lines.append(("erase.no_backups", {}))
        return lines


def backups_holding(db_path: Path, since: str | None = None, now: datetime | None = None) -> BackupsHolding:
    """The backups of *db_path* made before *now* (and, when given, after *since*, a UTC ISO time:
    older backups cannot hold a person added later), and the last day rotation keeps any of them."""
    from ..domain.backup_expiry import rotation_expiries
    from ..store.backup import find_backups

    now = now or datetime.now(UTC)
    start = None
    if since:
        try:
            start = datetime.fromisoformat(since.replace("Z", "+00:00"))
            start = start if start.tzinfo else start.replace(tzinfo=UTC)
        except ValueError:
            start = None
    backups = [b for b in find_backups(Path(db_path)) if b.made_at <= now]
    holding = [b for b in backups if start is None or b.made_at >= start]
    # Every rotated backup counts for the dates: which is the newest of its week or month.
    rotated = {b.path: b.made_at for b in backups if b.rotated}
    expiries = rotation_expiries(rotated)
    ends = max((expiries[b.path] for b in holding if b.rotated), default=None)
    return BackupsHolding(
        rotated=sum(1 for b in holding if b.rotated),
        until=None if ends is None else ends.astimezone(UTC).date(),
        kept=tuple(b.path for b in holding if not b.rotated),
    )


class ErasureOperations:
    """Erase or anonymise one person: one transaction each, announced after the commit."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def backups_holding(self, person_id: str) -> BackupsHolding:
        """The backups that still hold the person now (what to say before and after erasing)."""
        from ..store.person_data import person_row

        added = person_row(self._store.db, person_id)["created_at"]
        return backups_holding(self._store.path, added)

    def erase(self, person_id: str) -> None:
        """Delete the person and everything about them. NotFound for an unknown person."""
        store = self._store
        with store.transaction():
            said = store.db.execute(
                "SELECT id, meeting_id FROM contributions WHERE person_id = ?", (person_id,)
            ).fetchall()
            meetings, cards = store.erasure.erase(person_id)
            self._announce(person_id, meetings, cards, ChangeAction.REMOVED)
            for contribution_id, meeting_id in said:
                store.erasure.announce(ChangeKind.CONTRIBUTION, ChangeAction.REMOVED, meeting_id, contribution_id)
        store.erasure.scrub()

    def anonymise(self, person_id: str) -> None:
        """Keep what they said, credited "Former participant"; drop who they were. NotFound if unknown."""
        store = self._store
        with store.transaction():
            meetings, cards = store.erasure.anonymise(person_id)
            self._announce(person_id, meetings, cards, ChangeAction.UPDATED)
        store.erasure.scrub()

    def _announce(self, person_id: str, meetings: list[str], cards: list[str], action: ChangeAction) -> None:
        erasure = self._store.erasure
        erasure.announce(ChangeKind.PERSON, action, None, person_id)
        erasure.announce(ChangeKind.PROFILE, action, None, person_id)
        for meeting_id in meetings:
            erasure.announce(ChangeKind.ATTENDEE, action, meeting_id, person_id)
        for card_id in cards:
            erasure.announce(ChangeKind.CARD, ChangeAction.UPDATED, None, card_id)
