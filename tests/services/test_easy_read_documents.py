"""The Easy Read documents as built (before drawing): the group summary, each person's take-home
sheet and their record of involvement, from real store files.

What is checked here is what the documents say: every credit, nobody named against their choice,
nobody else's words on a person's sheet, withdrawn words nowhere, the person's language and print
size, the meeting's details, and that the sentences the app writes stay short.
"""

import io
import re
from datetime import date

import pytest
from PIL import Image

from coprod_desktop.domain.credit import CreditStyle
from coprod_desktop.domain.errors import NotFound
from coprod_desktop.domain.models import MeetingDetails
from coprod_desktop.domain.profile import CommunicationProfile, Format
from coprod_desktop.domain.support import Support, SupportRole
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.services.easy_read.certificate import build_certificate, build_certificates
from coprod_desktop.services.easy_read.model import (
    Document,
    DocumentKind,
    Heading,
    Items,
    Line,
    Said,
    SmallPrint,
)
from coprod_desktop.services.easy_read.summary import build_summary
from coprod_desktop.services.easy_read.take_home_sheet import build_take_home, build_take_homes
from coprod_desktop.services.translations import ContentTranslations
from coprod_desktop.services.translations import duration_words as time_given

DETAILS = {
    "purpose": "Plan the garden",
    "decisions": ("Open the garden on Fridays", "Buy two benches"),
    "next_steps": ("Jo writes to the council",),
    "next_meeting": "Thursday 7 January, Oak Room",
    "contact": "Jo Bloggs, 01234 567890",
    "starts_at": "10:00",
    "ends_at": "11:30",
}

# (full name, credit style, chosen name) for a meeting of twelve.
TWELVE = [
    ("Sam Brown", CreditStyle.FIRST_NAME, ""),
    ("Ann Lee", CreditStyle.CHOSEN_NAME, "Star"),
    ("Joanna Mary Quixote", CreditStyle.INITIALS, ""),
    ("Priya Shah", CreditStyle.FULL_NAME, ""),
    ("Dorothy Ellis", CreditStyle.CHOSEN_NAME, "Dot"),
    ("Tomasz Nowak", CreditStyle.INITIALS, ""),
    ("Ahmed Karim", CreditStyle.FIRST_NAME, ""),
    ("Gwen Morgan", CreditStyle.CHOSEN_NAME, "Gwen M"),
    ("Olena Kovalenko", CreditStyle.FIRST_NAME, ""),
    ("Bartholomew Quince", CreditStyle.CHOSEN_NAME, "Bart"),
    ("Fatima Begum", CreditStyle.FULL_NAME, ""),
    ("Lowri Pritchard", CreditStyle.INITIALS, ""),
]


def _texts(doc: Document) -> list[str]:
    """Every piece of text the document prints or puts in its file details."""
    found = [doc.title, doc.subject, doc.footer, doc.file_stem, doc.author, *doc.keywords]
    for block in doc.blocks:
        if isinstance(block, Heading):
            found.append(block.text)
            found += [block.picture.words] if block.picture else []
        elif isinstance(block, Line):
            found.append(block.text)
            found += [block.picture.words] if block.picture else []
        elif isinstance(block, Said):
            found += [block.credit, block.words, *block.notes, *(p.words for p in block.pictures)]
        elif isinstance(block, Items):
            found += block.items
        elif isinstance(block, SmallPrint):
            found += [block.heading, *block.lines]
    return found


def _all_text(doc: Document) -> str:
    return "\n".join(_texts(doc))


def _said(doc: Document) -> list[Said]:
    return [b for b in doc.blocks if isinstance(b, Said)]


def _headings(doc: Document, level: int | None = None) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Heading) and (level is None or b.level == level)]


