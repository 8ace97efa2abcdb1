"""Printouts follow the meeting's language: the summary PDF and the take-home text, read back as a reader would.

Welsh and Polish PDFs are read with pypdf, as in test_summary_pdf.py. Arabic and Urdu are read with
poppler's pdftotext: their letters are shaped glyphs, and the words behind them are in each
letter's /ActualText, which poppler reads (pypdf does not) and puts in reading order.
"""

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_desktop.services import pdf_rtl
from coprod_desktop.services.pdf_page import MARGIN, PAGE_WIDTH
from coprod_desktop.services.summary_pdf import write_summary
from coprod_desktop.services.take_home import person_take_home_text
from coprod_desktop.services.translations import ContentTranslations

CARDS = ["response-agree", "response-break", "daily-tea"]  # Star's pictures; Sam's is feeling-good
# Bidi marks pdftotext puts around right-to-left lines.
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

EXPECTED = {
    "cy": [
        "Pwy gymerodd ran",
        "Dydd Iau 26 Tachwedd 2026",
        "Dywedodd Sam:",
        "Dewisodd Star y lluniau hyn:",
        "Wnaeth neb ychwanegu dim byd yma.",
        "Pethau eraill a ddywedodd pobl",
        "Am y lluniau",
        "Lluniau'r cardiau: OpenMoji",
        "Tudalen 1 o",
        "Am beth wnaethon ni siarad",
        "Diolch i bawb a gymerodd ran.",
    ],
    "pl": [
        "Kto brał udział",
        "Czwartek, 26 listopada 2026",
        "Sam mówi:",
        "Star wybiera te obrazki:",
        "Nikt nic tu nie dodał.",
        "Inne rzeczy, które powiedzieli uczestnicy",
        "O obrazkach",
        "Strona 1 z",
        "O czym rozmawialiśmy",
        "Dziękujemy wszystkim za udział.",
    ],
    # Words without vowel marks: poppler may set a mark (ً) apart from its letter.
    "ar": ["من شارك", "الخميس", "نوفمبر", "لم يضف أحد", "أشياء أخرى قالها المشاركون", "عن الصور"],
    "ur": ["کسنےحصہلیا", "نومبر", "یہاںکسینےکچھشاملنہیںکیا", "تصویروںکےبارےمیں", "صفحہ"],
}
LABELS = {
    "cy": ["Da", "Cytuno", "Egwyl", "Te"],
    "pl": ["Dobrze", "Zgadzam się", "Przerwa", "Herbata"],
    "ar": ["جيد", "أوافق", "استراحة", "شاي"],
    "ur": ["اچھا", "متفق", "وقفہ", "چائے"],
}
FRAME_PADDING = 6  # reportlab's frames keep 6 pt inside the margins
ENGLISH_ONLY = [
    "Who took part",
    "said:",
    "chose these pictures",
    "Page 1 of",
    "About the pictures",
    "What we talked about",
    "Thank you to everyone",
]


def _pypdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _poppler_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60)
    return " ".join(_MARKS.sub("", out.stdout).split())


def _fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name without subset prefix, embedded?) for every font pdffonts lists."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True, timeout=60).stdout
    fonts = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        fonts.append((parts[0].split("+")[-1], parts[-5] == "yes"))
    return fonts


