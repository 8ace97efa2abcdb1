"""Bringing in a meeting that differs from this laptop: the differences dialog, by keyboard and
screen reader, at large text on a small screen, and the import it leads to (real SQLite files)."""

import pytest
from clipping import clipped_widgets, hidden_parts
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QRadioButton, QScrollArea

from coprod_desktop.app.meeting_import import MeetingImportOperations
from coprod_desktop.domain.appearance import Appearance
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.services.exchange import export_meeting, import_meeting, parse_export, write_export
from coprod_desktop.services.exchange_merge import Choice, ConflictKind, find_conflicts
from coprod_desktop.store import open_store
from coprod_desktop.ui.dialogs.import_conflicts_dialog import ImportConflictsDialog
from coprod_desktop.ui.files.meeting_import import MeetingImporter
from coprod_desktop.ui.platform.tasks import TaskRunner
from coprod_desktop.ui.platform.theme import apply_theme

SMALL_SCREEN = (1024, 768)


@pytest.fixture
def differing(store, tmp_path, catalogue):
    """A meeting here and the file of the same meeting changed on another laptop."""
    meeting = create_demo_meeting(store)
    there = open_store(tmp_path / "there.db")
    there.cards.sync(catalogue.cards)
    import_meeting(there, parse_export(export_meeting(store, meeting.id)))
    there.meetings.update(meeting.id, "<b>New</b> title مرحبا", meeting.date, meeting.place)
    said = there.contributions.for_meeting(meeting.id)
    there.contributions.update(said[0].id, text="Changed words\nover two lines")
    there.contributions.update(said[1].id, text="Other changed words")
    path = write_export(there, meeting.id, tmp_path / "there.coprod.json")
    there.close()
    return {"meeting": meeting, "path": path, "said": said}


def test_keep_mine_is_the_default_and_take_theirs_is_chosen_by_keyboard(qtbot, store, differing):
    export = parse_export(export_meeting(store, differing["meeting"].id))  # no differences
    assert find_conflicts(store, export) == []
    from coprod_desktop.services.exchange import read_export

    export = read_export(differing["path"])
    conflicts = find_conflicts(store, export)
    assert {c.kind for c in conflicts} == {ConflictKind.MEETING, ConflictKind.CONTRIBUTION}
    dialog = ImportConflictsDialog(export.meeting.title, conflicts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert set(dialog.choices().values()) == {Choice.KEEP_MINE}
    # Markup in the file is shown as text, never rendered.
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("<b>New</b> title مرحبا" in text for text in labels)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in dialog.findChildren(QLabel))
    # Every control has a name a screen reader says.
    for control in dialog.findChildren(QAbstractButton):
        assert control.accessibleName() or control.text(), control
    radios = dialog.findChildren(QRadioButton)
    assert all(r.accessibleName().startswith("Difference ") for r in radios)

    # By keyboard: the first difference's Keep mine has the focus; Down moves to Take theirs.
    first = conflicts[0].id
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.keep_buttons[first].hasFocus())
    qtbot.keyClick(dialog.keep_buttons[first], Qt.Key.Key_Down)
    assert dialog.choices()[first] is Choice.TAKE_THEIRS
    assert all(choice is Choice.KEEP_MINE for ref, choice in dialog.choices().items() if ref != first)
    # Take all theirs by its mnemonic, then Keep all mine.
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: set(dialog.choices().values()) == {Choice.TAKE_THEIRS})  # a mnemonic animates its click
    qtbot.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: set(dialog.choices().values()) == {Choice.KEEP_MINE})
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)


def test_it_fits_a_small_screen_at_the_largest_text(qtbot, qapp, store, differing):
    from coprod_desktop.services.exchange import read_export

    export = read_export(differing["path"])
    conflicts = find_conflicts(store, export) * 6  # many differences: the body must scroll
    apply_theme(qapp, Appearance(text_scale=300))
    try:
        dialog = ImportConflictsDialog(export.meeting.title, conflicts)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        least = dialog.minimumSize().expandedTo(dialog.minimumSizeHint())
        assert least.width() <= SMALL_SCREEN[0] and least.height() <= SMALL_SCREEN[1]
        dialog.resize(min(dialog.width(), SMALL_SCREEN[0]), min(dialog.height(), SMALL_SCREEN[1]))
        qtbot.wait(10)
        box = dialog.findChildren(QDialogButtonBox)[0]
        for button in box.findChildren(QAbstractButton):
            top_left = button.mapTo(dialog, QPoint(0, 0))
            assert dialog.rect().contains(QRect(top_left, button.size())), button.text()
        area = dialog.findChild(QScrollArea)
        assert not area.isAncestorOf(box)
        assert area.widget().width() <= area.viewport().width()  # wraps, never cut at the side
        for label in area.widget().findChildren(QLabel):
            assert label.wordWrap()
        assert clipped_widgets(dialog) == []
        assert hidden_parts(dialog) == []
    finally:
        apply_theme(qapp, Appearance())


def test_the_importer_asks_then_imports_with_the_choices(qtbot, store, differing):
    asked = []
    said = differing["said"]

    def ask(title, conflicts):
        asked.append((title, [c.id for c in conflicts]))
        return {said[0].id: Choice.TAKE_THEIRS}

    importer = MeetingImporter(MeetingImportOperations(store), TaskRunner(), ask_choices=ask)
    messages = []
    importer.message.connect(messages.append)
    with qtbot.waitSignal(importer.imported, timeout=5000) as got:
        importer.bring(differing["path"])
    assert got.args == [differing["meeting"].id]
    assert asked and said[0].id in asked[0][1]
    assert store.contributions.get(said[0].id).text == "Changed words\nover two lines"
    assert store.contributions.get(said[1].id).text == said[1].text  # kept: not chosen
    assert store.meetings.get(differing["meeting"].id).title == differing["meeting"].title
    assert f"Took the file’s contribution ({said[0].id})" in messages[-1]


def test_cancel_imports_nothing(qtbot, store, differing):
    importer = MeetingImporter(MeetingImportOperations(store), TaskRunner(), ask_choices=lambda t, c: None)
    before = "\n".join(store.db.conn.iterdump())
    messages = []
    importer.message.connect(messages.append)
    with qtbot.waitSignal(importer.message, timeout=5000, check_params_cb=lambda m: m == "Nothing was imported."):
        importer.bring(differing["path"])
    assert "\n".join(store.db.conn.iterdump()) == before


def test_the_window_brings_a_meeting_in_from_its_settings_menu(
    qtbot, window, app_store, tmp_path, catalogue, monkeypatch
):
    source = open_store(tmp_path / "other-laptop.db")
    source.cards.sync(catalogue.cards)
    meeting = create_demo_meeting(source)
    path = write_export(source, meeting.id, tmp_path / "other.coprod.json")
    source.close()
    action = window.bring_meeting_action
    assert action.isEnabled() and "&m" in action.text()
    assert action in window.menuBar().actions()[0].menu().actions()
    monkeypatch.setattr(
        "coprod_desktop.ui.files.meeting_import.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(path), ""),
    )
    with qtbot.waitSignal(window.meeting_importer.imported, timeout=5000) as got:
        action.trigger()  # nothing differs: a new meeting here, imported without asking
    assert got.args == [meeting.id]
    assert app_store.meetings.get(meeting.id).title == meeting.title
    assert window.statusBar().currentMessage().startswith(f"Imported “{meeting.title}”")
