"""Easy Read documents drawn as PDF and HTML, read back as a reader (and a screen reader) would get them.

The documents are built by hand from the model, so these tests are about drawing only: text in
order, fonts embedded, body text size, right-to-left text shaped and in order, emoji named, markup
printed literally, long words flowing over pages, a certificate on one page, metadata; and the
HTML copy passing the accessibility check. The first page of each sample is saved as a PNG in
tests/output/documents/ for people to look at.
"""

import json
import re
import stat
import subprocess
import textwrap
from pathlib import Path

import pytest
from html_access import check_html
from pypdf import PdfReader
from unprivileged import give_to_runner, run_unprivileged, runner_folder

from coprod_desktop.domain.markers import Marker, MarkerShape, marker_colour
from coprod_desktop.services.catalogue import load_catalogue
from coprod_desktop.services.easy_read import html as er_html
from coprod_desktop.services.easy_read import pdf as er_pdf
from coprod_desktop.services.easy_read.model import (
    LARGE_PRINT_BODY_POINTS,
    Document,
    DocumentKind,
    Heading,
    Items,
    Line,
    Picture,
    Said,
    SmallPrint,
)
from coprod_desktop.services.easy_read.text import keep_latin_punctuation, name_missing_glyphs
from coprod_desktop.services.pdf_rtl import missing_glyphs

OUTPUT = Path(__file__).resolve().parents[1] / "output" / "documents"
CATALOGUE = load_catalogue()
MARKUP = '<b>hi</b> & {x} <img src="x">'
SENTENCE = "We talked about the bus to the day centre and how it is often late. "
LONG_WORDS = (SENTENCE * 150)[:10_000]
SAM = Marker(marker_colour("orange"), MarkerShape.CIRCLE, "SB")
TN = Marker(marker_colour("sky"), MarkerShape.SQUARE, "TN")
AMIRA = Marker(marker_colour("green"), MarkerShape.STAR, "أ")
ATTRIBUTION = "Picture cards: OpenMoji – the open-source emoji and icon project (openmoji.org). Licence: CC BY-SA 4.0."
ARABIC_WORDS = "أحب الحديقة والموظفين لطفاء."
URDU_WORDS = "مجھے باغ پسند ہے۔"


def card(card_id: str) -> Picture:
    return Picture(CATALOGUE.get(card_id).label, CATALOGUE.png_path(card_id))


def photo() -> Picture:
    """A picture someone brought: PNG bytes, as kept in the database."""
    return Picture("My dog", CATALOGUE.png_path("feeling-happy").read_bytes())


def take_home(*, body: int = 16, long: bool = False) -> Document:
    words = LONG_WORDS if long else "I like the garden 😀 and the staff 👍🏽.\nThe bus is late."
    return Document(
        kind=DocumentKind.TAKE_HOME,
        title="Thank you, Sam",
        subject="Take-home sheet",
        language="en",
        author="Riverside Trust",
        footer="Day centre meeting, 3 December",
        keywords=("meeting", "take-home"),
        body_points=body,
        blocks=(
            Heading("Thank you, Sam", 1),
            Line("You came to the day centre meeting on 3 December.", picture=card("feeling-happy")),
            Heading("What you said", 2),
            Heading("What do you like about the day centre?", 3, picture=card("feeling-good")),
            Said(
                "Sam said:",
                words,
                (card("feeling-good"), card("feeling-happy"), photo(), card("feeling-sad")),
                ("✓ Confirmed: you said this is right.", "Ann and Jo agree."),
                SAM,
            ),
            Said("T.N. said:", MARKUP, (), (), TN),
            Said("Sam chose these pictures:", "", (card("feeling-good"), card("feeling-sad")), (), SAM),
            Heading("What happens next", 2),
            Items(("We will write to the bus company.", "Jo will ask about a garden bench."), card("feeling-good")),
            Line("Zażółć gęślą jaźń. Diolch yn fawr, ŵ ŷ.", own_words=True),
            SmallPrint("About the pictures", (ATTRIBUTION,)),
        ),
    )


