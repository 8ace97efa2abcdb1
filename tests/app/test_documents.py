"""The printing and exporting jobs, headless: plain data in, a private file (or bytes) out, a
plain coded error when the file cannot be made, and nothing left behind either way."""

import io
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import wave
from ctypes.util import find_library

import pytest
from pypdf import PdfReader

from coprod_desktop.app.documents import (
    DocumentJobs,
    DocumentNotMade,
    output_path,
    summary_pdf_for_printing,
    take_home_speech,
    write_meeting_export,
    write_summary_pdf,
    write_take_home_audio,
)
from coprod_desktop.domain.errors import NotFound, ValidationError
from coprod_desktop.domain.profile import CommunicationProfile

HAS_ESPEAK = bool(shutil.which("espeak-ng") and find_library("espeak-ng")) or bool(os.environ.get("CI"))
UNKNOWN = "00000000-0000-4000-8000-000000000000"


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def pdf_text(data) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(data).pages)


@pytest.fixture
def said(store, meeting):
    m, sam, ann, prompt = meeting["meeting"], meeting["sam"], meeting["ann"], meeting["prompt"]
    store.contributions.add(m.id, sam.person_id, "The garden is lovely", ["feeling-good"], prompt.id)
    store.contributions.add(m.id, ann.person_id, "More trips out, please", [], prompt.id)
    return meeting


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_the_summary_pdf_credits_everyone_and_is_readable_by_its_owner_only(store, said, catalogue, out):
    path = write_summary_pdf(store.path, said["meeting"].id, out / "summary.pdf", catalogue)
    assert path == out / "summary.pdf"
    text = pdf_text(path)
    assert "Sam said" in text and "Star said" in text and "More trips out, please" in text
    assert mode(path) == 0o600
    assert os.listdir(out) == ["summary.pdf"]


def test_replacing_a_shared_file_makes_it_private(store, said, catalogue, out):
    old = out / "summary.pdf"
    old.write_bytes(b"last week's")
    old.chmod(0o644)
    write_summary_pdf(store.path, said["meeting"].id, old, catalogue)
    assert mode(old) == 0o600 and old.read_bytes().startswith(b"%PDF")


def test_the_export_is_readable_by_its_owner_only(store, said, out):
    path = write_meeting_export(store.path, said["meeting"].id, out / "meeting.json")
    assert json.loads(path.read_text(encoding="utf-8"))["meeting"]["id"] == said["meeting"].id
    assert mode(path) == 0o600
    assert os.listdir(out) == ["meeting.json"]


def test_printing_builds_the_pdf_in_memory_and_leaves_no_file_anywhere(store, said, catalogue, tmp_path, monkeypatch):
    private_temp = tmp_path / "temp"
    private_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_temp))
    before = set(os.listdir(store.path.parent))
    data = summary_pdf_for_printing(store.path, said["meeting"].id, catalogue)
    assert data.startswith(b"%PDF")
    assert "The garden is lovely" in pdf_text(io.BytesIO(data))
    assert os.listdir(private_temp) == []
    assert set(os.listdir(store.path.parent)) == before


@pytest.mark.parametrize(
    ("name", "code"),
    [("notes.txt", "file.wrong_suffix"), ("summary.PDF.txt", "file.wrong_suffix"), ("nowhere/x.pdf", "file.no_folder")],
)
def test_a_name_that_cannot_be_used_is_refused_before_any_work(store, said, catalogue, out, name, code):
    with pytest.raises(ValidationError) as caught:
        write_summary_pdf(store.path, said["meeting"].id, out / name, catalogue)
    assert caught.value.code == code
    assert os.listdir(out) == []


def test_a_folder_given_as_the_file_is_refused(out):
    (out / "taken.json").mkdir()
    with pytest.raises(ValidationError) as caught:
        output_path(out / "taken.json", ".json")
    assert caught.value.code == "file.is_folder" and caught.value.params["suffix"] == ".json"


def test_the_suffix_check_ignores_case(out):
    assert output_path(out / "Summary.PDF", ".pdf") == out / "Summary.PDF"


def test_an_unknown_meeting_or_person_is_not_found_and_nothing_is_written(store, said, catalogue, out):
    with pytest.raises(NotFound):
        write_summary_pdf(store.path, UNKNOWN, out / "s.pdf", catalogue)
    with pytest.raises(NotFound):
        write_meeting_export(store.path, UNKNOWN, out / "m.json")
    with pytest.raises(NotFound):
        write_take_home_audio(store.path, said["meeting"].id, "nobody", out / "a.wav", catalogue)
    assert os.listdir(out) == []