def _png(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (48, 48), colour).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def twelve(store):
    """A 12-person meeting: every credit style, support, confirmations, agreements, a withdrawn
    contribution, a card someone brought, one person who says nothing, and the details set."""
    m = store.meetings.create("Planning the garden", "2026-11-26", "Oak Room")
    people = {full: store.people.add_attendee(m.id, full, style, chosen) for full, style, chosen in TWELVE}
    a = {full.split()[0]: attendee for full, attendee in people.items()}
    store.settings.set_organisation("Riverside Care Trust")
    store.meeting_details.save(MeetingDetails(m.id, **DETAILS))
    first = store.prompts.add(m.id, "What is good about the garden?", "feeling-good")
    second = store.prompts.add(m.id, "What should we change?", "response-idea")
    store.prompts.add(m.id, "Anything else?")  # nobody answers it
    bench = store.imported_cards.add(
        label="Our bench",
        category="Our pictures",
        image=_png("brown"),
        media_type="image/png",
        width=48,
        height=48,
        licence="CC BY 4.0",
        author="Oak Room group",
        source="import",
    )
    said = {}
    said["sam_1"] = store.contributions.add(m.id, a["Sam"].person_id, "I love the roses.", ["feeling-good"], first.id)
    said["star"] = store.contributions.add(m.id, a["Ann"].person_id, "", ["response-agree", bench.id], first.id)
    said["jmq"] = store.contributions.add(
        m.id,
        a["Joanna"].person_id,
        "More shade, please.",
        [],
        second.id,
        support=Support(SupportRole.INTERPRETER, "Jo"),
    )
    said["priya"] = store.contributions.add(m.id, a["Priya"].person_id, "A pond would be nice.", [], second.id)
    said["sam_2"] = store.contributions.add(m.id, a["Sam"].person_id, "Benches by the door.", [bench.id], second.id)
    said["sam_3"] = store.contributions.add(m.id, a["Sam"].person_id, "Can we meet in spring?", [], None)
    for number, (key, person) in enumerate(
        (("dot", "Dorothy"), ("tn", "Tomasz"), ("ahmed", "Ahmed"), ("gwen", "Gwen"), ("olena", "Olena"))
    ):
        said[key] = store.contributions.add(m.id, a[person].person_id, f"Idea number {number}.", [], first.id)
    said["fatima"] = store.contributions.add(
        m.id, a["Fatima"].person_id, "", ["feeling-good"], first.id, support=Support(SupportRole.ADVOCATE)
    )
    store.contributions.confirm(said["sam_1"].id)
    store.agreements.add(said["sam_1"].id, a["Priya"].person_id)
    store.agreements.add(said["sam_1"].id, a["Ann"].person_id)
    store.agreements.add(said["priya"].id, a["Sam"].person_id)  # Sam agrees with Priya
    gone = store.contributions.add(m.id, a["Sam"].person_id, "Noisy neighbours spoil it", ["feeling-angry"], first.id)
    store.contributions.withdraw(gone.id)
    gone_other = store.contributions.add(m.id, a["Priya"].person_id, "Secret about the staff", [], first.id)
    store.contributions.withdraw(gone_other.id)
    # Lowri (L.P.) and Bart say nothing.
    return {"meeting": m, "people": a, "said": said, "bench": bench}


@pytest.fixture
def demo(store):
    m = create_demo_meeting(store, date(2026, 11, 26))
    return {"meeting": m, "attendees": store.people.attendees(m.id)}


def _every_document(store, meeting_id, catalogue) -> list[Document]:
    return [
        build_summary(store, meeting_id, catalogue),
        *(doc for _, doc in build_take_homes(store, meeting_id, catalogue)),
        *(doc for _, doc in build_certificates(store, meeting_id, catalogue)),
    ]


# The group summary.


def test_the_summary_credits_every_contribution_as_each_person_chose(store, twelve, catalogue):
    doc = build_summary(store, twelve["meeting"].id, catalogue)
    credits = [s.credit for s in _said(doc)]
    assert credits == [
        "Sam said:",
        "Star chose these pictures:",
        "Dot said:",
        "T.N. said:",
        "Ahmed said:",
        "Gwen M said:",
        "Olena said:",
        "Fatima Begum chose these pictures, with support from their advocate:",
        "J.M.Q. said, with support from Jo (interpreter):",
        "Priya Shah said:",
        "Sam said:",
        "Sam said:",
    ]
    assert doc.kind is DocumentKind.SUMMARY and doc.language == "en"
    assert doc.author == "Riverside Care Trust"
    who = next(
        b for i, b in enumerate(doc.blocks) if isinstance(b, Items) and doc.blocks[i - 1] == Heading("Who took part")
    )
    assert who.items == tuple(a.credited_as for a in store.people.attendees(twelve["meeting"].id))
    assert len(who.items) == 12


