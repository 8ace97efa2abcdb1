"""The meeting's language and reading defaults, and a person's own speed and volume."""

import pytest

from coprod_desktop.domain.errors import ValidationError


def test_meeting_speech_defaults_and_changes_survive_other_edits(store, meeting):
    m = meeting["meeting"]
    assert (m.language, m.speech_rate, m.speech_volume) == ("en", 160, 1.0)
    store.meetings.set_speech(m.id, "cy", 120, 0.8)
    store.meetings.update(m.id, "New title", "2026-12-01", "Hall")  # must not reset the language
    again = store.meetings.get(m.id)
    assert (again.title, again.language, again.speech_rate, again.speech_volume) == ("New title", "cy", 120, 0.8)


@pytest.mark.parametrize(
    ("language", "rate", "volume"), [("xx", 160, 1.0), ("en", 20, 1.0), ("en", 160, 1.5), ("en", "fast", 1)]
)
def test_bad_speech_settings_are_refused_and_nothing_changes(store, meeting, language, rate, volume):
    m = meeting["meeting"]
    with pytest.raises(ValidationError):
        store.meetings.set_speech(m.id, language, rate, volume)
    assert store.meetings.get(m.id).language == "en"


def test_a_person_can_have_their_own_speed(store, meeting):
    m, sam = meeting["meeting"], meeting["sam"]
    store.people.set_speech(sam.person_id, 100, None)
    person = store.people.attendee(m.id, sam.person_id).person
    assert (person.speech_rate, person.speech_volume) == (100, None)
    store.people.set_speech(sam.person_id, None, None)
    assert store.people.attendee(m.id, sam.person_id).person.speech_rate is None
