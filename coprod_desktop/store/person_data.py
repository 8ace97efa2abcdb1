"""Everything held about one person, read straight from the tables, for their record (app/person_record.py).

Each function reads one part and returns plain rows (dicts). None of them returns anyone else's
name: a contribution comes with its support ROLE only (never the supporter's name), and the
contributions they agreed with come as the meeting and the time only (never the other person's
words or name).
"""

from __future__ import annotations

from sqlite_utils import Database

from ..domain.errors import NotFound


def _rows(db: Database, sql: str, params: tuple = ()) -> list[dict]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def person_row(db: Database, person_id: str) -> dict:
    """Their people row: name, when added, speech settings, consent mirrors, recognition. NotFound if unknown."""
    rows = _rows(db, "SELECT * FROM people WHERE id = ?", (person_id,))
    if not rows:
        raise NotFound("person.unknown")
    return rows[0]


def everyone(db: Database) -> list[dict]:
    """Every person on this laptop: id, full_name, anonymised_at and how many meetings they took part in."""
    return _rows(
        db,
        "SELECT p.id, p.full_name, p.anonymised_at, p.created_at,"
        " (SELECT count(*) FROM attendance a WHERE a.person_id = p.id) AS meetings"
        " FROM people p ORDER BY p.anonymised_at IS NOT NULL, p.full_name COLLATE NOCASE, p.id",
    )


def attendance(db: Database, person_id: str) -> list[dict]:
    """Each meeting they took part in, oldest first, with how they were credited there."""
    return _rows(
        db,
        "SELECT m.id AS meeting_id, m.title, m.date, m.place, m.language, a.credit_style, a.chosen_name,"
        " a.marker_colour, a.marker_shape, a.role, a.minutes"
        " FROM attendance a JOIN meetings m ON m.id = a.meeting_id WHERE a.person_id = ?"
        " ORDER BY m.date, m.created_at, m.id",
        (person_id,),
    )


def contributions(db: Database, person_id: str) -> list[dict]:
    """Their contributions (withdrawn ones too: that something was withdrawn is held), in order made.

    Each: id, meeting_id, prompt (its text, or None), text, created_at, confirmed_at, withdrawn_at,
    support_role, card_ids (in order). Never the supporter's name.
    """
    rows = _rows(
        db,
        "SELECT c.id, c.meeting_id, p.text AS prompt, c.text, c.created_at, c.confirmed_at, c.withdrawn_at,"
        " c.support_role FROM contributions c LEFT JOIN prompts p ON p.id = c.prompt_id"
        " WHERE c.person_id = ? ORDER BY c.created_at, c.rowid",
        (person_id,),
    )
    cards: dict[str, list[str]] = {}
    for row in _rows(
        db,
        "SELECT cc.contribution_id, cc.card_id FROM contribution_cards cc"
        " JOIN contributions c ON c.id = cc.contribution_id WHERE c.person_id = ? ORDER BY cc.position",
        (person_id,),
    ):
        cards.setdefault(row["contribution_id"], []).append(row["card_id"])
    for row in rows:
        row["card_ids"] = tuple(cards.get(row["id"], ()))
    return rows


def passes(db: Database, person_id: str) -> list[dict]:
    """Each time they said "not now": the meeting, the prompt's text and when."""
    return _rows(
        db,
        "SELECT s.meeting_id, p.text AS prompt, s.at FROM passes s JOIN prompts p ON p.id = s.prompt_id"
        " WHERE s.person_id = ? ORDER BY s.at",
        (person_id,),
    )


def agreements(db: Database, person_id: str) -> list[dict]:
    """Each contribution they agreed with, as the meeting and the time only (nothing of the other person)."""
    return _rows(db, "SELECT meeting_id, at FROM agreements WHERE person_id = ? ORDER BY at", (person_id,))


def expenses(db: Database, person_id: str) -> list[dict]:
    """Their expenses: meeting, kind, miles, pence, note, when recorded."""
    return _rows(
        db,
        "SELECT meeting_id, kind, miles, pence, note, created_at FROM expenses WHERE person_id = ?"
        " ORDER BY created_at, id",
        (person_id,),
    )


def photo(db: Database, person_id: str) -> dict | None:
    """Their stored photo (data, media_type, width, height), or None."""
    rows = _rows(db, "SELECT data, media_type, width, height FROM person_photos WHERE person_id = ?", (person_id,))
    return rows[0] if rows else None


def cards_showing(db: Database, person_id: str) -> list[dict]:
    """The brought-in cards that are photos of them: card id and label."""
    return _rows(
        db,
        "SELECT k.id AS card_id, k.label FROM card_people cp JOIN cards k ON k.id = cp.card_id"
        " WHERE cp.person_id = ? ORDER BY k.label, k.id",
        (person_id,),
    )