def test_the_summary_reads_in_easy_read_order_with_the_room_s_notes(store, twelve, catalogue):
    doc = build_summary(store, twelve["meeting"].id, catalogue)
    text = _all_text(doc)
    headings = _headings(doc)
    assert headings[0] == "Planning the garden" and doc.blocks[0] == Heading("Planning the garden", level=1)
    # Purpose and "what we talked about" come before who took part, then each prompt's section.
    assert (
        headings.index("What we talked about")
        < headings.index("Who took part")
        < headings.index("What is good about the garden?")
    )
    assert "Why we met: Plan the garden" in text
    sections = _headings(doc, 2)
    start = sections.index("Who took part") + 1
    assert sections[start : sections.index("Other things people said") + 1] == [
        "What is good about the garden?",
        "What should we change?",
        "Anything else?",
        "Other things people said",
    ]
    first_prompt = next(b for b in doc.blocks if isinstance(b, Heading) and b.text == "What is good about the garden?")
    assert first_prompt.picture and first_prompt.picture.words == "Good" and first_prompt.picture.source.is_file()
    sam_1 = _said(doc)[0]
    assert sam_1.notes == ("✓ Confirmed: they said this is right.", "Priya Shah and Star agree.")
    assert sam_1.marker == twelve["people"]["Sam"].marker
    assert [p.words for p in sam_1.pictures] == ["Good"]
    assert "Nobody added anything here." in text  # under "Anything else?"
    # No marker descriptions: markers are drawn, never listed as "Marker: ..." lines.
    assert "Marker:" not in text and "orange circle" not in text
    assert "Thank you to everyone who took part." in text


def test_brought_cards_print_their_own_picture_and_credit(store, twelve, catalogue):
    doc = build_summary(store, twelve["meeting"].id, catalogue)
    star = _said(doc)[1]
    assert [p.words for p in star.pictures] == ["Agree", "Our bench"]
    assert star.pictures[1].source == _png("brown")  # the stored picture itself
    credits = next(b for b in doc.blocks if isinstance(b, SmallPrint))
    assert credits.heading == "About the pictures"
    assert credits.lines[0] == catalogue.attribution(["feeling-good"])[0]
    assert "“Our bench”: Oak Room group. Licence: CC BY 4.0." in credits.lines


def test_the_summary_shows_details_when_set_and_leaves_them_out_when_not(store, twelve, catalogue):
    m = twelve["meeting"]
    doc = build_summary(store, m.id, catalogue)
    for heading, expected in (
        ("What we decided", Items(DETAILS["decisions"])),
        ("What happens next", Items(DETAILS["next_steps"])),
        ("Our next meeting", Line(DETAILS["next_meeting"], own_words=True)),
        ("Who to contact", Line(DETAILS["contact"], own_words=True)),
    ):
        index = doc.blocks.index(Heading(heading))
        assert doc.blocks[index + 1] == expected
    store.meeting_details.save(MeetingDetails(m.id, decisions=("Buy two benches",)))
    doc = build_summary(store, m.id, catalogue)
    headings = _headings(doc)
    assert "What we decided" in headings
    for left_out in ("What happens next", "Our next meeting", "Who to contact"):
        assert left_out not in headings
    assert "Why we met" not in _all_text(doc)


def test_a_summary_in_another_language_on_request(store, twelve, catalogue):
    doc = build_summary(store, twelve["meeting"].id, catalogue, language="cy")
    assert doc.language == "cy" and not doc.rtl
    text = _all_text(doc)
    assert "Pwy gymerodd ran" in _headings(doc)
    assert "Dywedodd Sam:" in [s.credit for s in _said(doc)]
    assert "Beth wnaethon ni benderfynu" in _headings(doc)
    assert "Who took part" not in text and "Sam said:" not in text
    # People's own words stay as they were said; the pictures' credit is in Welsh too.
    assert "I love the roses." in text
    credits = next(b for b in doc.blocks if isinstance(b, SmallPrint))
    assert credits.heading == "Am y lluniau" and credits.lines[0].startswith("Lluniau'r cardiau: OpenMoji")
    arabic = build_summary(store, twelve["meeting"].id, catalogue, language="ar")
    assert arabic.rtl and arabic.direction == "rtl" and "من شارك" in _headings(arabic)


