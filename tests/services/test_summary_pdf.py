"""The group summary PDF, built from a real store and read back with pypdf as a reader would see it."""

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_desktop.domain.dates import readable_date
from coprod_desktop.domain.errors import NotFound
from coprod_desktop.domain.models import Card
from coprod_desktop.services import pdf_drawing
from coprod_desktop.services.summary_pdf import NO_CONTRIBUTIONS, OTHER_HEADING, write_summary

NON_LATIN = ["Zażółć gęślą jaźń", "Ελληνικά", "Привет", "नमस्ते", "مرحبا"]
MARKUP_TEXT = '0.1 <A & B> <img src="x">'
LONG_WORD = "Supercalifragilistic" * 20  # 400 characters, no spaces


def _text(path: Path) -> str:
    """All the PDF's text with runs of whitespace made single spaces (lines wrap anywhere)."""
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _fonts(path: Path) -> dict[str, dict]:
    """Every font the PDF uses, by BaseFont name without the subset prefix, with its descriptor."""
    found = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            found[str(font["/BaseFont"]).split("+")[-1]] = descriptor.get_object() if descriptor else {}
    return found


def _sizes_of(path: Path, needle: str) -> list[float]:
    """Font sizes of the text pieces that contain *needle*."""
    sizes = []

    def visit(text, cm, tm, font_dict, font_size):
        if needle in text:
            sizes.append(font_size * abs(tm[3]) if tm[3] else font_size)

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def _all_sizes(path: Path, *, leave_out: set[str]) -> list[float]:
    """Font sizes of every piece of text except those in *leave_out*."""
    sizes = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip() and text.strip() not in leave_out:
            sizes.append(font_size * abs(tm[3]) if tm[3] else font_size)

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


@pytest.fixture
def full(store, meeting):
    """The conftest meeting plus the people and contributions the summary must show."""
    m = meeting["meeting"]
    sam, star, prompt = meeting["sam"], meeting["ann"], meeting["prompt"]
    jo = store.people.add_attendee(m.id, "Joanna Mary Quixote", "initials")
    sneaky = store.people.add_attendee(m.id, "<b>Sam</b>", "full_name")
    second = store.prompts.add(m.id, "What should we change?")
    said = [
        store.contributions.add(
            m.id, sam.person_id, "I like the garden.\nThe staff are kind.", ["feeling-good"], prompt.id
        ),
        store.contributions.add(m.id, star.person_id, "", ["response-agree", "response-question"], prompt.id),
        store.contributions.add(m.id, jo.person_id, "More trips out, please.", [], prompt.id),
        store.contributions.add(m.id, sneaky.person_id, MARKUP_TEXT, [], prompt.id),
        store.contributions.add(m.id, sam.person_id, "Can we have the minutes in big print?", [], None),
    ]
    return {**meeting, "jo": jo, "sneaky": sneaky, "second": second, "said": said}


@pytest.fixture
def pdf(store, full, catalogue, tmp_path):
    return write_summary(store, full["meeting"].id, tmp_path / "summary.pdf", catalogue)


def test_returns_the_path_and_writes_a_pdf(pdf, tmp_path):
    assert pdf == tmp_path / "summary.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".db" and "meetings" not in p.name] == ["summary.pdf"]


def test_title_date_place_and_everyone_as_credited(pdf, full):
    text = _text(pdf)
    meeting = full["meeting"]
    assert meeting.title in text
    assert readable_date(meeting.date) in text
    assert meeting.place in text
    assert "Who took part" in text
    for key, credited in (("sam", "Sam"), ("ann", "Star"), ("jo", "J.M.Q."), ("sneaky", "<b>Sam</b>")):
        assert full[key].credited_as == credited
        assert credited in text
    # Markers are drawn beside each credit (with the credited name in words beside them, so never
    # colour alone); the "Marker: orange circle, S" lines the issue called clutter are gone.
    assert "Marker:" not in text
    for key in ("sam", "ann", "jo"):
        assert full[key].marker.describe() not in text


def test_people_credited_by_initials_or_chosen_name_are_never_named_in_full(pdf, full):
    text = _text(pdf)
    for hidden in ("Joanna", "Quixote", "Ann Lee"):
        assert hidden not in text
    meta = PdfReader(pdf).metadata
    assert not any("Quixote" in str(value) for value in meta.values())


def test_every_contribution_appears_with_its_credit(pdf, full):
    text = _text(pdf)
    for credit in ("Sam said:", "Star chose these pictures:", "J.M.Q. said:", "<b>Sam</b> said:"):
        assert credit in text
    assert "I like the garden. The staff are kind." in text
    assert "More trips out, please." in text
    # In the order made, each after its credit (the card labels beside the words may come between).
    said = text.index("Who took part")
    order = [
        text.index(part, said)
        for part in ("Sam said:", "I like the garden", "Star chose", "J.M.Q. said:", "More trips out")
    ]
    assert order == sorted(order)


