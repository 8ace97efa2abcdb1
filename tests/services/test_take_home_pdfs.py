"""Everyone's real take-home sheet and certificate from a meeting of twelve, read back from the PDF
as a reader gets it: their own words and credits, nobody else's words, nobody named against their
choice, every font embedded, body text at 16 pt (20 pt in large print), Arabic shaped."""

import subprocess

import pytest
from pypdf import PdfReader
from test_easy_read_documents import TWELVE, twelve  # noqa: F401 - the fixture is used by name

from coprod_desktop.domain.credit import CreditStyle
from coprod_desktop.domain.profile import CommunicationProfile, Format
from coprod_desktop.services.easy_read.certificate import build_certificates
from coprod_desktop.services.easy_read.pdf import write_document_pdf
from coprod_desktop.services.easy_read.take_home_sheet import build_take_home, build_take_homes
from coprod_desktop.services.translations import ContentTranslations


def text_of(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def fonts_embedded(path) -> list[bool]:
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    return [row.split()[-5] == "yes" for row in rows if row.strip()]


def size_of(path, words: str) -> float:
    """The size, in points, at which the first piece of text holding *words* is drawn."""
    found: list[float] = []
    for page in PdfReader(path).pages:

        def visit(text, cm, tm, font_dict, font_size):
            if words in text and not found:
                found.append(font_size * abs(tm[3]) if tm[3] else font_size)

        page.extract_text(visitor_text=visit)
    assert found, f"{words!r} is not on the sheet"
    return found[0]


HIDDEN = [full for full, style, _chosen in TWELVE if style is not CreditStyle.FULL_NAME]


def test_each_sheet_holds_only_its_persons_words_credited_as_they_chose(store, twelve, catalogue, tmp_path):  # noqa: F811
    standing = store.contributions.for_meeting(twelve["meeting"].id)  # withdrawn ones are not here
    everyone_words = [c.text for c in standing if c.text]
    for attendee, doc in build_take_homes(store, twelve["meeting"].id, catalogue):
        path = write_document_pdf(doc, tmp_path / f"{attendee.person_id}.pdf")
        text = text_of(path)
        first = attendee.person.full_name.split()[0]
        mine = [c.text for c in standing if c.person_id == attendee.person_id and c.text]
        agreed_with = [c.text for c in standing if attendee.person_id in c.agreed_by]
        for words in mine:
            assert words in text, (first, words)
        for words in everyone_words:
            if words not in mine and words not in agreed_with:
                assert words not in text, (first, words)
        for hidden in HIDDEN:
            assert hidden not in text, (first, hidden)
        assert "Noisy neighbours" not in text and "Secret about the staff" not in text  # withdrawn
        assert all(fonts_embedded(path)), first
        assert len(PdfReader(path).pages) >= 1


def test_body_text_is_16_pt_and_20_pt_in_large_print(store, twelve, catalogue, tmp_path):  # noqa: F811
    sam = twelve["people"]["Sam"]
    meeting_id = twelve["meeting"].id
    standard = write_document_pdf(build_take_home(store, meeting_id, sam.person_id, catalogue), tmp_path / "a.pdf")
    assert size_of(standard, "I love the roses.") >= 16
    store.profiles.save(sam.person_id, CommunicationProfile(formats=frozenset({Format.LARGE_PRINT})))
    large = write_document_pdf(build_take_home(store, meeting_id, sam.person_id, catalogue), tmp_path / "b.pdf")
    assert size_of(large, "I love the roses.") >= 20
    assert size_of(large, "Thank you") > size_of(large, "I love the roses.")


def test_a_sheet_in_arabic_is_shaped_and_right_to_left(store, twelve, catalogue, tmp_path):  # noqa: F811
    sam = twelve["people"]["Sam"]
    store.profiles.save(sam.person_id, CommunicationProfile(language="ar"))
    path = write_document_pdf(
        build_take_home(store, twelve["meeting"].id, sam.person_id, catalogue), tmp_path / "ar.pdf"
    )
    raw = b"".join(page.get_contents().get_data() for page in PdfReader(path).pages)
    assert b"/ActualText" in raw  # shaped letters carry the characters they stand for
    heading = ContentTranslations.for_language("ar").text("TakeHome", "What you said")
    assert heading != "What you said"
    assert heading.split()[0] in text_of(path)
    assert "I love the roses." in text_of(path)  # Sam's own words as said
    assert all(fonts_embedded(path))


@pytest.mark.parametrize("language", ["en", "cy", "ur"])
def test_every_certificate_is_one_page_with_the_name_as_chosen(store, twelve, catalogue, tmp_path, language):  # noqa: F811
    meeting_id = twelve["meeting"].id
    for attendee in store.people.attendees(meeting_id):
        store.profiles.save(attendee.person_id, CommunicationProfile(language=language))
    for attendee, doc in build_certificates(store, meeting_id, catalogue):
        path = write_document_pdf(doc, tmp_path / f"{attendee.person_id}.pdf")
        assert len(PdfReader(path).pages) == 1
        text = text_of(path)
        assert attendee.credited_as in text or language == "ur"  # poppler may reorder Latin inside Urdu
        for hidden in HIDDEN:
            assert hidden not in text
        assert all(fonts_embedded(path))


def test_real_documents_are_saved_as_pictures_to_look_at(store, twelve, catalogue, tmp_path):  # noqa: F811
    """The first page of each real document, in English and Arabic, for a person to look at."""
    from pathlib import Path

    from coprod_desktop.services.easy_read.certificate import build_certificate
    from coprod_desktop.services.easy_read.summary import build_summary

    output = Path(__file__).resolve().parents[1] / "output" / "documents"
    output.mkdir(parents=True, exist_ok=True)
    meeting_id, sam = twelve["meeting"].id, twelve["people"]["Sam"].person_id
    for language in ("en", "ar"):
        store.profiles.save(sam, CommunicationProfile(language=language))
        documents = {
            "takehome": build_take_home(store, meeting_id, sam, catalogue),
            "summary": build_summary(store, meeting_id, catalogue, language=language),
            "certificate": build_certificate(store, meeting_id, sam, catalogue),
        }
        for name, doc in documents.items():
            pdf = write_document_pdf(doc, tmp_path / f"{name}-{language}.pdf")
            target = output / f"twelve-{name}-{language}"
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target)], check=True
            )
            assert target.with_suffix(".png").stat().st_size > 5000


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_web_page_copies_pass_the_accessibility_check(store, twelve, catalogue, language):  # noqa: F811
    """Every real document as HTML: language and direction, one h1, no skipped levels, words for
    every picture, nothing fetched; and, as in print, nobody named against their choice."""
    from html_access import check_html

    from coprod_desktop.services.easy_read.certificate import build_certificate
    from coprod_desktop.services.easy_read.html import document_html
    from coprod_desktop.services.easy_read.summary import build_summary

    meeting_id = twelve["meeting"].id
    for attendee in store.people.attendees(meeting_id):
        store.profiles.save(attendee.person_id, CommunicationProfile(language=language))
    documents = [build_summary(store, meeting_id, catalogue, language=language)]
    for attendee, sheet in build_take_homes(store, meeting_id, catalogue):
        documents += [sheet, build_certificate(store, meeting_id, attendee.person_id, catalogue)]
    for doc in documents:
        html = document_html(doc)
        report = check_html(html)
        assert report.problems == [], (doc.title, report.problems)
        assert report.language.startswith(language) and report.direction == ("rtl" if language == "ar" else "ltr")
        for hidden in HIDDEN:
            assert hidden not in html
    summary = check_html(document_html(documents[0]))
    assert len(summary.images) >= 5 and all(alt.strip() for alt in summary.images)