def summary_ar() -> Document:
    return Document(
        kind=DocumentKind.SUMMARY,
        title="ملخص الاجتماع",
        subject="ملخص",
        language="ar",
        author="",
        footer="اجتماع المركز",
        blocks=(
            Heading("ملخص الاجتماع", 1),
            Line("تحدثنا عن المركز.", picture=card("feeling-happy")),
            Heading("ماذا تحب في المركز؟", 2, picture=card("feeling-good")),
            Said("T.N. قال:", ARABIC_WORDS, (card("feeling-good"), card("feeling-sad"), photo()), ("✓ مؤكد.",), TN),
            Said("أميرة قالت:", URDU_WORDS, (), (), AMIRA),
            Said("Sam قال:", "I like the garden 😀", (card("feeling-good"),), (), SAM),
            Items(("سنكتب إلى شركة الحافلات.", "سنلتقي مرة أخرى.")),
            SmallPrint("عن الصور", (ATTRIBUTION,)),
        ),
    )


def summary_en(contributions: int = 6) -> Document:
    blocks: list = [Heading("Day centre meeting", 1), Line("What we talked about.", strong=True)]
    for n in range(contributions):
        if n % 10 == 0:
            blocks.append(Heading(f"Question {n // 10 + 1}: what should change?", 2, card("feeling-not-sure")))
        pictures = (card("feeling-good"), card("feeling-sad"))[: n % 3]
        blocks.append(Said(f"Person {n} said:", f"Contribution number {n}. More trips out.", pictures, (), SAM))
    blocks.append(SmallPrint("About the pictures", (ATTRIBUTION,)))
    return Document(
        kind=DocumentKind.SUMMARY,
        title="Day centre meeting",
        subject="Meeting summary",
        language="en",
        author="Riverside Trust",
        footer="Day centre meeting",
        blocks=tuple(blocks),
    )


def certificate(language: str = "en", *, name: str = "Samantha Bartholomew", prompts: int = 5) -> Document:
    rtl = language == "ar"
    items = tuple(
        (f"السؤال {n + 1}: ماذا تحب؟" if rtl else f"Question {n + 1}: what would make the day centre better for you?")
        for n in range(prompts)
    )
    return Document(
        kind=DocumentKind.CERTIFICATE,
        title="سجل المشاركة" if rtl else "Record of involvement",
        subject="Certificate",
        language=language,
        author="Riverside Trust",
        footer="Day centre meeting",
        blocks=(
            Heading("سجل المشاركة" if rtl else "Record of involvement", 1, picture=card("feeling-very-good")),
            Line(name, strong=True),
            Line("شارك في اجتماع المركز." if rtl else "took part in the day centre meeting", strong=False),
            Line("3 ديسمبر 2026 · ساعتان" if rtl else "3 December 2026 · 2 hours"),
            Heading("الأسئلة" if rtl else "Questions they spoke to", 2),
            Items(items),
        ),
    )


# Reading PDFs back.


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def pieces(path: Path) -> list[tuple[str, float, int]]:
    """Every piece of text drawn: (its text, its size in points, its page number)."""
    found = []
    for number, page in enumerate(PdfReader(path).pages, start=1):

        def visit(text, cm, tm, font_dict, font_size, number=number):
            if text.strip():
                found.append((text.strip(), font_size * abs(tm[3]) if tm[3] else font_size, number))

        page.extract_text(visitor_text=visit)
    return found


def fonts_embedded(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font, from poppler's pdffonts."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    return [(row.split()[0], row.split()[-5] == "yes") for row in rows if row.strip()]


def save_first_page(pdf: Path, name: str) -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    target = OUTPUT / name
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target)], check=True
    )
    return target.with_suffix(".png")


def write(doc: Document, tmp_path: Path, name: str) -> Path:
    return er_pdf.write_document_pdf(doc, tmp_path / f"{name}.pdf")


def body_sizes(path: Path, doc: Document) -> list[float]:
    """Sizes of all text except the footer, the small print and the initials in markers."""
    leave_out = {doc.footer, "Page", "of", doc.title}
    small = " ".join(
        line for block in doc.blocks if isinstance(block, SmallPrint) for line in (block.heading, *block.lines)
    )
    sizes = []
    for text, size, _page in pieces(path):
        if text in small or text in leave_out or text in (SAM.initials, TN.initials) or re.fullmatch(r"[\d ]+", text):
            continue
        if text in doc.footer or re.fullmatch(r"Page \d+ of \d+", text):
            continue
        sizes.append(size)
    return sizes


# The PDFs.


