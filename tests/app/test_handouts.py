"""Take-home sheets, certificates and the summary saved into a chosen folder: one file per
person, named from the meeting and the person, never outside the folder, never over a file
without being told to, and readable by their owner only."""

import stat

import pytest
from pypdf import PdfReader

from coprod_desktop.app.handouts import (
    Existing,
    Handout,
    existing_files,
    plan_handouts,
    write_handouts,
    write_summary_document,
)
from coprod_desktop.domain.errors import NotFound, ValidationError
from coprod_desktop.services.demo import create_demo_meeting


@pytest.fixture
def demo(store):
    return create_demo_meeting(store)


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_everyone_gets_a_sheet_and_a_certificate_as_pdf_and_html(store, demo, catalogue, db_path, tmp_path):
    out = tmp_path / "handouts"
    out.mkdir()
    people = store.people.attendees(demo.id)
    written = write_handouts(db_path, demo.id, out, [Handout.TAKE_HOME, Handout.CERTIFICATE], catalogue, html=True)
    assert len(written) == len(people) * 2 * 2
    assert all(path.parent == out for path in written)
    assert all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in written)
    assert sorted(p.suffix for p in written).count(".html") == len(people) * 2
    for attendee in people:
        mine = [p for p in written if attendee.credited_as.rstrip(".") in p.name]
        assert mine, attendee.credited_as
    sam = next(p for p in written if p.name.endswith("Sam take-home.pdf"))
    assert "Thank you, Sam" in _text(sam)
    assert sam.name.startswith(f"{demo.date} Our day centre what works")  # the colon made safe


def test_one_person_only(store, demo, catalogue, db_path, tmp_path):
    sam = next(a for a in store.people.attendees(demo.id) if a.credited_as == "Sam")
    written = write_handouts(db_path, demo.id, tmp_path, [Handout.TAKE_HOME], catalogue, person_id=sam.person_id)
    assert [p.name for p in written] == [
        f"{demo.date} Our day centre what works, what could be better - Sam take-home.pdf"
    ]
    with pytest.raises(NotFound):
        write_handouts(db_path, demo.id, tmp_path, [Handout.TAKE_HOME], catalogue, person_id="nobody")


def test_an_existing_file_is_kept_unless_told_to_replace_it(demo, catalogue, db_path, tmp_path):
    first = write_handouts(db_path, demo.id, tmp_path, [Handout.CERTIFICATE], catalogue)
    planned = plan_handouts(db_path, demo.id, tmp_path, [Handout.CERTIFICATE], catalogue)
    assert existing_files(planned) == first  # what the window asks about
    first[0].write_bytes(b"mine")
    second = write_handouts(db_path, demo.id, tmp_path, [Handout.CERTIFICATE], catalogue)
    assert first[0].read_bytes() == b"mine"  # kept
    assert second[0].name.endswith(" (2).pdf")
    third = write_handouts(db_path, demo.id, tmp_path, [Handout.CERTIFICATE], catalogue, existing=Existing.REPLACE)
    assert third[0] == first[0] and first[0].read_bytes().startswith(b"%PDF")


def test_a_hostile_title_stays_inside_the_folder(store, catalogue, db_path, tmp_path):
    meeting = store.meetings.create("../../etc/passwd \\ <evil> .", "2026-11-26")
    store.people.add_attendee(meeting.id, "Sam Brown", "first_name")
    out = tmp_path / "out"
    out.mkdir()
    written = write_handouts(db_path, meeting.id, out, [Handout.TAKE_HOME], catalogue, html=True)
    assert [p.parent for p in written] == [out, out]
    assert not any(p.name.startswith(".") for p in written)


def test_a_folder_that_is_not_one_is_refused(demo, catalogue, db_path, tmp_path):
    with pytest.raises(ValidationError) as refused:
        write_handouts(db_path, demo.id, tmp_path / "missing", [Handout.TAKE_HOME], catalogue)
    assert refused.value.code == "file.no_folder"


def test_the_summary_in_another_language_and_as_html(store, demo, catalogue, db_path, tmp_path):
    welsh = write_summary_document(db_path, demo.id, tmp_path / "crynodeb.pdf", catalogue, language="cy")
    assert "Pwy" in _text(welsh) or "Tudalen" in _text(welsh)
    page = write_summary_document(db_path, demo.id, tmp_path / "summary.html", catalogue)
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'lang="en' in html
    with pytest.raises(ValidationError):
        write_summary_document(db_path, demo.id, tmp_path / "x.pdf", catalogue, language="xx")
    assert not (tmp_path / "x.pdf").exists()


