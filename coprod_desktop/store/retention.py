"""What cleaning up old meetings needs to read and do beyond deleting each meeting
(store/meetings.py): how much each holds, who took part, who is left with no meeting, and merging
the search index so deleted words leave the file."""

from collections.abc import Iterable

from ._base import Repository


def _marks(count: int) -> str:
    return ", ".join("?" * count)


class Retention(Repository):
    def contribution_counts(self) -> dict[str, int]:
        """Each meeting's id -> how many contributions it holds (withdrawn ones are not counted,
        as a backup's counts do not count them); a meeting with none is missing."""
        rows = self.rows(
            "SELECT meeting_id, count(*) AS n FROM contributions WHERE withdrawn_at IS NULL GROUP BY meeting_id"
        )
        return {row["meeting_id"]: row["n"] for row in rows}

    def people_in(self, meeting_ids: Iterable[str]) -> set[str]:
        """The ids of everyone who took part in any of *meeting_ids*."""
        ids = list(meeting_ids)
        if not ids:
            return set()
        rows = self.rows(
            f"SELECT DISTINCT person_id FROM attendance WHERE meeting_id IN ({_marks(len(ids))})", tuple(ids)
        )
        return {row["person_id"] for row in rows}

    def without_meetings(self, person_ids: Iterable[str]) -> set[str]:
        """Those of *person_ids* who are still on this laptop and take part in no meeting."""
        ids = list(person_ids)
        if not ids:
            return set()
        rows = self.rows(
            f"SELECT id FROM people WHERE id IN ({_marks(len(ids))})"
            " AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.person_id = people.id)",
            tuple(ids),
        )
        return {row["id"] for row in rows}

    def merge_search_index(self) -> None:
        """Merge the search index into one segment ('optimize'; see migration 0008): the words of
        deleted contributions are then in no segment, and secure_delete zeroes the pages they were on."""
        with self.writing():
            self.db.execute("INSERT INTO contribution_search (contribution_search) VALUES ('optimize')")
