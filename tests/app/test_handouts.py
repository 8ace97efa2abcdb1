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