def test_a_job_runs_on_another_thread_beside_the_windows_own_connection(store, said, catalogue, out):
    jobs = DocumentJobs(store, catalogue)
    results, errors = [], []

    def work():
        try:
            results.append(jobs.summary_job(said["meeting"].id, out / "s.pdf")())
            results.append(jobs.export_job(said["meeting"].id, out / "m.json")())
            results.append(jobs.print_job(said["meeting"].id)()[:4])
        except Exception as exc:  # pragma: no cover - shown by the assertion below
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert errors == []
    assert results == [out / "s.pdf", out / "m.json", b"%PDF"]
    store.meetings.get(said["meeting"].id)  # the window's own connection still works


def test_file_names_to_suggest_stay_inside_the_chosen_folder(store, catalogue):
    m = store.meetings.create("../../etc/<b>passwd</b>", "2026-11-26", "")
    dot = store.people.add_attendee(m.id, "Dot/..", "first_name")
    jobs = DocumentJobs(store, catalogue)
    for name in (jobs.summary_file_name(m.id), jobs.audio_file_name(m.id, dot.person_id), jobs.export_file_name(m.id)):
        assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert jobs.summary_file_name(m.id).endswith(" - summary.pdf")
    assert jobs.audio_file_name(m.id, dot.person_id).endswith(".wav")
    assert jobs.export_file_name(m.id).endswith(".coprod.json")


def test_take_home_speech_is_their_words_in_their_language(store, said, catalogue):
    sam = said["sam"]
    store.profiles.save(sam.person_id, CommunicationProfile(language="cy", speech_rate=120))
    speech = take_home_speech(store.path, said["meeting"].id, sam.person_id, catalogue)
    assert "The garden is lovely" in speech.text and "More trips out" not in speech.text
    assert speech.voice.language == "cy" and speech.voice.rate == 120


def test_speech_switched_off_is_a_plain_error_and_leaves_nothing(store, said, catalogue, out, monkeypatch):
    # The speech helper reads this from its environment: no engine is loaded at all.
    monkeypatch.setenv("COPROD_SPEECH_DRIVER", "none")
    with pytest.raises(DocumentNotMade) as caught:
        write_take_home_audio(store.path, said["meeting"].id, said["sam"].person_id, out / "sam.wav", catalogue)
    assert caught.value.code == "audio.speech_off"
    assert os.listdir(out) == []


@pytest.mark.skipif(not HAS_ESPEAK, reason="espeak-ng is not installed here (on CI this is a failure, not a skip)")
def test_the_take_home_recording_is_readable_by_its_owner_only(store, said, catalogue, out):
    path = write_take_home_audio(store.path, said["meeting"].id, said["sam"].person_id, out / "sam.wav", catalogue)
    with wave.open(str(path)) as wav:
        assert wav.getnframes() / wav.getframerate() > 3
    assert mode(path) == 0o600
    assert os.listdir(out) == ["sam.wav"]


# A folder the person may not write to. We run as root in the container, and root writes anywhere:
# the job then runs in a child process without the capability that lets root ignore permissions.
NO_OVERRIDE = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
needs_permissions = pytest.mark.skipif(
    os.geteuid() == 0 and not shutil.which("setpriv"), reason="needs setpriv to write as an ordinary user"
)

JOB = """
import json, sys
from pathlib import Path
from coprod_desktop.app import documents
from coprod_desktop.services.catalogue import load_catalogue
kind, db, meeting, out = sys.argv[1:5]
try:
    if kind == "pdf":
        documents.write_summary_pdf(Path(db), meeting, Path(out), load_catalogue())
    else:
        documents.write_meeting_export(Path(db), meeting, Path(out))
except documents.DocumentNotSaved as error:
    print(json.dumps({"code": error.code, "params": error.params, "text": str(error)}))
"""


@needs_permissions
@pytest.mark.parametrize(("kind", "name"), [("pdf", "s.pdf"), ("json", "m.json")])
def test_a_folder_that_cannot_be_written_is_said_plainly(store, said, tmp_path, kind, name):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    done = subprocess.run(
        [*NO_OVERRIDE, sys.executable, "-c", JOB, kind, str(store.path), said["meeting"].id, str(locked / name)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    error = json.loads(done.stdout)
    assert error["code"] == "file.folder_not_writable"
    assert error["params"] == {"file": name, "folder": str(locked)}
    assert ".tmp" not in error["text"]
    assert os.listdir(locked) == []
