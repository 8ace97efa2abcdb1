"""Open Board Format: importing real AAC boards, exporting card sets as .obz, refusing hostile files.

Real SQLite files throughout; real sample boards from CoughDrop's obf library in tests/data/obf.
"""

import base64
import io
import json
import struct
import unicodedata
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from coprod_desktop.app.messages import sentences
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.models import Card
from coprod_desktop.services import obf_package
from coprod_desktop.services.obf import (
    BoardImport,
    LeftOut,
    export_cards_obz,
    export_meeting_cards,
    import_board,
    licence_object,
    licence_text,
    read_board,
)
from coprod_desktop.store import open_store

# CoughDrop's sample boards (MIT licence, kept beside them), copied from ../shared/data/obf so the
# suite runs wherever the repository is checked out.
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "obf"


# ---- helpers -------------------------------------------------------------------------------------


def png(colour="red", size=(40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def data_uri(data: bytes, media_type="image/png") -> str:
    return f"data:{media_type};base64," + base64.b64encode(data).decode()


def board(buttons, images=(), *, board_id="b1", name="Our board", **extra) -> dict:
    return {
        "format": "open-board-0.1",
        "id": board_id,
        "name": name,
        "buttons": list(buttons),
        "images": list(images),
        **extra,
    }


def write_obf(path: Path, document) -> Path:
    path.write_text(document if isinstance(document, str) else json.dumps(document), encoding="utf-8")
    return path


def write_obz(path: Path, members: dict, *, compress=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compress) as z:
        for name, data in members.items():
            if isinstance(data, dict | list):
                data = json.dumps(data)
            z.writestr(name, data, compress_type=compress)
    return path


def manifest(root="boards/a.obf", boards=None, images=None) -> dict:
    return {
        "format": "open-board-0.1",
        "root": root,
        "paths": {"boards": boards or {"a": root}, "images": images or {}},
    }


def rows(store) -> tuple[int, int]:
    return store.db["cards"].count, store.db["card_images"].count


def pixels(data: bytes) -> Image.Image:
    """The picture flattened on white and shrunk, to compare pictures whatever their encoding."""
    with Image.open(io.BytesIO(data)) as image:
        flat = Image.new("RGBA", image.size, "white")
        flat.alpha_composite(image.convert("RGBA"))
        return flat.convert("RGB").resize((16, 16))


def same_picture(a: bytes, b: bytes) -> bool:
    """Same size, and the same colours within a small tolerance (an encoder may round)."""
    sa, sb = Image.open(io.BytesIO(a)).size, Image.open(io.BytesIO(b)).size
    pa, pb = pixels(a).tobytes(), pixels(b).tobytes()
    return sa == sb and max(abs(x - y) for x, y in zip(pa, pb, strict=True)) <= 8


def refused(store, path: Path) -> tuple[str, dict]:
    """Import *path*, expect a refusal and an unchanged database; return the error's code and params.

    The params name the file and, where there is one, the part of it and the field: what the
    person needs to find the problem.
    """
    before = rows(store)
    with pytest.raises(ValidationError) as caught:
        import_board(store, path)
    error = caught.value
    assert error.code.startswith("board.") and "\n" not in str(error)
    assert error.params.pop("file") == path.name
    assert rows(store) == before
    return error.code, error.params


@pytest.fixture
def fresh(tmp_path, catalogue):
    s = open_store(tmp_path / "fresh.db")
    s.cards.sync(catalogue.cards)
    yield s
    s.close()


# ---- the real sample boards ----------------------------------------------------------------------


def test_foreign_words_keep_their_script_and_remote_pictures_are_not_fetched(store):
    before = rows(store)
    result = import_board(store, SAMPLES / "foreign.obf")
    assert result.board_name == "Foreign Words"
    # Three pictures are only URLs (two of them SVG): left out. One button has no picture: a word card.
    assert [(c.label, c.category) for c in result.cards] == [("水很酷哟", "Foreign Words")]
    assert result.skipped == [
        "“हेर्नुहोस्” (Foreign Words): the picture is on the internet and was not fetched.",
        "“यो” (Foreign Words): the picture is on the internet and was not fetched.",
        "“صرخة” (Foreign Words): the picture is on the internet and was not fetched.",
    ]
    assert sentences(result.report()) == (
        "Picture cards added from “Foreign Words”: 1. Of these, word cards (their words are their picture): 1. "
        "Buttons left out: 3. Left out because their picture is on the internet (it is never fetched): 3."
    )
    assert rows(store) == (before[0] + 1, before[1] + 1)


def test_inline_pictures_become_cards_with_their_spoken_words_as_synonyms(store):
    result = import_board(store, SAMPLES / "inline_images.obf")
    assert [c.label for c in result.cards] == ["kids", "cat"]
    assert result.skipped == [] and result.already_here == 0
    assert sentences(result.report()) == "Picture cards added from “Inline Images Board”: 2."
    kids, cat = (store.cards.get(c.id) for c in result.cards)
    assert kids.synonyms == ("children",) and cat.synonyms == ("feline",)
    assert {kids.category, cat.category} == {"Inline Images Board"}
    assert kids.source == "obf:Inline Images Board" and kids.image == ""
    sizes = [Image.open(io.BytesIO(store.imported_cards.picture(c.id)[0])).size for c in result.cards]
    assert sizes == [(300, 245), (300, 231)]


def test_importing_the_same_board_twice_adds_nothing(store):
    first = import_board(store, SAMPLES / "inline_images.obf")
    after_first = rows(store)
    second = import_board(store, SAMPLES / "inline_images.obf")
    assert second.cards == [] and second.already_here == 2
    assert sentences(second.report()) == (
        "Picture cards added from “Inline Images Board”: 0. Cards already here, so not added again: 2."
    )
    assert rows(store) == after_first
    assert all(c.id.startswith("obf-") and len(c.id) == 20 for c in first.cards)


def test_linked_boards_in_a_package_are_all_read_and_their_words_become_word_cards(store):
    parsed = read_board(SAMPLES / "links.obz")
    assert parsed.boards == ("Simple Board", "Simple Board 2", "Simple Board 3")
    # The sample boards have words but no pictures: each button becomes a word card, none is dropped.
    words = ["feelings", "colors", "happy", "sad", "green", "blue"]
    assert [c.label for c in parsed.cards] == words
    assert [c.category for c in parsed.cards] == ["Simple Board"] * 2 + ["Simple Board 2"] * 2 + ["Simple Board 3"] * 2
    assert all(c.word_card for c in parsed.cards) and parsed.skipped == ()

    result = import_board(store, SAMPLES / "links.obz")
    assert [c.label for c in result.cards] == words
    assert sentences(result.report()) == (
        "Picture cards added from “Simple Board”: 6. Of these, word cards (their words are their picture): 6."
    )
    for card in result.cards:
        data, media_type = store.imported_cards.picture(card.id)
        assert media_type == "image/png"
        assert_word_picture(data)
    # Each card's picture is its own words: no two are alike.
    assert len({store.imported_cards.picture(c.id)[0] for c in result.cards}) == 6


def assert_word_picture(data: bytes) -> None:
    """A square picture, dark ink on white, with the ink in the middle where the words are."""
    with Image.open(io.BytesIO(data)) as image:
        grey = image.convert("L")
    assert grey.size == (512, 512)
    ink = grey.point(lambda v: 255 if v < 128 else 0)
    box = ink.getbbox()
    assert box is not None, "no words were drawn"
    left, top, right, bottom = box
    assert right - left > 100 and bottom - top > 30  # drawn large
    assert grey.getpixel((5, 5)) == 255 and grey.getpixel((506, 506)) == 255  # on white


def test_a_board_of_words_only_imports_every_button_and_explains_what_it_left_out(store, tmp_path):
    document = board(
        [
            {"id": "1", "label": "tea"},
            {"id": "2", "label": "I would like a cup of tea, please"},
            {"id": "3", "label": '<img src="/etc/passwd"> <b>x</b> & co'},
            {"id": "4", "label": "مرحبا"},
            {"id": "5", "vocalization": "spoken only"},
            {"id": "6"},  # no words and no picture
            {"id": "7", "label": "Clear", "action": ":clear"},
            {"id": "8", "label": "secret", "hidden": True},
            {"id": "9", "label": "x" * 121},
        ],
        name="Words only",
    )
    result = import_board(store, write_obf(tmp_path / "words.obf", document))

    assert [c.label for c in result.cards] == [
        "tea",
        "I would like a cup of tea, please",
        '<img src="/etc/passwd"> <b>x</b> & co',  # kept as words: the picture is pixels, not markup
        "مرحبا",
        "spoken only",
    ]
    for card in result.cards:
        assert_word_picture(store.imported_cards.picture(card.id)[0])
    assert result.skipped == [
        "A button with no words (Words only, button '6').",
        "“Clear” (Words only): a control button, not a word.",
        "“secret” (Words only): hidden on the board.",
        f"“{'x' * 39}…” (Words only): too many words for a card (the most is 120 letters).",
    ]
    assert sentences(result.report()) == (
        "Picture cards added from “Words only”: 5. Of these, word cards (their words are their picture): 5. "
        "Buttons left out: 4. Left out because they have no words: 1. "
        "Left out because they are hidden on the board: 1. "
        "Left out because they control the board and are not words: 1. "
        "Left out because they have too many words for a card: 1."
    )


def test_word_cards_print_in_the_summary_pdf(store, meeting, catalogue, tmp_path):
    from pypdf import PdfReader

    from coprod_desktop.services.summary_pdf import write_summary

    document = board([{"id": "1", "label": "tea"}], name="Words")
    card = import_board(store, write_obf(tmp_path / "words.obf", document)).cards[0]
    m = meeting["meeting"]
    store.contributions.add(m.id, meeting["sam"].person_id, "", [card.id], meeting["prompt"].id)
    out = write_summary(store, m.id, tmp_path / "summary.pdf", catalogue)
    pictures = [image for page in PdfReader(out).pages for image in page.images]
    stored = Image.open(io.BytesIO(store.imported_cards.picture(card.id)[0])).convert("L")
    stored.thumbnail((320, 320))  # print keeps at most 300 dpi at card size (services/easy_read/pdf.py)

    def same(image: Image.Image) -> bool:
        printed = image.convert("L")
        if printed.size != stored.size:
            return False
        pairs = zip(printed.tobytes(), stored.tobytes(), strict=True)
        return sum(abs(a - b) for a, b in pairs) / len(stored.tobytes()) < 8  # the same picture, resampled

    assert any(same(image.image) for image in pictures)


def test_lots_of_stuff_imports_inline_and_packaged_pictures_with_licences(store):
    result = import_board(store, SAMPLES / "lots_of_stuff.obz")
    assert result.board_name == "Lots of Stuff Board"
    got = [(c.label, c.category) for c in result.cards]
    assert got == [
        ("living things", "Lots of Stuff Board"),  # a link to a board, with no picture: a word card
        ("strong feelings", "URL Images Board"),
        ("kids", "Inline Images Board"),  # image ids found through the manifest's paths.images
        ("cat", "Inline Images Board"),
        ("really happy", "Path Images and Sounds Board"),  # images/happy.png in the package
        ("really sad", "Path Images and Sounds Board"),
        ("super happy", "Linked Board"),  # a data: URI with its own licence
    ]
    super_happy = store.cards.get(result.cards[-1].id)
    assert super_happy.licence == (
        "public domain (http://creativecommons.org/publicdomain/zero/1.0/), "
        "from https://openclipart.org/detail/205568/two-kids-in-school-uniform-by-cyberscooty-205568"
    )
    assert super_happy.author == "cyberscooty (https://openclipart.org/user-detail/cyberscooty)"
    assert super_happy.synonyms == ("I am happy, yo",)
    assert "“anti happy” (Linked Board): the picture is on the internet and was not fetched." in result.skipped
    assert "“Clear Text” (Lots of Stuff Board): a control button, not a word." in result.skipped
    assert "“No way” (Lots of Stuff Board): hidden on the board." in result.skipped
    assert "“kitty” (Lots of Stuff Board): the picture is missing from the board." in result.skipped
    assert (result.sounds, result.links_online, result.links_not_here) == (6, 1, 0)
    # images/happy.png under two names ("kids" through the manifest, "really happy"): two cards.
    assert same_picture(
        store.imported_cards.picture(result.cards[2].id)[0], store.imported_cards.picture(result.cards[4].id)[0]
    )
    assert sentences(result.report()) == (
        "Picture cards added from “Lots of Stuff Board”: 7. "
        "Of these, word cards (their words are their picture): 2. Buttons left out: 11. "
        "Left out because they are hidden on the board: 2. "
        "Left out because they control the board and are not words: 4. "
        "Left out because their picture is on the internet (it is never fetched): 1. "
        "Left out because their picture is not in the file: 4. "
        "Sounds left out (CoProd Desktop does not use sounds): 6. "
        "Links to boards on the internet, not followed (CoProd Desktop makes no network calls): 1."
    )


def test_a_package_is_never_extracted_to_disk(store, tmp_path):
    package = tmp_path / "pack" / "lots.obz"
    package.parent.mkdir()
    package.write_bytes((SAMPLES / "lots_of_stuff.obz").read_bytes())
    import_board(store, package)
    assert list(package.parent.iterdir()) == [package]


def test_a_category_can_be_given_for_every_card(store):
    result = import_board(store, SAMPLES / "lots_of_stuff.obz", category="  Feelings board  ")
    assert {store.cards.get(c.id).category for c in result.cards} == {"Feelings board"}
    with pytest.raises(ValidationError):
        import_board(store, SAMPLES / "inline_images.obf", category=" ")


# ---- words and pictures on boards we write ourselves ---------------------------------------------


def test_words_in_any_script_are_kept_in_nfc_and_cleaned(store, tmp_path):
    decomposed = unicodedata.normalize("NFD", "Café")
    buttons = [
        {"id": 1, "label": "हेर्नुहोस्", "image_id": "red"},
        {"id": 2, "label": "صرخة", "image_id": "red"},
        {"id": 3, "label": "水很酷哟", "image_id": "red"},
        {"id": 4, "label": decomposed + "\u202e\x07", "image_id": "red"},
        {"id": 5, "vocalization": "hello there", "image_id": "red"},  # words only in vocalization
        {"id": 6, "image_id": "red"},  # no words at all
    ]
    path = write_obf(tmp_path / "words.obf", board(buttons, [{"id": "red", "data": data_uri(png())}]))
    result = import_board(store, path)
    assert [c.label for c in result.cards] == ["हेर्नुहोस्", "صرخة", "水很酷哟", "Café", "hello there"]
    assert result.cards[3].label == unicodedata.normalize("NFC", "Café")
    assert result.skipped == ["A button with no words (Our board, button '6')."]


def test_unusable_pictures_skip_their_button_with_a_reason(store, tmp_path):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
    images = [
        {"id": "good", "data": data_uri(png("green"))},
        {"id": "svg", "data": data_uri(svg, "image/svg+xml")},
        {"id": "svg-as-png", "data": data_uri(svg)},
        {"id": "text", "data": data_uri(b"this is not a picture at all")},
        {"id": "broken", "data": "data:image/png;base64,***"},
        {"id": "remote", "url": "https://example.org/x.png"},
        {"id": "symbol", "symbol": {"set": "mine", "filename": "x.png"}},
        {"id": "elsewhere", "path": "images/x.png"},
    ]
    buttons = [{"id": i, "label": image["id"], "image_id": image["id"]} for i, image in enumerate(images)]
    buttons.append({"id": 99, "label": "ghost", "image_id": "nowhere"})
    path = write_obf(tmp_path / "mixed.obf", board(buttons, images, name="Mixed"))
    before = rows(store)
    result = import_board(store, path)
    assert [c.label for c in result.cards] == ["good"]
    assert rows(store) == (before[0] + 1, before[1] + 1)
    reasons = dict(line.split(" (Mixed): ") for line in result.skipped)
    assert reasons == {
        "“svg”": "the picture is an SVG drawing, a type CoProd Desktop cannot use.",
        "“svg-as-png”": "the picture is an SVG drawing, a type CoProd Desktop cannot use.",
        "“text”": reasons["“text”"],
        "“broken”": "the picture inside the board cannot be read.",
        "“remote”": "the picture is on the internet and was not fetched.",
        "“symbol”": "the picture is from a symbol set that is not in the file.",
        "“elsewhere”": "the picture is in a separate file that is not part of this board.",
        "“ghost”": "the picture is missing from the board.",
    }
    assert reasons["“text”"].startswith("the picture cannot be used: ")


def test_a_package_picture_that_is_missing_or_not_a_picture_skips_its_button(store, tmp_path):
    b = board(
        [
            {"id": 1, "label": "sun", "image_id": "i1"},
            {"id": 2, "label": "gone", "image_id": "i2"},
            {"id": 3, "label": "liar", "image_id": "i3"},
        ],
        [
            {"id": "i1", "path": "images/sun.png"},
            {"id": "i2", "path": "images/gone.png"},
            {"id": "i3", "path": "images/liar.png", "content_type": "image/png"},
            {"id": "i4", "path": "../../etc/passwd"},
        ],
    )
    members = {
        "manifest.json": manifest(),
        "boards/a.obf": b,
        "images/sun.png": png("yellow"),
        "images/liar.png": b"plain text pretending to be a PNG",
    }
    result = import_board(store, write_obz(tmp_path / "p.obz", members))
    assert [c.label for c in result.cards] == ["sun"]
    assert result.skipped[0] == "“gone” (Our board): the picture file 'images/gone.png' is missing from the package."
    assert result.skipped[1].startswith("“liar” (Our board): the picture cannot be used: ")


def test_links_are_followed_inside_the_package_only_and_cycles_end(store, tmp_path):
    pic = [{"id": "p", "data": data_uri(png())}]
    a = board(
        [
            {"id": 1, "label": "to b", "image_id": "p", "load_board": {"path": "boards/b.obf"}},
            {"id": 2, "label": "out", "image_id": "p", "load_board": {"path": "../outside.obf"}},
        ],
        pic,
        board_id="A",
        name="Board A",
    )
    b = board(
        [{"id": 1, "label": "back to a", "image_id": "p", "load_board": {"path": "./boards/a.obf"}}],
        pic,
        board_id="B",
        name="Board B",
    )
    members = {"manifest.json": manifest(boards={"a": "boards/a.obf"}), "boards/a.obf": a, "boards/b.obf": b}
    result = import_board(store, write_obz(tmp_path / "cycle.obz", members))
    assert [(c.label, c.category) for c in result.cards] == [
        ("to b", "Board A"),
        ("out", "Board A"),
        ("back to a", "Board B"),
    ]
    assert (result.sounds, result.links_online, result.links_not_here) == (0, 0, 1)
    assert sentences(result.report())[-len("not followed: 1.") :] == "not followed: 1."
    assert result.report()[-1] == ("board.links_not_here", {"count": 1})


# ---- export, and the round trip ------------------------------------------------------------------


def test_export_then_import_keeps_words_order_licences_and_pictures(store, fresh, catalogue, tmp_path):
    brought = import_board(store, SAMPLES / "lots_of_stuff.obz").cards
    get = catalogue.get
    brought = [card for card in brought if not card.label.endswith(("things", "feelings"))]  # the word cards
    chosen = [get("feeling-good"), brought[4], get("response-agree"), brought[0], get("feeling-sad")]
    (tmp_path / "out").mkdir()
    out = export_cards_obz(chosen, tmp_path / "out" / "Our cards", name="Our cards", catalogue=catalogue, store=store)
    assert out == tmp_path / "out" / "Our cards.obz"
    assert [p.name for p in out.parent.iterdir()] == ["Our cards.obz"]  # no temporary file left

    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        man = json.loads(z.read("manifest.json"))
        doc = json.loads(z.read(man["root"]))
    assert man["format"] == "open-board-0.1" and man["root"] in man["paths"]["boards"].values()
    assert doc["format"] == "open-board-0.1" and doc["name"] == "Our cards"
    assert (doc["grid"]["rows"], doc["grid"]["columns"]) == (2, 3)
    assert doc["grid"]["order"] == [[c.id for c in chosen[:3]], [*(c.id for c in chosen[3:]), None]]
    images = {i["id"]: i for i in doc["images"]}
    assert [b["label"] for b in doc["buttons"]] == [c.label for c in chosen]
    assert all(images[b["image_id"]]["path"] in names for b in doc["buttons"])
    good = images[doc["buttons"][0]["image_id"]]
    assert good["license"] == {
        "type": "CC BY-SA 4.0",
        "copyright_notice_url": "https://creativecommons.org/licenses/by-sa/4.0/",
        "source_url": "https://openmoji.org/library/emoji-1F642/",
        "author_name": "OpenMoji",
        "author_url": "https://openmoji.org",
    }
    assert (good["width"], good["height"], good["content_type"]) == (512, 512, "image/png")
    assert images[doc["buttons"][1]["image_id"]]["license"]["author_name"] == "cyberscooty"

    again = import_board(fresh, out)
    assert again.skipped == [] and again.board_name == "Our cards"
    assert [c.label for c in again.cards] == [c.label for c in chosen]
    assert {c.category for c in again.cards} == {"Our cards"}
    for original, copy in zip(chosen, again.cards, strict=True):
        if original.source == "openmoji":
            assert copy.licence.startswith("CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)")
            assert copy.author == "OpenMoji (https://openmoji.org)"
            before = catalogue.png_path(original.id).read_bytes()
        else:
            assert (copy.licence, copy.author) == (original.licence, original.author)
            before = store.imported_cards.picture(original.id)[0]
        assert same_picture(before, fresh.imported_cards.picture(copy.id)[0])
    # Exported again from the new laptop, the licence text reads back into the same object.
    assert licence_object(again.cards[0]) == {**good["license"]}


def test_licence_text_and_object_are_inverse(store):
    obj = {
        "type": "CC BY-SA",
        "copyright_notice_url": "http://creativecommons.org/licenses/by-sa/2.0/uk",
        "source_url": "https://example.org/s",
        "author_name": "Paxtoncrafts Charitable Trust",
        "author_url": "https://example.org/a",
    }
    licence, author = licence_text(obj)
    assert licence == "CC BY-SA (http://creativecommons.org/licenses/by-sa/2.0/uk), from https://example.org/s"
    card = store.cards.get("feeling-good")
    assert licence_object(replace(card, source="obf:x", licence=licence, author=author)) == obj
    long = licence_text({**obj, "type": "x" * 190})
    assert long[0] == "x" * 190 and len(long[1]) <= 200
    assert licence_text(None) == ("", "")


def test_export_meeting_cards_writes_what_the_meeting_shows(store, meeting, catalogue, tmp_path):
    m = meeting["meeting"]
    kids, cat = import_board(store, SAMPLES / "inline_images.obf").cards
    shown = ["feeling-good", "feeling-sad"]
    hidden = [c.id for c in catalogue.in_category("feelings") if c.id not in shown] + [cat.id]
    store.meeting_cards.choose(m.id, ["feelings", "Inline Images Board"], hidden=hidden)
    out = export_meeting_cards(store, m.id, tmp_path / "day centre", catalogue)
    assert out == tmp_path / "day centre.obz"
    with zipfile.ZipFile(out) as z:
        doc = json.loads(z.read(json.loads(z.read("manifest.json"))["root"]))
    assert [b["id"] for b in doc["buttons"]] == [*shown, kids.id]
    assert [b["label"] for b in doc["buttons"]] == ["Good", "Sad", "kids"]
    assert doc["name"] == "Planning the day centre" and doc["locale"] == m.language


def test_nothing_to_export_is_refused(store, catalogue, tmp_path):
    with pytest.raises(ValidationError, match="no picture cards"):
        export_cards_obz([], tmp_path / "x.obz", name="x", catalogue=catalogue, store=store)
    assert not (tmp_path / "x.obz").exists()


# ---- malformed and hostile files: refused in one line, database unchanged -------------------------


def test_missing_empty_folder_and_not_json(store, tmp_path):
    assert refused(store, tmp_path / "nowhere.obf") == ("board.no_file", {})
    (tmp_path / "folder.obf").mkdir()
    assert refused(store, tmp_path / "folder.obf") == ("board.is_folder", {})
    assert refused(store, write_obf(tmp_path / "empty.obf", "  ")) == ("board.empty", {})
    bad = write_obf(tmp_path / "bad.obf", '{"format": "open-board-0.1", "buttons": [}')
    assert refused(store, bad) == ("board.not_json", {"part": "bad.obf", "line": 1, "column": 42})
    (tmp_path / "latin1.obf").write_bytes('{"name": "caf\xe9"}'.encode("latin-1"))
    assert refused(store, tmp_path / "latin1.obf") == ("board.not_utf8", {"part": "latin1.obf"})
    assert refused(store, write_obf(tmp_path / "list.obf", [1, 2])) == ("board.not_a_board", {"part": "list.obf"})
    assert refused(store, write_obf(tmp_path / "nofmt.obf", {"buttons": []})) == (
        "board.not_a_board",
        {"part": "nofmt.obf"},
    )


def test_absurd_nesting_and_numbers(store, tmp_path):
    deep = write_obf(tmp_path / "deep.obf", "[" * 100_000 + "]" * 100_000)
    assert refused(store, deep) == ("board.too_deep", {"part": "deep.obf"})
    huge = '{"format": "open-board-0.1", "id": ' + "9" * 5000 + ', "buttons": []}'
    assert refused(store, write_obf(tmp_path / "num.obf", huge)) == ("board.odd_number", {"part": "num.obf"})
    nan = '{"format": "open-board-0.1", "id": NaN, "buttons": []}'
    assert refused(store, write_obf(tmp_path / "nan.obf", nan)) == ("board.odd_number", {"part": "nan.obf"})


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        (lambda b: b["buttons"][3].update(label=["x"]), "board.not_text", "buttons[3].label"),
        (lambda b: b["buttons"][1].pop("id"), "board.field_missing", "buttons[1].id"),
        (lambda b: b["buttons"].append("button"), "board.not_object", "buttons[4]"),
        (lambda b: b.update(buttons={"a": 1}), "board.not_list", "buttons"),
        (lambda b: b.update(grid={"order": "1,2"}), "board.not_list", "grid.order"),
        (lambda b: b.update(grid={"order": [[{}]]}), "board.not_button_id", "grid.order[0][0]"),
        (lambda b: b.update(grid={"rows": -1}), "board.not_whole_number", "grid.rows"),
        (lambda b: b["images"][0].update(data=7), "board.not_text", "images[0].data"),
        (lambda b: b["images"][0].update(license="CC"), "board.not_object", "images[0].license"),
        (lambda b: b["images"][0].update(license={"type": 4}), "board.not_text", "images[0].license.type"),
        (lambda b: b["buttons"][2].update(id=0), "board.id_twice", "buttons[2].id"),
        (lambda b: b["buttons"][0].update(hidden="no"), "board.not_true_false", "buttons[0].hidden"),
        (lambda b: b["buttons"][0].update(load_board=[]), "board.not_object", "buttons[0].load_board"),
        (lambda b: b.update(name=["x"]), "board.not_text", "name"),
    ],
)
def test_wrong_shapes_name_the_place(store, tmp_path, change, code, field):
    document = board([{"id": i, "label": f"b{i}", "image_id": "p"} for i in range(4)], [{"id": "p", "data": "x"}])
    change(document)
    got_code, params = refused(store, write_obf(tmp_path / "shape.obf", document))
    assert (got_code, params["part"], params["field"]) == (code, "shape.obf", field)