def _words(path: Path) -> list[tuple[float, float, str]]:
    """(xMin, xMax, word) for every word poppler finds on page 1."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', out)
    return [(float(a), float(b), w) for a, b, w in found]


@pytest.fixture
def summary_in(store, meeting, catalogue, tmp_path):
    """write_summary for the conftest meeting held in a given language, with words, pictures and gaps."""

    def make(language: str, words: str = "I like the garden.") -> Path:
        m = meeting["meeting"]
        store.meetings.set_speech(m.id, language, 160, 1.0)
        sam, star, prompt = meeting["sam"], meeting["ann"], meeting["prompt"]
        store.contributions.add(m.id, sam.person_id, words, ["feeling-good"], prompt.id)
        store.contributions.add(m.id, star.person_id, "", CARDS, prompt.id)
        store.prompts.add(m.id, "What should we change?")  # nobody answers it
        store.contributions.add(m.id, sam.person_id, "More trips out, please.", [], None)
        return write_summary(store, m.id, tmp_path / f"summary-{language}.pdf", catalogue)

    return make


@pytest.mark.parametrize("language", ["cy", "pl"])
def test_welsh_and_polish_summaries_are_in_their_language(summary_in, language):
    text = _pypdf_text(summary_in(language))
    for words in EXPECTED[language] + LABELS[language]:
        assert words in text, f"{language}: {words!r} missing"
    for english in ENGLISH_ONLY:
        assert english not in text, f"{language}: English {english!r} printed"
    # The person's own words and the meeting's title stay as they were typed.
    assert "I like the garden." in text and "Planning the day centre" in text
    assert "\ufffd" not in text


@pytest.mark.parametrize("language", ["ar", "ur"])
def test_arabic_and_urdu_summaries_are_in_their_language_in_reading_order(summary_in, language):
    words = "أحب الحديقة والموظفين" if language == "ar" else "مجھے باغ بہت پسند ہے"
    pdf = summary_in(language, words)
    text = _poppler_text(pdf)
    # Nastaliq's letters overlap, so poppler may put spaces inside Urdu words: compare without them.
    flat = text.replace(" ", "") if language == "ur" else text
    for expected in EXPECTED[language] + LABELS[language]:
        assert expected in flat, f"{language}: {expected!r} missing from {text[:300]!r}"
    assert (words.replace(" ", "") if language == "ur" else words) in flat
    for english in ENGLISH_ONLY:
        assert english not in text
    assert "Planning the day centre" in text and "Sam" in text and "Star" in text


@pytest.mark.parametrize(("language", "family"), [("ar", "NotoNaskhArabic"), ("ur", "NotoNastaliqUrdu")])
def test_arabic_script_prints_shaped_in_its_own_embedded_font(summary_in, language, family):
    pdf = summary_in(language)
    fonts = _fonts(pdf)
    assert any(name.startswith(family) for name, _ in fonts), fonts
    assert all(embedded for _, embedded in fonts), fonts
    # Shaped: the content holds joined forms, not the letters drawn one by one left to right.
    raw = _pypdf_text(pdf)
    assert "من شارك" not in raw and "كسنےحصہلیا" not in raw


@pytest.mark.parametrize("language", ["ar", "ur"])
def test_no_translated_words_print_as_missing_glyph_boxes(language):
    words = ContentTranslations.for_language(language)
    missing = {}
    for context, source in words.entries():
        for bold in (False, True):
            gaps = pdf_rtl.missing_glyphs(words.text(context, source), bold=bold, language=language, rtl=True)
            if gaps:
                missing[(context, source, bold)] = gaps
    assert missing == {}


def test_missing_glyphs_finds_what_no_font_has():
    assert pdf_rtl.missing_glyphs("مرحبا", language="ar", rtl=True) == []
    assert pdf_rtl.missing_glyphs("Thanks \U000e01ef", rtl=False) != []


def test_right_to_left_pages_line_up_on_the_right(summary_in):
    words = _words(summary_in("ar"))
    right = PAGE_WIDTH - MARGIN - FRAME_PADDING
    # pdftotext -bbox gives a right-to-left word's letters in drawing order.
    heading = [w for w in words if w[2] in ("من", "من"[::-1])]  # "من شارك" starts at the right
    assert heading and abs(heading[0][1] - right) < 2, heading
    # An English title is left to right, but lined up on the right like the rest of the sheet.
    title = [w for w in words if w[2] == "centre"]
    assert title and abs(title[0][1] - right) < 2, title
    # Title, date, place and heading all end at the right margin.
    assert sum(1 for _, x_max, _ in words if abs(x_max - right) < 2) >= 4


def test_english_summaries_are_unchanged(summary_in):
    pdf = summary_in("en")
    text = _pypdf_text(pdf)
    for words in ["Who took part", "Thursday 26 November 2026", "Sam said:", "Star chose these pictures:", "Page 1 of"]:
        assert words in text
    for label in ("Good", "Agree", "Break", "Tea"):
        assert label in text
    assert {name for name, _ in _fonts(pdf)} == {"AtkinsonHyperlegible-Regular", "AtkinsonHyperlegible-Bold"}
    who = [w for w in _words(pdf) if w[2] == "Who"]
    assert who and abs(who[0][0] - MARGIN - FRAME_PADDING) < 2  # lined up on the left


def test_a_summary_can_be_asked_for_in_another_language(store, meeting, catalogue, tmp_path):
    m, sam = meeting["meeting"], meeting["sam"]
    store.contributions.add(m.id, sam.person_id, "I like the garden.", ["feeling-good"], meeting["prompt"].id)
    english = _pypdf_text(write_summary(store, m.id, tmp_path / "en.pdf", catalogue))
    polish = _pypdf_text(write_summary(store, m.id, tmp_path / "pl.pdf", catalogue, language="pl"))
    assert "Sam said:" in english and "Kto brał udział" not in english
    for words in ("Kto brał udział", "Sam mówi:", "Dobrze", "Czwartek, 26 listopada 2026", "Strona 1 z"):
        assert words in polish
    assert "Sam said:" not in polish and "I like the garden." in polish
    assert store.meetings.get(m.id).language == "en"  # asking for a language changes nothing kept


def test_a_language_without_a_catalogue_prints_in_english(summary_in):
    text = _pypdf_text(summary_in("ta"))
    assert "Who took part" in text and "Sam said:" in text and "Page 1 of" in text


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "cy",
            [
                "Dydd Iau 26 Tachwedd 2026.",
                "Dyma beth ddywedodd Sam.",
                "Y cwestiwn oedd: What is good about the day centre?",
                "Dywedodd Sam: I like the garden.",
                "Dewisodd Sam y lluniau: Da.",
            ],
        ),
        ("pl", ["Czwartek, 26 listopada 2026.", "Oto, co mówi Sam.", "Sam wybiera obrazki: Dobrze."]),
        ("ar", ["الخميس، 26 نوفمبر 2026.", "هذه كلمات Sam.", "اختيارات Sam من الصور: جيد."]),
        ("ur", ["Planning the day centre۔", "جمعرات، 26 نومبر 2026۔", "Sam نے یہ تصویریں چنیں: اچھا۔"]),
    ],
)
def test_take_home_text_is_in_the_meetings_language(store, meeting, catalogue, language, lines):
    m, sam = meeting["meeting"], meeting["sam"]
    store.meetings.set_speech(m.id, language, 160, 1.0)
    store.contributions.add(m.id, sam.person_id, "I like the garden.", ["feeling-good"], meeting["prompt"].id)
    text = person_take_home_text(store, m.id, sam.person_id, catalogue).splitlines()
    for line in lines:
        assert line in text, f"{language}: {line!r} not in {text}"


def test_take_home_pictures_are_listed_with_the_languages_separator(store, meeting, catalogue):
    m, sam = meeting["meeting"], meeting["sam"]
    store.meetings.set_speech(m.id, "ar", 160, 1.0)
    store.contributions.add(m.id, sam.person_id, "", ["topic-food", "response-agree"], None)
    text = person_take_home_text(store, m.id, sam.person_id, catalogue)
    assert "اختيارات Sam من الصور: طعام، أوافق." in text


def test_hostile_and_very_long_text_on_a_right_to_left_sheet(store, meeting, catalogue, tmp_path):
    m, sam = meeting["meeting"], meeting["sam"]
    store.meetings.set_speech(m.id, "ar", 160, 1.0)
    long_latin = "Supercalifragilistic" * 20  # 400 characters, no spaces
    long_arabic = "مرحبا" * 60
    for words in ("\u202eevil override", long_latin, long_arabic, '<b>bold</b> & <img src="x"> 😀'):
        store.contributions.add(m.id, sam.person_id, words, [], meeting["prompt"].id)
    pdf = write_summary(store, m.id, tmp_path / "hostile.pdf", catalogue)
    # Left-to-right lines are read in drawing order with pypdf (poppler reorders them on an RTL page).
    text = _pypdf_text(pdf)
    assert "evil override" in text and "\u202e" not in text  # the override is dropped, not obeyed
    assert '<b>bold</b> & <img src="x">' in text  # markup prints as typed
    assert long_latin in text.replace(" ", "")  # cut across lines, nothing lost
    assert long_arabic in _poppler_text(pdf).replace(" ", "")