def test_markup_in_names_and_words_prints_literally(pdf):
    text = _text(pdf)
    assert "<b>Sam</b>" in text
    assert MARKUP_TEXT in text


def test_prompts_in_order_empty_ones_say_so_and_promptless_words_have_their_own_section(pdf, full):
    text = _text(pdf)
    # The prompts are listed first ("What we talked about"), then each heads what was said under it.
    talked_about = text.index("What we talked about")
    assert (
        talked_about < text.index(full["prompt"].text) < text.index(full["second"].text) < text.index("Who took part")
    )
    said = text.index("Who took part")  # then each prompt as a section of its own
    first = text.index(full["prompt"].text, said)
    second = text.index(full["second"].text, said)
    other = text.index(OTHER_HEADING)
    assert first < text.index("I like the garden") < second < text.index(NO_CONTRIBUTIONS) < other
    assert text.index("Can we have the minutes in big print?") > other


def test_card_pictures_and_labels_are_printed(pdf, catalogue):
    reader = PdfReader(pdf)
    images = [image for page in reader.pages for image in page.images]
    assert images, "no card pictures in the PDF"
    text = _text(pdf)
    for card_id in ("feeling-good", "response-agree", "response-question"):
        assert catalogue.get(card_id).label in text


def test_picture_attribution_and_page_footer(pdf, full, catalogue):
    reader = PdfReader(pdf)
    text = _text(pdf)
    for line in catalogue.attribution(["feeling-good"]):
        assert line in text
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        page_text = " ".join(page.extract_text().split())
        assert f"Page {number} of {total}" in page_text
        assert full["meeting"].title in page_text


def test_atkinson_hyperlegible_is_embedded(pdf):
    fonts = _fonts(pdf)
    for name in ("AtkinsonHyperlegible-Regular", "AtkinsonHyperlegible-Bold"):
        assert name in fonts
        assert "/FontFile2" in fonts[name], f"{name} is not embedded"
    # No unembedded standard fonts sneak in.
    assert all("/FontFile2" in descriptor for descriptor in fonts.values())


def test_body_text_is_at_least_16_point(pdf, store, full):
    assert _sizes_of(pdf, "I like the garden") and min(_sizes_of(pdf, "I like the garden")) >= 16
    assert min(_sizes_of(pdf, "said:")) >= 16
    assert min(_sizes_of(pdf, "Nobody added")) >= 16
    # Nothing, footer and small print included, goes under the 14 pt floor. The initials drawn
    # inside a marker are part of the picture (the name is printed beside it at 16 pt).
    initials = {a.marker.initials for a in store.people.attendees(full["meeting"].id)}
    assert min(_all_sizes(pdf, leave_out=initials)) >= 14


def test_unknown_meeting_raises_not_found_and_writes_nothing(store, catalogue, tmp_path):
    with pytest.raises(NotFound):
        write_summary(store, "00000000-0000-0000-0000-000000000000", tmp_path / "x.pdf", catalogue)
    assert not (tmp_path / "x.pdf").exists()


def test_a_failed_build_leaves_an_existing_file_untouched(store, full, catalogue, tmp_path, monkeypatch):
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"the summary from last week")

    def broken(*args, **kwargs):
        raise RuntimeError("drawing failed half way")

    monkeypatch.setattr(pdf_drawing.MarkerFlowable, "draw", broken)
    with pytest.raises(RuntimeError):
        write_summary(store, full["meeting"].id, out, catalogue)
    assert out.read_bytes() == b"the summary from last week"
    assert not list(tmp_path.glob("*.tmp")), "temporary file left behind"


def test_an_unwritable_destination_is_a_plain_oserror(store, full, catalogue, tmp_path):
    missing = tmp_path / "no such folder" / "summary.pdf"
    with pytest.raises(OSError) as caught:
        write_summary(store, full["meeting"].id, missing, catalogue)
    assert "cannot be saved" in str(caught.value) and "Errno" not in str(caught.value)
    assert caught.value.filename == str(missing)

    folder_in_the_way = tmp_path / "taken.pdf"
    folder_in_the_way.mkdir()
    with pytest.raises(OSError):
        write_summary(store, full["meeting"].id, folder_in_the_way, catalogue)
    assert folder_in_the_way.is_dir()
    assert not list(tmp_path.glob(".*.tmp")), "temporary file left behind"


