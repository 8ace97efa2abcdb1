"""What a backup holds (meetings and their contributions) and what restoring it would change.

Plain data, filled in by store/backup_check.py and compared here, so the confirmation before a
restore ("You will lose 3 contributions made since then in 'Garden planning'") is tested without
files.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class MeetingContents:
    """One meeting in a database file: its title and the ids of its contributions (not withdrawn)."""

    id: str
    title: str
    date: str
    contributions: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Contents:
    """Every meeting of one database file, by id."""

    meetings: dict[str, MeetingContents]

    @property
    def meeting_count(self) -> int:
        return len(self.meetings)

    @property
    def contribution_count(self) -> int:
        return sum(len(m.contributions) for m in self.meetings.values())


@dataclass(frozen=True)
class MeetingChange:
    """How one meeting differs after a restore: contributions *lost* and *regained*.

    *whole* is "lost" when the meeting itself is not in the backup, "regained" when it is only in
    the backup, and "" when both files hold it.
    """

    title: str
    lost: int
    regained: int
    whole: str = ""


def restore_changes(current: Contents, backup: Contents) -> list[MeetingChange]:
    """What putting *backup* in place of *current* changes, meeting by meeting (by title, then id).

    Meetings that are the same in both are left out: an empty list means nothing changes.
    """
    changes: list[tuple[str, str, MeetingChange]] = []
    for meeting_id in current.meetings.keys() | backup.meetings.keys():
        now, then = current.meetings.get(meeting_id), backup.meetings.get(meeting_id)
        if then is None:
            change = MeetingChange(now.title, len(now.contributions), 0, "lost")
        elif now is None:
            change = MeetingChange(then.title, 0, len(then.contributions), "regained")
        else:
            lost = len(now.contributions - then.contributions)
            regained = len(then.contributions - now.contributions)
            if not lost and not regained:
                continue
            change = MeetingChange(now.title, lost, regained)
        changes.append((change.title.casefold(), meeting_id, change))
    return [change for *_, change in sorted(changes, key=lambda item: (item[0], item[1]))]
