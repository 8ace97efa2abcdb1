"""Cards people bring (stored with their picture) and the cards a meeting chooses to show."""

import io

import pytest
from PIL import Image

from coprod_desktop.domain.errors import NotFound, ValidationError


def png(colour="red", size=(8, 8)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def add(store, label="Our garden", image=None, **extra):
    data = image or png()
    return store.imported_cards.add(
        label=label,
        category="Our pictures",
        image=data,
        media_type="image/png",
        width=8,
        height=8,
        licence="Taken by the group",
        author="Oak Room group",
        source="import",
        **extra,
    )


def test_a_brought_card_keeps_its_picture_and_words(store):
    card = add(store, synonyms=("garden", "plants", " "))
    assert store.cards.get(card.id) == card
    assert card.synonyms == ("garden", "plants")
    data, media_type = store.imported_cards.picture(card.id)
    assert media_type == "image/png" and Image.open(io.BytesIO(data)).size == (8, 8)
    assert store.imported_cards.with_picture(data) == card.id
    assert store.imported_cards.with_picture(png("blue")) is None


def test_unprepared_pictures_are_refused(store):
    with pytest.raises(ValidationError):
        store.imported_cards.add(
            label="x",
            category="y",
            image=b"",
            media_type="image/png",
            width=1,
            height=1,
            licence="",
            author="",
            source="import",
        )
    with pytest.raises(ValidationError):
        store.imported_cards.add(
            label="x",
            category="y",
            image=png(),
            media_type="image/svg+xml",
            width=1,
            height=1,
            licence="",
            author="",
            source="import",
        )
    assert [c for c in store.cards.all() if c.source == "import"] == []


def test_a_used_card_cannot_be_removed(store, meeting):
    card = add(store)
    m, sam = meeting["meeting"], meeting["sam"]
    contribution = store.contributions.add(m.id, sam.person_id, "", [card.id])
    with pytest.raises(ValidationError, match="used in a meeting"):
        store.imported_cards.remove(card.id)
    store.contributions.remove(contribution.id)
    store.imported_cards.remove(card.id)
    with pytest.raises(NotFound):
        store.cards.get(card.id)
    with pytest.raises(NotFound, match="Only cards that people brought"):
        store.imported_cards.remove("feeling-good")


def test_a_meeting_shows_the_categories_and_cards_it_chose(store, meeting, catalogue):
    m = meeting["meeting"]
    assert store.meeting_cards.categories(m.id) is None
    assert len(store.meeting_cards.visible(m.id, catalogue.cards)) == len(catalogue.cards)
    store.meeting_cards.choose(m.id, {"feelings"}, hidden={"feeling-angry"})
    shown = store.meeting_cards.visible(m.id, catalogue.cards)
    assert shown and all(c.category == "feelings" for c in shown)
    assert "feeling-angry" not in {c.id for c in shown}
    store.meeting_cards.choose(m.id, None)
    assert store.meeting_cards.categories(m.id) is None and store.meeting_cards.hidden(m.id) == set()
