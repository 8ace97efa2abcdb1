"""Full-text search over what was said in every meeting (FTS5, migration 0008), on a real file."""

import pytest

from coprod_desktop.store.search import MAX_WORDS, match_expression


def said(store, meeting, text, who="sam", cards=()):
    m = meeting["meeting"]
    return store.contributions.add(m.id, meeting[who].person_id, text, list(cards), meeting["prompt"].id)


def found(store, text):
    return [hit.contribution_id for hit in store.search.search(text)]


def test_a_hit_says_where_when_and_by_whom(store, meeting):
    c = said(store, meeting, "We should plant roses by the door, near the bench, so it smells nice in June.")
    [hit] = store.search.search("roses")
    assert hit.contribution_id == c.id
    assert (hit.meeting_id, hit.meeting_title, hit.meeting_date) == (
        meeting["meeting"].id,
        "Planning the day centre",
        "2026-11-26",
    )
    assert hit.prompt_text == "What is good about the day centre?"
    assert hit.credited_as == "Sam"  # first name, as they chose: never "Sam Brown"
    assert "roses by the door" in hit.snippet


def test_the_person_is_credited_as_they_chose_never_by_full_name(store, meeting):
    said(store, meeting, "The quiet room helps me", who="ann")
    [hit] = store.search.search("quiet")
    assert hit.credited_as == "Star"
    assert "Ann" not in hit.credited_as


def test_every_word_must_match_and_the_last_is_a_prefix(store, meeting):
    roses = said(store, meeting, "Roses by the door")
    bus = said(store, meeting, "The bus is late by the garden door")
    assert found(store, "door") == [roses.id, bus.id]
    assert found(store, "bus door") == [bus.id]
    assert found(store, "gard") == [bus.id]  # typed so far
    assert found(store, "gard door") == []  # only the last word is a prefix
    assert found(store, "ROSES") == [roses.id]


def test_card_labels_are_found_and_follow_the_cards(store, meeting):
    c = said(store, meeting, "", cards=["topic-transport"])
    label = store.cards.get("topic-transport").label
    assert found(store, label) == [c.id]
    store.contributions.update(c.id, card_ids=["topic-food"])
    assert found(store, label) == []
    assert found(store, store.cards.get("topic-food").label) == [c.id]


def test_a_renamed_card_is_found_by_its_new_label(store, meeting):
    from dataclasses import replace

    c = said(store, meeting, "", cards=["topic-transport", "topic-food"])
    old = store.cards.get("topic-transport")
    store.cards.sync([replace(old, label="Buses and trains zebrafinch")])  # a new release renames it
    assert found(store, "zebrafinch") == [c.id]
    assert found(store, store.cards.get("topic-food").label) == [c.id]  # the other card stays found


def test_accents_and_scripts_are_words(store, meeting):
    welsh = said(store, meeting, "Mae'r dŵr yn oer yn Llanfairpwll")
    polish = said(store, meeting, "Mieszkam w Łodzi, lubię żurek")
    arabic = said(store, meeting, "نحتاج إلى حافلة أكثر")
    urdu = said(store, meeting, "مجھے باغ بہت پسند ہے")
    cafe = said(store, meeting, "The café is lovely")
    assert found(store, "dwr") == [welsh.id]  # ŵ folds to w
    assert found(store, "llanfair") == [welsh.id]  # prefix
    assert found(store, "łodzi") == [polish.id]
    assert found(store, "ŁODZI") == [polish.id]
    assert found(store, "zurek") == [polish.id]  # ż folds to z
    assert found(store, "حافلة") == [arabic.id]
    assert found(store, "باغ") == [urdu.id]
    assert found(store, "cafe") == [cafe.id]
    assert found(store, "CAFÉ") == [cafe.id]


def test_withdrawn_words_cannot_be_found_nor_stay_in_the_file(store, meeting, db_path):
    c = said(store, meeting, "I feel zanzibarish about the minibus", cards=["topic-transport"])
    assert found(store, "zanzibarish") == [c.id]
    store.contributions.withdraw(c.id)
    store.contributions.erase_checkpoint()
    assert found(store, "zanzibarish") == []
    assert found(store, "minibus") == []
    assert b"zanzibarish" not in db_path.read_bytes()


def test_corrected_and_removed_words_are_gone(store, meeting, db_path):
    c = said(store, meeting, "The tea is quxbrewed")
    store.contributions.update(c.id, text="The tea is lovely")
    assert found(store, "quxbrewed") == [] and found(store, "lovely") == [c.id]
    store.contributions.remove(c.id)
    store.contributions.erase_checkpoint()
    assert found(store, "lovely") == []
    assert b"quxbrewed" not in db_path.read_bytes()


