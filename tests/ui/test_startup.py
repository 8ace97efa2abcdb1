"""Start-up with a database that cannot be opened: a plain message, never an empty meeting."""

import pytest
from PySide6.QtWidgets import QMessageBox

from coprod_desktop.store import open_store
from coprod_desktop.store.backup import backup_database, backup_path_for
from coprod_desktop.ui import startup


def test_damaged_file_with_a_backup_is_offered_and_restored(qapp, db_path, monkeypatch):
    with open_store(db_path) as store:
        meeting = store.meetings.create("Saved earlier", "2026-11-26")
        backup_database(store.db.conn, backup_path_for(db_path, "manual"))
    db_path.write_bytes(b"")
    offered = []
    monkeypatch.setattr(startup, "_offer_restore", lambda message, backup, parent: offered.append(message) or True)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    store = startup.open_or_explain(db_path)
    try:
        assert offered and "is empty" in offered[0]
        assert store.meetings.get(meeting.id).title == "Saved earlier"
    finally:
        store.close()


def test_refusing_the_backup_opens_nothing_and_changes_nothing(qapp, db_path, monkeypatch):
    with open_store(db_path) as store:
        backup_database(store.db.conn, backup_path_for(db_path, "manual"))
    db_path.write_bytes(b"")
    monkeypatch.setattr(startup, "_offer_restore", lambda *args: False)
    assert startup.open_or_explain(db_path) is None
    assert db_path.read_bytes() == b""


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"not a database at all" * 10, "not a CoProd Desktop meeting database"), (b"", "is empty")],
)
def test_unopenable_file_without_a_backup_is_explained(qapp, db_path, monkeypatch, content, words):
    db_path.write_bytes(content)
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    assert startup.open_or_explain(db_path) is None
    assert said and words in said[0]
    assert db_path.read_bytes() == content
