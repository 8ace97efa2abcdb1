"""Everything shown, printed or exported follows the consent in force: quotes taken back keep a
person's words in the room only, no take-home documents for someone who said no, and someone not
named is findable by their name nowhere. Real SQLite, real PDFs read back with pypdf."""

import csv
import io
import json
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader

from coprod_desktop.app.display_content import display_content
from coprod_desktop.app.handouts import Handout, handout_pdf_bytes, plan_handouts, write_handouts
from coprod_desktop.app.workspace import Workspace
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.services.csv_export import csv_text, meeting_rows
from coprod_desktop.services.easy_read.html import document_html
from coprod_desktop.services.easy_read.pdf import document_pdf_bytes
from coprod_desktop.services.easy_read.summary import build_summary
from coprod_desktop.services.easy_read.take_home_sheet import build_take_home
from coprod_desktop.services.exchange import export_meeting, import_meeting, parse_export_bytes

SAM_WORDS = "The garden needs more benches please"
ANN_WORDS = "Buses should come every half hour"
WITHHELD = "Not shared outside the room, as they asked."


@pytest.fixture
def workspace(store, catalogue):
    return Workspace(store, catalogue)


@pytest.fixture
def said(store, meeting):
    m, prompt = meeting["meeting"].id, meeting["prompt"].id
    sam = store.contributions.add(m, meeting["sam"].person_id, SAM_WORDS, ["topic-music"], prompt)
    ann = store.contributions.add(m, meeting["ann"].person_id, ANN_WORDS, [], prompt)
    store.agreements.add(sam.id, meeting["ann"].person_id)  # Ann agrees with Sam
    return {"sam": sam, "ann": ann}


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def html_text(doc) -> str:
    return " ".join(document_html(doc).split())


# quotes ----------------------------------------------------------------------------------------


def test_quotes_taken_back_keep_the_place_and_credit_but_not_the_words(workspace, store, meeting, said, catalogue):
    m, sam = meeting["meeting"].id, meeting["sam"].person_id
    workspace.consent.record(sam, "quotes", False, how="in_person")
    summary = build_summary(store, m, catalogue)
    for text in (pdf_text(document_pdf_bytes(summary)), html_text(summary)):
        assert SAM_WORDS not in text
        assert "Sam said:" in text and WITHHELD in text
        assert ANN_WORDS in text  # everyone else's words stay
    sam_said = next(b for b in summary.blocks if getattr(b, "credit", "").startswith("Sam"))
    assert sam_said.pictures == () and sam_said.notes  # their cards gone too; "Star agrees." kept

    # Their own sheet still has their own words; Ann's sheet (what she agreed with) does not.
    assert SAM_WORDS in pdf_text(document_pdf_bytes(build_take_home(store, m, sam, catalogue)))
    ann_sheet = pdf_text(document_pdf_bytes(build_take_home(store, m, meeting["ann"].person_id, catalogue)))
    assert SAM_WORDS not in ann_sheet and WITHHELD in ann_sheet

    workspace.consent.record(sam, "quotes", True)  # given again: the words are back
    assert SAM_WORDS in pdf_text(document_pdf_bytes(build_summary(store, m, catalogue)))


def test_quotes_taken_back_leave_the_rows_out_of_the_spreadsheet_and_the_export(
    workspace, store, meeting, said, catalogue
):
    m, sam = meeting["meeting"].id, meeting["sam"].person_id
    assert SAM_WORDS in csv_text(meeting_rows(store, m, catalogue))
    workspace.consent.record(sam, "quotes", False)
    rows = list(csv.reader(io.StringIO(csv_text(meeting_rows(store, m, catalogue)))))
    assert len(rows) == 2 and rows[1][2] == ANN_WORDS
    document = export_meeting(store, m)
    assert [c["text"] for c in document["contributions"]] == [ANN_WORDS]
    assert "topic-music" not in [c["id"] for c in document["cards"]]  # only Sam's contribution used it
    assert SAM_WORDS not in json.dumps(document)


def test_the_room_still_shows_everything(workspace, store, meeting, said):
    workspace.consent.record(meeting["sam"].person_id, "quotes", False)
    workspace.room.open(meeting["meeting"].id)
    assert SAM_WORDS in repr(display_content(workspace.room))


# take-home -------------------------------------------------------------------------------------