def test_a_second_write_replaces_the_first(store, full, catalogue, tmp_path):
    out = tmp_path / "summary.pdf"
    write_summary(store, full["meeting"].id, out, catalogue)
    store.contributions.add(full["meeting"].id, full["sam"].person_id, "Added later.", [], None)
    write_summary(store, full["meeting"].id, out, catalogue)
    assert "Added later." in _text(out)


def test_non_latin_text_prints_with_real_glyphs(store, meeting, catalogue, tmp_path):
    m = meeting["meeting"]
    olena = store.people.add_attendee(m.id, "Олена Коваленко", "full_name")
    for words in NON_LATIN:
        store.contributions.add(m.id, olena.person_id, words, [], meeting["prompt"].id)
    pdf = write_summary(store, m.id, tmp_path / "scripts.pdf", catalogue)
    text = _text(pdf)
    assert "Олена Коваленко said:" in text
    for words in NON_LATIN[:4]:
        assert words in text
    # Arabic is shaped (joined letters) and in reading order: poppler reads it back as written.
    arabic = next(w for w in NON_LATIN if any("\u0600" <= ch <= "\u06ff" for ch in w))
    plain = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert all(word in plain for word in arabic.split() if any("\u0600" <= ch <= "\u06ff" for ch in word))
    fonts = _fonts(pdf)
    assert any(name.startswith("NotoSans-") or name == "NotoSans" for name in fonts), fonts
    assert any(name.startswith("NotoSansArabic") for name in fonts), fonts
    assert all("/FontFile2" in descriptor for descriptor in fonts.values())


def test_emoji_with_no_font_does_not_stop_the_summary(store, meeting, catalogue, tmp_path):
    m = meeting["meeting"]
    store.contributions.add(m.id, meeting["sam"].person_id, "Great day 😀👍🏽", [], meeting["prompt"].id)
    pdf = write_summary(store, m.id, tmp_path / "emoji.pdf", catalogue)
    assert "Great day" in _text(pdf)


def test_one_very_long_word_wraps(store, meeting, catalogue, tmp_path):
    m = meeting["meeting"]
    store.contributions.add(m.id, meeting["sam"].person_id, LONG_WORD, [], meeting["prompt"].id)
    pdf = write_summary(store, m.id, tmp_path / "long.pdf", catalogue)
    assert LONG_WORD in re.sub(r"\s", "", _text(pdf))


def test_very_long_names_and_titles_wrap(store, catalogue, tmp_path):
    m = store.meetings.create("Title " + "W" * 190, "2026-11-26", "P" * 200)
    person = store.people.add_attendee(m.id, "N" * 120, "full_name")
    prompt = store.prompts.add(m.id, "Q" * 500, "feeling-good")
    store.contributions.add(m.id, person.person_id, "Yes " * 1200, ["feeling-good"] * 12, prompt.id)
    pdf = write_summary(store, m.id, tmp_path / "long.pdf", catalogue)
    flat = re.sub(r"\s", "", _text(pdf))
    assert "N" * 120 in flat and "Q" * 500 in flat


def test_an_empty_meeting_still_makes_a_summary(store, catalogue, tmp_path):
    m = store.meetings.create("Nothing yet", "2026-12-01")
    text = _text(write_summary(store, m.id, tmp_path / "empty.pdf", catalogue))
    assert "Nothing yet" in text and "Who took part" in text


def test_a_card_without_a_catalogue_picture_still_prints_its_label_and_credit(store, meeting, catalogue, tmp_path):
    own = Card("my-bus", "Our minibus", "topics", "my-bus.png", "CC BY 4.0", "Riverside Group", "user")
    store.cards.sync([own])
    m = meeting["meeting"]
    store.contributions.add(m.id, meeting["sam"].person_id, "", ["my-bus"], meeting["prompt"].id)
    text = _text(write_summary(store, m.id, tmp_path / "own.pdf", catalogue))
    assert "Our minibus" in text
    assert "Riverside Group. Licence: CC BY 4.0." in text


def test_five_hundred_contributions(store, meeting, catalogue, tmp_path):
    m = meeting["meeting"]
    people = [meeting["sam"], meeting["ann"]]
    cards = [[], ["feeling-good"], ["response-agree", "response-question"]]
    for i in range(500):
        prompt_id = meeting["prompt"].id if i % 5 else None
        store.contributions.add(m.id, people[i % 2].person_id, f"Point number {i}.", cards[i % 3], prompt_id)
    pdf = write_summary(store, m.id, tmp_path / "big.pdf", catalogue)
    text = _text(pdf)
    assert "Point number 0." in text and "Point number 499." in text
    reader = PdfReader(pdf)
    assert len(reader.pages) > 20
    # Each card picture is stored once, however many times it is drawn.
    assert pdf.stat().st_size < 3_000_000


