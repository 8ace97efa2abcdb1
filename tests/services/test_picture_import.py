"""Bringing people's own pictures in as cards or photos: real files, a real SQLite store."""

import io
import os
import struct
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image

from coprod_desktop.domain.errors import NotFound, ValidationError
from coprod_desktop.services.picture_import import (
    add_card_picture,
    check_photo_consent,
    import_card_picture,
    import_person_photo,
    load_picture,
    read_picture_file,
)

TABLES = ("cards", "card_images", "person_photos", "consent_events")


def picture_file(folder, name="garden.jpg", size=(1600, 1200), fmt="JPEG", colour="green", **params):
    path = folder / name
    Image.new("RGB", size, colour).save(path, fmt, **params)
    return path


def phone_photo_file(folder):
    exif = Image.Exif()
    exif[0x0112] = 6
    exif.get_ifd(0x8825)[2] = (51.0, 30.0, 26.0)
    return picture_file(folder, "IMG_0042.JPG", size=(800, 600), exif=exif.tobytes())


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_claiming(width: int, height: int) -> bytes:
    """A PNG of a few bytes whose header claims *width* x *height* pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 1000)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def row_counts(store) -> dict[str, int]:
    return {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture
def counts_unchanged(store):
    """Asserts at the end of the test that nothing was stored."""
    before = row_counts(store)
    yield
    assert row_counts(store) == before


# Cards


def test_a_picture_file_becomes_a_card_with_its_cleaned_picture(store, tmp_path):
    changes = []
    store.subscribe(changes.append)
    card = import_card_picture(store, phone_photo_file(tmp_path), label="Our garden", author="Oak Room group")
    assert store.cards.get(card.id) == card
    assert (card.label, card.category, card.source, card.author) == (
        "Our garden",
        "Our pictures",
        "import",
        "Oak Room group",
    )
    data, media_type = store.imported_cards.picture(card.id)
    im = Image.open(io.BytesIO(data))
    assert media_type == "image/jpeg" and im.size == (600, 800)  # turned upright
    assert len(im.getexif()) == 0 and "exif" not in im.info
    assert [(c.kind, c.action) for c in changes] == [("card", "added")]


def test_dropped_bytes_work_like_a_file_and_the_same_picture_is_not_stored_twice(store, tmp_path):
    path = picture_file(tmp_path)
    first = import_card_picture(store, path, label="Garden")
    again = import_card_picture(store, path.read_bytes(), label="Another name for it")
    assert again == first
    assert row_counts(store)["card_images"] == 1


def test_an_svg_dropped_as_a_card_is_refused_plainly(store, tmp_path, counts_unchanged):
    path = tmp_path / "picture.png"  # the name says PNG; the content decides
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>', encoding="utf-8")
    with pytest.raises(ValidationError, match=r"drawing \(SVG\)"):
        import_card_picture(store, path, label="Circle")


def test_an_empty_label_is_refused_before_the_file_is_read(store, tmp_path, counts_unchanged):
    with pytest.raises(ValidationError, match="card's words"):
        import_card_picture(store, tmp_path / "not-even-there.jpg", label="   ")


# Photos of people need their consent


def test_a_card_showing_a_person_needs_their_consent(store, meeting, tmp_path):
    sam = meeting["sam"].person_id
    path = picture_file(tmp_path, "sam.jpg")
    before = row_counts(store)
    with pytest.raises(ValidationError, match=r"^Sam Brown has not agreed to a photo being used"):
        import_card_picture(store, path, label="Sam at the garden", shows_person_id=sam)
    assert row_counts(store) == before

    store.photos.set_consent(sam, True, "Said yes at the garden")
    card = import_card_picture(store, path, label="Sam at the garden", shows_person_id=sam)
    data, _ = store.imported_cards.picture(card.id)
    assert Image.open(io.BytesIO(data)).size == (512, 384)  # kept at photo size
    assert store.photos.cards_showing(sam) == [card.id]  # so taking consent back can take it off


def test_the_refusal_names_the_person_as_credited_in_the_meeting(store, meeting, tmp_path, counts_unchanged):
    ann = meeting["ann"].person_id  # credited as "Star"
    with pytest.raises(ValidationError, match=r"^Star has not agreed"):
        import_card_picture(
            store, picture_file(tmp_path), label="Star", shows_person_id=ann, meeting_id=meeting["meeting"].id
        )


def test_the_slow_part_runs_on_another_thread_and_consent_is_checked_again_when_storing(store, meeting, tmp_path):
    sam = meeting["sam"].person_id
    store.photos.set_consent(sam, True)
    check_photo_consent(store, sam)
    with ThreadPoolExecutor(1) as worker:  # as the app does: no store on the worker thread
        picture = worker.submit(load_picture, picture_file(tmp_path), purpose="photo").result()
    store.photos.set_consent(sam, False, "Changed their mind while the picture was loading")
    before = row_counts(store)
    with pytest.raises(ValidationError, match="has not agreed"):
        add_card_picture(store, picture, label="Sam", shows_person_id=sam)
    with pytest.raises(ValidationError, match="has not agreed"):
        store.photos.set_photo(sam, picture)
    assert row_counts(store) == before
    card = add_card_picture(store, picture, label="The garden")  # not said to show anyone
    assert store.imported_cards.picture(card.id)[0] == picture.data


def test_a_persons_photo_needs_consent_and_goes_when_consent_goes(store, meeting, tmp_path):
    sam = meeting["sam"].person_id
    path = phone_photo_file(tmp_path)
    with pytest.raises(ValidationError, match="Record their consent first"):
        import_person_photo(store, sam, path)
    assert store.photos.photo(sam) is None

    store.photos.set_consent(sam, True)
    import_person_photo(store, sam, path)
    data, media_type = store.photos.photo(sam)
    im = Image.open(io.BytesIO(data))
    assert media_type == "image/jpeg" and im.size == (384, 512)  # upright, at most 512 px
    assert len(im.getexif()) == 0

    store.photos.set_consent(sam, False, "Does not want a photo any more")
    assert store.photos.photo(sam) is None
    assert [e.given for e in store.photos.history(sam)] == [True, False]


def test_a_photo_of_someone_unknown_is_refused(store, tmp_path, counts_unchanged):
    with pytest.raises(NotFound):
        import_person_photo(store, "no-such-person", picture_file(tmp_path))
    with pytest.raises(NotFound):
        import_card_picture(store, picture_file(tmp_path), label="Who?", shows_person_id="no-such-person")


def test_an_svg_as_a_persons_photo_gets_the_drawing_message(store, meeting, tmp_path):
    sam = meeting["sam"].person_id
    store.photos.set_consent(sam, True)
    before = row_counts(store)
    path = tmp_path / "sam.svg"
    path.write_bytes(b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')
    with pytest.raises(ValidationError) as caught:
        import_person_photo(store, sam, path)
    assert str(caught.value) == (
        "That file is a drawing (SVG), not a photo. Please choose a photo or picture file such as JPEG or PNG."
    )
    assert row_counts(store) == before


# Files that cannot be used: a plain message, nothing stored


def test_files_that_cannot_be_read_are_refused_plainly(store, tmp_path, counts_unchanged):
    (tmp_path / "Holiday photos").mkdir()
    cases = {
        tmp_path / "Holiday photos": "is a folder, not a picture",
        tmp_path / "gone.jpg": "There is no file called gone.jpg",
    }
    for path, message in cases.items():
        with pytest.raises(ValidationError, match=message):
            import_card_picture(store, path, label="Holiday")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.jpg")
        with pytest.raises(ValidationError, match="not an ordinary file"):
            import_card_picture(store, tmp_path / "pipe.jpg", label="Pipe")  # would block if it were read


def test_an_unreadable_file_is_refused(store, tmp_path, counts_unchanged, monkeypatch):
    path = picture_file(tmp_path)

    def refuse(self, *args, **kwargs):
        # As the operating system answers a file without read permission (chmod would not stop
        # root, and CI runs as root).
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ValidationError, match=r"not allowed to open garden\.jpg"):
        import_card_picture(store, path, label="Garden")


def test_files_over_the_size_limit_are_refused(store, tmp_path, counts_unchanged):
    path = picture_file(tmp_path)
    size = path.stat().st_size
    with pytest.raises(ValidationError, match="too big"):
        import_card_picture(store, path, label="Garden", max_bytes=size - 1)
    with pytest.raises(ValidationError, match="too big"):
        import_card_picture(store, path.read_bytes(), label="Garden", max_bytes=size - 1)
    assert read_picture_file(path, max_bytes=size) == path.read_bytes()


@pytest.mark.parametrize(
    "name,content",
    [
        ("notes.jpg", b"Minutes of the meeting on Tuesday.\n"),
        ("random.png", bytes(range(256)) * 20),
        ("report.jpg", b"%PDF-1.7\n"),
    ],
)
def test_files_that_are_not_pictures_are_refused(store, tmp_path, counts_unchanged, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError, match="not a picture"):
        import_card_picture(store, path, label="Notes")


def test_truncated_and_enormous_pictures_are_refused(store, meeting, tmp_path):
    sam = meeting["sam"].person_id
    store.photos.set_consent(sam, True)
    before = row_counts(store)
    whole = picture_file(tmp_path, size=(300, 300)).read_bytes()
    (tmp_path / "cut.jpg").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "bomb.png").write_bytes(png_claiming(60_000, 60_000))
    for name, message in (("cut.jpg", "damaged or incomplete"), ("bomb.png", "too many pixels")):
        with pytest.raises(ValidationError, match=message):
            import_card_picture(store, tmp_path / name, label="Broken")
        with pytest.raises(ValidationError, match=message):
            import_person_photo(store, sam, tmp_path / name)
    assert row_counts(store) == before


def test_a_photo_brought_again_for_someone_else_in_it_is_linked_to_them_too(store, meeting, tmp_path):
    sam, ann = meeting["sam"].person_id, meeting["ann"].person_id
    path = picture_file(tmp_path, "group.jpg")
    store.photos.set_consent(sam, True)
    store.photos.set_consent(ann, True)
    card = import_card_picture(store, path, label="Us at the party", shows_person_id=sam)
    again = import_card_picture(store, path, label="Us at the party", shows_person_id=ann)
    assert again.id == card.id  # the same picture is not stored twice
    assert store.photos.cards_showing(ann) == [card.id]
    store.photos.set_consent(ann, False)  # Ann takes consent back: the group photo goes too
    from coprod_desktop.store.placeholder import removed_picture

    assert store.imported_cards.picture(card.id)[0] == removed_picture().data