def test_package_structure_problems(store, tmp_path):
    good_board = board([{"id": 1, "label": "x"}])
    (tmp_path / "text.obz").write_text("hello", encoding="utf-8")
    assert refused(store, tmp_path / "text.obz") == ("board.not_zip", {})
    (tmp_path / "broken.obz").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    assert refused(store, tmp_path / "broken.obz") == ("board.zip_damaged", {})
    no_manifest = write_obz(tmp_path / "nomanifest.obz", {"boards/a.obf": good_board})
    assert refused(store, no_manifest) == ("board.no_manifest", {})
    no_root = write_obz(tmp_path / "noroot.obz", {"manifest.json": manifest(root="boards/z.obf")})
    assert refused(store, no_root) == ("board.root_missing", {"entry": "boards/z.obf"})
    missing = write_obz(
        tmp_path / "missing.obz",
        {"manifest.json": manifest(boards={"a": "boards/a.obf", "b": "boards/b.obf"}), "boards/a.obf": good_board},
    )
    assert refused(store, missing) == ("board.listed_missing", {"board": "b"})
    bad_json = write_obz(tmp_path / "badjson.obz", {"manifest.json": manifest(), "boards/a.obf": "{oops"})
    assert refused(store, bad_json) == ("board.not_json", {"part": "boards/a.obf", "line": 1, "column": 2})
    bad_manifest = write_obz(tmp_path / "badman.obz", {"manifest.json": "[", "boards/a.obf": good_board})
    assert refused(store, bad_manifest)[:2] == ("board.not_json", {"part": "manifest.json", "line": 1, "column": 2})
    odd = manifest()
    odd["paths"]["images"] = {"a\nb\u202e": 5}
    odd_manifest = write_obz(tmp_path / "odd.obz", {"manifest.json": odd, "boards/a.obf": good_board})
    assert refused(store, odd_manifest) == ("board.not_text", {"part": "manifest.json", "field": "paths.images['a b']"})
    no_root_field = write_obz(tmp_path / "noroot2.obz", {"manifest.json": {"paths": {}}})
    assert refused(store, no_root_field) == ("board.field_missing", {"part": "manifest.json", "field": "root"})
    climbing_root = write_obz(tmp_path / "climb.obz", {"manifest.json": manifest(root="../a.obf")})
    assert refused(store, climbing_root)[0] == "board.root_missing"