def test_no_take_home_documents_for_someone_who_said_no(workspace, store, meeting, said, catalogue, db_path, tmp_path):
    m, sam = meeting["meeting"].id, meeting["sam"].person_id
    workspace.consent.record(sam, "take_home", False)
    kinds = [Handout.TAKE_HOME, Handout.CERTIFICATE]
    planned = plan_handouts(db_path, m, tmp_path, kinds, catalogue)
    assert {p.person_id for p in planned} == {meeting["ann"].person_id}
    written = write_handouts(db_path, m, tmp_path, kinds, catalogue)
    assert len(written) == 2 and not any("Sam" in p.name for p in written)
    for call in (
        lambda: write_handouts(db_path, m, tmp_path, kinds, catalogue, person_id=sam),
        lambda: plan_handouts(db_path, m, tmp_path, kinds, catalogue, person_id=sam),
        lambda: handout_pdf_bytes(db_path, m, Handout.CERTIFICATE, sam, catalogue),
    ):
        with pytest.raises(ValidationError) as refused:
            call()
        assert refused.value.code == "consent.no_take_home"
    assert workspace.documents.without_take_home(m)[0].person_id == sam
    # The group summary is still made, with Sam's words (quotes were not taken back).
    assert SAM_WORDS in pdf_text(handout_pdf_bytes(db_path, m, Handout.SUMMARY, None, catalogue))


def test_the_command_line_skips_them_and_says_so(workspace, store, meeting, said, db_path, tmp_path):
    m, sam = meeting["meeting"].id, meeting["sam"].person_id
    workspace.consent.record(sam, "take_home", False)
    store.close()
    env = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_GB.UTF-8"}

    def run(*args):
        import os

        return subprocess.run(
            [sys.executable, "-m", "coprod_desktop", *args, "--db", str(db_path)],
            capture_output=True, text=True, timeout=120, env={**os.environ, **env},
        )  # fmt: skip

    everyone = run("takehome", m, "-o", str(tmp_path))
    assert everyone.returncode == 0, everyone.stderr
    lines = everyone.stdout.splitlines()
    assert len(lines) == 2 and "Star" in lines[0]
    assert lines[1] == "Sam said no to take-home documents, so none are made for them."
    alone = run("certificate", m, "-o", str(tmp_path), "--person", sam)
    assert alone.returncode == 2 and alone.stdout == ""
    assert alone.stderr.strip().splitlines() == [
        "coprod-desktop: Sam said no to take-home documents, so none are made for them."
    ]


# not named -------------------------------------------------------------------------------------


def test_someone_not_named_is_findable_by_their_name_nowhere(workspace, store, meeting, said, catalogue, tmp_path):
    m, ann = meeting["meeting"].id, meeting["ann"].person_id
    store.contributions.add(m, meeting["sam"].person_id, "I agree with Buses", [], meeting["prompt"].id)
    workspace.consent.record(ann, "profile_share", True)
    from coprod_desktop.domain.profile import CommunicationProfile

    workspace.profiles.save(ann, CommunicationProfile(preferred_name="Annie Lee", notes="Large print"))
    workspace.consent.record(ann, "credit", True, naming="anonymous")
    names = ("Ann", "Lee", "Star", "A.L.", "AL")

    def absent(text: str, where: str) -> None:
        for name in names:
            assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text), (name, where)

    summary = build_summary(store, m, catalogue)
    absent(pdf_text(document_pdf_bytes(summary)), "summary PDF")
    absent(html_text(summary), "summary HTML")
    assert "Anonymous" in html_text(summary)
    sam_sheet = build_take_home(store, m, meeting["sam"].person_id, catalogue)
    absent(pdf_text(document_pdf_bytes(sam_sheet)), "Sam's sheet")
    absent(csv_text(meeting_rows(store, m, catalogue)), "CSV")
    document = export_meeting(store, m)
    exported = json.dumps(document, ensure_ascii=False)
    absent(exported, "JSON")
    person = next(p for p in document["people"] if p["id"] == ann)
    assert (person["credited_as"], person["credit_style"]) == ("Anonymous", "full_name")
    absent(" ".join(hit.credited_as for hit in store.search.search("Buses")), "search")
    assert "Anonymous" in [hit.credited_as for hit in store.search.search("Buses")]
    absent(store.photos.called(ann, m), "photo messages")
    workspace.room.open(m)
    shown = repr(display_content(workspace.room))
    for name in ("Ann Lee", "Star", "'Ann'"):
        assert name not in shown

    # The export imports as it reads: credited "Anonymous" on another laptop.
    from coprod_desktop.store import open_store

    other = open_store(tmp_path / "other.db")
    try:
        other.cards.sync(catalogue.cards)
        result = import_meeting(other, parse_export_bytes(exported.encode("utf-8")))
        imported = other.people.attendees(result.meeting_id)
        assert sorted(a.credited_as for a in imported) == ["Anonymous", "Sam"]
    finally:
        other.close()