def test_take_home_reads_in_order_with_every_credit_and_literal_markup(tmp_path):
    path = write(take_home(), tmp_path, "takehome")
    text = flat(pdftotext(path))
    order = [
        "Thank you, Sam",
        "You came to",
        "What you said",
        "What do you like",
        "Sam said:",
        "I like the garden",
        "Confirmed",
        "Ann and Jo agree.",
        "T.N. said:",
        MARKUP,
        "Sam chose these pictures:",
        "What happens next",
        "We will write",
        "Jo will ask",
        "Zażółć gęślą jaźń",
        "About the pictures",
    ]
    places = [text.find(needle) for needle in order]
    assert -1 not in places, [n for n, p in zip(order, places, strict=True) if p == -1]
    assert places == sorted(places)
    for label in ("Good", "Happy", "Sad", "My dog"):
        assert label in text


def test_cards_are_beside_the_words_not_under_them(tmp_path):
    """The first card's label sits level with the words, to their left (the issue's complaint)."""
    path = write(take_home(), tmp_path, "beside")
    bbox = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    first_page = bbox.split("</page>")[0]
    words: dict[str, tuple[float, float]] = {}
    for x, y, word in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" [^>]*>([^<]+)<', first_page):
        words.setdefault(word, (float(x), float(y)))  # the first time each word is printed
    garden_x, garden_y = words["garden"]
    good_x, good_y = words["Good"]
    assert good_x < garden_x - 100
    assert good_y > garden_y  # the label is under its picture, which starts level with the words
    assert good_y - garden_y < 120  # ...on the same row, not after the words


def test_fonts_are_all_embedded_and_real_glyphs_print(tmp_path):
    path = write(take_home(), tmp_path, "fonts")
    fonts = fonts_embedded(path)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    assert any("Atkinson" in name for name, _ in fonts)
    text = pdftotext(path)
    assert "Zażółć gęślą jaźń" in text and "ŵ ŷ" in text


def test_emoji_print_as_noto_emoji_glyphs_never_boxes(tmp_path):
    path = write(take_home(), tmp_path, "emoji")
    text = flat(pdftotext(path))
    assert "😀" in text and "👍" in text  # drawn from Noto Emoji, read back as typed
    assert "[grinning face]" not in text and "\ufffd" not in text
    assert any("+NotoEmoji" in name and embedded for name, embedded in fonts_embedded(path))
    # A skin tone cannot join its emoji in reportlab: it is dropped; a flag is named by its letters.
    printed = name_missing_glyphs("I like the garden 😀 and the staff 👍🏽. 👩‍🔬 🇬🇧")
    assert missing_glyphs(printed) == []
    assert "\U0001f3fd" not in printed and "👩" in printed and "[flag GB]" in printed


@pytest.mark.parametrize(("points", "floor"), [(16, 16), (LARGE_PRINT_BODY_POINTS, 20)])
def test_body_text_is_at_least_the_documents_size(tmp_path, points, floor):
    doc = take_home(body=points)
    path = write(doc, tmp_path, f"size{points}")
    sizes = body_sizes(path, doc)
    assert len(sizes) > 20
    assert min(sizes) >= floor - 0.01, sorted(sizes)[:5]
    heading = [size for text, size, _ in pieces(path) if text.startswith("What you said")]
    assert heading and heading[0] >= floor * 1.4  # headings larger in proportion


def test_metadata_title_subject_language_author_keywords(tmp_path):
    path = write(take_home(), tmp_path, "meta")
    reader = PdfReader(path)
    meta = reader.metadata
    assert meta.title == "Thank you, Sam"
    assert meta.subject == "Take-home sheet"
    assert meta.author == "Riverside Trust"
    assert meta.creator == "CoProd Desktop"
    assert "take-home" in meta["/Keywords"]
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    ar = PdfReader(write(summary_ar(), tmp_path, "meta-ar"))
    assert ar.metadata.author == "CoProd Desktop"  # no organisation set: never "(anonymous)"
    assert ar.trailer["/Root"]["/Lang"] == "ar"