def test_a_deleted_meeting_takes_its_words_with_it(store, meeting, db_path):
    said(store, meeting, "Wobblewick gardens", cards=["topic-food"])
    other = store.meetings.create("Another", "2026-12-03")
    store.people.add_attendee(other.id, "Dana Smith", "full_name")
    store.meetings.delete(meeting["meeting"].id)
    store.contributions.erase_checkpoint()
    assert found(store, "wobblewick") == []
    assert store.db.execute("SELECT count(*) FROM contribution_search").fetchone()[0] == 0
    assert b"obblewick" not in db_path.read_bytes()


def test_hits_span_meetings_newest_first(store, meeting):
    old = said(store, meeting, "More trips out")
    newer = store.meetings.create("Trips", "2026-12-03")
    dana = store.people.add_attendee(newer.id, "Dana Smith", "initials")
    new = store.contributions.add(newer.id, dana.person_id, "Trips to the sea")
    hits = store.search.search("trips")
    assert [h.contribution_id for h in hits] == [new.id, old.id]
    assert hits[0].credited_as == "D.S." and hits[0].prompt_text == ""
    assert len(store.search.search("trips", limit=1)) == 1


HOSTILE = [
    '"',
    '""',
    '"roses',
    'roses"',
    "*",
    "roses*",
    "^roses",
    "NEAR(roses door)",
    "NEAR(",
    "roses AND",
    "AND",
    "OR",
    "NOT",
    "roses OR bus",
    "roses NOT door",
    "-",
    "-roses",
    "words:roses",
    "cards:",
    "contribution_id:x",
    ":",
    "(",
    ")",
    "{words} : roses",
    "+",
    "'",
    "\\",
    "\x00",
    "🌹",
    "🌹🌹 roses",
    "roses 🌹",
    "x" * 100_000,
    "roses " * 5_000,
    "\u202eroses",
    "ro\u200bses",
    "",
    "   ",
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:20]))
def test_nothing_typed_raises_or_becomes_syntax(store, meeting, text):
    roses = said(store, meeting, "Roses by the door")
    said(store, meeting, "The bus is late")
    hits = found(store, text)
    # Operators are plain words: "roses OR bus" needs the word "or" too, so finds nothing; a
    # column filter is no filter: "words:roses" is the phrase "words roses".
    assert set(hits) <= {roses.id}
    if text in ("roses*", '"roses', 'roses"', "^roses", "-roses", "🌹🌹 roses", "roses 🌹"):
        assert hits == [roses.id]


def test_operators_are_only_words(store, meeting):
    c = said(store, meeting, "Ask the NEAR team OR the other one AND then NOT wait")
    assert found(store, "near or and not") == [c.id]
    assert found(store, "roses OR near") == []


def test_the_query_is_quoted_phrases_joined_with_and():
    assert match_expression('say "hi"') == '"say" AND """hi"""*'
    assert match_expression("  ") == ""
    assert match_expression("🌹 - *") == ""
    assert match_expression(" ".join(f"w{i}" for i in range(50))).count(" AND ") == MAX_WORDS - 1


def test_empty_text_finds_nothing(store, meeting):
    said(store, meeting, "Anything at all")
    assert store.search.search("") == []
    assert store.search.search("   \n\t") == []


def test_the_index_follows_contributions_renumbered_by_vacuum(store, meeting, db_path):
    """VACUUM may renumber a table's rowids (a table without an INTEGER PRIMARY KEY): the triggers
    then find a contribution's index row by its id, a new contribution whose rowid is taken still
    goes in, and withdrawn words still go. Renumbered here as VACUUM might: by moving the index."""
    kept = said(store, meeting, "Bravo vacuumed words")
    store.db.execute("UPDATE contribution_search SET rowid = rowid + 1")
    store.db.execute("VACUUM")
    new = said(store, meeting, "Charlie words")  # its rowid is the one the index row moved to
    assert sorted(found(store, "words")) == sorted([kept.id, new.id])
    store.contributions.update(kept.id, card_ids=["topic-food"])
    assert found(store, store.cards.get("topic-food").label) == [kept.id]
    store.contributions.withdraw(kept.id)
    assert found(store, "bravo") == [] and found(store, "words") == [new.id]
    store.contributions.erase_checkpoint()
    assert b"vacuumed" not in db_path.read_bytes()
