"""The group summary as a PDF: everything said in a meeting, each contribution credited.

The content is built once as an Easy Read document (easy_read/summary.py: who said what, in the
meeting's language or the one asked for) and drawn by easy_read/pdf.py, the same drawing every
Easy Read document gets (pictures beside the words, big type, "Page 2 of 5", right-to-left pages
mirrored). No Qt: the application layer's document jobs (app/documents.py) call write_summary and
summary_pdf_bytes.
"""

from pathlib import Path

from ..store.store import Store
from .catalogue import CardCatalogue
from .easy_read.pdf import document_pdf_bytes, write_document_pdf
from .easy_read.summary import NO_CONTRIBUTIONS, OTHER_HEADING, build_summary

__all__ = ["NO_CONTRIBUTIONS", "OTHER_HEADING", "summary_pdf_bytes", "write_summary"]


def write_summary(
    store: Store, meeting_id: str, out_path: Path, catalogue: CardCatalogue, *, language: str | None = None
) -> Path:
    """Write the group summary PDF of meeting *meeting_id* to *out_path* and return the path.

    In *language* when given, else the meeting's. Raises NotFound for an unknown meeting (before
    anything is written). Saves atomically (see pdf_page.build_pdf): an existing file at
    *out_path* is replaced only by a complete PDF. Raises an OSError subclass with a plain message
    when the folder cannot be written.
    """
    return write_document_pdf(build_summary(store, meeting_id, catalogue, language=language), Path(out_path))


def summary_pdf_bytes(store: Store, meeting_id: str, catalogue: CardCatalogue, *, language: str | None = None) -> bytes:
    """The group summary PDF of meeting *meeting_id*, in memory (for printing: no file is left
    anywhere with people's words in it). Raises NotFound for an unknown meeting."""
    return document_pdf_bytes(build_summary(store, meeting_id, catalogue, language=language))
