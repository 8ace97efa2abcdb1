"""Errors as sentences in the person's language: describe() for the ui and the command line."""

import sqlite3
import string

import pytest

from coprod_desktop.app.messages import describe, language_from_environment, sentence
from coprod_desktop.cli import main
from coprod_desktop.domain.errors import NotFound, ValidationError
from coprod_desktop.domain.messages import MESSAGES, REASONS, TERM_CONTEXTS
from coprod_desktop.services.speech import SpeechFailed
from coprod_desktop.store import DamagedDatabase, StoreWriteError

ISOLATE, POP = "\u2068", "\u2069"
LANGUAGES = ("cy", "pl", "ar", "ur")
# Something a person typed, with markup and braces in it: it must come out exactly as typed.
TYPED = "<b>Siân</b> {limit} & co"


def _params(code: str) -> dict[str, object]:
    """A value for each placeholder of *code*: typed text, a reason code, or a marker word."""
    values: dict[str, object] = {}
    for _, name, _, _ in string.Formatter().parse(MESSAGES[code]):
        if name == "reason":
            values[name] = "file.no_space"
        elif name == "colour":
            values[name] = "orange"
        elif name == "shape":
            values[name] = "circle"
        elif name:
            values[name] = f"{TYPED} {name}"
    return values


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "<b>Siân</b> is already taking part in this meeting."),
        ("cy", "Mae <b>Siân</b> eisoes yn cymryd rhan yn y cyfarfod hwn."),
        ("pl", "<b>Siân</b> już bierze udział w tym spotkaniu."),
        ("ar", f"{ISOLATE}<b>Siân</b>{POP} يشارك في هذا الاجتماع بالفعل."),
        ("ur", f"{ISOLATE}<b>Siân</b>{POP} پہلے ہی اس میٹنگ میں شامل ہیں۔"),
    ],
)
def test_an_error_is_said_in_the_language_with_the_name_kept_as_typed(language, expected):
    assert describe(ValidationError("person.already_here", name="<b>Siân</b>"), language) == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_error_reads_in_every_language_with_its_values_filled_in(language):
    for code in MESSAGES:
        params = _params(code)
        english = describe(ValidationError(code, **params), "en")
        said = describe(ValidationError(code, **params), language)
        assert said != english, code
        assert "{" + "reason}" not in said and said.count("{") == said.count(TYPED) * TYPED.count("{"), code
        for name, value in params.items():
            if name not in ("reason", *TERM_CONTEXTS):
                assert str(value) in said, (code, name)


def test_a_reason_and_marker_words_are_said_in_the_same_language():
    error = StoreWriteError("database.cannot_open", name="x.db", reason="database.disk_full")
    assert describe(error, "cy") == (
        "Does dim modd agor x.db. Mae'r ddisg yn llawn, felly ni chadwyd dim. "
        "Gwnewch ychydig o le a rhowch gynnig arall arni."
    )
    taken = ValidationError("person.marker_taken", name="Sam", colour="sky blue", shape="heart")
    assert describe(taken, "en") == "Sam already has the sky blue heart marker. Please choose another colour or shape."
    assert "calon" in describe(taken, "cy")  # "heart", from the Markers words
    assert all(reason in MESSAGES for reason in REASONS)


def test_an_english_sentence_still_raised_by_old_code_is_not_lost():
    assert describe(ValidationError("That cannot be done."), "cy") == "That cannot be done."


def test_a_code_missing_from_the_table_is_never_shown_as_it_is():
    assert describe(ValidationError("person.no_such_code", name="Sam"), "pl") == sentence("error.unknown", {}, "pl")


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (RuntimeError("boom at /home/sam/secret.db line 42"), "error.unknown"),
        (KeyError("internal_key"), "error.unknown"),
        (sqlite3.OperationalError("disk I/O error in /home/sam/secret.db"), "database.failed"),
        (sqlite3.DatabaseError("file is not a database"), "database.failed"),
        (OSError(28, "No space left on device"), "file.no_space"),
        (OSError(30, "Read-only file system"), "file.read_only"),
        (PermissionError(13, "Permission denied"), "file.not_allowed"),
        (FileNotFoundError(2, "No such file or directory"), "file.not_found"),
    ],
)
@pytest.mark.parametrize("language", ("en", "cy", "ar"))
def test_other_exceptions_get_a_general_sentence_never_their_own_text(error, code, language):
    said = describe(error, language)
    assert said == sentence(code, {}, language)
    for raw in ("boom", "secret", "internal_key", "disk I/O", "not a database", "Permission denied", "No space"):
        assert raw not in said


def test_a_file_error_names_the_file_and_nothing_else():
    said = describe(PermissionError(13, "Permission denied", "/srv/notes.pdf"), "pl")
    assert said == "CoProd Desktop nie ma dostępu do /srv/notes.pdf. Wybierz inny plik lub folder."


def test_the_store_and_speech_errors_are_errors_with_codes():
    damaged = DamagedDatabase("database.damaged_backup", name="m.db", backup="m.backup.db")
    assert str(damaged) == (
        "m.db is damaged and cannot be opened. It was left as it is. A backup is available: m.backup.db."
    )
    assert describe(StoreWriteError(), "en") == MESSAGES["database.not_saved"]
    assert describe(SpeechFailed(), "en") == MESSAGES["speech.failed"]
    assert describe(NotFound("person.unknown"), "ur") == "یہ شخص اس لیپ ٹاپ پر معلوم نہیں۔"


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "cy_GB.UTF-8"}, "cy"),
        ({"LANGUAGE": "pl:en", "LANG": "en_GB.UTF-8"}, "pl"),
        ({"LANGUAGE": "xx:ar", "LANG": "cy_GB.UTF-8"}, "ar"),
        ({"LC_ALL": "ur_PK.UTF-8", "LANG": "pl_PL.UTF-8"}, "ur"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_ALL": "C", "LANG": "cy_GB.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_command_line_language_comes_from_the_environment(environ, language):
    assert language_from_environment(environ) == language


def test_the_command_line_says_an_error_in_one_welsh_line(tmp_path, monkeypatch, capsys):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "cy_GB.UTF-8")
    missing = tmp_path / "nothing-here.db"
    assert main(["meetings", "--db", str(missing)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"coprod-desktop: Does dim cronfa ddata cyfarfodydd yn {missing}.\n"


def test_an_error_given_as_a_param_is_said_in_the_same_language():
    refused = ValidationError("marker.colour_unknown", value="pink")
    error = ValidationError("import.value_refused", file="m.json", field="people[0].marker.colour", reason=refused)
    assert str(error) == "Cannot import m.json: people[0].marker.colour cannot be used. Unknown marker colour: 'pink'."
    assert describe(error, "pl") == (
        "Nie można zaimportować m.json: nie można użyć people[0].marker.colour. Nieznany kolor znacznika: 'pink'."
    )
