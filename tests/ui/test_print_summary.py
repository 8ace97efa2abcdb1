"""Print summary from the window: the PDF is built off the GUI thread, saved where asked, and can be
drawn onto a printer page by page."""

import threading

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.files import print_summary
from coprod_desktop.ui.files.print_summary import print_pdf


def pdf_text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_save_as_pdf_builds_in_the_background_and_credits_everyone(qtbot, window, app_store, tmp_path, monkeypatch):
    meeting = create_demo_meeting(app_store)
    gui_thread = threading.get_ident()
    build_threads = []
    real_build = print_summary.build_summary_pdf

    def spy(*args):
        build_threads.append(threading.get_ident())
        return real_build(*args)

    monkeypatch.setattr(print_summary, "build_summary_pdf", spy)
    out = tmp_path / "summary.pdf"
    with qtbot.waitSignal(window.printer.finished, timeout=30000) as finished:
        window.printer.save_as(meeting.id, window, out)
    assert finished.args == [out]
    assert build_threads and build_threads[0] != gui_thread
    text = pdf_text(out)
    for credit in ("Sam said", "Priya Shah said", "Dot said", "T.N. said"):
        assert credit in text
    assert "Summary saved" in window.statusBar().currentMessage()


def test_a_failed_build_says_why_and_keeps_the_window_working(qtbot, window, app_store, tmp_path, monkeypatch):
    meeting = create_demo_meeting(app_store)
    shown = []
    monkeypatch.setattr(print_summary.QMessageBox, "warning", lambda *args: shown.append(args[2]))
    with qtbot.waitSignal(window.printer.finished, timeout=30000) as finished:
        window.printer.save_as(meeting.id, window, tmp_path / "no such folder" / "x.pdf")
    assert finished.args == [None]
    assert shown and "could not be made" in shown[0]


def test_print_pdf_draws_every_page_onto_the_printer(qtbot, app_store, tmp_path):
    from coprod_desktop.services.catalogue import load_catalogue
    from coprod_desktop.services.summary_pdf import write_summary

    meeting = create_demo_meeting(app_store)
    source = write_summary(app_store, meeting.id, tmp_path / "in.pdf", load_catalogue())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_pdf(source, printer)
    assert pages == len(PdfReader(source).pages) > 1
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages
