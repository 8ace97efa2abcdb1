"""Finding cards by their words: search as you type, words to cards, and the used-lately row."""

import pytest

from coprod_desktop.domain.models import Card
from coprod_desktop.services.card_search import CardIndex, normalise, word_forms


def card(card_id: str, label: str, *synonyms: str, category: str = "daily") -> Card:
    return Card(card_id, label, category, "", "CC BY-SA 4.0", "OpenMoji", "openmoji", tuple(synonyms))


CARDS = [
    card("home", "Home", "house", "flat", "where I live"),
    card("day-centre", "Day centre", "centre", "day service"),
    card("today", "Today", "this day", "now", category="time"),
    card("bus", "Bus", "transport", "coach", category="places"),
    card("bus-stop", "Bus stop", "stop for the bus", category="places"),
    card("stop", "Stop", "no more", "halt", category="responses"),
    card("medicines", "Medicines", "tablet", "pills", "medication", category="health"),
    card("walk", "Walking", "walk", "stroll"),
    card("cafe", "Café", "coffee", "coffee shop", category="places"),
    card("dont-know", "Don't know", "not sure", category="responses"),
    card("evening", "Evening", "night time", category="time"),
    card("mental-health", "Mental health", "feelings", "wellbeing", category="health"),
    card("health", "Health", "well", category="health"),
]


@pytest.fixture
def index():
    return CardIndex(CARDS)


def ids(cards):
    return [c.id for c in cards]


def test_normalise_ignores_case_accents_apostrophes_and_extra_spaces():
    assert normalise("  Café  AU  lait ") == "cafe au lait"
    assert normalise("Don’t know") == normalise("don't know") == "dont know"
    assert normalise("?!") == ""


def test_word_forms_take_back_plurals_and_endings_but_not_short_words():
    assert "tablet" in word_forms("tablets")
    assert "bus" in word_forms("buses")
    assert "walk" in word_forms("walking")
    assert "swim" in word_forms("swimming")
    assert "worry" in word_forms("worried")
    assert word_forms("even") == {"even"}
    assert word_forms("bus") == {"bus"}


def test_empty_search_gives_every_card_in_order(index):
    assert ids(index.search("")) == ids(CARDS)
    assert ids(index.search("  ", limit=3)) == ids(CARDS[:3])


def test_search_ranks_label_before_label_word_before_synonym(index):
    found = ids(index.search("stop"))
    assert found[:2] == ["stop", "bus-stop"]
    assert ids(index.search("bus")) == ["bus", "bus-stop"]


def test_search_finds_by_synonym_and_inside_words(index):
    assert ids(index.search("pills")) == ["medicines"]
    assert ids(index.search("house")) == ["home"]
    assert "medicines" in ids(index.search("medic"))
    assert ids(index.search("cen"))[0] == "day-centre"


def test_search_ignores_case_accents_and_apostrophes(index):
    assert ids(index.search("CAFE")) == ["cafe"]
    assert ids(index.search("dont")) == ["dont-know"]
    assert ids(index.search("don’t k")) == ["dont-know"]


def test_search_with_no_match_is_empty_and_limit_is_kept(index):
    assert index.search("zebra") == []
    assert len(index.search("e", limit=2)) == 2


def test_search_in_another_language_uses_the_words_handed_in():
    welsh = {"home": ("Cartref", ("tŷ",)), "bus": ("Bws", ("coets",))}
    index = CardIndex(
        CARDS,
        label_of=lambda c: welsh.get(c.id, (c.label, ()))[0],
        synonyms_of=lambda c: welsh.get(c.id, (c.label, ()))[1],
    )
    assert ids(index.search("cartref")) == ["home"]
    assert ids(index.search("ty")) == ["home"]
    assert "home" not in ids(index.search("house"))


def test_search_works_with_non_latin_labels():
    arabic = card("home-ar", "بيت", "منزل")
    index = CardIndex([arabic, *CARDS])
    assert ids(index.search("منزل")) == ["home-ar"]


def test_duplicate_cards_are_indexed_once():
    index = CardIndex([CARDS[0], CARDS[0], CARDS[1]])
    assert len(index) == 2


def test_suggest_offers_cards_for_whole_words_typed(index):
    assert ids(index.suggest("I like my house")) == ["home"]
    assert ids(index.suggest("my tablets make me sleepy")) == ["medicines"]
    assert ids(index.suggest("we went walking")) == ["walk"]


def test_suggest_prefers_the_longer_phrase_and_drops_the_words_inside_it(index):
    assert ids(index.suggest("I go to the day centre")) == ["day-centre"]
    assert ids(index.suggest("waiting at the bus stop")) == ["bus-stop"]


def test_suggest_puts_the_latest_words_first(index):
    assert ids(index.suggest("at home taking my pills on the bus")) == ["bus", "medicines", "home"]


def test_suggest_does_not_match_parts_of_words(index):
    assert index.suggest("even") == []
    assert index.suggest("homework") == []


def test_suggest_keeps_limit_and_leaves_out_excluded_cards(index):
    words = "home bus pills today"
    assert len(index.suggest(words, limit=2)) == 2
    assert "home" not in ids(index.suggest(words, exclude=["home"]))
    assert index.suggest(words, limit=0) == []


def test_suggest_finds_multi_word_synonyms(index):
    assert ids(index.suggest("not sure")) == ["dont-know"]
    assert ids(index.suggest("I want a coffee shop")) == ["cafe"]


# --- the used-lately row, from saved contributions ------------------------------------------


def test_recent_cards_are_newest_first_each_once_meeting_first(store, meeting):
    m, sam, prompt = meeting["meeting"], meeting["sam"], meeting["prompt"]
    other = store.meetings.create("Another meeting", "2026-11-27", "Hall")
    ann_elsewhere = store.people.add_attendee(other.id, "Ann Lee", "first_name")
    store.contributions.add(other.id, ann_elsewhere.person_id, card_ids=["topic-money"])
    store.contributions.add(m.id, sam.person_id, card_ids=["topic-home", "topic-food"], prompt_id=prompt.id)
    store.contributions.add(m.id, sam.person_id, card_ids=["feeling-good"], prompt_id=prompt.id)
    store.contributions.add(m.id, sam.person_id, card_ids=["topic-home"], prompt_id=prompt.id)

    recent = store.contributions.recent_card_ids(m.id, limit=8)
    assert recent == ["topic-home", "feeling-good", "topic-food", "topic-money"]
    assert store.contributions.recent_card_ids(m.id, limit=2) == ["topic-home", "feeling-good"]
    assert store.contributions.recent_card_ids(other.id, limit=2) == ["topic-money", "topic-home"]
    assert store.contributions.recent_card_ids(None, limit=1) == ["topic-home"]
    assert store.contributions.recent_card_ids(m.id, limit=0) == []


def test_recent_cards_of_an_empty_database_is_empty(store):
    assert store.contributions.recent_card_ids(None) == []


def test_suggestions_for_a_very_long_text_take_time_in_step_with_its_length():
    """A megabyte of words (or one 200,000-letter word) pasted: once grew with the square of the
    text and froze the room for minutes. Generous bounds: linear work takes well under a second."""
    import time

    from coprod_desktop.services.catalogue import load_catalogue

    index = CardIndex(load_catalogue().cards)
    text = "the day centre bus is late and I like music " * 23_000  # about 1 MB
    started = time.perf_counter()
    found = index.suggest(text)
    assert time.perf_counter() - started < 10
    assert found  # and it still finds the cards for the words
    started = time.perf_counter()
    index.suggest("x" * 200_000)
    index.search("x" * 200_000)
    assert time.perf_counter() - started < 5
