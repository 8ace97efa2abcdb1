"""Print summary: save the group summary as a PDF, or send it to a printer.

The PDF is made off the GUI thread by a job of the application layer (app/documents.py), which
opens its own read-only connection, so the room screen never freezes while it builds. Printing
keeps the PDF in memory: no copy of people's words is left in a temporary folder, whether the
printing is done, cancelled or fails.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...app.documents import PDF, DocumentJobs, with_suffix
from ...domain.errors import UserFacingError
from ..platform.messages import error_text
from ..platform.tasks import TaskRunner
from ..widgets.message_boxes import tell_later


class PrinterNotStarted(Exception):
    """The printer refused to start a print job."""


@dataclass(frozen=True)
class PrintWords:
    """What printing one kind of document says: the message boxes' title, and each outcome.
    *not_made* has a {reason}."""

    title: str
    making: str
    sent: str
    printer_refused: str
    not_printed: str
    not_made: str
    not_made_short: str


class SummaryPrinter(QObject):
    """Asks where the summary goes, builds it in the background, then saves or prints it.
    print_document prints any document the same way (the take-home sheets use it too)."""

    message = Signal(str)
    finished = Signal(object)  # the PDF path, True when printed, or None if it failed or was cancelled

    def __init__(self, documents: DocumentJobs, tasks: TaskRunner) -> None:
        super().__init__()
        self.documents = documents
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
            try:
                suggested = str(Path.home() / self.documents.summary_file_name(meeting_id))
            except UserFacingError as exc:  # the meeting was removed meanwhile
                self._failed(exc, parent)
                return
            chosen, _ = QFileDialog.getSaveFileName(
                parent, self.tr("Save summary as PDF"), suggested, self.tr("PDF files (*.pdf)")
            )
            if not chosen:
                return
            path = with_suffix(chosen, PDF)
        self.message.emit(self.tr("Making the summary…"))
        self.tasks.run(self.documents.summary_job(meeting_id, path), self._saved, lambda exc: self._failed(exc, parent))

    def _saved(self, path: Path) -> None:
        self.message.emit(self.tr("Summary saved: {path}").format(path=str(path)))
        self.finished.emit(path)

    def print_(self, meeting_id: str, parent: QWidget) -> None:
        self.print_document(self.documents.print_job(meeting_id), parent)

    def print_document(self, job: Callable[[], bytes], parent: QWidget, words: PrintWords | None = None) -> None:
        """Make a PDF with *job* (bytes) off the GUI thread, then ask for a printer and print it.
        The one way the app prints: the summary, and each take-home document (with its *words*)."""
        words = words or self._summary_words()
        self.message.emit(words.making)
        self.tasks.run(job, lambda pdf: self._print(pdf, parent, words), lambda exc: self._failed(exc, parent, words))

    def _summary_words(self) -> PrintWords:
        return PrintWords(
            title=self.tr("Print summary"),
            making=self.tr("Making the summary…"),
            sent=self.tr("Summary sent to the printer."),
            printer_refused=self.tr("The summary could not be printed: the printer could not be started."),
            not_printed=self.tr("The summary could not be printed."),
            not_made=self.tr("The summary could not be made: {reason}"),
            not_made_short=self.tr("The summary could not be made."),
        )

    def _print(self, pdf: bytes, parent: QWidget, words: PrintWords) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            self.message.emit(self.tr("Printing cancelled."))
            self.finished.emit(None)
            return
        try:
            print_pdf(pdf, printer)
        except PrinterNotStarted:
            tell_later(parent, words.title, words.printer_refused)
            self.message.emit(words.not_printed)
            self.finished.emit(None)
            return
        self.message.emit(words.sent)
        self.finished.emit(True)

    def _failed(self, exc: Exception, parent: QWidget, words: PrintWords | None = None) -> None:
        words = words or self._summary_words()
        # A title or file name in the reason is data: the box shows it as plain text.
        tell_later(parent, words.title, words.not_made.format(reason=error_text(exc)))
        self.message.emit(words.not_made_short)
        self.finished.emit(None)


def print_pdf(pdf: bytes | Path, printer: QPrinter, dpi: int = 300) -> int:
    """Draw each page of the PDF (its bytes, or a file) onto *printer*, fitted to the printable
    area. Returns the page count; raises PrinterNotStarted when the printer refuses the job.

    Pages are rendered at *dpi* (300 is sharp on paper) and scaled to the printer: rendering at a
    laser printer's 1200 dpi would need over half a gigabyte per A4 page.
    """
    document = QPdfDocument()
    buffer = QBuffer()  # must outlive the document's use of it
    if isinstance(pdf, bytes):
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
    else:
        document.load(str(pdf))
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterNotStarted
    try:
        for page in range(pages):
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
        document.close()
        buffer.close()
    return pages
