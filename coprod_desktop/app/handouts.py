"""What people take home: each person's Easy Read sheet and record of involvement, and the group
summary in any of our languages, as PDF and as an HTML copy for screen readers and phones; and,
saved beside them, the meeting's contributions as a spreadsheet (CSV) and the meeting as an export
file (JSON) to move to another laptop.

The jobs behind the window's "Take-home sheets…" and the commands `takehome`, `certificate` and
`summary`. Like the other document jobs (documents.py) each opens its own read-only connection,
so it can run off the GUI thread, and never writes to the database.

Files go into one folder the person chose, named from the meeting and the person (made safe: a
name can never lead outside the folder). An existing file is never replaced without asking: the
window asks first (existing_files) and then says what to do; the command line, which cannot ask,
keeps both by giving the new file a free name ("… (2).pdf").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import NotFound, ValidationError
from ..domain.filenames import safe_file_stem
from ..domain.speech import check_language
from .documents import reading_store, saving_to

if TYPE_CHECKING:
    from ..domain.models import Attendee
    from ..services.catalogue import CardCatalogue
    from ..services.easy_read.model import Document
    from ..store import Store

PDF, HTML, CSV = ".pdf", ".html", ".csv"


class Handout(StrEnum):
    TAKE_HOME = "takehome"  # a person's Easy Read sheet
    CERTIFICATE = "certificate"  # a person's record of involvement
    SUMMARY = "summary"  # the group summary: one for the whole group, whoever is chosen
    # Data files rather than documents: one for the whole group too, never printed, no web copy.
    SPREADSHEET = "spreadsheet"  # what people said, one row each (services/csv_export.py)
    EXPORT = "export"  # the whole meeting, to move to another laptop (services/exchange.py)

    @property
    def is_document(self) -> bool:
        """An Easy Read document (PDF, HTML copy, printable), not a data file."""
        return self not in _DATA_FILES


_DATA_FILES = frozenset({Handout.SPREADSHEET, Handout.EXPORT})


class Existing(StrEnum):
    """What to do with a file already there: asked of the person first, never assumed."""

    KEEP_BOTH = "keep_both"  # the new file takes a free name beside it
    REPLACE = "replace"  # they said to replace it (written whole first, then moved over it)


@dataclass(frozen=True)
class PlannedFile:
    """A file a job will write: where, and for whom (None: the whole group)."""

    path: Path
    person_id: str | None


def check_folder(value: str | Path) -> Path:
    """The folder files are to be saved in. Raises ValidationError when it is not a folder."""
    folder = Path(value).expanduser()
    if not folder.is_dir():
        raise ValidationError("file.no_folder", folder=str(value))
    return folder


def summary_language(code: str | None) -> str | None:
    """A language asked for on the command line: one we print in, or ValidationError."""
    return None if code is None else check_language(code)


def _documents(
    store: Store, meeting_id: str, kind: Handout, catalogue: CardCatalogue, person_id: str | None
) -> list[tuple[str | None, Document]]:
    """(person id, document) for everyone in the meeting, or for *person_id* alone; for the group
    summary, (None, the summary) whoever is chosen."""
    from ..services.easy_read.certificate import build_certificates
    from ..services.easy_read.take_home_sheet import build_take_homes

    if kind is Handout.SUMMARY:
        from ..services.easy_read.summary import build_summary

        return [(None, build_summary(store, meeting_id, catalogue))]
    refused = {a.person_id: a for a in take_home_refused(store, meeting_id)}
    if person_id in refused:
        raise ValidationError("consent.no_take_home", name=refused[person_id].credited_as)
    build = build_take_homes if kind is Handout.TAKE_HOME else build_certificates
    made = [(attendee.person_id, doc) for attendee, doc in build(store, meeting_id, catalogue)]
    # Nothing is made for someone who said no to take-home documents (take_home_refused).
    made = [(pid, doc) for pid, doc in made if pid not in refused]
    if person_id is None:
        return made
    mine = [(pid, doc) for pid, doc in made if pid == person_id]
    if not mine:
        raise NotFound("person.not_in_meeting")
    return mine


def refused_names(db_path: Path, meeting_id: str, *, beside_writer: bool = False) -> list[str]:
    """take_home_refused, read from the file: each as credited, for the command line to say."""
    with reading_store(db_path, beside_writer) as store:
        return [a.credited_as for a in take_home_refused(store, meeting_id)]


def take_home_refused(store: Store, meeting_id: str) -> list[Attendee]:
    """The people of the meeting who said no to take-home documents (ConsentKind.TAKE_HOME), in
    the meeting's order: no take-home sheet and no record of involvement is made for them."""
    attendees = store.people.attendees(meeting_id)
    refused = store.consent.withholding((a.person_id for a in attendees), "take_home")
    return [a for a in attendees if a.person_id in refused]


