"""Card and printout words in the meeting's language, read from the .ts catalogues without Qt."""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from coprod_desktop.domain.dates import readable_date
from coprod_desktop.domain.markers import MARKER_COLOURS, Marker, MarkerShape
from coprod_desktop.domain.models import Card
from coprod_desktop.services import translations
from coprod_desktop.services.card_search import CardIndex
from coprod_desktop.services.translations import (
    ContentTranslations,
    placeholders,
    read_ts,
    translate,
    translations_dir,
    words_for,
)

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("cy", "pl", "ar", "ur")
GENERATOR = ROOT / "packaging" / "content_translations.py"


def _generator():
    spec = importlib.util.spec_from_file_location("content_translations", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(language: str) -> list[tuple[str, ElementTree.Element]]:
    """(context, <message>) for every message in the shipped catalogue of *language*."""
    root = ElementTree.parse(translations_dir() / f"coprod_content_{language}.ts").getroot()
    return [(c.findtext("name"), m) for c in root.iter("context") for m in c.iter("message")]


def _ts(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "coprod_content_xx.ts"
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="xx">{body}</TS>\n',
        encoding="utf-8",
    )
    return path


# The reader.


def test_the_catalogues_are_found_beside_the_package():
    assert translations_dir() == ROOT / "translations"
    for language in ("en", *LANGUAGES):
        assert translations.catalogue_path(language).name == f"coprod_content_{language}.ts"
    assert translations.catalogue_path("zz") is None
    assert translations.catalogue_path("../etc/passwd") is None


def test_text_translates_and_falls_back_to_the_english():
    assert translate("Card", "Break", "cy") == "Egwyl"
    assert translate("Card", "Break", "pl") == "Przerwa"
    assert translate("Card", "Break", "ar") == "استراحة"
    assert translate("Card", "Break", "ur") == "وقفہ"
    assert translate("Card", "Break", "en") == "Break"
    assert translate("Card", "Break", "zz") == "Break"  # no catalogue for the language
    assert translate("Card", "Not a card we have", "cy") == "Not a card we have"
    assert translate("Nowhere", "Break", "cy") == "Break"  # the context is part of the key


def test_for_language_reads_each_catalogue_once():
    assert ContentTranslations.for_language("cy") is ContentTranslations.for_language("cy")
    assert len(ContentTranslations.for_language("cy")) > 600
    assert len(ContentTranslations.for_language("zz")) == 0


def test_fill_keeps_the_persons_words_as_typed():
    words = ContentTranslations.for_language("cy")
    assert words.fill("Summary", "{name} said:", name="Sam") == "Dywedodd Sam:"
    # Braces or markup in a name are data, not a template or markup.
    assert words.fill("Summary", "{name} said:", name="{total} <b>") == "Dywedodd {total} <b>:"


def test_the_reader_skips_what_lrelease_leaves_out(tmp_path):
    path = _ts(
        tmp_path,
        """<context><name>Summary</name>
        <message><source>Kept</source><translation>Cadw</translation></message>
        <message><source>Unfinished but written</source><translation type="unfinished">Ar waith</translation></message>
        <message><source>Empty</source><translation type="unfinished"></translation></message>
        <message><source>Old</source><translation type="obsolete">Hen</translation></message>
        <message><source>Gone</source><translation type="vanished">Wedi mynd</translation></message>
        <message><source>{name} said:</source><translation>Dywedodd {enw}:</translation></message>
        <message><source>{name} chose:</source><translation>Dewisodd {name</translation></message>
        <message><source>Page {number} of {total}</source><translation>{total}: {number}</translation></message>
        </context>""",
    )
    assert read_ts(path) == {
        ("Summary", "Kept"): "Cadw",
        ("Summary", "Unfinished but written"): "Ar waith",
        ("Summary", "Page {number} of {total}"): "{total}: {number}",
    }


def test_a_damaged_catalogue_prints_in_english(tmp_path, monkeypatch):
    broken = tmp_path / "coprod_content_cy.ts"
    broken.write_text("<TS><context><name>Card", encoding="utf-8")
    monkeypatch.setattr(translations, "catalogue_path", lambda language: broken)
    translations._load.cache_clear()
    try:
        assert translations._load("cy").text("Card", "Break") == "Break"
    finally:
        translations._load.cache_clear()


# Cards, groups, dates and markers.


def test_card_labels_and_synonyms_in_the_language(catalogue):
    words = ContentTranslations.for_language("cy")
    tea = catalogue.get("daily-tea")
    assert words.card_label(tea) == "Te"
    assert "paned" in words.card_synonyms(tea)
    assert ContentTranslations.for_language("en").card_synonyms(tea) == tea.synonyms
    # A language with no catalogue shows the English.
    assert ContentTranslations.for_language("zz").card_label(tea) == "Tea"


def test_a_card_someone_brought_keeps_its_own_words():
    theirs = Card("a1b2", "Break", "Our pictures", "", "Photo by the group", "Oak Room", "import", ("rest",))
    words = ContentTranslations.for_language("cy")
    assert words.card_label(theirs) == "Break"
    assert words.card_synonyms(theirs) == ("rest",)


def test_category_labels(catalogue):
    words = ContentTranslations.for_language("pl")
    labels = [words.category_label(c) for c in catalogue.categories]
    assert labels[0] == "Uczucia" and len(set(labels)) == 9
    assert words.category_label("Health") == "Zdrowie"
    assert words.category_label("Our own group") == "Our own group"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Thursday 26 November 2026"),
        ("cy", "Dydd Iau 26 Tachwedd 2026"),
        ("pl", "Czwartek, 26 listopada 2026"),
        ("ar", "الخميس، 26 نوفمبر 2026"),
        ("ur", "جمعرات، 26 نومبر 2026"),
    ],
)
def test_dates_in_words(language, expected):
    assert ContentTranslations.for_language(language).long_date("2026-11-26") == expected