def test_the_web_page_copy_is_small_enough_for_a_phone(demo, catalogue, db_path, tmp_path):
    """Pictures are inlined at screen size (the print ones made the demo's page 700 KB)."""
    import base64
    import io
    import re

    from PIL import Image

    page = write_summary_document(db_path, demo.id, tmp_path / "summary.html", catalogue)
    html = page.read_text(encoding="utf-8")
    pictures = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    assert len(pictures) >= 15
    sizes = [Image.open(io.BytesIO(base64.b64decode(p))).size for p in pictures]
    assert max(max(size) for size in sizes) <= 208
    assert page.stat().st_size < 250_000


# The spreadsheet and the export file, saved beside the documents ---------------------------------


def _csv_rows(path) -> list[list[str]]:
    import csv
    import io

    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


DATA = [Handout.SPREADSHEET, Handout.EXPORT]


def test_the_spreadsheet_and_export_file_go_beside_the_documents(store, demo, catalogue, db_path, tmp_path):
    from coprod_desktop.services.exchange_read import read_export

    sam = next(a for a in store.people.attendees(demo.id) if a.credited_as == "Sam")
    store.contributions.add(demo.id, sam.person_id, '=HYPERLINK("http://evil")', [], None)
    said = store.contributions.for_meeting(demo.id)
    # One person chosen: the data files are the whole group's all the same, like the summary.
    written = write_handouts(
        db_path, demo.id, tmp_path, [Handout.TAKE_HOME, *DATA], catalogue, person_id=sam.person_id, html=True
    )
    stem = f"{demo.date} Our day centre what works, what could be better"
    assert [p.name for p in written] == [
        f"{stem} - Sam take-home.pdf",
        f"{stem} - Sam take-home.html",
        f"{stem} - contributions.csv",
        f"{stem}.coprod.json",
    ]
    assert all(p.parent == tmp_path and stat.S_IMODE(p.stat().st_mode) == 0o600 for p in written)
    rows = _csv_rows(written[2])
    assert rows[0][:3] == ["Prompt", "Person", "Words"]
    assert len(rows) == 1 + len(said) and len(said) > 1
    assert {row[1] for row in rows[1:]} > {"Sam"}  # everyone's words, not Sam's alone
    assert ["", "Sam", '\'=HYPERLINK("http://evil")'] == rows[-1][:3]  # words, never a formula
    export = read_export(written[3])
    assert export.meeting.id == demo.id and len(export.contributions) == len(said)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_existing_data_files_are_asked_about_and_kept_or_replaced(demo, catalogue, db_path, tmp_path):
    first = write_handouts(db_path, demo.id, tmp_path, DATA, catalogue)
    planned = plan_handouts(db_path, demo.id, tmp_path, DATA, catalogue, html=True)  # no web copy of data
    assert [p.path for p in planned] == first and existing_files(planned) == first
    assert [p.person_id for p in planned] == [None, None]
    for path in first:
        path.write_bytes(b"mine")
    kept = write_handouts(db_path, demo.id, tmp_path, DATA, catalogue)
    assert [p.name for p in kept] == [
        first[0].name.replace(".csv", " (2).csv"),
        first[1].name.replace(".coprod.json", " (2).coprod.json"),  # still an export file by its name
    ]
    assert all(p.read_bytes() == b"mine" for p in first)
    replaced = write_handouts(db_path, demo.id, tmp_path, DATA, catalogue, existing=Existing.REPLACE)
    assert replaced == first
    assert _csv_rows(first[0])[0][0] == "Prompt" and first[1].read_text(encoding="utf-8").startswith("{")


def test_a_hostile_title_keeps_the_data_files_inside_the_folder(store, catalogue, db_path, tmp_path):
    meeting = store.meetings.create("../../etc/passwd \\ <evil> .", "2026-11-26")
    store.people.add_attendee(meeting.id, "Sam Brown", "first_name")
    out = tmp_path / "out"
    out.mkdir()
    written = write_handouts(db_path, meeting.id, out, DATA, catalogue)
    assert [p.parent for p in written] == [out, out]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)
    assert not any(p.name.startswith(".") or "/" in p.name or "\\" in p.name for p in written)


def test_an_unknown_meeting_writes_no_data_file(catalogue, db_path, store, tmp_path):
    with pytest.raises(NotFound):
        plan_handouts(db_path, "no-such-meeting", tmp_path, DATA, catalogue)
    with pytest.raises(NotFound):
        write_handouts(db_path, "no-such-meeting", tmp_path, DATA, catalogue)
    assert [p for p in tmp_path.iterdir() if not p.name.startswith("meetings")] == []


def test_a_data_file_is_not_printed(demo, catalogue, db_path):
    from coprod_desktop.app.handouts import handout_pdf_bytes

    assert [kind for kind in Handout if not kind.is_document] == DATA
    for kind in DATA:
        with pytest.raises(ValueError):
            handout_pdf_bytes(db_path, demo.id, kind, None, catalogue)