def _safe_stem(stem: str) -> str:
    return safe_file_stem(stem, fallback="take-home", limit=150)


def _name_in(folder: Path, stem: str, suffix: str) -> Path:
    """*folder*/<stem><suffix>, with the stem made safe: never outside *folder*, never hidden."""
    path = folder / f"{_safe_stem(stem)}{suffix}"
    if path.parent != folder:  # safe_file_stem allows no separator: this would be a bug
        raise ValidationError("file.no_folder", folder=str(folder))
    return path


def _free_name(path: Path, taken: set[Path], suffix: str | None = None) -> Path:
    """*path*, or "<stem> (2)<suffix>", "(3)"… when it exists or another file of this job takes it.

    *suffix*: the whole ending when it has more than one dot (".coprod.json"), so the number goes
    before it and the file still ends the way an import expects."""
    suffix = suffix or path.suffix
    stem = path.name[: -len(suffix)]
    candidate, number = path, 2
    while candidate.exists() or candidate in taken:
        candidate = path.with_name(f"{stem} ({number}){suffix}")
        number += 1
    return candidate


def _data_file_name(store: Store, meeting_id: str, folder: Path, kind: Handout) -> tuple[Path, str]:
    """Where a data file of the meeting goes in *folder*, and its ending. Raises NotFound.

    The spreadsheet is named as the documents are ("<date> <title> - contributions.csv", see
    easy_read.facts.file_stem); the export file as the window's Export suggests
    ("<date> <title>.coprod.json", exchange.suggested_file_name). Both are made safe."""
    from ..services.exchange import EXTENSION, suggested_file_name

    meeting = store.meetings.get(meeting_id)
    if kind is Handout.SPREADSHEET:
        # The title is shortened, never what the file is (as easy_read.facts.file_stem does).
        title = safe_file_stem(f"{meeting.date} {meeting.title}", fallback=f"{meeting.date} meeting", limit=70)
        return _name_in(folder, f"{title} - contributions", CSV), CSV
    name = suggested_file_name(meeting)
    return _name_in(folder, name[: -len(EXTENSION)], EXTENSION), EXTENSION


def plan_handouts(
    db_path: Path,
    meeting_id: str,
    folder: Path,
    kinds: Iterable[Handout],
    catalogue: CardCatalogue,
    *,
    person_id: str | None = None,
    html: bool = False,
    beside_writer: bool = False,
) -> list[PlannedFile]:
    """The files write_handouts would write (before any free-name choice), to ask about the ones
    that exist already. Raises NotFound for an unknown meeting or person."""
    folder = check_folder(folder)
    planned: list[PlannedFile] = []
    with reading_store(db_path, beside_writer) as store:
        for kind in kinds:
            if not kind.is_document:
                planned.append(PlannedFile(_data_file_name(store, meeting_id, folder, kind)[0], None))
                continue
            for pid, doc in _documents(store, meeting_id, kind, catalogue, person_id):
                for suffix in (PDF, HTML) if html else (PDF,):
                    planned.append(PlannedFile(_name_in(folder, doc.file_stem, suffix), pid))
    return planned


def existing_files(planned: Iterable[PlannedFile]) -> list[Path]:
    """The planned files that are already there: the window asks before replacing them."""
    return [p.path for p in planned if p.path.exists()]


