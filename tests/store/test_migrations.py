"""Every past schema version opens, upgrades (with a backup first) and keeps its data.

tests/store/data/schema-NNNN.db is a database saved by the app when NNNN was the newest migration.
When you add migration NNNN+1, save a new file from the current app before changing the schema,
and this test will open it with every later version.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from coprod_desktop.store import open_store
from coprod_desktop.store.backup import list_backups
from coprod_desktop.store.migrations import KNOWN

DATA = Path(__file__).parent / "data"
SAVED = sorted(DATA.glob("schema-*.db"))


def test_there_is_a_saved_database_for_every_schema_version():
    versions = {p.stem.removeprefix("schema-") for p in SAVED}
    assert versions == {name.split("_")[0] for name in KNOWN}


@pytest.mark.parametrize("saved", SAVED, ids=lambda p: p.stem)
def test_saved_database_opens_with_its_data(saved, tmp_path):
    copy = tmp_path / saved.name
    shutil.copy(saved, copy)
    with open_store(copy) as store:
        [meeting] = store.meetings.all()
        assert store.contributions.count(meeting.id) == 15
        assert len(store.people.attendees(meeting.id)) == 6
        applied = [row["name"] for row in store.db["_sqlite_migrations"].rows]
    assert applied == KNOWN
    version = saved.stem.removeprefix("schema-")
    if version != KNOWN[-1].split("_")[0]:
        assert list_backups(copy), "an upgrade must leave a backup beside the file"


def test_upgrade_takes_a_backup_first(tmp_path, monkeypatch):
    """Simulate a new migration and check a consistent backup appears before it runs."""
    from coprod_desktop.store import migrations as m

    copy = tmp_path / "old.db"
    shutil.copy(SAVED[-1], copy)

    seen_backups = []

    @m.migrations(name="9000_test_only")
    def _add_column(db):
        seen_backups.extend(list_backups(copy))
        db.execute("ALTER TABLE meetings ADD COLUMN colour TEXT")

    monkeypatch.setattr(m, "KNOWN", [*m.KNOWN, "9000_test_only"])
    monkeypatch.setattr("coprod_desktop.store.database.KNOWN", m.KNOWN)
    try:
        open_store(copy).close()
    finally:
        m.migrations._migrations.pop()
    assert len(seen_backups) == 1
    backup = sqlite3.connect(seen_backups[0])
    assert backup.execute("SELECT count(*) FROM contributions").fetchone()[0] == 15
    columns = [row[1] for row in backup.execute("PRAGMA table_info(meetings)")]
    backup.close()
    assert "colour" not in columns  # the backup is the database as it was before