def test_the_demo_meeting_builds_every_document(store, demo, catalogue):
    m = demo["meeting"]
    summary = build_summary(store, m.id, catalogue)
    assert len(_said(summary)) == 15
    for attendee in demo["attendees"]:
        sheet = build_take_home(store, m.id, attendee.person_id, catalogue)
        assert _said(sheet) and all(s.credit.startswith(attendee.credited_as + " ") for s in _said(sheet))
        certificate = build_certificate(store, m.id, attendee.person_id, catalogue)
        assert certificate.kind is DocumentKind.CERTIFICATE
        assert Line(attendee.credited_as, strong=True, own_words=True) in certificate.blocks
    # The demo sets its details: what was decided and what happens next, and the time given.
    assert {"What we decided", "What happens next"} <= set(_headings(summary))
    assert any("Time given: 1 hour 30 minutes" in t for t in _texts(certificate))


# Consent: nobody named against their choice, anywhere.


def test_nobody_is_named_against_their_choice_in_any_document(store, twelve, demo, catalogue):
    for meeting_id in (twelve["meeting"].id, demo["meeting"].id):
        documents = _every_document(store, meeting_id, catalogue)
        assert len(documents) == 1 + 2 * len(store.people.attendees(meeting_id))
        text = "\n".join(_all_text(doc) for doc in documents)
        for attendee in store.people.attendees(meeting_id):
            if attendee.credit_style is CreditStyle.FULL_NAME:
                assert attendee.person.full_name in text
                continue
            hidden = [w for w in attendee.person.full_name.split() if w not in attendee.credited_as.split()]
            assert hidden
            for word in hidden:
                assert not re.search(rf"\b{re.escape(word)}\b", text), f"{word!r} printed for {attendee.credited_as}"


def test_withdrawn_words_are_in_no_document(store, twelve, catalogue):
    for doc in _every_document(store, twelve["meeting"].id, catalogue):
        text = _all_text(doc)
        assert "Noisy neighbours" not in text and "Secret about the staff" not in text
        assert "Angry" not in text  # the withdrawn card's label


# A person's take-home sheet.


def test_sams_sheet_has_sams_words_and_only_what_sam_agreed_with(store, twelve, catalogue):
    m, sam, said = twelve["meeting"], twelve["people"]["Sam"], twelve["said"]
    doc = build_take_home(store, m.id, sam.person_id, catalogue)
    assert doc.kind is DocumentKind.TAKE_HOME
    assert doc.blocks[0] == Heading("Thank you, Sam.", level=1)
    assert doc.blocks[1].text == "You came to “Planning the garden” on Thursday 26 November 2026 at Oak Room."
    text = _all_text(doc)
    for key in ("sam_1", "sam_2", "sam_3"):
        assert said[key].text in text
    agreed_at = doc.blocks.index(Heading("What you agreed with"))
    mine, agreed = _said(doc)[:3], [b for b in doc.blocks[agreed_at:] if isinstance(b, Said)]
    assert [s.credit for s in mine] == ["Sam said:"] * 3
    assert [s.words for s in agreed] == ["A pond would be nice."] and agreed[0].credit == "Priya Shah said:"
    # Sam's own cards beside Sam's words, the brought one included.
    assert [p.words for p in mine[1].pictures] == ["Our bench"]
    # Nobody else's words.
    for key in ("star", "jmq", "dot", "tn", "ahmed", "gwen", "olena", "fatima"):
        if said[key].text:
            assert said[key].text not in text
    assert "Star chose these pictures:" not in text
    # Prompt by prompt, only the prompts Sam spoke to, then what Sam said outside them.
    assert _headings(doc, 3) == ["What is good about the garden?", "What should we change?", "Other things you said"]
    # The group's decisions and what happens next.
    assert doc.blocks[doc.blocks.index(Heading("What we decided")) + 1] == Items(DETAILS["decisions"])
    assert Line(DETAILS["contact"], own_words=True) in doc.blocks
    assert doc.file_stem == "2026-11-26 Planning the garden - Sam take-home"