def write_handouts(
    db_path: Path,
    meeting_id: str,
    folder: str | Path,
    kinds: Iterable[Handout],
    catalogue: CardCatalogue,
    *,
    person_id: str | None = None,
    html: bool = False,
    existing: Existing = Existing.KEEP_BOTH,
    beside_writer: bool = False,
) -> list[Path]:
    """Write the take-home sheets and/or certificates of *meeting_id* into *folder* (for everyone,
    or for *person_id*), each as a PDF and, with *html*, as an HTML copy too; the group summary,
    the spreadsheet and the export file (one each, whoever is chosen). Returns the files written,
    documents first, then the data files, in the order of *kinds*. Each file is written whole or
    not at all, readable by its owner only.

    Raises NotFound for an unknown meeting or person, ValidationError for a folder that is not
    one, DocumentNotSaved when a file cannot be written (the files already written stay).
    """
    from ..services.easy_read.html import write_document_html
    from ..services.easy_read.pdf import write_document_pdf

    folder = check_folder(folder)
    written: list[Path] = []
    kinds = tuple(kinds)
    with reading_store(db_path, beside_writer) as store:
        documents = [
            doc
            for kind in kinds
            if kind.is_document
            for _pid, doc in _documents(store, meeting_id, kind, catalogue, person_id)
        ]
    writers = [(PDF, write_document_pdf), (HTML, write_document_html)] if html else [(PDF, write_document_pdf)]
    taken: set[Path] = set()

    def where(path: Path, suffix: str | None = None) -> Path:
        if existing is Existing.KEEP_BOTH or path in taken:
            path = _free_name(path, taken, suffix)
        taken.add(path)
        return path

    for doc in documents:
        for suffix, write in writers:
            path = where(_name_in(folder, doc.file_stem, suffix))
            with saving_to(path, "html.not_saved" if suffix == HTML else "pdf.not_saved"):
                written.append(write(doc, path))
    data_kinds = [kind for kind in kinds if not kind.is_document]
    if data_kinds:
        # Its own connection, opened after the pages are made: small files, written from the store
        # by the same services as the command line's export (app.documents.write_meeting_export).
        with reading_store(db_path, beside_writer) as store:
            for kind in data_kinds:
                path = where(*_data_file_name(store, meeting_id, folder, kind))
                with saving_to(path, "export.not_saved"):
                    written.append(_write_data_file(store, meeting_id, kind, path, catalogue))
    return written


def _write_data_file(store: Store, meeting_id: str, kind: Handout, path: Path, catalogue: CardCatalogue) -> Path:
    """The spreadsheet (cells a spreadsheet would run neutralised) or the export file, at *path*."""
    if kind is Handout.SPREADSHEET:
        from ..services.csv_export import write_meeting_csv

        return write_meeting_csv(store, meeting_id, path, catalogue)
    from ..services.exchange import write_export

    return write_export(store, meeting_id, path)


def write_summary_document(
    db_path: Path,
    meeting_id: str,
    out_path: Path,
    catalogue: CardCatalogue,
    *,
    language: str | None = None,
    beside_writer: bool = False,
) -> Path:
    """Save the group summary at *out_path*: a PDF, or the HTML copy when it ends in .html.

    *language*: print it in this language rather than the meeting's. Replaces *out_path* only with
    a whole file (the caller asked for that name).
    """
    from ..services.easy_read.html import write_document_html
    from ..services.easy_read.pdf import write_document_pdf
    from ..services.easy_read.summary import build_summary
    from .documents import output_path

    path = Path(out_path)
    suffix = HTML if path.suffix.lower() in (HTML, ".htm") else PDF
    out = output_path(path, path.suffix.lower() if suffix == HTML else PDF)
    language = summary_language(language)
    with reading_store(db_path, beside_writer) as store:
        doc = build_summary(store, meeting_id, catalogue, language=language)
    with saving_to(out, "html.not_saved" if suffix == HTML else "pdf.not_saved"):
        return (write_document_html if suffix == HTML else write_document_pdf)(doc, out)


def handout_pdf_bytes(
    db_path: Path,
    meeting_id: str,
    kind: Handout,
    person_id: str | None,
    catalogue: CardCatalogue,
    *,
    beside_writer: bool = False,
) -> bytes:
    """One document as PDF bytes, to print: *person_id*'s take-home sheet or record of
    involvement, or the group summary (*person_id* is then not needed). Nothing is written to disk.

    Raises NotFound for an unknown meeting or person (or none, for a person's own document).
    """
    from ..services.easy_read.certificate import build_certificate
    from ..services.easy_read.pdf import document_pdf_bytes
    from ..services.easy_read.summary import build_summary
    from ..services.easy_read.take_home_sheet import build_take_home

    if not kind.is_document:  # a caller's mistake: a spreadsheet or export file is not printed
        raise ValueError(f"{kind} is not a document to print")
    if kind is not Handout.SUMMARY and not person_id:
        raise NotFound("person.not_in_meeting")
    with reading_store(db_path, beside_writer) as store:
        if kind is Handout.SUMMARY:
            doc = build_summary(store, meeting_id, catalogue)
        else:
            refused = [a for a in take_home_refused(store, meeting_id) if a.person_id == person_id]
            if refused:
                raise ValidationError("consent.no_take_home", name=refused[0].credited_as)
            build = build_take_home if kind is Handout.TAKE_HOME else build_certificate
            doc = build(store, meeting_id, person_id, catalogue)
    # Drawn after the connection is closed: the database is not held while the pages are made.
    return document_pdf_bytes(doc)