@pytest.mark.parametrize("name", ["../evil.obf", "/abs/evil.obf", "boards/../../evil", "a\\..\\..\\evil", "C:/evil"])
def test_entry_names_that_leave_the_package_are_refused(store, tmp_path, name):
    path = write_obz(tmp_path / "evil.obz", {"manifest.json": manifest(), "boards/a.obf": board([]), name: b"x"})
    assert refused(store, path)[0] == "board.entry_outside"
    assert not (tmp_path.parent / "evil.obf").exists() and not Path("/abs").exists()


def test_symbolic_links_and_odd_packing_are_refused(store, tmp_path):
    link = zipfile.ZipInfo("images/link.png")
    link.create_system = 3
    link.external_attr = 0o120777 << 16  # a symbolic link, pointing at /etc/passwd
    path = write_obz(
        tmp_path / "link.obz", {"manifest.json": manifest(), "boards/a.obf": board([]), link: "/etc/passwd"}
    )
    assert refused(store, path) == ("board.entry_link", {"entry": "images/link.png"})
    bz = write_obz(
        tmp_path / "bz.obz", {"manifest.json": manifest(), "boards/a.obf": board([])}, compress=zipfile.ZIP_BZIP2
    )
    assert refused(store, bz) == ("board.entry_packing", {"entry": "manifest.json"})
    locked = tmp_path / "locked.obz"
    locked.write_bytes(
        patch_central(
            write_obz(tmp_path / "l.obz", {"manifest.json": manifest()}).read_bytes(), "manifest.json", flags=0x1
        )
    )
    assert refused(store, locked) == ("board.entry_locked", {"entry": "manifest.json"})