def test_someone_who_said_nothing_gets_a_kind_sheet(store, twelve, catalogue):
    bart = twelve["people"]["Bartholomew"]
    doc = build_take_home(store, twelve["meeting"].id, bart.person_id, catalogue)
    assert doc.blocks[0] == Heading("Thank you, Bart.", level=1)
    assert Line("Thank you for coming.", strong=True) in doc.blocks
    assert not _said(doc)
    assert "What you said" not in _headings(doc)
    assert "What we decided" in _headings(doc)  # they still take home what the group decided


def test_a_take_home_in_the_persons_language_at_their_print_size(store, twelve, catalogue):
    m, sam = twelve["meeting"], twelve["people"]["Sam"]
    store.profiles.save(sam.person_id, CommunicationProfile(language="pl", formats=frozenset({Format.LARGE_PRINT})))
    doc = build_take_home(store, m.id, sam.person_id, catalogue)
    assert doc.language == "pl"
    assert doc.body_points >= 20
    assert doc.blocks[0] == Heading("Dziękujemy, Sam.", level=1)
    assert "Twoje słowa" in _headings(doc) and "Co postanowiliśmy" in _headings(doc)
    assert [s.credit for s in _said(doc)][:1] == ["Sam mówi:"]
    assert "Czwartek, 26 listopada 2026" in doc.blocks[1].text
    # Everyone else's sheet stays in the meeting's language at the usual size.
    others = dict((a.person_id, d) for a, d in build_take_homes(store, m.id, catalogue))
    priya = others[twelve["people"]["Priya"].person_id]
    assert priya.language == "en" and priya.body_points == 16
    assert others[sam.person_id] == doc


def test_a_take_home_uses_the_name_they_like_to_be_called(store, twelve, catalogue):
    tn = twelve["people"]["Tomasz"]
    store.profiles.save(tn.person_id, CommunicationProfile(preferred_name="Tom"))
    doc = build_take_home(store, twelve["meeting"].id, tn.person_id, catalogue)
    assert doc.blocks[0] == Heading("Thank you, Tom.", level=1)
    assert [s.credit for s in _said(doc)] == ["T.N. said:"]  # credited as they chose
    plain = build_take_home(store, twelve["meeting"].id, twelve["people"]["Lowri"].person_id, catalogue)
    assert plain.blocks[0] == Heading("Thank you, L.P.", level=1)


def test_a_person_not_in_the_meeting_is_not_found(store, twelve, demo, catalogue):
    stranger = demo["attendees"][0].person_id
    with pytest.raises(NotFound):
        build_take_home(store, twelve["meeting"].id, stranger, catalogue)
    with pytest.raises(NotFound):
        build_certificate(store, twelve["meeting"].id, stranger, catalogue)
    with pytest.raises(NotFound):
        build_summary(store, "no-such-meeting", catalogue)


# The record of involvement.


def test_the_certificate_records_name_meeting_date_time_and_prompts(store, twelve, catalogue):
    sam = twelve["people"]["Sam"]
    doc = build_certificate(store, twelve["meeting"].id, sam.person_id, catalogue)
    assert doc.kind is DocumentKind.CERTIFICATE and doc.title == "Record of involvement"
    text = _texts(doc)
    for line in (
        "Sam",
        "Sam took part in a co-production meeting.",
        "Meeting: Planning the garden",
        "Date: Thursday 26 November 2026",
        "Place: Oak Room",
        "Time given: 1 hour 30 minutes",
        "They chose pictures to share their views.",
        "They agreed with other people's ideas.",
        "Given by Riverside Care Trust.",
    ):
        assert line in text
    prompts = doc.blocks[doc.blocks.index(Heading("Sam gave their views on:")) + 1]
    assert prompts == Items(("What is good about the garden?", "What should we change?"))
    assert doc.file_stem == "2026-11-26 Planning the garden - Sam certificate"


def test_the_certificate_leaves_out_time_when_not_set_and_speaks_their_language(store, twelve, catalogue):
    m, bart = twelve["meeting"], twelve["people"]["Bartholomew"]
    store.meeting_details.save(MeetingDetails(m.id, purpose="Plan the garden"))
    store.profiles.save(bart.person_id, CommunicationProfile(language="cy"))
    doc = build_certificate(store, m.id, bart.person_id, catalogue)
    text = _texts(doc)
    assert doc.language == "cy" and doc.title == "Cofnod o gymryd rhan"
    assert "Cymerodd Bart ran mewn cyfarfod cyd-gynhyrchu." in text
    assert not any(t.startswith(("Amser a roddwyd", "Time given")) for t in text)
    assert not any(isinstance(b, Items) for b in doc.blocks)  # Bart spoke to no prompt


