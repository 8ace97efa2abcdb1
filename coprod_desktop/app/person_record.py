"""A person's record: everything held about them, saved as JSON (with their photo beside it) and as
a readable Easy Read PDF, into a folder. The job behind "Save their record…" and `record`. Qt-free.

Like the other document jobs (documents.py) each job opens its own read-only connection, so the ui
runs it off the GUI thread, and never writes to the database. The files are named from the person
("Sam Brown - record.json", "… - record.pdf", "… - photo.png"), made safe: never outside the folder.
A file already there is never replaced without asking: the window asks first (existing_job), the
command line keeps both by giving the new file a free name ("… (2).pdf").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import ValidationError
from ..domain.filenames import safe_file_stem
from .documents import reading_store, saving_to
from .handouts import Existing, check_folder

if TYPE_CHECKING:
    from ..services.catalogue import CardCatalogue
    from ..services.person_record import PersonRecord
    from ..store import Store

JSON, PDF = ".json", ".pdf"


@dataclass(frozen=True)
class PersonOnLaptop:
    """One person known on this laptop, for the People dialog: their name as kept, and in how many meetings."""

    person_id: str
    full_name: str
    meetings: int
    anonymised: bool


@dataclass(frozen=True)
class RecordFiles:
    """Where a record's files go in a folder (the photo only when there is one)."""

    json: Path
    pdf: Path
    photo: Path | None

    def all(self) -> list[Path]:
        return [p for p in (self.json, self.pdf, self.photo) if p is not None]


def _in_folder(folder: Path, stem: str, suffix: str) -> Path:
    path = folder / f"{safe_file_stem(stem, fallback='person record', limit=120)}{suffix}"
    if path.parent != folder:  # safe_file_stem allows no separator: this would be a bug
        raise ValidationError("file.no_folder", folder=str(folder))
    return path


def planned_files(folder: Path, record: PersonRecord) -> RecordFiles:
    """The files a record would be saved as in *folder*, before any free-name choice."""
    from ..services.person_record_json import PHOTO_SUFFIXES

    name = record.full_name
    photo = None
    if record.photo is not None:
        photo = _in_folder(folder, f"{name} - photo", PHOTO_SUFFIXES.get(record.photo_media_type or "", ".png"))
    return RecordFiles(_in_folder(folder, f"{name} - record", JSON), _in_folder(folder, f"{name} - record", PDF), photo)


def _free(path: Path, taken: set[Path]) -> Path:
    candidate, number = path, 2
    while candidate.exists() or candidate in taken:
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        number += 1
    taken.add(candidate)
    return candidate


def existing_record_files(
    db_path: Path, person_id: str, folder: str | Path, catalogue: CardCatalogue, *, beside_writer: bool = False
) -> list[Path]:
    """The files write_person_record would write that are already in *folder* (asked about first)."""
    from ..services.person_record import read_person_record

    folder = check_folder(folder)
    with reading_store(db_path, beside_writer) as store:
        record = read_person_record(store, person_id, catalogue)
    return [p for p in planned_files(folder, record).all() if p.exists()]


def write_person_record(
    db_path: Path,
    person_id: str,
    folder: str | Path,
    catalogue: CardCatalogue,
    *,
    existing: Existing = Existing.KEEP_BOTH,
    beside_writer: bool = False,
) -> list[Path]:
    """Save the person's record into *folder*: JSON, their photo beside it (if any), and the PDF.

    Returns the files written. Each is written whole or not at all, readable by its owner only.
    Raises NotFound for an unknown person, ValidationError for a folder that is not one,
    DocumentNotSaved when a file cannot be written.
    """
    from ..services.easy_read.pdf import write_document_pdf
    from ..services.easy_read.person_record import build_person_record
    from ..services.person_record import read_person_record
    from ..services.person_record_json import record_json_bytes
    from ..services.private_files import save_privately

    folder = check_folder(folder)
    with reading_store(db_path, beside_writer) as store:
        record = read_person_record(store, person_id, catalogue)
    planned = planned_files(folder, record)
    if existing is Existing.KEEP_BOTH:
        taken: set[Path] = set()
        planned = RecordFiles(
            _free(planned.json, taken),
            _free(planned.pdf, taken),
            None if planned.photo is None else _free(planned.photo, taken),
        )
    written = []
    if planned.photo is not None and record.photo is not None:
        photo = record.photo
        with saving_to(planned.photo, "record.not_saved"):
            written.append(save_privately(planned.photo, lambda f: f.write(photo), what="The photo"))
    text = record_json_bytes(record, planned.photo.name if planned.photo else None)
    with saving_to(planned.json, "record.not_saved"):
        written.append(save_privately(planned.json, lambda f: f.write(text), what="The record"))
    with saving_to(planned.pdf, "record.not_saved"):
        written.append(write_document_pdf(build_person_record(record), planned.pdf))
    return written


def everyone(store: Store) -> list[PersonOnLaptop]:
    """Every person on this laptop, by name (anonymised people last)."""
    from ..store.person_data import everyone as rows

    return [
        PersonOnLaptop(r["id"], r["full_name"], r["meetings"], r["anonymised_at"] is not None) for r in rows(store.db)
    ]


class PersonRecordOperations:
    """Everyone on this laptop, and the jobs that save one person's record (for a worker thread)."""

    def __init__(self, store: Store, catalogue: CardCatalogue) -> None:
        self._store = store
        self._catalogue = catalogue

    def everyone(self) -> list[PersonOnLaptop]:
        return everyone(self._store)

    def existing_job(self, person_id: str, folder: Path) -> Callable[[], list[Path]]:
        db_path, catalogue = self._store.path, self._catalogue
        return lambda: existing_record_files(db_path, person_id, folder, catalogue, beside_writer=True)

    def save_job(self, person_id: str, folder: Path, existing: Existing) -> Callable[[], list[Path]]:
        db_path, catalogue = self._store.path, self._catalogue
        return lambda: write_person_record(db_path, person_id, folder, catalogue, existing=existing, beside_writer=True)
