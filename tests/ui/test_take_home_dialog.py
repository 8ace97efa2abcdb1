"""Take-home sheets and certificates from the window: saved into a chosen folder (named from the
meeting and the person, never outside it, never over a file without asking), or one document
printed the way the summary is. The dialog fits a laptop at 100% and 300% text with its buttons in
view, and works by keyboard alone.

Screenshots go to tests/output/takehome/, to be looked at.
"""

import io
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from clipping import clipped_widgets
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
)

from coprod_desktop.app import handouts
from coprod_desktop.app.handouts import Handout, handout_pdf_bytes
from coprod_desktop.domain.appearance import Appearance
from coprod_desktop.services.catalogue import load_catalogue
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.app import build_main_window, prepare_application
from coprod_desktop.ui.files.take_home_saver import folder_words
from coprod_desktop.ui.platform.speech_engines import FakeEngine
from coprod_desktop.ui.platform.speech_service import SpeechService
from coprod_desktop.ui.platform.theme import apply_theme

SHOTS = Path(__file__).resolve().parents[1] / "output" / "takehome"
SIZES = [(1366, 768), (1024, 768)]
FULL_NAMES_NOT_CHOSEN = ["Sam Okafor", "Gwen Morgan", "Tomasz Nowak", "Dorothy Ellis", "Ahmed Karim"]


def pdf_text(source) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(source).pages)


def shoot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def visible_boxes(parent) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]


def open_dialog(window, meeting_id, qtbot):
    dialog = window.open_take_home(meeting_id)
    qtbot.waitExposed(dialog)
    return dialog


def choose(dialog, *, sheets=False, certificates=False, summary=False, html=False, person=None) -> None:
    dialog.sheets.setChecked(sheets)
    dialog.certificates.setChecked(certificates)
    dialog.summary.setChecked(summary)
    dialog.html.setChecked(html)
    dialog.person.setCurrentIndex(0 if person is None else dialog.person.findData(person))


def answer_folder(monkeypatch, folder) -> list[str]:
    """The folder dialog is the one part not driven here: it answers with *folder*."""
    asked = []

    def choose_folder(parent, caption, start):
        asked.append(caption)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose_folder)
    return asked


def save_and_wait(qtbot, window, dialog):
    with qtbot.waitSignal(window.take_home.finished, timeout=60000) as done:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def close_boxes(parent) -> list[str]:
    texts = []
    for box in visible_boxes(parent):
        texts.append(box.text())
        box.close()
    return texts