def test_saved_atomically_for_the_owner_only(tmp_path):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    er_pdf.write_document_pdf(take_home(), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
    assert er_pdf.document_pdf_bytes(take_home()).startswith(b"%PDF")


def test_an_unwritable_folder_is_a_plain_oserror():
    """As a user whom permissions can refuse (root writes anywhere: tests/unprivileged.py)."""
    code = textwrap.dedent(
        """
        import json
        from pathlib import Path
        from coprod_desktop.services.easy_read import html, pdf
        from coprod_desktop.services.easy_read.model import Document, DocumentKind, Line
        from coprod_desktop.services.private_files import SaveError
        doc = Document(DocumentKind.TAKE_HOME, "Thank you, Sam", "Take-home", "en", "", (Line("Hello"),))
        said = []
        for write, name in ((pdf.write_document_pdf, "x.pdf"), (html.write_document_html, "x.html")):
            try:
                write(doc, Path("locked") / name)
            except SaveError as error:
                said.append(str(error))
        print(json.dumps(said))
        """
    )
    with runner_folder() as folder:
        locked = folder / "locked"
        locked.mkdir()
        give_to_runner(folder)
        locked.chmod(0o500)
        result = run_unprivileged(code, folder)
        assert result.returncode == 0, result.stderr[-3000:]
        said = json.loads(result.stdout.strip().splitlines()[-1])
        assert len(said) == 2 and all("cannot be saved in" in words and "Permission denied" in words for words in said)
        assert list(locked.iterdir()) == []  # nothing half-written left behind


def test_a_ten_thousand_character_contribution_flows_over_pages_with_its_credit(tmp_path):
    path = write(take_home(long=True), tmp_path, "long")
    reader = PdfReader(path)
    assert len(reader.pages) >= 3
    text = flat(pdftotext(path))
    assert text.count("often late.") == LONG_WORDS.count("often late.")
    drawn = pieces(path)
    credit_page = next(page for text, _, page in drawn if text.startswith("Sam said:"))
    first_words_page = next(page for text, _, page in drawn if text.startswith("We talked about"))
    assert credit_page == first_words_page


def test_arabic_is_shaped_right_to_left_and_latin_initials_keep_their_order(tmp_path):
    doc = summary_ar()
    path = write(doc, tmp_path, "arabic")
    raw = b"".join(page.get_contents().get_data() for page in PdfReader(path).pages)
    assert b"/ActualText" in raw  # shaped letters carry their characters
    text = pdftotext(path)
    for words in ("الحديقة", "باغ", "ملخص الاجتماع"):
        assert words in text
    drawn = [t for t, _, _ in pieces(path)]
    assert "T.N." in drawn  # drawn as one run: never ".T.N"
    assert ".T.N" not in flat(text)
    assert "😀" in flat(text)  # the emoji is drawn from Noto Emoji, right to left too
    # The words' own direction: an English contribution in an Arabic summary is lined up left.
    bbox = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    like = re.search(r'xMin="([\d.]+)"[^>]*>like<', bbox)
    assert like and float(like.group(1)) < 200
    fonts = fonts_embedded(path)
    assert all(embedded for _name, embedded in fonts)
    assert any("Naskh" in name or "Arabic" in name for name, _ in fonts)


def test_keep_latin_punctuation_marks_only_latin_words():
    assert keep_latin_punctuation("T.N. قال:") == "T.N.\u200e قال:"
    assert keep_latin_punctuation("قال أحمد.") == "قال أحمد."


def test_certificate_stays_on_one_page_with_a_long_name_and_twenty_prompts(tmp_path):
    name = "Samantha Josephine Bartholomew-Featherstonehaugh " * 4
    path = write(certificate(name=name, prompts=20), tmp_path, "cert-long")
    assert len(PdfReader(path).pages) == 1
    text = flat(pdftotext(path))
    assert "Question 1:" in text and "Record of involvement" in text
    shown = len(re.findall(r"Question \d+:", text))
    assert shown == 20 or f"and {20 - shown} more" in text


def test_certificate_with_few_prompts_shows_them_all(tmp_path):
    path = write(certificate(prompts=4), tmp_path, "cert")
    text = flat(pdftotext(path))
    assert all(f"Question {n}:" in text for n in range(1, 5))
    assert "more" not in text


def test_pictures_from_bytes_are_decoded_once(tmp_path):
    doc = take_home()
    data = next(p for b in doc.blocks if isinstance(b, Said) for p in b.pictures if isinstance(p.source, bytes))
    er_pdf._bytes_picture.cache_clear()
    write(doc, tmp_path, "a")
    write(doc, tmp_path, "b")
    info = er_pdf._bytes_picture.cache_info()
    assert info.misses == 1 and info.hits >= 1, info
    assert er_pdf._bytes_picture(data.source) is er_pdf._bytes_picture(data.source)


def test_a_broken_picture_is_left_out_and_its_words_still_print(tmp_path):
    doc = Document(
        kind=DocumentKind.TAKE_HOME,
        title="T",
        subject="S",
        language="en",
        author="",
        blocks=(
            Heading("T", 1),
            Said(
                "Sam said:",
                "Hello",
                (Picture("Broken", b"not a png"), Picture("Gone", Path("/nonexistent.png"))),
                (),
                SAM,
            ),
        ),
    )
    text = pdftotext(write(doc, tmp_path, "broken"))
    assert "Broken" in text and "Gone" in text and "Hello" in text
    assert 'alt="Broken"' not in er_html.document_html(doc)


def test_three_hundred_contributions_lay_out(tmp_path):
    path = write(summary_en(300), tmp_path, "many")
    text = flat(pdftotext(path))
    assert "Person 299 said:" in text and "Contribution number 299." in text


def test_first_pages_saved_for_people_to_look_at(tmp_path):
    samples = {
        "takehome-en": take_home(),
        "takehome-en-large": take_home(body=LARGE_PRINT_BODY_POINTS),
        "summary-en": summary_en(),
        "summary-ar": summary_ar(),
        "certificate-en": certificate(prompts=20),
        "certificate-ar": certificate("ar", prompts=8),
    }
    for name, doc in samples.items():
        png = save_first_page(write(doc, tmp_path, name), name)
        assert png.stat().st_size > 5_000


# The HTML copies.


@pytest.mark.parametrize("doc", [take_home(), summary_ar(), certificate(prompts=20), summary_en()], ids=str)
def test_html_passes_the_accessibility_check(doc):
    report = check_html(er_html.document_html(doc))
    assert report.problems == []
    assert report.language == doc.language and report.direction == doc.direction
    assert report.title == doc.title


def test_html_headings_pictures_and_escaped_text():
    doc = take_home()
    page = er_html.document_html(doc)
    report = check_html(page)
    assert report.headings == [
        (1, "Thank you, Sam"),
        (2, "What you said"),
        (3, "What do you like about the day centre?"),
        (2, "What happens next"),
    ]
    assert report.images.count("Good") >= 3 and "My dog" in report.images
    assert "&lt;b&gt;hi&lt;/b&gt; &amp; {x} &lt;img src=&quot;x&quot;&gt;" in page
    assert '<p dir="auto" class="own">I like the garden 😀' in page
    assert "<ul" in page and "<li>We will write to the bus company.</li>" in page
    assert "<footer>" in page and "About the pictures" in page.split("<footer>")[1]
    assert 'lang="en" dir="ltr"' in page


def test_html_never_skips_a_heading_level_even_if_asked_to():
    doc = Document(
        kind=DocumentKind.SUMMARY,
        title="T",
        subject="S",
        language="en",
        author="",
        blocks=(Heading("T", 1), Heading("Deep", 3), Heading("Another title", 1)),
    )
    report = check_html(er_html.document_html(doc))
    assert report.problems == []
    assert [level for level, _ in report.headings] == [1, 2, 2]


def test_the_checker_finds_problems():
    bad = '<html><head></head><body><h1>a</h1><h3>b</h3><img src="https://x/y.png"><script>1</script></body></html>'
    problems = " ".join(check_html(bad).problems)
    for expected in ("language", "direction", "<title>", "skip", "alternative text", "outside", "<script>"):
        assert expected in problems


def test_html_is_written_atomically_for_the_owner_only(tmp_path):
    target = er_html.write_document_html(summary_ar(), tmp_path / "summary.html")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    page = target.read_text(encoding="utf-8")
    assert 'lang="ar" dir="rtl"' in page and "T.N.\u200e" in page
    assert [p.name for p in tmp_path.iterdir()] == ["summary.html"]


def test_headings_stay_with_a_long_contribution_without_leaving_a_page_empty(tmp_path):
    path = write(take_home(long=True), tmp_path, "lead")
    drawn = pieces(path)
    heading_page = next(page for text, _, page in drawn if text.startswith("What do you like"))
    words_page = next(page for text, _, page in drawn if text.startswith("We talked about"))
    assert heading_page == words_page == 1


def test_a_heading_and_a_credit_thousands_of_characters_long_still_print(tmp_path):
    huge = "Samantha " * 600
    doc = Document(
        kind=DocumentKind.TAKE_HOME,
        title="T",
        subject="S",
        language="en",
        author="",
        blocks=(
            Heading(huge, 1),
            Heading(huge, 3),
            Said(huge + "said:", "Hello there", (card("feeling-good"),), (), SAM),
        ),
    )
    text = flat(pdftotext(write(doc, tmp_path, "huge")))
    assert text.count("Samantha") == 1800 and "Hello there" in text
