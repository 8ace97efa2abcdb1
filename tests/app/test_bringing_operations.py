"""Bringing cards in, headless, on a real database file: a picture or a board is stored and shown in
the meeting's room in one transaction, announced after it commits; a photo of someone without
their consent, or a write that fails, leaves everything as it was."""

import io
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from coprod_desktop.app.bringing import PictureCardDetails
from coprod_desktop.app.workspace import Workspace
from coprod_desktop.domain.changes import Change, ChangeAction, ChangeKind
from coprod_desktop.domain.errors import NotFound, UserFacingError, ValidationError
from coprod_desktop.services.obf import read_board
from coprod_desktop.services.picture_import import load_picture

SHARED_OBF = Path(__file__).resolve().parents[1] / "data" / "obf"  # CoughDrop's samples (MIT)


@pytest.fixture
def workspace(store, catalogue):
    return Workspace(store, catalogue)


@pytest.fixture
def heard(workspace, store, meeting):
    changes = []

    def listen(change):
        assert not store.db.conn.in_transaction, f"{change} was announced before its commit"
        changes.append(change)

    workspace.subscribe(listen)
    return changes


def everything(store) -> str:
    return "\n".join(store.db.conn.iterdump())


def picture(tmp_path, colour="orange", purpose="card"):
    out = io.BytesIO()
    Image.new("RGB", (320, 240), colour).save(out, "JPEG")
    path = tmp_path / f"{colour}.jpg"
    path.write_bytes(out.getvalue())
    return load_picture(path, purpose=purpose)


def test_a_picture_is_stored_and_shown_in_a_meeting_that_shows_some_groups(workspace, heard, store, meeting, tmp_path):
    m = meeting["meeting"].id
    store.meeting_cards.choose(m, ["feelings"])
    heard.clear()
    card = workspace.bringing.store_picture(
        m, picture(tmp_path), PictureCardDetails("Our minibus", "Trips", None, "Oak Room group", "With permission")
    )
    assert (card.label, card.category, card.author, card.licence) == (
        "Our minibus",
        "Trips",
        "Oak Room group",
        "With permission",
    )
    assert store.meeting_cards.categories(m) == {"feelings", "Trips"}
    assert heard == [
        Change(ChangeKind.CARD, ChangeAction.ADDED, None, card.id),
        Change(ChangeKind.MEETING, ChangeAction.UPDATED, m, m),
    ]
    assert card.id in {c.id for c in workspace.library.for_meeting(m)}


def test_the_same_picture_twice_gives_back_its_card(workspace, heard, store, meeting, tmp_path):
    m = meeting["meeting"].id
    details = PictureCardDetails("Minibus", "Trips", None)
    first = workspace.bringing.store_picture(m, picture(tmp_path), details)
    heard.clear()
    again = workspace.bringing.store_picture(m, picture(tmp_path), details)
    assert again == first and heard == []


def test_a_photo_of_someone_without_consent_is_refused_and_nothing_is_kept(workspace, heard, store, meeting, tmp_path):
    m, sam = meeting["meeting"].id, meeting["sam"].person_id
    attendees, consent = workspace.bringing.people_and_consent(m)
    assert [a.person_id for a in attendees] == [sam, meeting["ann"].person_id] and consent[sam] is False
    with pytest.raises(ValidationError, match="has not agreed to a photo"):
        workspace.bringing.check_photo_consent(sam, m)
    prepared = picture(tmp_path, purpose="photo")
    before = everything(store)
    heard.clear()
    with pytest.raises(ValidationError, match="Sam has not agreed"):
        workspace.bringing.store_picture(m, prepared, PictureCardDetails("Sam", "People", sam))
    with pytest.raises(ValidationError):
        workspace.bringing.store_person_photo(m, sam, prepared)
    assert everything(store) == before and heard == []

    store.photos.set_consent(sam, True)
    heard.clear()
    workspace.bringing.store_person_photo(m, sam, prepared)
    assert store.photos.photo(sam) is not None
    assert heard == [
        Change(ChangeKind.PERSON, ChangeAction.UPDATED, None, sam),
        Change(ChangeKind.ATTENDEE, ChangeAction.UPDATED, m, sam),
    ]
    assert workspace.bringing.called(sam, m) == "Sam"


def test_a_board_comes_in_whole_and_shows_in_the_meeting(workspace, heard, store, meeting):
    m = meeting["meeting"].id
    store.meeting_cards.choose(m, ["feelings"])
    parsed = read_board(SHARED_OBF / "lots_of_stuff.obz")
    heard.clear()
    result = workspace.bringing.store_board(m, parsed)
    assert len(result.cards) == len(parsed.cards) > 0
    groups = {c.category for c in result.cards}
    assert store.meeting_cards.categories(m) == {"feelings", *groups}
    assert [c.kind for c in heard] == [ChangeKind.CARD] * len(result.cards) + [ChangeKind.MEETING]


def test_a_board_that_cannot_be_written_leaves_nothing_behind(workspace, heard, store, meeting):
    parsed = read_board(SHARED_OBF / "lots_of_stuff.obz")
    calls = []

    def full_on_the_last_card():
        calls.append(1)
        if len(calls) == len(parsed.cards):
            raise sqlite3.OperationalError("database or disk is full")

    store.db.conn.create_function("full_on_the_last_card", 0, full_on_the_last_card)
    store.db.execute(
        "CREATE TEMP TRIGGER fail_late BEFORE INSERT ON card_images BEGIN SELECT full_on_the_last_card(); END"
    )
    before = everything(store)
    heard.clear()
    with pytest.raises(UserFacingError):
        workspace.bringing.store_board(meeting["meeting"].id, parsed)
    assert len(calls) == len(parsed.cards)  # it failed at the very end
    assert everything(store) == before and heard == []
    assert workspace.library.brought == []


def test_a_meetings_cards_are_saved_as_a_board_off_the_store(workspace, store, meeting, tmp_path):
    out = tmp_path / "cards.obz"
    job = workspace.bringing.board_writer(meeting["meeting"].id, out)
    assert job() == out
    assert len(read_board(out).cards) == len(workspace.library.for_meeting(meeting["meeting"].id))
    assert workspace.bringing.meeting_title(meeting["meeting"].id) == "Planning the day centre"
    with pytest.raises(NotFound):
        workspace.bringing.meeting_title("no-such-meeting")
