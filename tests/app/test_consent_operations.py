"""Consent per person and purpose, with its history, through the app layer on a real SQLite file:
recording and taking back each purpose, what each answer changes, and the changes announced."""

import io

import pytest
from PIL import Image

from coprod_desktop.app.workspace import Workspace
from coprod_desktop.domain.changes import Change, ChangeAction, ChangeKind
from coprod_desktop.domain.consent import ConsentHow
from coprod_desktop.domain.credit import CreditStyle
from coprod_desktop.domain.errors import NotFound, ValidationError


@pytest.fixture
def workspace(store, catalogue):
    return Workspace(store, catalogue)


@pytest.fixture
def heard(workspace):
    changes: list[Change] = []
    workspace.subscribe(changes.append)
    return changes


def _picture(tmp_path):
    from coprod_desktop.services.picture_import import load_picture

    out = io.BytesIO()
    Image.new("RGB", (320, 240), "orange").save(out, "JPEG")
    path = tmp_path / "photo.jpg"
    path.write_bytes(out.getvalue())
    return load_picture(path, purpose="photo")


def test_take_home_and_quotes_are_recorded_with_how_and_what_they_were_told(workspace, meeting, heard):
    m, sam = meeting["meeting"].id, meeting["sam"].person_id
    assert workspace.consent.state(sam).take_home and workspace.consent.state(sam).quotes

    event = workspace.consent.record(
        sam, "take_home", False, how=ConsentHow.IN_PERSON, told="Sheets are posted home.", note="At the door"
    )
    assert (event.kind, event.given, event.how, event.told, event.note) == (
        "take_home", False, "in_person", "Sheets are posted home.", "At the door",
    )  # fmt: skip
    assert workspace.consent.state(sam).take_home is False
    assert heard == [
        Change(ChangeKind.PERSON, ChangeAction.UPDATED, None, sam),
        Change(ChangeKind.ATTENDEE, ChangeAction.UPDATED, m, sam),
    ]

    workspace.consent.record(sam, "quotes", False, how="easy_read_form")
    workspace.consent.record(sam, "take_home", True, how="through_supporter")  # as easy as saying no
    state = workspace.consent.state(sam)
    assert state.take_home is True and state.quotes is False
    history = workspace.consent.history(sam)
    assert [(e.kind, e.given, e.how) for e in history] == [
        ("take_home", False, "in_person"),
        ("quotes", False, "easy_read_form"),
        ("take_home", True, "through_supporter"),
    ]


def test_bad_values_record_nothing(workspace, meeting, heard):
    sam = meeting["sam"].person_id
    for call in (
        lambda: workspace.consent.record(sam, "tattoo", True),
        lambda: workspace.consent.record(sam, "quotes", True, how="by pigeon"),
        lambda: workspace.consent.record(sam, "quotes", True, told="x" * 1001),
        lambda: workspace.consent.record(sam, "credit", True, naming="nickname"),
        lambda: workspace.consent.record(sam, "credit", True, naming="chosen_name", chosen_name="  "),
    ):
        with pytest.raises(ValidationError):
            call()
    with pytest.raises(NotFound):
        workspace.consent.record("nobody", "quotes", False)
    assert workspace.consent.history(sam) == [] and heard == []


def test_a_credit_style_agreed_is_set_in_every_meeting(workspace, store, meeting):
    m, sam = meeting["meeting"].id, meeting["sam"].person_id
    other = store.meetings.create("Second", "2026-12-01", "")
    store.people.add_attendee(other.id, "Sam Brown", "full_name", person_id=sam)

    workspace.consent.record(sam, "credit", True, naming="chosen_name", chosen_name="Sunny", how="in_person")
    assert store.people.attendee(m, sam).credited_as == "Sunny"
    assert store.people.attendee(other.id, sam).credited_as == "Sunny"
    assert workspace.consent.state(sam).naming == "chosen_name"

    workspace.consent.record(sam, "credit", True, naming="initials")
    assert store.people.attendee(m, sam).credited_as == "S.B."
    assert store.people.attendee(other.id, sam).chosen_name == ""


def test_anonymous_leaves_the_meetings_styles_so_it_can_be_undone(workspace, store, meeting):
    m, ann = meeting["meeting"].id, meeting["ann"].person_id
    workspace.consent.record(ann, "credit", True, naming="anonymous")
    attendee = store.people.attendee(m, ann)
    assert attendee.credited_as.startswith("Anonymous")
    assert (attendee.credit_style, attendee.chosen_name) == (CreditStyle.CHOSEN_NAME, "Star")
    event = workspace.consent.history(ann)[-1]
    assert (event.kind, event.given, event.detail) == ("credit", True, "anonymous")
    assert workspace.consent.state(ann).anonymous


def test_a_known_person_joining_another_meeting_keeps_the_credit_they_agreed(workspace, store, meeting):
    sam = meeting["sam"].person_id
    workspace.consent.record(sam, "credit", True, naming="full_name")
    later = store.meetings.create("Later", "2026-12-10", "")
    joined = store.people.add_attendee(later.id, "Sam Brown", "first_name", person_id=sam)
    assert joined.credited_as == "Sam Brown"

    workspace.consent.record(sam, "credit", True, naming="chosen_name", chosen_name="Sunny")
    again = store.meetings.create("Again", "2026-12-20", "")
    assert store.people.add_attendee(again.id, "Sam Brown", "initials", person_id=sam).credited_as == "Sunny"

    workspace.consent.record(sam, "credit", True, naming="anonymous")
    fourth = store.meetings.create("Fourth", "2026-12-30", "")
    assert store.people.add_attendee(fourth.id, "Sam Brown", "initials", person_id=sam).credited_as == "Anonymous"


def test_taking_back_photo_consent_here_deletes_the_photo(workspace, meeting, tmp_path):
    sam = meeting["sam"].person_id
    workspace.consent.record(sam, "photo", True, how="in_person", told="Shown on the screen in the room.")
    workspace.photos.set_photo(sam, _picture(tmp_path))
    assert workspace.consent.has_photo(sam)
    workspace.consent.record(sam, "photo", False, how="phone_or_email")
    assert not workspace.consent.has_photo(sam) and not workspace.photos.consent(sam)
    assert [(e.given, e.how, e.told) for e in workspace.photos.history(sam)] == [
        (True, "in_person", "Shown on the screen in the room."),
        (False, "phone_or_email", ""),
    ]


def test_profile_sharing_goes_through_the_profile_store(workspace, meeting):
    sam = meeting["sam"].person_id
    workspace.consent.record(sam, "profile_share", True, how="easy_read_form", told="Goes to the other team.")
    assert workspace.profiles.share_consent(sam)
    assert workspace.profiles.share_history(sam)[-1].told == "Goes to the other team."
    workspace.consent.record(sam, "profile_share", False)
    assert not workspace.profiles.share_consent(sam)
