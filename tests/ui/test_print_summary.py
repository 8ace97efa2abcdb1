"""Print summary from the window: the PDF is built off the GUI thread, saved where asked (readable
by its owner only), printed page by page from memory, and no copy of it is left behind."""

import io
import os
import stat
import tempfile
import threading

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox

from coprod_desktop.app import documents
from coprod_desktop.services.catalogue import load_catalogue
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.files.print_summary import print_pdf


def pdf_text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def shown_warnings(window) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


@pytest.fixture
def private_temp(tmp_path, monkeypatch):
    """The temporary folder, all to ourselves: whatever is left in it was left by printing."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def answer_print_dialog(monkeypatch, answer, output=None):
    """The print dialog is the one part not driven here: it answers at once, printing to *output*."""

    def exec_(dialog):
        if output is not None:
            dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            dialog.printer().setOutputFileName(str(output))
        return answer

    monkeypatch.setattr(QPrintDialog, "exec", exec_)


def test_save_as_pdf_builds_in_the_background_and_credits_everyone(qtbot, window, app_store, tmp_path, monkeypatch):
    meeting = create_demo_meeting(app_store)
    gui_thread = threading.get_ident()
    build_threads = []
    real_build = documents.write_summary_pdf

    def spy(*args, **kwargs):
        build_threads.append(threading.get_ident())
        return real_build(*args, **kwargs)

    monkeypatch.setattr(documents, "write_summary_pdf", spy)
    out = tmp_path / "summary.pdf"
    with qtbot.waitSignal(window.printer.finished, timeout=30000) as finished:
        window.printer.save_as(meeting.id, window, out)
    assert finished.args == [out]
    assert build_threads and build_threads[0] != gui_thread
    text = pdf_text(out)
    for credit in ("Sam said", "Priya Shah said", "Dot said", "T.N. said"):
        assert credit in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "Summary saved" in window.statusBar().currentMessage()


def test_a_failed_build_says_why_in_plain_text_and_keeps_the_window_working(qtbot, window, app_store, tmp_path):
    meeting = create_demo_meeting(app_store)
    missing = tmp_path / "<b>no such folder"
    with qtbot.waitSignal(window.printer.finished, timeout=30000) as finished:
        window.printer.save_as(meeting.id, window, missing / "x.pdf")
    assert finished.args == [None]
    [box] = shown_warnings(window)
    assert box.textFormat() == Qt.TextFormat.PlainText  # the folder's name is shown as typed
    assert "could not be made" in box.text() and f"The folder {missing} does not exist." in box.text()
    assert "Errno" not in box.text()
    box.close()
    assert window.isEnabled()


def test_printing_prints_every_page_and_leaves_no_copy_behind(
    qtbot, window, app_store, tmp_path, private_temp, monkeypatch
):
    meeting = create_demo_meeting(app_store)
    printed = tmp_path / "printed.pdf"
    answer_print_dialog(monkeypatch, QPrintDialog.DialogCode.Accepted, printed)
    with qtbot.waitSignal(window.printer.finished, timeout=30000) as finished:
        window.printer.print_(meeting.id, window)
    assert finished.args == [True]
    expected = documents.summary_pdf_for_printing(app_store.path, meeting.id, load_catalogue())
    pages = PdfReader(printed).pages
    assert len(pages) == len(PdfReader(io.BytesIO(expected)).pages) > 1
    assert all(page.images for page in pages)  # each summary page drawn as a picture of the page
    assert "Summary sent to the printer" in window.statusBar().currentMessage()
    assert os.listdir(private_temp) == []


def test_cancelled_printing_leaves_no_copy_behind(qtbot, window, app_store, private_temp, monkeypatch):
    meeting = create_demo_meeting(app_store)
    answer_print_dialog(monkeypatch, QPrintDialog.DialogCode.Rejected)
    with qtbot.waitSignal(window.printer.finished, timeout=30000) as finished:
        window.printer.print_(meeting.id, window)
    assert finished.args == [None]
    assert os.listdir(private_temp) == []


def test_a_printer_that_will_not_start_is_said_plainly(qtbot, window, app_store, tmp_path, private_temp, monkeypatch):
    meeting = create_demo_meeting(app_store)
    # A PDF "printer" writing into a folder that does not exist cannot start.
    answer_print_dialog(monkeypatch, QPrintDialog.DialogCode.Accepted, tmp_path / "gone" / "p.pdf")
    with qtbot.waitSignal(window.printer.finished, timeout=30000) as finished:
        window.printer.print_(meeting.id, window)
    assert finished.args == [None]
    [box] = shown_warnings(window)
    assert "could not be printed" in box.text()
    box.close()
    assert os.listdir(private_temp) == []


def test_print_pdf_draws_every_page_onto_the_printer(qtbot, app_store, tmp_path):
    meeting = create_demo_meeting(app_store)
    source = documents.summary_pdf_for_printing(app_store.path, meeting.id, load_catalogue())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_pdf(source, printer)
    assert pages == len(PdfReader(tmp_path / "printed.pdf").pages) > 1