def test_everyones_sheets_are_saved_into_the_folder_off_the_gui_thread(qtbot, window, app_store, tmp_path, monkeypatch):
    meeting = create_demo_meeting(app_store)
    people = app_store.people.attendees(meeting.id)
    folder = tmp_path / "Handouts"
    folder.mkdir()
    asked = answer_folder(monkeypatch, folder)
    threads = []
    real = handouts.write_handouts

    def spy(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(handouts, "write_handouts", spy)
    dialog = open_dialog(window, meeting.id, qtbot)
    choose(dialog, sheets=True)
    written = save_and_wait(qtbot, window, dialog)

    assert asked  # the folder was asked for
    assert threads and threads[0] != threading.get_ident()
    files = sorted(folder.iterdir())
    assert len(files) == len(written) == len(people) == 6
    assert {p.suffix for p in files} == {".pdf"}
    for path in files:
        assert path.parent == folder
        assert path.name.startswith(f"{meeting.date} Our day centre")  # from the meeting...
        assert not path.name.startswith(".") and "/" not in path.name and "\\" not in path.name
    for attendee in people:  # ...and the person, as they chose to be credited
        assert any(f"- {attendee.credited_as.rstrip('.')}" in p.name for p in files), attendee.credited_as
    for name in FULL_NAMES_NOT_CHOSEN:
        assert not any(name in p.name for p in files)
    [box] = visible_boxes(dialog)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == f"Files saved in {folder}: 6."
    assert window.statusBar().currentMessage() == f"Files saved in {folder}: 6."
    box.close()
    assert dialog.save_button.isEnabled()  # ready for more


def test_one_persons_sheet_and_certificate_with_web_pages(qtbot, window, app_store, tmp_path, monkeypatch):
    meeting = create_demo_meeting(app_store)
    dot = next(a for a in app_store.people.attendees(meeting.id) if a.credited_as == "Dot")
    answer_folder(monkeypatch, tmp_path)
    dialog = open_dialog(window, meeting.id, qtbot)
    choose(dialog, sheets=True, certificates=True, html=True, person=dot.person_id)
    assert not dialog.print_button.isEnabled()  # two documents: Print is for one
    assert dialog.print_note.isVisible() and "To print" in dialog.print_note.text()
    written = save_and_wait(qtbot, window, dialog)
    assert sorted(p.suffix for p in written) == [".html", ".html", ".pdf", ".pdf"]
    assert all("Dot" in p.name for p in written)
    sheet = next(p for p in written if p.suffix == ".pdf" and "take-home" in p.name)
    text = pdf_text(sheet)
    assert "Dot" in text and "Dorothy" not in text
    said = close_boxes(dialog)[0]
    assert said.startswith("Files saved in") and said.endswith(": 4.")


def test_the_group_summary_goes_into_the_folder_too(qtbot, window, app_store, tmp_path, monkeypatch):
    meeting = create_demo_meeting(app_store)
    answer_folder(monkeypatch, tmp_path)
    dialog = open_dialog(window, meeting.id, qtbot)
    choose(dialog, summary=True)
    assert dialog.print_button.isEnabled()  # the summary alone can be printed
    [summary] = save_and_wait(qtbot, window, dialog)
    assert summary.parent == tmp_path and summary.name.endswith("summary.pdf")
    assert "Priya Shah said" in pdf_text(summary)
    close_boxes(dialog)


def _answer_question(qtbot, window, dialog, button_text):
    """Press Save; the question comes; answer it with *button_text*; return what was written."""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(visible_boxes(dialog)), timeout=60000)
    [question] = visible_boxes(dialog)
    assert question.textFormat() == Qt.TextFormat.PlainText
    text = question.text()
    [button] = [b for b in question.buttons() if b.text().replace("&", "") == button_text]
    with qtbot.waitSignal(window.take_home.finished, timeout=60000) as done:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return text, done.args[0]


def test_files_already_there_are_asked_about_keep_both_replace_or_cancel(
    qtbot, window, app_store, tmp_path, monkeypatch
):
    meeting = create_demo_meeting(app_store)
    answer_folder(monkeypatch, tmp_path)
    dialog = open_dialog(window, meeting.id, qtbot)
    choose(dialog, certificates=True)
    first = save_and_wait(qtbot, window, dialog)
    close_boxes(dialog)
    assert len(first) == 6
    before = {p: p.read_bytes() for p in first}
    for path in first:  # marked, to tell a replaced file from one left alone
        path.write_bytes(b"%PDF- kept " + path.name.encode())

    question, kept = _answer_question(qtbot, window, dialog, "Keep both")
    assert question == (
        "Files with these names already in that folder: 6. Replace them, keep both (new names), or cancel?"
    )
    assert len(kept) == 6 and all(p.name.endswith(" (2).pdf") for p in kept)
    assert all(p.read_bytes().startswith(b"%PDF- kept") for p in first)  # the old ones are untouched
    assert len(list(tmp_path.iterdir())) == 12 + len([p for p in tmp_path.iterdir() if p.name.startswith("meetings")])
    close_boxes(dialog)

    _, replaced = _answer_question(qtbot, window, dialog, "Replace")
    assert sorted(replaced) == sorted(first)  # the same names...
    assert all(not p.read_bytes().startswith(b"%PDF- kept") for p in first)  # ...with new contents
    assert all(pdf_text(p) for p in first) and before
    close_boxes(dialog)

    for path in first:
        path.write_bytes(b"%PDF- kept again")
    files_before = sorted(tmp_path.iterdir())
    _, cancelled = _answer_question(qtbot, window, dialog, "Cancel")
    assert cancelled is None
    assert sorted(tmp_path.iterdir()) == files_before
    assert all(p.read_bytes() == b"%PDF- kept again" for p in first)
    assert visible_boxes(dialog) == []  # no "Saved" after a cancel
    assert window.statusBar().currentMessage() == "Nothing was saved."


def test_one_existing_file_is_asked_about_in_the_singular(qtbot, window, app_store, tmp_path, monkeypatch):
    meeting = create_demo_meeting(app_store)
    sam = app_store.people.attendees(meeting.id)[0]
    answer_folder(monkeypatch, tmp_path)
    dialog = open_dialog(window, meeting.id, qtbot)
    choose(dialog, sheets=True, person=sam.person_id)
    save_and_wait(qtbot, window, dialog)
    close_boxes(dialog)
    question, kept = _answer_question(qtbot, window, dialog, "Keep both")
    assert question.startswith("1 file with this name is already in that folder.")
    assert [p.name.endswith(" (2).pdf") for p in kept] == [True]
    close_boxes(dialog)