def test_too_many_entries_are_refused(store, tmp_path):
    members = {"manifest.json": manifest(), "boards/a.obf": board([])}
    members.update({f"images/{i}.png": b"" for i in range(obf_package.MAX_ENTRIES)})
    many = write_obz(tmp_path / "many.obz", members)
    assert refused(store, many) == ("board.too_many_files", {"count": 5002, "limit": 5000})
    # The end-of-directory record may lie about the count: the entries are counted again.
    raw = bytearray(many.read_bytes())
    struct.pack_into("<H", raw, raw.rfind(b"PK\x05\x06") + 10, 3)
    (tmp_path / "lying_count.obz").write_bytes(raw)
    assert refused(store, tmp_path / "lying_count.obz") == ("board.too_many_files", {"count": 5002, "limit": 5000})


def test_zip_bombs_are_refused(store, tmp_path):
    # One entry of 101 MB of zeros: a zip of about 100 KB.
    big = write_obz(tmp_path / "bomb.obz", {"manifest.json": manifest(), "boards/a.obf": b"0" * (101 * 1024 * 1024)})
    assert big.stat().st_size < 1024 * 1024
    assert refused(store, big) == ("board.zip_bomb", {"entry": "boards/a.obf"})
    # Many entries just under the per-entry floor, over the total cap together.
    members = {"manifest.json": manifest(), "boards/a.obf": board([])}
    members.update({f"images/{i}.png": b"\x00" * obf_package.RATIO_FLOOR for i in range(101)})
    assert refused(store, write_obz(tmp_path / "wide.obz", members)) == ("board.too_big_unpacked", {"limit_mb": 100})


