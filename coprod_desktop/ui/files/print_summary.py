"""Print summary: save the group summary as a PDF, or send it to a printer.

The PDF is built off the GUI thread with its own read-only database connection (a SQLite
connection belongs to one thread), so the room screen never freezes while it builds.
"""

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSize, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...composition import open_for_reading
from ...domain.filenames import safe_file_stem
from ...services.catalogue import CardCatalogue
from ...store import Store
from ..platform.tasks import TaskRunner


def build_summary_pdf(db_path: Path, meeting_id: str, out_path: Path, catalogue: CardCatalogue) -> Path:
    """Runs on a worker thread: its own connection, plain data in and out."""
    from ...services.summary_pdf import write_summary

    with open_for_reading(db_path) as store:
        return write_summary(store, meeting_id, out_path, catalogue)


class SummaryPrinter(QObject):
    """Asks where the summary goes, builds it in the background, then saves or prints it."""

    message = Signal(str)
    finished = Signal(object)  # the PDF path, or None if it failed or was cancelled

    def __init__(self, store: Store, catalogue: CardCatalogue, tasks: TaskRunner) -> None:
        super().__init__()
        self.store = store
        self.catalogue = catalogue
        self.tasks = tasks

    def choose(self, meeting_id: str, parent: QWidget) -> None:
        box = QMessageBox(parent)
        box.setWindowTitle(self.tr("Print summary"))
        box.setText(self.tr("Print the summary of this meeting, or save it as a PDF file?"))
        print_button = box.addButton(self.tr("&Print…"), QMessageBox.ButtonRole.AcceptRole)
        save_button = box.addButton(self.tr("&Save as PDF…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is save_button:
            self.save_as(meeting_id, parent)
        elif box.clickedButton() is print_button:
            self.print_(meeting_id, parent)

    def save_as(self, meeting_id: str, parent: QWidget, path: Path | None = None) -> None:
        if path is None:
            meeting = self.store.meetings.get(meeting_id)
            suggested = str(Path.home() / f"{safe_file_stem(meeting.title)} - summary.pdf")
            chosen, _ = QFileDialog.getSaveFileName(
                parent, self.tr("Save summary as PDF"), suggested, self.tr("PDF files (*.pdf)")
            )
            if not chosen:
                return
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        self.message.emit(self.tr("Making the summary…"))
        self.tasks.run(
            lambda: build_summary_pdf(self.store.path, meeting_id, path, self.catalogue),
            lambda done: self._saved(done),
            lambda exc: self._failed(exc, parent),
        )

    def _saved(self, path: Path) -> None:
        self.message.emit(self.tr("Summary saved: {path}").format(path=str(path)))
        self.finished.emit(path)

    def print_(self, meeting_id: str, parent: QWidget) -> None:
        folder = Path(tempfile.mkdtemp(prefix="coprod-print-"))
        out = folder / "summary.pdf"
        self.message.emit(self.tr("Making the summary…"))
        self.tasks.run(
            lambda: build_summary_pdf(self.store.path, meeting_id, out, self.catalogue),
            lambda done: self._print_file(done, parent),
            lambda exc: self._failed(exc, parent),
        )

    def _print_file(self, pdf_path: Path, parent: QWidget) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            self.finished.emit(None)
            return
        print_pdf(pdf_path, printer)
        self.message.emit(self.tr("Summary sent to the printer."))
        self.finished.emit(pdf_path)

    def _failed(self, exc: Exception, parent: QWidget) -> None:
        text = str(exc) if not isinstance(exc, OSError) else (exc.strerror or str(exc))
        QMessageBox.warning(
            parent, self.tr("Print summary"), self.tr("The summary could not be made: {reason}").format(reason=text)
        )
        self.message.emit(self.tr("The summary could not be made."))
        self.finished.emit(None)


def print_pdf(pdf_path: Path, printer: QPrinter, dpi: int = 300) -> int:
    """Draw each page of the PDF onto *printer*, fitted to the printable area. Returns the page count.

    Pages are rendered at *dpi* (300 is sharp on paper) and scaled to the printer: rendering at a
    laser printer's 1200 dpi would need over half a gigabyte per A4 page.
    """
    document = QPdfDocument()
    document.load(str(pdf_path))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            area = printer.pageRect(QPrinter.Unit.DevicePixel)
            points = document.pagePointSize(page)
            # Fit the page inside the printable area, keeping its shape.
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRectF(area.left(), area.top(), points.width() * scale, points.height() * scale)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            painter.drawImage(target, document.render(page, pixels))
    finally:
        painter.end()
    return document.pageCount()
