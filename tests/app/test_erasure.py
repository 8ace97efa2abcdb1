"""Erasing and anonymising a person: gone from the database file's bytes, others' words kept."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from person_fixtures import OTHER_WORDS, PHOTO_CARD_LABEL, PRIYA, PRIYA_CHOSEN, PRIYA_WORDS, SUPPORTER, busy_meeting

from coprod_desktop.app.erasure import ErasureOperations, backups_holding
from coprod_desktop.domain.errors import NotFound
from coprod_desktop.store.backup import backup_path_for, rotated_backup_path_for


def _file_bytes(db_path: Path) -> bytes:
    wal = Path(str(db_path) + "-wal")
    return db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _gone(db_path: Path, *texts: str) -> None:
    held = _file_bytes(db_path)
    for text in texts:
        for form in {text, text.lower()}:
            assert form.encode() not in held, form
    # The search index keeps words folded to lower case, one by one.
    for word in ("zephyrine", "xylophonic", "marmalade", "quetzalbird", "plumtree"):
        if any(word in t.lower() for t in texts):
            assert word.encode() not in held.lower(), word


def test_erase_leaves_nothing_of_them_in_the_file(store, db_path):
    ids = busy_meeting(store)
    store.search.search("xylophonic")  # the words are in the search index before
    assert PRIYA.encode() in _file_bytes(db_path)
    changes = []
    store.subscribe(changes.append)
    ErasureOperations(store).erase(ids["priya"])
    _gone(db_path, PRIYA, PRIYA_WORDS, PRIYA_CHOSEN, PHOTO_CARD_LABEL, SUPPORTER)
    assert b"Quetzalbird" not in _file_bytes(db_path)
    # Everyone else's contributions stay, with the card that was her photo made anonymous.
    left = store.contributions.for_meeting(ids["meeting"].id)
    assert {c.text for c in left} == {OTHER_WORDS, "Benches please"}
    theirs = next(c for c in left if c.text == OTHER_WORDS)
    assert store.cards.get(theirs.card_ids[0]).label == "Picture taken away"
    assert theirs.agreed_by == ()
    assert [a.person.full_name for a in store.people.attendees(ids["meeting"].id)] == [
        "Bartholomew Quillfeather", "Ottoline Vexworth",
    ]  # fmt: skip
    assert store.people.attendees(ids["second"].id) == []
    for table in ("consent_events", "communication_profiles", "person_photos", "card_people", "expenses",
                  "agreements", "passes", "attendance", "contributions"):  # fmt: skip
        n = store.db.execute(f"SELECT count(*) FROM {table} WHERE person_id = ?", (ids["priya"],)).fetchone()[0]
        assert n == 0, table
    assert any(c.kind == "person" and c.action == "removed" for c in changes)
    with pytest.raises(NotFound):
        ErasureOperations(store).erase(ids["priya"])


def test_anonymise_keeps_their_words_but_not_their_name(store, db_path):
    ids = busy_meeting(store)
    ErasureOperations(store).anonymise(ids["priya"])
    _gone(db_path, PRIYA, PRIYA_CHOSEN, PHOTO_CARD_LABEL, SUPPORTER)
    said = store.contributions.get(ids["mine"].id)
    assert said.text == PRIYA_WORDS
    assert said.support is not None and said.support.name == ""
    attendee = store.people.attendee(ids["meeting"].id, ids["priya"])
    assert attendee.credited_as == "Former participant"
    assert store.profiles.get(ids["priya"]).is_empty
    assert store.photos.photo(ids["priya"]) is None
    assert store.involvement.expenses(ids["priya"]) == []
    row = store.db.execute("SELECT anonymised_at, speech_rate FROM people WHERE id = ?", (ids["priya"],)).fetchone()
    assert row[0] and row[1] is None
    assert (
        store.db.execute("SELECT count(*) FROM consent_events WHERE person_id = ?", (ids["priya"],)).fetchone()[0] == 0
    )
    assert [h.contribution_id for h in store.search.search("xylophonic")] == [ids["mine"].id]


def test_backups_holding_them(store, db_path):
    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    for days in (1, 40):
        rotated = rotated_backup_path_for(db_path, "daily", now - timedelta(days=days))
        rotated.write_bytes(b"x")
    backup_path_for(db_path, "before-upgrade", now - timedelta(days=3)).write_bytes(b"x")
    found = backups_holding(db_path, None, now)
    assert found.rotated == 2 and len(found.kept) == 1
    assert found.until == datetime(2028, 1, 1).date()  # the month-kept backup of December 2026
    codes = [code for code, _ in found.report()]
    assert codes == ["erase.backups_hold", "erase.upgrade_backups_kept"]
    # A person added after both rotated backups were made is in neither.
    later = backups_holding(db_path, (now - timedelta(hours=1)).isoformat(), now)
    assert (later.rotated, later.kept, later.report()) == (0, (), [("erase.no_backups", {})])