def test_declared_sizes_that_lie_are_caught_while_reading(store, tmp_path):
    payload = json.dumps(board([{"id": i, "label": "x" * 100} for i in range(20_000)])).encode()  # ~2.5 MB
    raw = write_obz(tmp_path / "honest.obz", {"manifest.json": manifest(), "boards/a.obf": payload}).read_bytes()
    liar = tmp_path / "liar.obz"
    liar.write_bytes(patch_central(raw, "boards/a.obf", size=1000))
    code, params = refused(store, liar)
    assert code in ("board.entry_damaged", "board.entry_lies") and params == {"entry": "boards/a.obf"}


def patch_central(raw: bytes, name: str, *, size: int | None = None, flags: int | None = None) -> bytes:
    """Change the declared uncompressed size or flags of *name* in its local and central headers."""
    data = bytearray(raw)
    encoded = name.encode()
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        local = z.getinfo(name).header_offset
    at = data.find(b"PK\x01\x02")
    while at != -1:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + length]) == encoded:
            if size is not None:
                struct.pack_into("<I", data, at + 24, size)
                struct.pack_into("<I", data, local + 22, size)
            if flags is not None:
                struct.pack_into("<H", data, at + 8, flags)
                struct.pack_into("<H", data, local + 6, flags)
        at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


