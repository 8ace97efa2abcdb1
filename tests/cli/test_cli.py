"""The command line, run as a real process: exit codes, one-line errors, and no changes on failure."""

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_desktop.cli import main


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "coprod_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def locale(lang: str) -> dict[str, str]:
    """An environment whose language is LANG=*lang* alone (nothing set before it overrides it)."""
    return {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": lang}


def private(path: Path) -> bool:
    """Readable and writable by its owner only: what we save holds people's names and words."""
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def snapshot(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    result = run("demo", "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db, result.stdout.strip()


def test_demo_adds_a_meeting_and_prints_its_id(demo_db):
    db, meeting_id = demo_db
    listed = run("meetings", "--db", str(db))
    assert listed.returncode == 0
    [line] = listed.stdout.splitlines()
    assert line.split("\t")[0] == meeting_id
    assert "day centre" in line


def test_db_option_works_before_the_command_and_from_the_environment(demo_db):
    db, meeting_id = demo_db
    assert meeting_id in run("--db", str(db), "meetings").stdout
    assert meeting_id in run("meetings", env={"COPROD_DB": str(db)}).stdout


def test_summary_writes_a_pdf_with_every_credit(demo_db, tmp_path):
    db, meeting_id = demo_db
    out = tmp_path / "summary.pdf"
    result = run("summary", meeting_id, "-o", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert private(out)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(out).pages)
    for credit in ("Sam said", "Priya Shah said", "Gwen M said", "T.N. said", "Dot said", "Ahmed said"):
        assert credit in text
    assert "Tomasz" not in text  # credited by initials only


def test_export_then_import_into_another_database(demo_db, tmp_path):
    db, meeting_id = demo_db
    out = tmp_path / "meeting.json"
    assert run("export", meeting_id, "-o", str(out), "--db", str(db)).returncode == 0
    assert private(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["meeting"]["id"] == meeting_id
    assert len(data["contributions"]) == 15

    other = tmp_path / "other.db"
    first = run("import", str(out), "--db", str(other), env=locale("C.UTF-8"))
    assert first.returncode == 0, first.stderr
    assert "Contributions added: 15." in first.stdout
    # Said in the environment's language, as errors are; the title stays as it was typed.
    second = run("import", str(out), "--db", str(other), env=locale("cy_GB.UTF-8"))
    assert second.returncode == 0
    assert second.stdout.startswith(f"Wedi mewnforio “{data['meeting']['title']}”.")
    assert "Cyfraniadau wedi'u hychwanegu: 0. Yma'n barod: " in second.stdout
    assert meeting_id in run("meetings", "--db", str(other)).stdout


def expect_refusal(result: subprocess.CompletedProcess, words: str) -> None:
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert words in lines[0]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["summary", "00000000-0000-4000-8000-000000000000", "-o", "{tmp}/x.pdf"], "no meeting with the id"),
        (["export", "not-an-id", "-o", "{tmp}/x.json"], "no meeting with the id"),
        (["summary", "{meeting}", "-o", "{tmp}/no/such/folder/x.pdf"], "does not exist"),
        (["summary", "{meeting}", "-o", "{tmp}"], "is a folder"),
        (["summary", "{meeting}"], "required"),
        (["import", "{tmp}/missing.json"], "missing.json"),
        (["import", "{tmp}/not.json"], "Cannot import"),
        (["import", "{tmp}/wrong.json"], "Cannot import"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_changes_nothing(demo_db, tmp_path, args, words):
    db, meeting_id = demo_db
    (tmp_path / "not.json").write_text("this is { not json", encoding="utf-8")
    (tmp_path / "wrong.json").write_text(json.dumps({"format": "coprod-desktop.meeting", "version": 1}))
    before = snapshot(db)
    filled = [a.format(tmp=tmp_path, meeting=meeting_id) for a in args]
    expect_refusal(run(*filled, "--db", str(db)), words)
    assert snapshot(db) == before


def test_missing_database_is_not_created_by_reading_commands(tmp_path):
    db = tmp_path / "none.db"
    expect_refusal(run("meetings", "--db", str(db)), "There is no meeting database")
    assert not db.exists()


def test_failed_import_into_a_new_database_leaves_no_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    db = tmp_path / "new.db"
    expect_refusal(run("import", str(bad), "--db", str(db)), "Cannot import")
    assert not db.exists()


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", "is empty"), (b"plain text, not a database" * 20, "not a CoProd Desktop meeting database")],
)
def test_damaged_database_is_refused_and_left_alone(tmp_path, content, words):
    db = tmp_path / "bad.db"
    db.write_bytes(content)
    expect_refusal(run("meetings", "--db", str(db)), words)
    expect_refusal(run("demo", "--db", str(db)), words)
    assert db.read_bytes() == content


def test_main_returns_2_in_process(capsys, tmp_path):
    assert main(["meetings", "--db", str(tmp_path / "nothing.db")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("coprod-desktop: ")


def test_help_documents_every_command():
    result = run("--help")
    assert result.returncode == 0
    for command in ("demo", "meetings", "summary", "export", "import", "--db", "COPROD_DB"):
        assert command in result.stdout


def test_audio_saves_one_persons_words(demo_db, tmp_path):
    import wave

    db, meeting_id = demo_db
    export = tmp_path / "m.json"
    run("export", meeting_id, "-o", str(export), "--db", str(db))
    person = json.loads(export.read_text(encoding="utf-8"))["people"][0]["id"]
    out = tmp_path / "sam.wav"
    result = run("audio", meeting_id, person, "-o", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    with wave.open(str(out)) as wav:
        assert wav.getnframes() / wav.getframerate() > 5
    assert private(out)
    expect_refusal(run("audio", meeting_id, "not-a-person", "-o", str(out), "--db", str(db)), "not taking part")


def test_no_recording_is_made_for_someone_who_said_no_to_take_home_documents(demo_db, tmp_path):
    from coprod_desktop.store import open_store
    from coprod_desktop.store.consent_events import record_consent

    shared, meeting_id = demo_db
    db = tmp_path / "mine.db"  # the demo database is shared by the module's tests: change a copy
    shutil.copy(shared, db)
    store = open_store(db)
    try:
        person = store.people.attendees(meeting_id)[0]
        with store.transaction():
            record_consent(store.db, person.person_id, "take_home", False, "")
    finally:
        store.close()
    out = tmp_path / "theirs.wav"
    result = run("audio", meeting_id, person.person_id, "-o", str(out), "--db", str(db))
    expect_refusal(result, "said no to take-home documents")
    assert not out.exists()


def test_audio_in_a_language_without_a_voice_says_so_in_the_environments_language(tmp_path):
    from coprod_desktop.store import open_store

    db = tmp_path / "so.db"
    meeting_id = run("demo", "--db", str(db)).stdout.strip()
    with open_store(db) as store:
        store.meetings.set_speech(meeting_id, "so", 160, 1.0)  # Somali: espeak-ng has no voice for it
    person = person_id(db, meeting_id, tmp_path)
    out = tmp_path / "so.wav"
    result = run("audio", meeting_id, person, "-o", str(out), "--db", str(db), env=locale("pl_PL.UTF-8"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert result.stderr == ("coprod-desktop: Nie zainstalowano głosu dla języka: somalijski. Czytanie po angielsku.\n")


def person_id(db: Path, meeting_id: str, tmp_path: Path) -> str:
    export = tmp_path / "people.json"
    assert run("export", meeting_id, "-o", str(export), "--db", str(db)).returncode == 0
    return json.loads(export.read_text(encoding="utf-8"))["people"][0]["id"]


@pytest.mark.parametrize(("command", "name", "words"), [("summary", "s.txt", ".pdf"), ("export", "m.pdf", ".json")])
def test_a_file_name_with_the_wrong_ending_is_refused(demo_db, tmp_path, command, name, words):
    # A PDF saved as s.txt opens as nonsense in a text editor: it is refused, not written under that name.
    db, meeting_id = demo_db
    expect_refusal(run(command, meeting_id, "-o", str(tmp_path / name), "--db", str(db)), f"does not end in {words}")
    assert not (tmp_path / name).exists()


def test_audio_with_the_wrong_ending_is_refused_before_any_speech(demo_db, tmp_path):
    db, meeting_id = demo_db
    person = person_id(db, meeting_id, tmp_path)
    expect_refusal(run("audio", meeting_id, person, "-o", str(tmp_path / "a.mp3"), "--db", str(db)), ".wav")
    assert not (tmp_path / "a.mp3").exists()


# A read-only folder. Root writes anywhere, and the tests may run as root (in a container): then the
# command runs without the capability that lets root ignore file permissions, so the folder's
# permissions apply to it as to anyone. As an ordinary user, the folder's permissions are enough.
AS_ORDINARY_USER = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []


@pytest.mark.skipif(
    os.geteuid() == 0 and not shutil.which("setpriv"), reason="needs setpriv to run as an ordinary user"
)
@pytest.mark.parametrize(("command", "name"), [("summary", "s.pdf"), ("export", "m.json"), ("audio", "a.wav")])
def test_a_read_only_folder_is_said_plainly_naming_only_the_file_asked_for(demo_db, tmp_path, command, name):
    db, meeting_id = demo_db
    ids = [meeting_id, person_id(db, meeting_id, tmp_path)] if command == "audio" else [meeting_id]
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    before = snapshot(db)
    command_line = [sys.executable, "-m", "coprod_desktop", command, *ids, "-o", str(locked / name), "--db", str(db)]
    result = subprocess.run(
        [*AS_ORDINARY_USER, *command_line],
        capture_output=True,
        text=True,
        timeout=120,
    )
    expect_refusal(result, "cannot be written")
    assert name in result.stderr and str(locked) in result.stderr
    assert ".tmp" not in result.stderr and ".part" not in result.stderr  # no hidden temporary file named
    assert os.listdir(locked) == []
    assert snapshot(db) == before


@pytest.mark.skipif(
    os.geteuid() == 0 and not shutil.which("setpriv"), reason="needs setpriv to run as an ordinary user"
)
def test_a_database_in_a_folder_that_cannot_be_written_is_read_as_it_is(demo_db, tmp_path):
    """A meeting file on a shared folder or a read-only stick: listed and printed, left untouched,
    nothing made beside it (before: refused, as no -shm file could be made there)."""
    shared, meeting_id = demo_db
    folder = tmp_path / "shared"
    folder.mkdir()
    db = folder / "meetings.db"
    shutil.copy(shared, db)
    folder.chmod(0o555)
    before = snapshot(db)
    try:
        listed = subprocess.run(
            [*AS_ORDINARY_USER, sys.executable, "-m", "coprod_desktop", "meetings", "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert listed.returncode == 0, listed.stderr
        assert meeting_id in listed.stdout
        out = tmp_path / "s.pdf"
        summary = [sys.executable, "-m", "coprod_desktop", "summary", meeting_id, "-o", str(out), "--db", str(db)]
        printed = subprocess.run([*AS_ORDINARY_USER, *summary], capture_output=True, text=True, timeout=120)
        assert printed.returncode == 0, printed.stderr
        assert out.read_bytes().startswith(b"%PDF")
        assert sorted(os.listdir(folder)) == ["meetings.db"]
        assert snapshot(db) == before
    finally:
        folder.chmod(0o755)


def test_audio_with_speech_switched_off_exits_2_with_one_line(demo_db, tmp_path):
    db, meeting_id = demo_db
    person = person_id(db, meeting_id, tmp_path)
    out = tmp_path / "off.wav"
    result = run("audio", meeting_id, person, "-o", str(out), "--db", str(db), env={"COPROD_SPEECH_DRIVER": "none"})
    expect_refusal(result, "Speech is off")
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["people.json"]


ESPEAK_LIBRARY = Path("/usr/lib/x86_64-linux-gnu/libespeak-ng.so.1")


@pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("unshare") or not ESPEAK_LIBRARY.exists(),
    reason="needs root and unshare to hide the espeak-ng library from one process",
)
def test_audio_on_a_computer_without_espeak_ng_exits_2_with_one_line(demo_db, tmp_path):
    """As on a laptop where espeak-ng was never installed: in a private mount namespace the library
    is replaced by an empty file (so it cannot be loaded) and espeak-ng is off the PATH."""
    db, meeting_id = demo_db
    person = person_id(db, meeting_id, tmp_path)
    out = tmp_path / "none.wav"
    command = " ".join(
        [
            f"mount --bind /dev/null {ESPEAK_LIBRARY.resolve()} &&",
            "PATH=/nonexistent",
            sys.executable,
            "-m coprod_desktop audio",
            meeting_id,
            person,
            f"-o {out} --db {db}",
        ]
    )
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("mount namespaces are not allowed here")
    result = subprocess.run(["unshare", "-m", "sh", "-c", command], capture_output=True, text=True, timeout=120)
    expect_refusal(result, "Speech is off")
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["people.json"]
