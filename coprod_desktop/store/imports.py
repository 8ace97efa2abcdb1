"""Writing records that already have ids (from an export file), for services/exchange_import.py.

The service decides what is new and checks every value first; this repository answers the
questions it needs ("which of these ids are here already?") and then writes the new rows exactly
as given, all in one transaction. Rows are inserted, never replaced: if a row appeared meanwhile,
the primary key refuses it and the whole import rolls back rather than overwriting local data.
Local rows are changed only by take_theirs (the person importing chose the file's version) and
withdraw (a contribution withdrawn in the file: withdrawing wins).
"""

from collections.abc import Iterable, Sequence

from ..domain.ids import utc_now
from ..domain.models import Attendee, Contribution, Meeting, Person, Prompt
from ._base import Change, Repository

# Older SQLite builds allow 999 parameters per statement; stay well under.
_CHUNK = 500


def _chunks(ids: Iterable[str]) -> Iterable[tuple[str, ...]]:
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), _CHUNK):
        yield tuple(unique[start : start + _CHUNK])


class Imports(Repository):
    def people_here(self, person_ids: Iterable[str]) -> dict[str, Person]:
        """The people among *person_ids* that this laptop already knows, by id."""
        found: dict[str, Person] = {}
        for chunk in _chunks(person_ids):
            marks = ",".join("?" * len(chunk))
            for r in self.rows(f"SELECT id, full_name, created_at FROM people WHERE id IN ({marks})", chunk):
                found[r["id"]] = Person(r["id"], r["full_name"], r["created_at"])
        return found

    def prompts_here(self, prompt_ids: Iterable[str]) -> dict[str, str]:
        """The prompts among *prompt_ids* already here, mapped to the meeting each belongs to."""
        return self._owners("prompts", prompt_ids)

    def contributions_here(self, contribution_ids: Iterable[str]) -> dict[str, str]:
        """The contributions among *contribution_ids* already here, mapped to their meeting."""
        return self._owners("contributions", contribution_ids)

    def _owners(self, table: str, ids: Iterable[str]) -> dict[str, str]:
        # *table* is one of two literals above, never user input.
        found: dict[str, str] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for r in self.rows(f"SELECT id, meeting_id FROM {table} WHERE id IN ({marks})", chunk):
                found[r["id"]] = r["meeting_id"]
        return found

    def add_records(
        self,
        *,
        meeting: Meeting | None,
        people: Sequence[Person],
        attendees: Sequence[Attendee],
        prompts: Sequence[Prompt],
        contributions: Sequence[Contribution],
    ) -> list[Change]:
        """Insert the given rows, ids and times as given, in ONE transaction; announce after commit.

        *meeting* is None when the meeting is already here. Order matters for the foreign keys:
        meeting, people, attendance, prompts, contributions with their cards in order. Any failure
        (a row that already exists, a missing card, a full disk) rolls everything back: nothing is
        half imported. Raises sqlite3.IntegrityError or StoreWriteError.
        """
        with self.writing():
            if meeting is not None:
                self.db.execute(
                    "INSERT INTO meetings (id, title, date, place, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (meeting.id, meeting.title, meeting.date, meeting.place, meeting.created_at, meeting.updated_at),
                )
            self.db.conn.executemany(
                "INSERT INTO people (id, full_name, created_at) VALUES (?, ?, ?)",
                [(p.id, p.full_name, p.created_at) for p in people],
            )
            self.db.conn.executemany(
                "INSERT INTO attendance (meeting_id, person_id, credit_style, chosen_name, marker_colour,"
                " marker_shape, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        a.meeting_id,
                        a.person_id,
                        a.credit_style.value,
                        a.chosen_name,
                        a.marker_colour,
                        a.marker_shape,
                        a.position,
                    )
                    for a in attendees
                ],
            )
            self.db.conn.executemany(
                "INSERT INTO prompts (id, meeting_id, position, text, card_id) VALUES (?, ?, ?, ?, ?)",
                [(p.id, p.meeting_id, p.position, p.text, p.card_id) for p in prompts],
            )
            # One by one, in the file's order, so rowid keeps that order for contributions made in
            # the same microsecond (for_meeting sorts by created_at, then rowid).
            for c in contributions:
                self.db.execute(
                    "INSERT INTO contributions (id, meeting_id, prompt_id, person_id, text, created_at,"
                    " confirmed_at, withdrawn_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        c.id,
                        c.meeting_id,
                        c.prompt_id,
                        c.person_id,
                        c.text,
                        c.created_at,
                        c.confirmed_at,
                        c.withdrawn_at,
                    ),
                )
                self.db.conn.executemany(
                    "INSERT INTO contribution_cards (contribution_id, position, card_id) VALUES (?, ?, ?)",
                    [(c.id, i, card) for i, card in enumerate(c.card_ids)],
                )
        changes = []
        if meeting is not None:
            changes.append(self.announce("meeting", "added", meeting.id, meeting.id))
        changes += [self.announce("attendee", "added", a.meeting_id, a.person_id) for a in attendees]
        changes += [self.announce("prompt", "added", p.meeting_id, p.id) for p in prompts]
        changes += [self.announce("contribution", "added", c.meeting_id, c.id) for c in contributions]
        return changes

    def take_theirs(
        self,
        *,
        meeting: Meeting | None = None,
        prompts: Sequence[Prompt] = (),
        contributions: Sequence[Contribution] = (),
        credits: Sequence[tuple[str, str, str, str]] = (),
    ) -> list[Change]:
        """Overwrite local rows with the file's version, as the person importing chose; one transaction.

        *meeting*: its title, date, place and language. *prompts*: text, picture and position.
        *contributions*: words, cards and confirmation, only while the local one is standing (a
        withdrawn contribution is never given words again, whatever the caller asks). *credits*:
        (meeting_id, person_id, credit_style, chosen_name) for attendance rows.
        """
        with self.writing():
            if meeting is not None:
                self.db.execute(
                    "UPDATE meetings SET title = ?, date = ?, place = ?, language = ?, updated_at = ? WHERE id = ?",
                    (meeting.title, meeting.date, meeting.place, meeting.language, utc_now(), meeting.id),
                )
            for p in prompts:
                self.db.execute(
                    "UPDATE prompts SET text = ?, card_id = ?, position = ? WHERE id = ?",
                    (p.text, p.card_id, p.position, p.id),
                )
            for c in contributions:
                cursor = self.db.execute(
                    "UPDATE contributions SET text = ?, confirmed_at = ? WHERE id = ? AND withdrawn_at IS NULL",
                    (c.text, c.confirmed_at, c.id),
                )
                if cursor.rowcount:
                    self.db.execute("DELETE FROM contribution_cards WHERE contribution_id = ?", (c.id,))
                    self.db.conn.executemany(
                        "INSERT INTO contribution_cards (contribution_id, position, card_id) VALUES (?, ?, ?)",
                        [(c.id, i, card) for i, card in enumerate(c.card_ids)],
                    )
            self.db.conn.executemany(
                "UPDATE attendance SET credit_style = ?, chosen_name = ? WHERE meeting_id = ? AND person_id = ?",
                [(style, chosen, meeting_id, person_id) for meeting_id, person_id, style, chosen in credits],
            )
        changes = []
        if meeting is not None:
            changes.append(self.announce("meeting", "updated", meeting.id, meeting.id))
        changes += [self.announce("prompt", "updated", p.meeting_id, p.id) for p in prompts]
        changes += [self.announce("contribution", "updated", c.meeting_id, c.id) for c in contributions]
        changes += [self.announce("attendee", "updated", m, person) for m, person, _, _ in credits]
        return changes

    def withdraw(self, withdrawn: Sequence[Contribution]) -> list[Change]:
        """Withdraw standing contributions withdrawn in an export file (withdrawing wins), at the
        file's time: words, cards, support, confirmation and agreements erased, as
        Contributions.withdraw does. Call erase_checkpoint() after the commit."""
        with self.writing():
            for c in withdrawn:
                self.db.execute(
                    "UPDATE contributions SET text = '', confirmed_at = NULL, support_role = NULL,"
                    " support_name = '', withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL",
                    (c.withdrawn_at, c.id),
                )
                self.db.execute("DELETE FROM contribution_cards WHERE contribution_id = ?", (c.id,))
                self.db.execute("DELETE FROM agreements WHERE contribution_id = ?", (c.id,))
        return [self.announce("contribution", "updated", c.meeting_id, c.id) for c in withdrawn]
