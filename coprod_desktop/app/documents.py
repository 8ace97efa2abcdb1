"""Printing and exporting: the group summary PDF, a person's take-home sound file, a meeting's
export file, and (made in handouts.py) the take-home sheets, records of involvement and summary
saved into a folder or printed. The jobs behind Print summary, Save as audio, Take-home files and
the command line. Qt-free.

Each job is a plain function of plain data (the database file, ids, where to write) that opens its
own read-only connection and closes it again: a SQLite connection belongs to the thread that
opened it, so the ui can run a job on a worker thread while the window keeps its own connection,
and the command line can run the same job directly. Jobs never touch widgets and never write to
the database. DocumentJobs hands the ui each job ready to run, and the names to suggest for files.

What a job saves holds people's names and words: it is readable by its owner only (mode 0600),
written whole or not at all, and nothing temporary is left behind however the job ends. Printing
builds the PDF in memory, so no copy of it is ever left in a temporary folder.

A job fails with a UserFacingError (domain/messages.py codes): NotFound for an unknown meeting
or person, ValidationError for a file name that cannot be used, DocumentNotSaved when the folder
cannot be written or the disk is full, DocumentNotMade when speech is off or fails.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import UserFacingError, ValidationError
from ..domain.filenames import safe_file_stem
from ..domain.messages import os_reason

if TYPE_CHECKING:
    from ..domain.models import Attendee, Meeting
    from ..services.catalogue import CardCatalogue
    from ..services.speech.settings import VoiceSettings
    from ..store import Store
    from .handouts import Existing, Handout

PDF, JSON, WAV, CSV = ".pdf", ".json", ".wav", ".csv"


class DocumentNotSaved(UserFacingError, OSError):
    """A document was made but could not be saved where asked. Nothing was left there."""


class DocumentNotMade(UserFacingError):
    """A document could not be made at all (for a sound file: speech is off or failed)."""


# Checking where a file goes ---------------------------------------------------------------------


def output_path(value: str | Path, suffix: str) -> Path:
    """The file a document is to be saved as, checked before any work is done.

    Raises ValidationError when *value* is a folder, its folder does not exist, or its name does not
    end in *suffix* (".pdf", ".json", ".wav"): a PDF saved as "notes.txt" opens as nonsense, so
    it is refused rather than saved under a name that hides what it is.
    """
    path = Path(value).expanduser()
    if path.is_dir():
        raise ValidationError("file.is_folder", file=str(value), suffix=suffix)
    if not path.parent.is_dir():
        raise ValidationError("file.no_folder", folder=str(path.parent))
    if path.suffix.lower() != suffix:
        raise ValidationError("file.wrong_suffix", file=path.name, suffix=suffix)
    return path


def with_suffix(chosen: str, suffix: str) -> Path:
    """A name from a save dialog, with *suffix* added when it has not got it (as file dialogs do)."""
    return Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)


# The jobs: plain data in, a file (or bytes) out ------------------------------------------------


def write_summary_pdf(
    db_path: Path, meeting_id: str, out_path: Path, catalogue: CardCatalogue, *, beside_writer: bool = False
) -> Path:
    """Save the group summary of *meeting_id* as a PDF at *out_path* and return the path.

    *beside_writer*: the window has the file open (and checked it when it did): see reading_store.
    """
    from ..services.summary_pdf import write_summary

    out = output_path(out_path, PDF)
    with reading_store(db_path, beside_writer) as store, saving_to(out, "pdf.not_saved"):
        return write_summary(store, meeting_id, out, catalogue)


def summary_pdf_for_printing(
    db_path: Path, meeting_id: str, catalogue: CardCatalogue, *, beside_writer: bool = False
) -> bytes:
    """The group summary of *meeting_id* as PDF bytes, to print: nothing is written to disk."""
    from ..services.summary_pdf import summary_pdf_bytes

    with reading_store(db_path, beside_writer) as store:
        return summary_pdf_bytes(store, meeting_id, catalogue)


def write_meeting_export(
    db_path: Path,
    meeting_id: str,
    out_path: Path,
    *,
    beside_writer: bool = False,
    catalogue: CardCatalogue | None = None,
) -> Path:
    """Save *meeting_id* at *out_path*; returns it. A name ending in .csv gets its contributions
    as a spreadsheet (services/csv_export.py: one row each); any other must end in .json and gets
    the whole meeting as an export file to move to another laptop (services/exchange.py)."""
    if Path(out_path).suffix.lower() == CSV:
        from ..services.catalogue import load_catalogue
        from ..services.csv_export import write_meeting_csv

        out = output_path(out_path, CSV)
        with reading_store(db_path, beside_writer) as store, saving_to(out, "export.not_saved"):
            return write_meeting_csv(store, meeting_id, out, catalogue or load_catalogue())
    from ..services.exchange import write_export

    out = output_path(out_path, JSON)
    with reading_store(db_path, beside_writer) as store, saving_to(out, "export.not_saved"):
        return write_export(store, meeting_id, out)


@dataclass(frozen=True)
class TakeHomeSpeech:
    """What a person's take-home recording says, and the voice it is read in (their profile's)."""

    text: str
    voice: VoiceSettings


def take_home_speech(
    db_path: Path, meeting_id: str, person_id: str, catalogue: CardCatalogue, *, beside_writer: bool = False
) -> TakeHomeSpeech:
    """Their own words in the meeting, to be read aloud. Raises NotFound for an unknown id, and
    ValidationError when they said no to take-home documents (a recording is one of them)."""
    from ..services.take_home import person_take_home_text, take_home_format
    from .handouts import take_home_refused

    with reading_store(db_path, beside_writer) as store:
        refused = [a for a in take_home_refused(store, meeting_id) if a.person_id == person_id]
        if refused:
            raise ValidationError("consent.no_take_home", name=refused[0].credited_as)
        return TakeHomeSpeech(
            person_take_home_text(store, meeting_id, person_id, catalogue),
            # Their own language, speed and voice from their communication profile, if they have one.
            take_home_format(store, meeting_id, person_id).voice,
        )


def write_take_home_audio(
    db_path: Path,
    meeting_id: str,
    person_id: str,
    out_path: Path,
    catalogue: CardCatalogue,
    *,
    on_notice: Callable[[UserFacingError], None] | None = None,
    beside_writer: bool = False,
) -> Path:
    """Save a person's take-home recording as a WAV file at *out_path* and return the path.

    The database is read first and closed before the speech is made (it takes seconds).
    *on_notice* gets what to say (a VoiceFallback: a code, for describe()) when another voice had
    to be used.
    """
    from ..services.speech.audio_file import save_speech
    from ..services.speech.settings import SpeechUnavailable

    out = output_path(out_path, WAV)
    speech = take_home_speech(db_path, meeting_id, person_id, catalogue, beside_writer=beside_writer)
    try:
        with saving_to(out, "audio.not_saved"):
            return save_speech(speech.text, out, speech.voice, on_notice=on_notice)
    except SpeechUnavailable as error:
        # Said as what it means for this job (and what to do), not as the engine put it.
        raise DocumentNotMade("audio.speech_off") from error


# For the ui: the jobs of the open workspace, ready to run off the GUI thread -------------------


class DocumentJobs:
    """The documents of one open meeting database: names to suggest, and jobs to run.

    Built on the GUI thread with the window's store, which it uses only for the quick reads a file
    dialog needs. Each *_job method returns a callable of no arguments for a worker thread: it holds
    plain data only (the database path, ids, the output path) and opens its own connection.
    """

    def __init__(self, store: Store, catalogue: CardCatalogue) -> None:
        self._store = store
        self._catalogue = catalogue

    @property
    def path(self) -> Path:
        return self._store.path

    def summary_file_name(self, meeting_id: str) -> str:
        """E.g. "Our day centre - summary.pdf". The title is user text: made safe for a file name."""
        return f"{safe_file_stem(self._store.meetings.get(meeting_id).title)} - summary{PDF}"

    def audio_file_name(self, meeting_id: str, person_id: str) -> str:
        """E.g. "Dot - Our day centre.wav": the person as credited, then the meeting."""
        meeting = self._store.meetings.get(meeting_id)
        attendee = self._store.people.attendee(meeting_id, person_id)
        return f"{safe_file_stem(attendee.credited_as)} - {safe_file_stem(meeting.title)}{WAV}"

    def export_file_name(self, meeting_id: str) -> str:
        """E.g. "2026-11-26 Our day centre.coprod.json"."""
        from ..services.exchange import suggested_file_name

        return suggested_file_name(self._store.meetings.get(meeting_id))

    def summary_job(self, meeting_id: str, out: Path) -> Callable[[], Path]:
        db_path, catalogue = self.path, self._catalogue
        return lambda: write_summary_pdf(db_path, meeting_id, out, catalogue, beside_writer=True)

    def print_job(self, meeting_id: str) -> Callable[[], bytes]:
        db_path, catalogue = self.path, self._catalogue
        return lambda: summary_pdf_for_printing(db_path, meeting_id, catalogue, beside_writer=True)

    def audio_job(self, meeting_id: str, person_id: str, out: Path) -> Callable[[], Path]:
        db_path, catalogue = self.path, self._catalogue
        return lambda: write_take_home_audio(db_path, meeting_id, person_id, out, catalogue, beside_writer=True)

    def export_job(self, meeting_id: str, out: Path) -> Callable[[], Path]:
        db_path = self.path
        return lambda: write_meeting_export(db_path, meeting_id, out, beside_writer=True)

    # Take-home sheets, records of involvement and the group summary, saved into a folder --------

    def meeting(self, meeting_id: str) -> Meeting:
        """The meeting (its title for a dialog). Raises NotFound when it was removed."""
        return self._store.meetings.get(meeting_id)

    def people(self, meeting_id: str) -> list[Attendee]:
        """Who took part, in the meeting's order: to choose one person's documents by the name
        each chose to be credited by (Attendee.credited_as)."""
        self._store.meetings.get(meeting_id)  # NotFound for a removed meeting, not an empty list
        return self._store.people.attendees(meeting_id)

    def without_take_home(self, meeting_id: str) -> list[Attendee]:
        """Who said no to take-home documents: no sheet or record of involvement is made for them
        (app.handouts skips them), which the Take-home window says."""
        from .handouts import take_home_refused

        return take_home_refused(self._store, meeting_id)

    def existing_job(
        self, meeting_id: str, folder: Path, kinds: Sequence[Handout], person_id: str | None, html: bool
    ) -> Callable[[], list[Path]]:
        """The files handouts_job would write that are already in *folder*: asked about first."""
        from .handouts import existing_files, plan_handouts

        db_path, catalogue, kinds = self.path, self._catalogue, tuple(kinds)
        return lambda: existing_files(
            plan_handouts(
                db_path, meeting_id, folder, kinds, catalogue, person_id=person_id, html=html, beside_writer=True
            )
        )

    def handouts_job(
        self,
        meeting_id: str,
        folder: Path,
        kinds: Sequence[Handout],
        person_id: str | None,
        html: bool,
        existing: Existing,
    ) -> Callable[[], list[Path]]:
        """Write the documents into *folder*; a file already there is replaced or kept beside, as
        *existing* says (what the person answered). Returns the files written."""
        from .handouts import write_handouts

        db_path, catalogue, kinds = self.path, self._catalogue, tuple(kinds)
        return lambda: write_handouts(
            db_path,
            meeting_id,
            folder,
            kinds,
            catalogue,
            person_id=person_id,
            html=html,
            existing=existing,
            beside_writer=True,
        )

    def handout_print_job(self, meeting_id: str, kind: Handout, person_id: str | None) -> Callable[[], bytes]:
        """One document (a person's sheet or record, or the group summary) as PDF bytes, to print."""
        from .handouts import handout_pdf_bytes

        db_path, catalogue = self.path, self._catalogue
        return lambda: handout_pdf_bytes(db_path, meeting_id, kind, person_id, catalogue, beside_writer=True)


# Helpers ----------------------------------------------------------------------------------------


@contextmanager
def reading_store(db_path: Path, beside_writer: bool) -> Iterator[Store]:
    """This job's own read-only connection, closed when the job ends however it ends.

    It never writes, locks or upgrades the file (app.opening). Beside the window's writer, which
    checked every page of the file when it opened it, the job does not check them again.
    """
    from .opening import open_for_job, open_for_reading

    store = (open_for_job if beside_writer else open_for_reading)(Path(db_path))
    try:
        yield store
    finally:
        store.close()


@contextmanager
def saving_to(out: Path, code: str) -> Iterator[None]:
    """Turn a failure to write *out* into a DocumentNotSaved that names only *out*.

    A folder the person may not write to is said as such; other failures (a full disk, a
    read-only disk) take their reason from domain.messages.os_reason.
    """
    try:
        yield
    except OSError as error:  # the services' own, or the system's
        if error.errno in (errno.EACCES, errno.EPERM):
            raise DocumentNotSaved("file.folder_not_writable", file=out.name, folder=str(out.parent)) from error
        if error.errno == errno.EISDIR:
            raise DocumentNotSaved("file.is_folder", file=str(out), suffix=out.suffix) from error
        raise DocumentNotSaved(code, file=out.name, reason=os_reason(error)) from error
