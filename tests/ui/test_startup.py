"""Start-up with a database that cannot be opened: a plain message, never an empty meeting."""

import json
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from unprivileged import give_to_runner, run_unprivileged, runner_folder

from coprod_desktop.store import open_store
from coprod_desktop.store.backup import backup_database, backup_path_for
from coprod_desktop.ui import startup
from coprod_desktop.ui.widgets.read_only_banner import read_only_words


def _record_critical(said: list):
    """Stands in for startup.tell: keeps what a critical message said, lets others pass."""

    def tell(parent, title, text, *, icon=QMessageBox.Icon.Warning):
        if icon == QMessageBox.Icon.Critical:
            said.append(text)

    return tell


def test_damaged_file_with_a_backup_is_offered_and_restored(qapp, db_path, catalogue, monkeypatch):
    with open_store(db_path) as store:
        meeting = store.meetings.create("Saved earlier", "2026-11-26")
        backup_database(store.db.conn, backup_path_for(db_path, "manual"))
    db_path.write_bytes(b"")
    offered = []
    monkeypatch.setattr(startup, "_offer_restore", lambda message, backup, parent: offered.append(message) or True)
    monkeypatch.setattr(startup, "tell", _record_critical([]))
    workspace = startup.open_or_explain(db_path, catalogue)
    try:
        assert offered and "is empty" in offered[0]
        assert workspace.meetings.get(meeting.id).title == "Saved earlier"
    finally:
        workspace.close()


def test_a_damaged_backup_is_not_offered_twice(qapp, db_path, catalogue, monkeypatch):
    with open_store(db_path) as store:
        store.meetings.create("Saved earlier", "2026-11-26")
    backup = backup_path_for(db_path, "manual")
    backup.write_bytes(b"")  # the only backup is empty too
    db_path.write_bytes(b"")
    offered, said = [], []
    monkeypatch.setattr(startup, "_offer_restore", lambda message, backup, parent: offered.append(backup) or True)
    monkeypatch.setattr(startup, "tell", _record_critical(said))
    assert startup.open_or_explain(db_path, catalogue) is None
    assert offered == [backup]
    assert len(said) == 1


def test_refusing_the_backup_opens_nothing_and_changes_nothing(qapp, db_path, catalogue, monkeypatch):
    with open_store(db_path) as store:
        backup_database(store.db.conn, backup_path_for(db_path, "manual"))
    db_path.write_bytes(b"")
    monkeypatch.setattr(startup, "_offer_restore", lambda *args: False)
    assert startup.open_or_explain(db_path, catalogue) is None
    assert db_path.read_bytes() == b""


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"not a database at all" * 10, "not a CoProd Desktop meeting database"), (b"", "is empty")],
)
def test_unopenable_file_without_a_backup_is_explained(qapp, db_path, catalogue, monkeypatch, content, words):
    db_path.write_bytes(content)
    said = []
    monkeypatch.setattr(startup, "tell", _record_critical(said))
    assert startup.open_or_explain(db_path, catalogue) is None
    assert said and words in said[0]
    assert db_path.read_bytes() == content


# Run as a user whom permissions can refuse (root ignores them): see tests/unprivileged.py. The
# dialogs are answered by replacing startup's message box and the restore question, as above.
START_UP = """
    import json
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from coprod_desktop.services.catalogue import load_catalogue
    from coprod_desktop.ui import startup

    app = QApplication([])
    said, offered = [], []
    startup.tell = lambda parent, title, text, **kwargs: said.append(text)
    startup._offer_restore = lambda message, backup, parent: offered.append(message) or True
    workspace = startup.open_or_explain(Path("meetings.db").resolve(), load_catalogue())
    print(json.dumps({"opened": workspace is not None, "said": said, "offered": offered}))
"""


def test_a_healthy_file_in_a_folder_that_cannot_be_written_opens_read_only_and_says_so(qapp):
    """Before: called damaged, a restore offered (a lock file was there), and accepting it crashed.
    Then: refused. Now (issue 12): opened read-only, said plainly, nothing offered or changed."""
    with runner_folder() as folder:
        db = folder / "meetings.db"
        with open_store(db) as store:
            store.meetings.create("Tea and talk", "2026-11-26")
            backup_database(store.db.conn, backup_path_for(db, "manual"))
        assert Path(str(db) + ".lock").exists()
        give_to_runner(folder)
        folder.chmod(0o555)
        before = {p.name: p.read_bytes() for p in folder.iterdir()}

        result = run_unprivileged(textwrap.dedent(START_UP), folder)

        assert result.returncode == 0, result.stderr[-3000:]
        outcome = json.loads(result.stdout.strip().splitlines()[-1])
        assert outcome == {"opened": True, "said": [read_only_words()], "offered": []}
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_message_boxes_show_names_and_paths_as_plain_text(qapp):
    from coprod_desktop.ui.widgets.message_boxes import plain_box

    box = plain_box(None, QMessageBox.Icon.Critical, "CoProd Desktop", '<b>Sam</b> <img src="/tmp/x.png">')
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == '<b>Sam</b> <img src="/tmp/x.png">'


def test_a_window_larger_than_the_screen_is_maximised_to_fit_it(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow

    from coprod_desktop.ui.app import _fit_to_screen

    area = qapp.primaryScreen().availableGeometry()
    window = QMainWindow()
    window.resize(area.width() + 342, area.height())  # a 1366-wide window on a 1024-wide screen
    _fit_to_screen(window, qapp)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    roomy = QMainWindow()
    roomy.resize(area.width() // 2, area.height() // 2)  # a big monitor: left as it is
    _fit_to_screen(roomy, qapp)
    assert not roomy.windowState() & Qt.WindowState.WindowMaximized