def test_a_card_someone_brought_prints_its_own_picture_and_credit(store, meeting, catalogue, tmp_path):
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), "purple").save(buffer, "PNG")
    card = store.imported_cards.add(
        label="Our minibus",
        category="Our pictures",
        image=buffer.getvalue(),
        media_type="image/png",
        width=64,
        height=64,
        licence="Photo by the group",
        author="Oak Room group",
        source="import",
    )
    m, sam = meeting["meeting"], meeting["sam"]
    store.contributions.add(m.id, sam.person_id, "This is ours", [card.id], meeting["prompt"].id)
    out = write_summary(store, m.id, tmp_path / "s.pdf", catalogue)
    reader = PdfReader(out)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert "Our minibus" in text and "Oak Room group" in text
    images = [img for page in reader.pages for img in page.images]
    assert any(img.image.size == (64, 64) for img in images)


def test_a_brought_card_with_no_known_maker_still_prints_a_credit_line(store, meeting, catalogue, tmp_path):
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), "teal").save(buffer, "PNG")
    card = store.imported_cards.add(
        label="Cat",
        category="Board",
        image=buffer.getvalue(),
        media_type="image/png",
        width=64,
        height=64,
        licence="",
        author="",
        source="obf:Simple Board",
    )
    m, sam = meeting["meeting"], meeting["sam"]
    store.contributions.add(m.id, sam.person_id, "", [card.id], meeting["prompt"].id)
    text = _text(write_summary(store, m.id, tmp_path / "s.pdf", catalogue))
    assert "“Cat”: not given. Licence: not given." in text


def test_confirmed_supported_and_agreed_show_and_withdrawn_words_do_not(store, meeting, catalogue, tmp_path):
    """What the room recorded about each contribution is printed in words; withdrawn words never."""
    from coprod_desktop.domain.support import Support, SupportRole

    m, sam, ann, prompt = meeting["meeting"], meeting["sam"], meeting["ann"], meeting["prompt"]
    priya = store.people.add_attendee(m.id, "Priya Shah", "full_name")
    heard = store.contributions.add(m.id, sam.person_id, "The garden is lovely.", [], prompt.id)
    store.contributions.confirm(heard.id)
    store.agreements.add(heard.id, priya.person_id)
    store.agreements.add(heard.id, ann.person_id)
    helped = store.contributions.add(
        m.id, ann.person_id, "More music.", [], prompt.id, support=Support(SupportRole.INTERPRETER, "Jo")
    )
    store.agreements.add(helped.id, sam.person_id)
    store.contributions.add(
        m.id, priya.person_id, "", ["feeling-good"], prompt.id, support=Support(SupportRole.ADVOCATE)
    )
    gone = store.contributions.add(
        m.id, sam.person_id, "Feeling sick of the noisy bus", ["feeling-not-good"], prompt.id
    )
    store.contributions.withdraw(gone.id)
    text = _text(write_summary(store, m.id, tmp_path / "summary.pdf", catalogue))
    assert "Sam said: The garden is lovely. ✓ Confirmed: they said this is right. Priya Shah and Star agree." in text
    assert "Star said, with support from Jo (interpreter): More music. Sam agrees." in text
    assert "Priya Shah chose these pictures, with support from their advocate:" in text
    assert text.count("✓ Confirmed") == 1  # only the confirmed one
    assert "noisy bus" not in text and "Not good" not in text  # the withdrawn words and card


def test_what_happens_next_and_the_thank_you_are_printed_from_the_meetings_details(store, full, catalogue, tmp_path):
    from coprod_desktop.domain.models import MeetingDetails

    m = full["meeting"]
    before = _text(write_summary(store, m.id, tmp_path / "before.pdf", catalogue))
    assert "What we decided" not in before and "Who to contact" not in before  # nothing set, nothing printed
    store.settings.set_organisation("Riverside Care Trust")
    store.meeting_details.save(
        MeetingDetails(
            m.id,
            purpose="Plan the garden",
            decisions=("Open the garden on Fridays",),
            next_steps=("Jo writes to the council",),
            next_meeting="Thursday 7 January, Oak Room",
            contact="Jo Bloggs, 01234 567890",
        )
    )
    pdf = write_summary(store, m.id, tmp_path / "after.pdf", catalogue)
    text = _text(pdf)
    for words in (
        "Why we met: Plan the garden",
        "What we decided Open the garden on Fridays",
        "What happens next Jo writes to the council",
        "Our next meeting Thursday 7 January, Oak Room",
        "Who to contact Jo Bloggs, 01234 567890",
        "Thank you to everyone who took part.",
    ):
        assert words in text
    assert text.index("Why we met") < text.index("Who took part") < text.index("What we decided")
    assert PdfReader(pdf).metadata.get("/Author") == "Riverside Care Trust"