def test_english_dates_and_markers_read_as_before():
    words = ContentTranslations.for_language("en")
    for iso in ("2026-01-05", "2027-02-28", "2028-12-31"):
        assert words.long_date(iso) == readable_date(iso)
    for colour in MARKER_COLOURS:
        for shape in MarkerShape:
            marker = Marker(colour, shape, "SB")
            assert words.marker_words(marker) == marker.describe()


def test_every_marker_colour_and_shape_is_translated():
    for language in LANGUAGES:
        words = ContentTranslations.for_language(language)
        for colour in MARKER_COLOURS:
            assert words.text("Markers", colour.name.lower()) != colour.name.lower(), (language, colour.key)
        said = {words.marker_words(Marker(MARKER_COLOURS[0], shape, "SB")) for shape in MarkerShape}
        assert len(said) == len(MarkerShape)
        assert all("SB" in text for text in said)
    assert ContentTranslations.for_language("cy").marker_words(Marker(MARKER_COLOURS[5], MarkerShape.STAR, "SB")) == (
        "seren, lliw coch, SB"
    )


# The shipped catalogues.


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_card_has_a_finished_label_and_synonyms(language, catalogue):
    labels, synonyms = {}, {}
    for context, message in _messages(language):
        translation = message.find("translation")
        if context in ("Card", "CardSynonyms"):
            assert translation.get("type") is None, f"{language}: {message.findtext('source')!r} is not finished"
            assert (translation.text or "").strip(), f"{language}: {message.findtext('source')!r} is empty"
            (labels if context == "Card" else synonyms)[message.findtext("source")] = translation.text
    for card in catalogue.cards:
        assert card.label in labels, f"{language}: no label for {card.id}"
        joined = " | ".join(card.synonyms)
        assert joined in synonyms, f"{language}: no synonyms for {card.id}"
        words = [w.strip() for w in synonyms[joined].split("|")]
        assert words and all(words), f"{language}: an empty synonym for {card.id}"
    # Translated, not copied: only a handful of labels are the same word in both languages (Bus, Radio).
    same = [card.label for card in catalogue.cards if labels[card.label] == card.label]
    assert len(same) < 30, same


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_everything_is_finished_and_placeholders_are_kept(language):
    messages = _messages(language)
    assert len(messages) > 600
    for context, message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") is None, f"{language}: {context}/{source!r} unfinished or obsolete"
        assert placeholders(translation.text or "") == placeholders(source), f"{language}: {context}/{source!r}"
        if context not in ("Card", "CardSynonyms", "Category"):  # printout words say where they are used
            assert message.find("location") is not None, f"{language}: {context}/{source!r} has no location"


