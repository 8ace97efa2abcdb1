"""A person's record: everything held about them, as JSON and PDF, and no one else's name in it."""

import json
import stat

import pytest
from person_fixtures import (
    OTHER_CHOSEN,
    OTHER_FIRST,
    OTHER_PHOTO_LABEL,
    OTHERS,
    PRIYA,
    PRIYA_CHOSEN,
    PRIYA_WORDS,
    SUPPORTER,
    busy_meeting,
)
from pypdf import PdfReader

from coprod_desktop.app.handouts import Existing
from coprod_desktop.app.person_record import everyone, write_person_record
from coprod_desktop.domain.errors import NotFound
from coprod_desktop.services.person_record import read_person_record


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_record_holds_everything_about_them(store, catalogue):
    ids = busy_meeting(store)
    data = read_person_record(store, ids["priya"], catalogue).data
    assert (data["format"], data["version"]) == ("coprod-person-record", 1)
    assert data["person"]["full_name"] == PRIYA
    assert data["person"]["speech_rate"] == 140
    assert data["communication_profile"]["preferred_name"] == "Pree"
    assert data["photo"]["media_type"] == "image/png"
    assert [c["label"] for c in data["cards_showing_them"]] == ["Priya Zephyrine photo"]
    assert data["consent"]["now"]["photo"] is True
    assert [e["note"] for e in data["consent"]["history"]] == ["asked at the door"]
    first, second = data["meetings"]
    assert (first["title"], first["chosen_name"], second["title"]) == (
        "Planning the garden",
        PRIYA_CHOSEN,
        "Garden follow-up",
    )
    (said,) = first["contributions"]
    assert said["words"] == PRIYA_WORDS
    assert said["support_role"] == "interpreter" and said["confirmed_at"]
    assert [c["label"] for c in said["cards"]] == ["Good", "Photo of another person"]
    assert len(first["agreed_with"]) == 1 and set(first["agreed_with"][0]) == {"at"}
    assert first["expenses"][0]["pence"] == 450
    assert second["contributions"] == []


def test_saved_record_names_no_one_else(store, catalogue, db_path, tmp_path):
    ids = busy_meeting(store)
    out = tmp_path / "out"
    out.mkdir()
    written = write_person_record(db_path, ids["priya"], out, catalogue)
    names = sorted(p.name for p in written)
    assert names == ["Priya Zephyrine - photo.png", "Priya Zephyrine - record.json", "Priya Zephyrine - record.pdf"]
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = (out / "Priya Zephyrine - record.json").read_text("utf-8")
    pdf = _pdf_text(out / "Priya Zephyrine - record.pdf")
    assert json.loads(text)["photo"]["file"] == "Priya Zephyrine - photo.png"
    for document in (text, " ".join(pdf.split())):
        assert PRIYA in document and PRIYA_WORDS in document
        for other in (*OTHERS, *OTHER_FIRST, OTHER_CHOSEN, SUPPORTER, OTHER_PHOTO_LABEL, "Benches please"):
            assert other not in document
    for heading in ("What we hold about you", "Your meetings", "What you said", "Your consent"):
        assert heading in pdf


def test_saving_again_never_replaces_without_being_told(store, catalogue, db_path, tmp_path):
    ids = busy_meeting(store)
    first = write_person_record(db_path, ids["bart"], tmp_path, catalogue)
    again = write_person_record(db_path, ids["bart"], tmp_path, catalogue)
    assert {p.name for p in again} == {
        "Bartholomew Quillfeather - record (2).json",
        "Bartholomew Quillfeather - record (2).pdf",
    }
    replaced = write_person_record(db_path, ids["bart"], tmp_path, catalogue, existing=Existing.REPLACE)
    assert sorted(replaced) == sorted(first)


def test_a_hostile_name_stays_in_the_folder(store, catalogue, db_path, tmp_path):
    m = store.meetings.create("M", "2026-11-26", "")
    person = store.people.add_attendee(m.id, "../../etc/passwd <b>", "full_name")
    out = tmp_path / "out"
    out.mkdir()
    for path in write_person_record(db_path, person.person_id, out, catalogue):
        assert path.parent == out


def test_unknown_person(store, catalogue, db_path, tmp_path):
    with pytest.raises(NotFound):
        write_person_record(db_path, "nobody", tmp_path, catalogue)


def test_everyone_on_the_laptop(store):
    ids = busy_meeting(store)
    people = {p.person_id: p for p in everyone(store)}
    assert people[ids["priya"]].meetings == 2 and people[ids["priya"]].full_name == PRIYA


def test_the_readable_record_is_in_their_language(store, catalogue):
    from coprod_desktop.domain.profile import CommunicationProfile
    from coprod_desktop.services.easy_read.person_record import build_person_record

    ids = busy_meeting(store)
    assert build_person_record(read_person_record(store, ids["bart"], catalogue)).language == "en"
    store.profiles.save(ids["bart"], CommunicationProfile(language="cy"))
    document = build_person_record(read_person_record(store, ids["bart"], catalogue))
    assert document.language == "cy"
