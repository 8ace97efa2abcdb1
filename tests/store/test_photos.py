"""Photos of people and their consent, with its history, on a real SQLite file."""

import io
from dataclasses import dataclass

import pytest
from PIL import Image

from coprod_desktop.domain.errors import NotFound, ValidationError
from coprod_desktop.store import open_store


@dataclass(frozen=True)
class Cleaned:
    data: bytes
    media_type: str
    width: int
    height: int


def photo(colour="orange") -> Cleaned:
    out = io.BytesIO()
    Image.new("RGB", (40, 50), colour).save(out, "JPEG")
    return Cleaned(out.getvalue(), "image/jpeg", 40, 50)


def count(store, table: str) -> int:
    return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_no_one_has_photo_consent_until_it_is_recorded(store, meeting):
    sam = meeting["sam"].person_id
    assert store.photos.consent(sam) is False
    assert store.photos.history(sam) == []
    assert store.photos.photo(sam) is None


def test_a_photo_without_consent_is_refused_and_nothing_is_stored(store, meeting):
    sam, ann = meeting["sam"].person_id, meeting["ann"].person_id
    with pytest.raises(ValidationError) as caught:
        store.photos.set_photo(sam, photo())
    assert str(caught.value) == "Sam Brown has not agreed to a photo being used. Record their consent first."
    # Named as credited in the meeting when one is given: Ann chose to be known as Star.
    with pytest.raises(ValidationError, match=r"^Star has not agreed"):
        store.photos.set_photo(ann, photo(), meeting_id=meeting["meeting"].id)
    assert count(store, "person_photos") == 0


def test_with_consent_a_photo_is_stored_replaced_and_removed(store, meeting):
    sam = meeting["sam"].person_id
    store.photos.set_consent(sam, True, "Agreed in the October meeting")
    store.photos.set_photo(sam, photo("orange"))
    store.photos.set_photo(sam, photo("purple"))
    data, media_type = store.photos.photo(sam)
    assert media_type == "image/jpeg"
    assert Image.open(io.BytesIO(data)).getpixel((5, 5))[2] > 100  # the purple one replaced the orange
    assert count(store, "person_photos") == 1
    store.photos.remove_photo(sam)
    assert store.photos.photo(sam) is None
    assert store.photos.consent(sam) is True  # removing a photo is not taking consent back
    store.photos.remove_photo(sam)  # nothing there: nothing happens


def test_taking_consent_back_deletes_the_photo_and_the_history_keeps_both(store, meeting, db_path):
    sam = meeting["sam"].person_id
    store.photos.set_consent(sam, True, "Happy for the group to see it")
    store.photos.set_photo(sam, photo())
    store.photos.set_consent(sam, False, "Changed their mind")
    assert store.photos.photo(sam) is None
    assert store.photos.consent(sam) is False
    with pytest.raises(ValidationError, match="has not agreed"):
        store.photos.set_photo(sam, photo())
    store.close()

    with open_store(db_path) as reopened:
        history = reopened.photos.history(sam)
        assert [(e.given, e.note, e.kind) for e in history] == [
            (True, "Happy for the group to see it", "photo"),
            (False, "Changed their mind", "photo"),
        ]
        assert history[0].at <= history[1].at and history[0].at.endswith("Z")
        assert reopened.photos.photo(sam) is None
        assert reopened.db.execute("SELECT count(*) FROM person_photos").fetchone()[0] == 0


def test_consent_is_per_person_and_renewals_are_kept(store, meeting):
    sam, ann = meeting["sam"].person_id, meeting["ann"].person_id
    store.photos.set_consent(ann, True)
    store.photos.set_photo(ann, photo())
    store.photos.set_consent(sam, True)
    store.photos.set_consent(sam, True, "Renewed")
    store.photos.set_consent(sam, False)
    assert store.photos.photo(ann) is not None  # Sam's change leaves Ann's photo alone
    assert [e.given for e in store.photos.history(sam)] == [True, True, False]
    assert [e.given for e in store.photos.history(ann)] == [True]


def test_consent_notes_are_cleaned_and_limited(store, meeting):
    sam = meeting["sam"].person_id
    event = store.photos.set_consent(sam, True, "  Agreed\u202e by <b>phone</b>\n")
    assert event.note == "Agreed by <b>phone</b>"  # kept literally, without the bidi override
    with pytest.raises(ValidationError, match="too long"):
        store.photos.set_consent(sam, False, "x" * 501)
    assert store.photos.consent(sam) is True  # the refused change changed nothing
    assert len(store.photos.history(sam)) == 1


