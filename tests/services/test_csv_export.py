"""A meeting's contributions as CSV: one row each, credited as each person chose, withdrawn words
left out, and nothing a spreadsheet would run as a formula."""

import csv
import io
import stat

import pytest
from test_easy_read_documents import TWELVE, twelve  # noqa: F401 - the fixture is used by name

from coprod_desktop.app.documents import write_meeting_export
from coprod_desktop.domain.credit import CreditStyle
from coprod_desktop.domain.errors import NotFound, ValidationError
from coprod_desktop.services.csv_export import meeting_rows, neutralised


def read_back(path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_one_row_each_credited_as_chosen(store, twelve, catalogue, db_path, tmp_path):  # noqa: F811
    out = write_meeting_export(db_path, twelve["meeting"].id, tmp_path / "garden.csv")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the other scripts right
    rows = read_back(out)
    assert rows[0] == ["Prompt", "Person", "Words", "Cards", "Time", "Confirmed", "Agreed by", "Supported by"]
    standing = store.contributions.for_meeting(twelve["meeting"].id)
    assert len(rows) == 1 + len(standing)
    roses = next(r for r in rows if r[2] == "I love the roses.")
    assert roses[:2] == ["What is good about the garden?", "Sam"]
    assert roses[3] == "Good" and roses[5] == "yes" and roses[6] == "Priya Shah; Star"
    shade = next(r for r in rows if r[2] == "More shade, please.")
    assert shade[1] == "J.M.Q." and shade[7] == "Jo (interpreter)"
    assert next(r for r in rows if r[2] == "Can we meet in spring?")[0] == ""  # said under no prompt
    text = out.read_text(encoding="utf-8-sig")
    for full, style, _chosen in TWELVE:
        if style is not CreditStyle.FULL_NAME:
            assert full not in text
    assert "Noisy neighbours" not in text and "Secret about the staff" not in text  # withdrawn


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 more trips", "'+1 more trips"),
        ("-5 degrees", "'-5 degrees"),
        ("@Sam", "'@Sam"),
        ("\tcmd", "'\tcmd"),
        ("I like = signs", "I like = signs"),
    ],
)
def test_what_a_spreadsheet_would_run_is_kept_as_words(typed, written):
    assert neutralised(typed) == written


def test_a_formula_typed_in_the_room_is_written_as_words(store, twelve, catalogue, db_path, tmp_path):  # noqa: F811
    m, sam = twelve["meeting"], twelve["people"]["Sam"]
    store.contributions.add(m.id, sam.person_id, "=cmd|' /C calc'!A0", [], None)
    rows = read_back(write_meeting_export(db_path, m.id, tmp_path / "x.csv"))
    assert ["", "Sam", "'=cmd|' /C calc'!A0"] == rows[-1][:3]


def test_headings_in_the_meetings_language(store, twelve, catalogue):  # noqa: F811
    store.meetings.set_speech(twelve["meeting"].id, "cy", 150, 1.0)
    headings = meeting_rows(store, twelve["meeting"].id, catalogue)[0]
    assert headings[0] != "Prompt" and len(headings) == 8


def test_bad_names_and_meetings_are_refused(store, twelve, db_path, tmp_path):  # noqa: F811
    with pytest.raises(NotFound):
        write_meeting_export(db_path, "no-such-meeting", tmp_path / "x.csv")
    with pytest.raises(ValidationError):
        write_meeting_export(db_path, twelve["meeting"].id, tmp_path / "x.txt")
    assert list(tmp_path.glob("x.*")) == []
