"""A meeting of several people where one person (Priya Zephyrine) has something of every kind held."""

from dataclasses import dataclass

from coprod_desktop.domain.profile import CommunicationProfile
from coprod_desktop.domain.support import Support, SupportRole
from coprod_desktop.store.placeholder import removed_picture

# Names and words found nowhere else, so a search of the file's bytes means something.
PRIYA = "Priya Zephyrine"
PRIYA_CHOSEN = "Quetzalbird"
PRIYA_WORDS = "Xylophonic marmalade buses"
OTHERS = ("Bartholomew Quillfeather", "Ottoline Vexworth")
OTHER_FIRST = ("Bartholomew", "Ottoline")
OTHER_CHOSEN = "Moonwhistle"
OTHER_WORDS = "Cobblestone lanterns matter"
SUPPORTER = "Ignatius Plumtree"
PHOTO_CARD_LABEL = "Priya Zephyrine photo"
OTHER_PHOTO_LABEL = "Ottoline Vexworth smiling"


@dataclass(frozen=True)
class _Picture:
    data: bytes
    media_type: str
    width: int
    height: int


def _png() -> _Picture:
    p = removed_picture()
    return _Picture(p.data, "image/png", p.width, p.height)


def _photo_card(store, label: str, person_id: str):
    p = removed_picture()
    return store.imported_cards.add(
        label=label, category="People", image=p.data + label.encode(), media_type="image/png",
        width=p.width, height=p.height, licence="", author="", source="photo", shows_person_id=person_id,
    )  # fmt: skip


def busy_meeting(store):
    """Two meetings; in the first, Priya and two others say things, agree, pass and claim expenses."""
    m = store.meetings.create("Planning the garden", "2026-11-26", "Oak Room")
    m2 = store.meetings.create("Garden follow-up", "2026-12-01", "")
    priya = store.people.add_attendee(m.id, PRIYA, "chosen_name", PRIYA_CHOSEN)
    bart = store.people.add_attendee(m.id, OTHERS[0], "full_name")
    otto = store.people.add_attendee(m.id, OTHERS[1], "chosen_name", OTHER_CHOSEN)
    store.people.add_attendee(m2.id, PRIYA, "first_name", person_id=priya.person_id)
    prompt = store.prompts.add(m.id, "What should the garden have?", "feeling-good")
    pid = priya.person_id
    store.photos.set_consent(pid, True, "asked at the door")
    store.photos.set_photo(pid, _png())
    store.photos.set_consent(otto.person_id, True, "")
    own_card = _photo_card(store, PHOTO_CARD_LABEL, pid)
    other_card = _photo_card(store, OTHER_PHOTO_LABEL, otto.person_id)
    store.profiles.save(pid, CommunicationProfile(preferred_name="Pree", notes="Likes breaks"))
    store.people.set_speech(pid, 140, 0.8)
    mine = store.contributions.add(
        m.id, pid, PRIYA_WORDS, ["feeling-good", other_card.id], prompt.id,
        support=Support(SupportRole.INTERPRETER, SUPPORTER),
    )  # fmt: skip
    store.contributions.confirm(mine.id)
    theirs = store.contributions.add(m.id, bart.person_id, OTHER_WORDS, [own_card.id], prompt.id)
    store.contributions.add(m.id, otto.person_id, "Benches please", [], prompt.id)
    store.agreements.add(theirs.id, pid)
    store.agreements.add(mine.id, bart.person_id)
    store.passes.add(prompt.id, otto.person_id)
    store.involvement.add_expense(m.id, pid, "fare", pence=450, note="bus")
    return {
        "meeting": m, "second": m2, "priya": pid, "bart": bart.person_id, "otto": otto.person_id,
        "prompt": prompt, "mine": mine, "theirs": theirs, "own_card": own_card, "other_card": other_card,
    }  # fmt: skip