def test_a_refused_file_leaves_the_database_file_byte_for_byte(store, db_path, tmp_path):
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = db_path.read_bytes()
    for path in [write_obf(tmp_path / "bad.obf", "{"), tmp_path / "none.obz"]:
        with pytest.raises(ValidationError):
            import_board(store, path)
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert db_path.read_bytes() == before


def test_the_report_counts_in_plain_words():
    left = LeftOut("Our board", "tea", "1", "hidden", "hidden on the board")
    result = BoardImport(cards=[], left_out=[left], board_name="Our board", already_here=1)
    assert result.report() == [
        ("board.cards_added", {"board_name": "Our board", "count": 0}),
        ("board.already_here", {"count": 1}),
        ("board.left_out", {"count": 1}),
        ("board.left_out_hidden", {"count": 1}),
    ]
    assert sentences(result.report()) == (
        "Picture cards added from “Our board”: 0. Cards already here, so not added again: 1. "
        "Buttons left out: 1. Left out because they are hidden on the board: 1."
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "cy",
            "Cardiau lluniau wedi'u hychwanegu o “<b>Ein bwrdd</b> & co”: 3. Botymau wedi'u gadael allan: 5. "
            "Wedi'u gadael allan am nad oes ganddyn nhw eiriau: 2. "
            "Wedi'u gadael allan am eu bod yn cuddio ar y bwrdd: 3.",
        ),
        (
            "ar",
            "بطاقات الصور المضافة من “\u2068<b>Ein bwrdd</b> & co\u2069”: 3. الأزرار المتروكة: 5. "
            "تُركت لأنها بلا كلمات: 2. تُركت لأنها مخفية في اللوحة: 3.",
        ),
    ],
)
def test_the_report_is_said_in_the_persons_language_with_the_board_name_kept_as_typed(language, expected):
    left = [LeftOut("b", "", str(n), "no_words", "") for n in range(2)]
    left += [LeftOut("b", "tea", str(n), "hidden", "") for n in range(3)]
    cards = [Card(f"obf-{n}", "tea", "b", "", "", "", "obf:b") for n in range(3)]
    result = BoardImport(cards=cards, left_out=left, board_name="<b>Ein bwrdd</b> & co")
    assert sentences(result.report(), language) == expected
