"""Bringing people's own pictures in: as picture cards, or as a person's photo.

What the file dialog and drag and drop call; no Qt here. A file is read with a size cap, checked and
cleaned by images.prepare_image, and only then stored. Every refusal is a ValidationError or NotFound
with one plain sentence, and nothing is stored.

A SQLite connection belongs to one thread, so the app runs the slow part (load_picture) off the GUI
thread and the quick store steps (check_photo_consent, add_card_picture, store.photos.set_photo) on
it. import_card_picture and import_person_photo do all the steps in one call.
"""

import os
import stat
from pathlib import Path

from ..domain.consent import no_photo_consent
from ..domain.errors import ValidationError
from ..domain.models import Card
from ..domain.text import NAME_MAX, required_text
from ..store import Store
from .images import MAX_FILE_BYTES, PreparedImage, Purpose, prepare_image, too_big

PictureSource = str | os.PathLike[str] | bytes | bytearray | memoryview
OWN_PICTURES = "Our pictures"
SOURCE = "import"


def read_picture_file(source: PictureSource, *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a picture file (or the bytes given), never reading more than *max_bytes* + 1.

    Refuses folders, missing files, devices and pipes, unreadable files and files over the cap.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if len(data) > max_bytes:
            raise too_big(len(data), max_bytes)
        return data
    path = Path(source)
    name = path.name or str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ValidationError("picture.file_gone", file=name) from None
    except PermissionError:
        raise ValidationError("picture.not_allowed", file=name) from None
    except OSError:
        raise ValidationError("picture.unreadable", file=name) from None
    if stat.S_ISDIR(info.st_mode):
        raise ValidationError("picture.is_folder", file=name)
    if not stat.S_ISREG(info.st_mode):
        # A pipe or a device could block or never end.
        raise ValidationError("picture.not_a_file", file=name)
    if info.st_size > max_bytes:
        raise too_big(info.st_size, max_bytes)
    try:
        with path.open("rb") as file:
            data = file.read(max_bytes + 1)  # the file may have grown since stat()
    except PermissionError:
        raise ValidationError("picture.not_allowed", file=name) from None
    except OSError:
        raise ValidationError("picture.unreadable", file=name) from None
    if len(data) > max_bytes:
        raise too_big(len(data), max_bytes)
    return data


def load_picture(source: PictureSource, *, purpose: Purpose, max_bytes: int = MAX_FILE_BYTES) -> PreparedImage:
    """Read and clean a picture. Touches no database, so it is the part to run off the GUI thread."""
    return prepare_image(read_picture_file(source, max_bytes=max_bytes), purpose=purpose, max_bytes=max_bytes)


def check_photo_consent(store: Store, person_id: str, meeting_id: str | None = None) -> None:
    """Refuse (ValidationError) unless the person has given photo consent; NotFound if unknown.

    *meeting_id* only names them as they are credited there, so a chosen name is not undone.
    """
    if not store.photos.consent(person_id):
        raise no_photo_consent(store.photos.called(person_id, meeting_id))


def add_card_picture(
    store: Store,
    picture: PreparedImage,
    *,
    label: str,
    category: str = OWN_PICTURES,
    shows_person_id: str | None = None,
    meeting_id: str | None = None,
    licence: str = "",
    author: str = "",
) -> Card:
    """Store a cleaned picture as a card (on the store's thread) and return the card.

    The same picture brought twice gives back the card already made from it.
    """
    if shows_person_id is not None:
        check_photo_consent(store, shows_person_id, meeting_id)  # again: it may have been taken back meanwhile
    existing = store.imported_cards.with_picture(picture.data)
    if existing is not None:
        if shows_person_id is not None:
            # The same photo brought again for someone else in it (a group photo): their taking
            # consent back must take it off the card too.
            store.imported_cards.shows_person(existing, shows_person_id)
        return store.cards.get(existing)
    return store.imported_cards.add(
        shows_person_id=shows_person_id,
        label=label,
        category=category,
        image=picture.data,
        media_type=picture.media_type,
        width=picture.width,
        height=picture.height,
        licence=licence,
        author=author,
        source=SOURCE,
    )


def import_card_picture(
    store: Store,
    source: PictureSource,
    *,
    label: str,
    category: str = OWN_PICTURES,
    shows_person_id: str | None = None,
    meeting_id: str | None = None,
    licence: str = "",
    author: str = "",
    max_bytes: int = MAX_FILE_BYTES,
) -> Card:
    """Make a picture card from a file (path) or dropped bytes in one step, and return it.

    *shows_person_id*: the picture is a photo of that person, so it needs their photo consent and is
    kept at photo size. In the app, run the steps apart: check_photo_consent and add_card_picture on
    the store's thread, load_picture off it.
    """
    required_text(label, field="card.label", limit=NAME_MAX)  # before the slow part
    required_text(category, field="card.group", limit=NAME_MAX)
    if shows_person_id is not None:
        check_photo_consent(store, shows_person_id, meeting_id)
    picture = load_picture(source, purpose="photo" if shows_person_id else "card", max_bytes=max_bytes)
    return add_card_picture(
        store,
        picture,
        label=label,
        category=category,
        shows_person_id=shows_person_id,
        meeting_id=meeting_id,
        licence=licence,
        author=author,
    )


def import_person_photo(
    store: Store,
    person_id: str,
    source: PictureSource,
    *,
    meeting_id: str | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> None:
    """Store a photo of a person (their avatar) from a file or dropped bytes. Needs their consent.

    In the app: check_photo_consent, then load_picture(purpose="photo") off the GUI thread, then
    store.photos.set_photo (which checks consent again).
    """
    check_photo_consent(store, person_id, meeting_id)  # before reading: refuse without touching the file
    picture = load_picture(source, purpose="photo", max_bytes=max_bytes)
    store.photos.set_photo(person_id, picture, meeting_id=meeting_id)