def test_unknown_people_and_unprepared_pictures_are_refused(store, meeting):
    sam = meeting["sam"].person_id
    for call in (
        lambda: store.photos.consent("no-such-person"),
        lambda: store.photos.set_consent("no-such-person", True),
        lambda: store.photos.history("no-such-person"),
        lambda: store.photos.remove_photo("no-such-person"),
    ):
        with pytest.raises(NotFound, match="not known"):
            call()
    store.photos.set_consent(sam, True)
    for bad in (
        Cleaned(b"GIF89a...", "image/gif", 10, 10),
        Cleaned(b"", "image/jpeg", 10, 10),
        Cleaned(photo().data, "image/jpeg", 0, 10),
        Cleaned(b"x" * (3 * 1024 * 1024), "image/jpeg", 10, 10),
    ):
        with pytest.raises(ValidationError, match="not prepared"):
            store.photos.set_photo(sam, bad)
    assert count(store, "person_photos") == 0
    assert count(store, "consent_events") == 1


def test_changes_are_announced_for_the_person_and_each_meeting_they_attend(store, meeting):
    sam = meeting["sam"].person_id
    m = meeting["meeting"]
    changes = []
    store.subscribe(changes.append)
    store.photos.set_consent(sam, True)
    store.photos.set_photo(sam, photo())
    store.photos.remove_photo(sam)
    assert [(c.kind, c.action, c.meeting_id, c.item_id) for c in changes] == [
        ("person", "updated", None, sam),
        ("attendee", "updated", m.id, sam),
    ] * 3
    changes.clear()
    with pytest.raises(ValidationError):
        store.photos.set_photo(meeting["ann"].person_id, photo())
    assert changes == []  # a refusal announces nothing


def test_a_withdrawn_photo_is_gone_from_the_database_file(store, meeting, db_path):
    sam = meeting["sam"].person_id
    out = io.BytesIO()
    Image.effect_noise((120, 120), 80).convert("RGB").save(out, "PNG")
    picture = Cleaned(out.getvalue(), "image/png", 120, 120)
    store.photos.set_consent(sam, True)
    store.photos.set_photo(sam, picture)
    store.photos.set_consent(sam, False)
    store.close()  # checkpoints the write-ahead log into the file
    leftovers = [p.name for p in db_path.parent.iterdir() if picture.data[2000:2064] in p.read_bytes()]
    assert leftovers == []


def test_a_removed_photo_is_gone_from_the_files_while_the_app_is_still_open(store, meeting, db_path):
    sam = meeting["sam"].person_id
    out = io.BytesIO()
    Image.effect_noise((120, 120), 80).convert("RGB").save(out, "PNG")
    picture = Cleaned(out.getvalue(), "image/png", 120, 120)
    store.photos.set_consent(sam, True)
    store.photos.set_photo(sam, picture)
    assert any(picture.data[2000:2064] in p.read_bytes() for p in db_path.parent.iterdir())
    store.photos.remove_photo(sam)
    # No close: the database and its write-ahead log, as they are on disk during the meeting.
    leftovers = [p.name for p in db_path.parent.iterdir() if picture.data[2000:2064] in p.read_bytes()]
    assert leftovers == []


def test_taking_consent_back_takes_their_photo_off_cards_too(store, meeting, db_path):
    from coprod_desktop.store.placeholder import removed_picture

    sam, ann = meeting["sam"].person_id, meeting["ann"].person_id
    out = io.BytesIO()
    Image.effect_noise((120, 120), 80).convert("RGB").save(out, "PNG")
    face = out.getvalue()
    store.photos.set_consent(sam, True)
    card = store.imported_cards.add(
        label="Sam at the party",
        category="Our pictures",
        image=face,
        media_type="image/png",
        width=120,
        height=120,
        licence="",
        author="",
        source="import",
        shows_person_id=sam,
    )
    other = store.imported_cards.add(
        label="Garden",
        category="Our pictures",
        image=photo().data,
        media_type="image/png",
        width=64,
        height=64,
        licence="",
        author="",
        source="import",
    )
    store.contributions.add(meeting["meeting"].id, ann, "That was fun", [card.id])
    assert store.photos.cards_showing(sam) == [card.id]
    changes = []
    store.subscribe(changes.append)

    store.photos.set_consent(sam, False, "Does not want photos any more")

    data, media_type = store.imported_cards.picture(card.id)
    assert (data, media_type) == (removed_picture().data, "image/png")
    assert store.imported_cards.picture(other.id)[0] == photo().data  # other cards untouched
    assert store.cards.get(card.id).label == "Sam at the party"  # what was said keeps its card
    assert ("card", "updated", card.id) in [(c.kind, c.action, c.item_id) for c in changes]
    leftovers = [p.name for p in db_path.parent.iterdir() if face[2000:2064] in p.read_bytes()]
    assert leftovers == []