def test_a_folder_that_cannot_be_written_is_said_plainly(qtbot, window, app_store, tmp_path, monkeypatch):
    meeting = create_demo_meeting(app_store)
    answer_folder(monkeypatch, tmp_path / "<b>gone")
    dialog = open_dialog(window, meeting.id, qtbot)
    choose(dialog, sheets=True)
    assert save_and_wait(qtbot, window, dialog) is None
    [box] = visible_boxes(dialog)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "could not be saved" in box.text() and "<b>gone" in box.text() and "Errno" not in box.text()
    assert dialog.error.isVisible()
    box.close()
    assert dialog.save_button.isEnabled()


def answer_print_dialog(monkeypatch, output):
    """The print dialog answers at once, printing to a PDF file at *output*."""

    def exec_(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(output))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)


def test_one_persons_sheet_is_printed_the_way_the_summary_is(qtbot, window, app_store, tmp_path, monkeypatch):
    meeting = create_demo_meeting(app_store)
    tn = next(a for a in app_store.people.attendees(meeting.id) if a.credited_as == "T.N.")
    printed = tmp_path / "printed.pdf"
    answer_print_dialog(monkeypatch, printed)
    dialog = open_dialog(window, meeting.id, qtbot)
    choose(dialog, sheets=True)
    assert not dialog.print_button.isEnabled()  # everyone's: save them, or choose one person
    choose(dialog, sheets=True, person=tn.person_id)
    assert dialog.print_button.isEnabled() and dialog.print_note.isHidden()
    with qtbot.waitSignal(window.printer.finished, timeout=60000) as done:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert done.args == [True]
    expected = handout_pdf_bytes(app_store.path, meeting.id, Handout.TAKE_HOME, tn.person_id, load_catalogue())
    assert "T.N." in pdf_text(io.BytesIO(expected)) and "Tomasz" not in pdf_text(io.BytesIO(expected))
    pages = PdfReader(printed).pages
    assert len(pages) == len(PdfReader(io.BytesIO(expected)).pages) >= 1
    assert all(page.images for page in pages)  # each page drawn onto the printer as a picture
    assert window.statusBar().currentMessage() == "The document was sent to the printer."
    assert dialog.print_button.isEnabled()  # ready again