@pytest.mark.parametrize(
    ("language", "minutes", "expected"),
    [
        ("en", 90, "1 hour 30 minutes"),
        ("en", 45, "45 minutes"),
        ("en", 60, "1 hour"),
        ("en", 121, "2 hours 1 minute"),
        ("cy", 150, "2 awr 30 munud"),
        ("pl", 60, "1 godzina"),
        ("ar", 90, "ساعة واحدة و30 دقيقة"),
    ],
)
def test_time_given_in_words(language, minutes, expected):
    assert time_given(minutes, ContentTranslations.for_language(language)) == expected


# Plain language.


def _our_sentences(doc: Document) -> list[str]:
    """The sentences the app wrote: headings and lines that are not someone's own words, credits,
    notes and small print. Prompt headings and list items are people's words (the fixture keeps
    them short), so they are included too: they must not break the limit either."""
    found = []
    for block in doc.blocks:
        if isinstance(block, Heading):
            found.append(block.text)
        elif isinstance(block, Line) and not block.own_words:
            found.append(block.text)
        elif isinstance(block, Said):
            found += [block.credit, *block.notes]
        elif isinstance(block, SmallPrint):
            found += [block.heading, *block.lines]
    return found


@pytest.fixture
def one_word_meeting(store):
    """A meeting whose titles, names and words are one word each, so counting the words of a
    sentence counts the app's own words (plus one for each name or title)."""
    m = store.meetings.create("Garden", "2026-11-26", "Hall")
    store.meeting_details.save(MeetingDetails(m.id, **{**DETAILS, "purpose": "Planning"}))
    store.settings.set_organisation("Trust")
    sam = store.people.add_attendee(m.id, "Sam", "full_name")
    ann = store.people.add_attendee(m.id, "Ann", "chosen_name", "Star")
    quiet = store.people.add_attendee(m.id, "Quiet", "full_name")
    prompt = store.prompts.add(m.id, "Roses?", "feeling-good")
    store.prompts.add(m.id, "Else?")
    one = store.contributions.add(m.id, sam.person_id, "Yes", ["feeling-good"], prompt.id)
    store.contributions.confirm(one.id)
    store.agreements.add(one.id, ann.person_id)
    store.agreements.add(one.id, quiet.person_id)
    store.contributions.add(
        m.id, ann.person_id, "", ["response-agree"], prompt.id, support=Support(SupportRole.SUPPORTER, "Jo")
    )
    store.contributions.add(m.id, ann.person_id, "No", [], None, support=Support(SupportRole.INTERPRETER))
    return m


@pytest.mark.parametrize("build", ["summary", "take-homes", "certificates"])
def test_every_sentence_the_builders_write_has_at_most_15_words(store, one_word_meeting, catalogue, build):
    m = one_word_meeting
    documents = {
        "summary": lambda: [build_summary(store, m.id, catalogue)],
        "take-homes": lambda: [doc for _, doc in build_take_homes(store, m.id, catalogue)],
        "certificates": lambda: [doc for _, doc in build_certificates(store, m.id, catalogue)],
    }[build]()
    long = []
    for doc in documents:
        for text in _our_sentences(doc):
            # A sentence ends at a full stop, question or exclamation mark followed by a space (not
            # the dots inside "openmoji.org").
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                if len(sentence.split()) > 15:
                    long.append(sentence)
    assert long == []


def test_file_stems_from_a_hostile_title_stay_one_safe_name(store, catalogue):
    m = store.meetings.create('../../etc/<b>passwd</b>: "x"?', "2026-11-26")
    sam = store.people.add_attendee(m.id, "Sam/../Brown", "full_name")
    for doc in (
        build_summary(store, m.id, catalogue),
        build_take_home(store, m.id, sam.person_id, catalogue),
        build_certificate(store, m.id, sam.person_id, catalogue),
    ):
        assert doc.file_stem.startswith("2026-11-26 ")
        assert "/" not in doc.file_stem and "\\" not in doc.file_stem and ":" not in doc.file_stem
        assert not doc.file_stem.startswith(".")