def test_card_messages_tell_the_translator_which_sense(catalogue):
    comments = {m.findtext("source"): m.findtext("extracomment") for c, m in _messages("cy") if c == "Card"}
    note = comments["Break"]
    assert "response-break" in note and "Responses" in note and "rest" in note and "cup of tea" in note


def test_the_catalogues_are_up_to_date():
    result = subprocess.run(
        [sys.executable, str(GENERATOR), "--check"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_the_compiled_qm_matches_its_ts(language, tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    source = translations_dir() / f"coprod_content_{language}.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(fresh)], check=True, timeout=120)
    assert fresh.read_bytes() == source.with_suffix(".qm").read_bytes(), "run packaging/update_translations.py"


# The generator.


def test_merging_keeps_translations_adds_new_ones_unfinished_and_marks_removed_ones_obsolete():
    gen = _generator()
    old = gen.Catalogue(
        "cy",
        {
            "Card": [
                gen.Message("Tea", translation="Te", state=gen.FINISHED, translator_comment="Checked by Siân"),
                gen.Message("Biscuit", translation="Bisged", state=gen.FINISHED),
                gen.Message("Unused and empty"),
            ],
            "Summary": [gen.Message("Back again", translation="Yn ôl", state=gen.OBSOLETE)],
        },
    )
    wanted = {
        "Card": [gen.Message("Tea", "a comment"), gen.Message("Coffee", "another")],
        "Summary": [gen.Message("Back again")],
    }
    merged = gen.merge(old, wanted, "cy")
    card = {m.source: m for m in merged.contexts["Card"]}
    assert (card["Tea"].translation, card["Tea"].state, card["Tea"].comment) == ("Te", gen.FINISHED, "a comment")
    assert card["Tea"].translator_comment == "Checked by Siân"
    assert (card["Coffee"].translation, card["Coffee"].state) == ("", gen.UNFINISHED)
    assert (card["Biscuit"].translation, card["Biscuit"].state) == ("Bisged", gen.OBSOLETE)
    assert "Unused and empty" not in card
    assert [m.source for m in merged.contexts["Card"]] == ["Tea", "Coffee", "Biscuit"]
    back = merged.contexts["Summary"][0]
    assert (back.translation, back.state) == ("Yn ôl", gen.UNFINISHED)  # revived: to be checked
    # The English catalogue is the source language: its translations are the source.
    english = gen.merge(None, wanted, "en")
    assert all(m.translation == m.source and m.state == gen.FINISHED for m in english.contexts["Card"])


def test_rendering_round_trips_and_is_deterministic(tmp_path):
    gen = _generator()
    catalogue = gen.Catalogue(
        "cy",
        {
            "Summary": [
                gen.Message("<b> & “quotes”", "a note", ("../x.py",), "<b> & “dyfyniadau”", gen.FINISHED),
                gen.Message("Page {number}", translation="", state=gen.UNFINISHED),
                gen.Message("Old", translation="Hen", state=gen.OBSOLETE),
            ]
        },
    )
    text = gen.render(catalogue)
    assert text == gen.render(catalogue)
    path = tmp_path / "coprod_content_cy.ts"
    path.write_text(text, encoding="utf-8")
    assert gen.read_catalogue(path) == catalogue
    assert read_ts(path) == {("Summary", "<b> & “quotes”"): "<b> & “dyfyniadau”"}
    assert '<translation type="obsolete">Hen</translation>' in text


def test_printout_strings_are_found_in_the_code_with_their_comments(tmp_path):
    gen = _generator()
    folder = tmp_path / "services"
    folder.mkdir()
    (folder / "words.py").write_text('SHARED = "Shared words"\n', encoding="utf-8")
    (folder / "sheet.py").write_text(
        "from .words import SHARED\n"
        'HEADING = "A heading"\n'
        "def build(words, name):\n"
        "    # Translators: over the list of people.\n"
        '    first = words.text("Sheet", HEADING)\n'
        '    second = words.fill("Sheet", "{name} said:", name=name)\n'
        '    third = words.text("Sheet", SHARED)\n'
        '    fourth = words.text("Sheet", name)  # not a literal: not collected\n'
        '    days = translatable("Days", "Monday", "Tuesday")\n'
        '    card = words.text("Card", "Tea")  # card words come from the catalogue, not the code\n'
        "    return first, second, third, fourth, days, card\n",
        encoding="utf-8",
    )
    found = gen.code_messages(folder, tmp_path)
    assert [m.source for m in found["Sheet"]] == ["A heading", "{name} said:", "Shared words"]
    assert found["Sheet"][0].comment == "over the list of people."
    assert found["Sheet"][0].locations == ("../services/sheet.py",)
    assert [m.source for m in found["Days"]] == ["Monday", "Tuesday"]
    assert "Card" not in found


def test_the_real_printout_strings_are_all_in_the_catalogues():
    gen = _generator()
    in_code = gen.code_messages()
    assert {"Summary", "Page", "TakeHome", "Dates", "Markers"} <= set(in_code)
    sources = {(c, m.findtext("source")) for c, m in _messages("cy")}
    for context, messages in in_code.items():
        for message in messages:
            assert (context, message.source) in sources
    assert ("Summary", "Who took part") in sources and ("Page", "Page {number} of {total}") in sources


# Finding cards by words in the meeting's language.


def test_welsh_words_find_the_right_cards(catalogue):
    index = CardIndex(catalogue.cards, *words_for("cy"))
    assert index.search("egwyl")[0].id == "response-break"
    assert index.search("paned o de")[0].id == "daily-tea"
    assert index.search("Te")[0].id == "daily-tea"
    suggested = [c.id for c in index.suggest("Rydw i eisiau paned o de ar ôl yr egwyl")]
    assert "daily-tea" in suggested and "response-break" in suggested
    assert [c.id for c in index.suggest("mae gen i gur pen")] == ["health-headache"]


def test_english_words_still_find_cards_in_a_welsh_meeting_below_the_welsh_ones(catalogue):
    label_of, synonyms_of = words_for("cy")
    tea = catalogue.get("daily-tea")
    assert label_of(tea) == "Te"
    assert synonyms_of(tea)[0] == "paned"  # the language's own words first
    assert {"Tea", "cuppa"} <= set(synonyms_of(tea))
    index = CardIndex(catalogue.cards, label_of, synonyms_of)
    assert index.search("cuppa")[0].id == "daily-tea"
    assert "health-headache" in [c.id for c in index.suggest("I have a headache")]


@pytest.mark.parametrize(
    ("language", "typed", "card_id"),
    [("pl", "przerwa", "response-break"), ("ar", "استراحة", "response-break"), ("ur", "چائے", "daily-tea")],
)
def test_other_languages_find_cards_by_their_own_words(catalogue, language, typed, card_id):
    index = CardIndex(catalogue.cards, *words_for(language))
    assert index.search(typed)[0].id == card_id


def test_an_english_meeting_searches_english_words_only(catalogue):
    label_of, synonyms_of = words_for("en")
    tea = catalogue.get("daily-tea")
    assert label_of(tea) == "Tea" and synonyms_of(tea) == tea.synonyms


def test_the_catalogue_json_and_the_card_context_agree():
    data = json.loads((ROOT / "assets" / "cards" / "catalogue.json").read_text(encoding="utf-8"))
    labels = [c["label"] for c in data["cards"]]
    assert len(labels) == len(set(labels)), "two cards share an English label: the Card context needs unique sources"