def test_the_people_are_listed_as_each_chose_to_be_credited(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    dialog = open_dialog(window, meeting.id, qtbot)
    shown = [dialog.person.itemText(i) for i in range(dialog.person.count())]
    assert shown[0] == "Everyone (in all: 6)"
    assert [s.strip("\u2068\u2069") for s in shown[1:]] == ["Sam", "Priya Shah", "Gwen M", "T.N.", "Dot", "Ahmed"]
    assert not any(name in text for name in FULL_NAMES_NOT_CHOSEN for text in shown)


def test_the_dialog_opens_from_the_room_and_the_meetings_screen_by_keyboard(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    window.meetings.refresh()
    window.meetings.select(meeting.id)
    window.meetings.list.setFocus()
    qtbot.keyClick(window.meetings.list, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.take_home.dialog is not None and window.take_home.dialog.isVisible())
    dialog = window.take_home.dialog
    assert dialog.windowTitle() == "Take-home sheets and certificates"
    assert dialog.meeting.text() == meeting.title
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    window.resize(1024, 768)
    shoot(window, "meetings_1024x768")
    window.show_room(meeting.id)
    room = window.room
    qtbot.wait(50)
    assert room.take_home_button.isVisible()
    shoot(window, "room_1024x768")
    assert room.take_home_button in room.tab_stops()
    room.take_home_button.setFocus()
    qtbot.keyClick(room.take_home_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.take_home.dialog is not None and window.take_home.dialog.isVisible())
    window.take_home.dialog.close()


def test_every_control_is_named_and_reached_by_keyboard(qtbot, window, app_store, tmp_path, monkeypatch):
    meeting = create_demo_meeting(app_store)
    dialog = open_dialog(window, meeting.id, qtbot)
    found = [w for kind in (QCheckBox, QComboBox, QPushButton) for w in dialog.findChildren(kind)]
    controls = [w for w in found if w.isVisible() and w.isEnabled()]
    assert len(controls) >= 7
    for control in controls:
        name = control.accessibleName()
        assert name and "&" not in name, control
    dialog.activateWindow()  # as the window manager does with a new dialog
    qtbot.waitUntil(dialog.isActiveWindow)

    # Each choice's Alt key ticks or unticks it, as a check box's own does; nothing needs the mouse.
    def alt(key, box):
        before = box.isChecked()
        qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is box
        qtbot.waitUntil(lambda: box.isChecked() != before)

    alt(Qt.Key.Key_E, dialog.sheets)
    alt(Qt.Key.Key_R, dialog.certificates)
    alt(Qt.Key.Key_G, dialog.summary)
    alt(Qt.Key.Key_W, dialog.html)
    qtbot.keyClick(dialog.html, Qt.Key.Key_Space)
    assert not dialog.html.isChecked()
    qtbot.keyClick(dialog.html, Qt.Key.Key_Space)
    assert dialog.choice().kinds == (Handout.SUMMARY,) and dialog.choice().html
    # Alt+S saves: the summary and its web page.
    answer_folder(monkeypatch, tmp_path)
    with qtbot.waitSignal(window.take_home.finished, timeout=60000) as done:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert sorted(p.suffix for p in done.args[0]) == [".html", ".pdf"]
    close_boxes(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    # One person (the arrow keys choose in the list) and one document: Print comes on.
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.person
    qtbot.keyClick(dialog.person, Qt.Key.Key_Down)
    assert dialog.person.currentText() == "Sam"
    alt(Qt.Key.Key_G, dialog.summary)
    assert not dialog.print_button.isEnabled()  # nothing chosen to print
    alt(Qt.Key.Key_E, dialog.sheets)
    assert dialog.print_button.isEnabled()
    # Tab goes through every control, the actions included.
    dialog.sheets.setFocus()
    seen = []
    for _ in range(12):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    for control in (*dialog.kind_boxes(), dialog.person, dialog.save_button, dialog.print_button, dialog.close_button):
        assert control in seen, control.accessibleName()


@pytest.fixture
def window_at(qtbot, qapp, app_store, settings_store):
    """The main window built at a text size (as the app does when it changes); 100% put back after."""
    built = []

    def build(percent: int):
        settings_store.save(replace(settings_store.load(), text_scale=percent))
        apply_theme(qapp, Appearance(text_scale=percent))
        prepare_application(qapp)
        speech = SpeechService(FakeEngine())
        speech.start()
        window = build_main_window(app_store, qapp, speech, settings_store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        built.append(window)
        return window

    yield build
    for window in built:
        window.tasks.wait(10000)
        window.close()
    apply_theme(qapp, Appearance())
    prepare_application(qapp)


def _inside(child, dialog) -> bool:
    return dialog.rect().contains(QRect(child.mapTo(dialog, QPoint(0, 0)), child.size()))


@pytest.mark.parametrize("percent", [100, 300])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_dialog_fits_a_laptop_with_its_buttons_in_view(qtbot, window_at, app_store, size, percent):
    window = window_at(percent)
    meeting = create_demo_meeting(app_store)
    window.resize(*size)
    dialog = open_dialog(window, meeting.id, qtbot)
    least = dialog.minimumSize().expandedTo(dialog.minimumSizeHint())
    assert least.width() <= size[0] and least.height() <= size[1]
    # As on that laptop's screen (the tests' own screen is smaller), less a panel: as big as the
    # dialog asks to be, up to the screen (form_parts.dialog_layout).
    screen = QSize(size[0], size[1] - 40)
    dialog.setMaximumSize(screen)
    dialog.fit_to_screen()
    qtbot.wait(20)
    for button in (dialog.save_button, dialog.print_button, dialog.close_button):
        if button.isVisible():
            assert _inside(button, dialog), f"{button.text()!r} is not wholly in view"
    scrolls = [a for a in dialog.findChildren(QScrollArea) if a.widget() is not None]
    assert scrolls and not any(a.isAncestorOf(dialog.buttons) for a in scrolls)
    body = scrolls[0]
    assert body.widget().minimumSizeHint().width() <= body.viewport().width() + 1  # up and down only
    assert [line for line in clipped_widgets(dialog) if "QScrollArea" not in line] == []
    shoot(dialog, f"takehome_{size[0]}x{size[1]}_{percent}")


def test_a_folder_is_named_as_people_know_it():
    home = Path.home()
    assert folder_words(home / "Documents" / "Handouts") == str(Path("Documents") / "Handouts")
    assert folder_words(home) == str(home)
    assert folder_words(Path("/media/usb/Handouts")) == "/media/usb/Handouts"


def test_the_spreadsheet_and_export_file_are_saved_from_the_dialog(qtbot, window, app_store, tmp_path, monkeypatch):
    import csv
    import stat

    from coprod_desktop.services.exchange_read import read_export

    meeting = create_demo_meeting(app_store)
    sam = next(a for a in app_store.people.attendees(meeting.id) if a.credited_as == "Sam")
    app_store.contributions.add(meeting.id, sam.person_id, "=1+1", [], None)
    said = app_store.contributions.for_meeting(meeting.id)
    folder = tmp_path / "Exports"
    folder.mkdir()
    answer_folder(monkeypatch, folder)
    dialog = open_dialog(window, meeting.id, qtbot)
    assert not dialog.spreadsheet.isChecked() and not dialog.export.isChecked()  # asked for, not assumed
    choose(dialog, person=sam.person_id)
    dialog.spreadsheet.setChecked(True)
    assert not dialog.print_button.isEnabled()  # a spreadsheet is saved, never printed
    assert dialog.print_note.isVisible()
    dialog.export.setChecked(True)
    assert dialog.choice().kinds == (Handout.SPREADSHEET, Handout.EXPORT)
    written = save_and_wait(qtbot, window, dialog)

    stem = f"{meeting.date} Our day centre what works, what could be better"
    assert (
        sorted(p.name for p in folder.iterdir())
        == sorted(p.name for p in written)
        == [
            f"{stem} - contributions.csv",
            f"{stem}.coprod.json",
        ]
    )
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in written)
    spreadsheet = next(p for p in written if p.suffix == ".csv")
    rows = list(csv.reader(io.StringIO(spreadsheet.read_bytes().decode("utf-8-sig"))))
    assert rows[0][:3] == ["Prompt", "Person", "Words"]
    assert len(rows) == 1 + len(said)  # one row per contribution: everyone's, though Sam was chosen
    assert rows[-1][1:3] == ["Sam", "'=1+1"]  # a formula typed in the room stays words
    text = spreadsheet.read_text(encoding="utf-8-sig")
    assert not any(name in text for name in FULL_NAMES_NOT_CHOSEN if name != "Priya Shah")
    export = read_export(next(p for p in written if p.name.endswith(".coprod.json")))
    assert export.meeting.id == meeting.id and export.meeting.title == meeting.title
    assert len(export.contributions) == len(said)
    [box] = visible_boxes(dialog)
    assert box.text() == f"Files saved in {folder}: 2."
    box.close()

    # Again: the same question as for the documents, and "Keep both" keeps each file's ending.
    question, kept = _answer_question(qtbot, window, dialog, "Keep both")
    assert question.startswith("Files with these names already in that folder: 2.")
    assert sorted(p.name for p in kept) == [f"{stem} (2).coprod.json", f"{stem} - contributions (2).csv"]
    close_boxes(dialog)


def test_the_data_files_have_their_own_alt_keys_and_names(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    dialog = open_dialog(window, meeting.id, qtbot)
    assert dialog.spreadsheet.accessibleName() == "What people said, as a spreadsheet (CSV)"
    assert dialog.export.accessibleName() == "The meeting, as an export file to move to another laptop (JSON)"
    assert dialog.export.accessibleDescription() == "One for the whole group, whoever is chosen below"
    keys = []
    for widget in dialog.findChildren(QCheckBox) + dialog.findChildren(QPushButton):
        if widget.isVisible() and "&" in widget.text():
            keys.append(widget.text().split("&")[1][0].lower())
    for label in dialog.findChildren(QLabel):  # the wrapping boxes' words and the form's labels
        if label.isVisible() and label.buddy() is not None and "&" in label.text():
            keys.append(label.text().split("&")[1][0].lower())
    assert sorted(keys) == sorted("ergwhxfspc"), keys
    assert len(keys) == len(set(keys)), keys  # no Alt key shared within the dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    for key, box in ((Qt.Key.Key_H, dialog.spreadsheet), (Qt.Key.Key_X, dialog.export)):
        qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is box
        qtbot.waitUntil(box.isChecked)
    dialog.close()
