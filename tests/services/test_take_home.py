"""The take-home text holds only that person's words, credited as they chose."""

import pytest

from coprod_desktop.domain.errors import NotFound
from coprod_desktop.services.take_home import person_take_home_text


def test_only_their_words_in_order_with_prompts_and_pictures(store, meeting, catalogue):
    m, sam, ann, prompt = meeting["meeting"], meeting["sam"], meeting["ann"], meeting["prompt"]
    store.contributions.add(m.id, sam.person_id, "The garden <is> lovely", ["feeling-good"], prompt.id)
    store.contributions.add(m.id, ann.person_id, "Not Sam's words", [], prompt.id)
    store.contributions.add(m.id, sam.person_id, "", ["topic-food", "response-agree"], prompt.id)
    text = person_take_home_text(store, m.id, sam.person_id, catalogue)
    assert "This is what Sam said." in text
    assert "Sam said: The garden <is> lovely" in text
    assert "Sam chose the pictures: Food, Agree." in text
    assert "The question was: What is good about the day centre?" in text
    assert "Not Sam's words" not in text
    assert "Sam Brown" not in text  # credited by first name only


def test_someone_who_said_nothing_is_thanked(store, meeting, catalogue):
    text = person_take_home_text(store, meeting["meeting"].id, meeting["ann"].person_id, catalogue)
    assert "Star did not add anything this time" in text and "Ann Lee" not in text


def test_unknown_person_is_not_found(store, meeting, catalogue):
    with pytest.raises(NotFound):
        person_take_home_text(store, meeting["meeting"].id, "nobody", catalogue)


def test_withdrawn_words_are_not_taken_home(store, meeting, catalogue):
    m, sam, prompt = meeting["meeting"], meeting["sam"], meeting["prompt"]
    kept = store.contributions.add(m.id, sam.person_id, "The garden is lovely", [], prompt.id)
    gone = store.contributions.add(
        m.id, sam.person_id, "Feeling sick of the noisy bus", ["feeling-not-good"], prompt.id
    )
    store.contributions.withdraw(gone.id)
    text = person_take_home_text(store, m.id, sam.person_id, catalogue)
    assert kept.text in text and "noisy bus" not in text
