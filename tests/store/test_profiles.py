"""Communication profiles and consent to share them, on a real SQLite file."""

import pytest

from coprod_desktop.domain.errors import NotFound, ValidationError
from coprod_desktop.domain.profile import AccessMethod, CardSize, CommunicationProfile, Format, Interpreter
from coprod_desktop.store import open_store

FULL = CommunicationProfile(
    preferred_name="Dot",
    formats={Format.EASY_READ, Format.LARGE_PRINT},
    language="cy",
    interpreter=Interpreter.SPOKEN,
    interpreter_language="Polish",
    access=AccessMethod.SWITCH,
    switch_mode="two_switch",
    switch_step_seconds=2.5,
    switch_hold_seconds=0.3,
    speech_rate=130,
    voice="gmw/en-gb-scotland",
    card_size=CardSize.EXTRA_LARGE,
    notes="Needs a break every half hour\nPrefers the seat by the door",
)


def count(store, table: str) -> int:
    return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_someone_with_nothing_recorded_has_an_empty_profile(store, meeting):
    sam = meeting["sam"].person_id
    assert store.profiles.get(sam).is_empty
    assert store.profiles.share_consent(sam) is False
    assert store.profiles.share_history(sam) == []
    assert store.profiles.for_export(sam) is None


def test_a_profile_is_saved_and_survives_reopening(store, meeting, db_path):
    sam = meeting["sam"].person_id
    assert store.profiles.save(sam, FULL) == FULL
    store.close()
    with open_store(db_path) as reopened:
        assert reopened.profiles.get(sam) == FULL
        assert reopened.profiles.get(meeting["ann"].person_id).is_empty  # only Sam's


def test_saving_again_replaces_the_whole_profile(store, meeting):
    sam = meeting["sam"].person_id
    store.profiles.save(sam, FULL)
    smaller = CommunicationProfile(formats={Format.AUDIO})
    store.profiles.save(sam, smaller)
    assert store.profiles.get(sam) == smaller
    assert store.profiles.get(sam).speech_rate is None  # the old speed went with the old profile
    assert count(store, "communication_profiles") == 1


def test_the_reading_speed_is_the_same_one_the_people_editor_sets(store, meeting):
    m, sam = meeting["meeting"], meeting["sam"].person_id
    store.people.set_speech(sam, 100, 0.5)
    assert store.profiles.get(sam).speech_rate == 100
    assert store.profiles.get(sam).flags() == ("Much slower speech",)
    store.profiles.save(sam, CommunicationProfile(speech_rate=200, formats={"audio"}))
    person = store.people.attendee(m.id, sam).person
    assert (person.speech_rate, person.speech_volume) == (200, 0.5)  # volume is not the profile's


def test_an_empty_profile_leaves_no_row_and_clear_removes_everything(store, meeting):
    sam, ann = meeting["sam"].person_id, meeting["ann"].person_id
    store.profiles.save(sam, FULL)
    store.profiles.save(ann, FULL)
    store.profiles.save(sam, CommunicationProfile())
    assert store.profiles.get(sam).is_empty
    store.profiles.clear(ann)
    assert store.profiles.get(ann).is_empty
    assert count(store, "communication_profiles") == 0
    assert store.people.attendee(meeting["meeting"].id, ann).person.speech_rate is None
    store.profiles.clear(ann)  # nothing there: nothing goes wrong


def test_cleared_notes_are_gone_from_the_database_files(store, meeting, db_path):
    sam = meeting["sam"].person_id
    secret = "Sees the memory clinic on Tuesdays 7f3a9c"
    store.profiles.save(sam, CommunicationProfile(notes=secret))
    assert any(secret.encode() in p.read_bytes() for p in db_path.parent.iterdir() if p.is_file())
    store.profiles.clear(sam)
    # Not closed: the database and its write-ahead log as they are on disk during the meeting.
    leftovers = [p.name for p in db_path.parent.iterdir() if p.is_file() and secret.encode() in p.read_bytes()]
    assert leftovers == []


def test_markup_and_other_scripts_are_kept_literally(store, meeting):
    sam = meeting["sam"].person_id
    profile = CommunicationProfile(preferred_name="<b>Dot</b> & Co", notes='<img src="x"> مرحبا 👍🏽')
    store.profiles.save(sam, profile)
    again = store.profiles.get(sam)
    assert again.preferred_name == "<b>Dot</b> & Co" and again.notes == '<img src="x"> مرحبا 👍🏽'


def test_consent_to_share_has_a_history_and_renewals_are_kept(store, meeting, db_path):
    sam, ann = meeting["sam"].person_id, meeting["ann"].person_id
    store.profiles.set_share_consent(sam, True, "Agreed with their support worker")
    store.profiles.set_share_consent(sam, True, "Renewed")
    store.profiles.set_share_consent(sam, False, "Changed their mind")
    store.profiles.set_share_consent(ann, True)
    store.close()
    with open_store(db_path) as reopened:
        history = reopened.profiles.share_history(sam)
        assert [(e.given, e.note, e.kind) for e in history] == [
            (True, "Agreed with their support worker", "profile_share"),
            (True, "Renewed", "profile_share"),
            (False, "Changed their mind", "profile_share"),
        ]
        assert all(e.at.endswith("Z") for e in history)
        assert reopened.profiles.share_consent(sam) is False
        assert reopened.profiles.share_consent(ann) is True
        # Photo consent is a different question, with its own answer and history.
        assert reopened.photos.consent(ann) is False and reopened.photos.history(ann) == []


def test_a_profile_leaves_the_laptop_only_with_consent(store, meeting):
    sam, ann = meeting["sam"].person_id, meeting["ann"].person_id
    store.profiles.save(sam, FULL)
    assert store.profiles.for_export(sam) is None  # recorded, but not agreed to share
    event = store.profiles.set_share_consent(sam, True, "Agreed")
    shared = store.profiles.for_export(sam)
    assert shared is not None and shared.profile == FULL and shared.consent_given_at == event.at
    store.profiles.set_share_consent(ann, True)
    assert store.profiles.for_export(ann) is None  # agreed, but there is nothing to share
    assert set(store.profiles.shared([sam, ann, "nobody"])) == {sam}
    store.profiles.set_share_consent(sam, False, "No longer")
    assert store.profiles.for_export(sam) is None
    assert store.profiles.get(sam) == FULL  # taking consent back keeps the profile for use here


def test_profile_and_consent_are_saved_together_or_not_at_all(store, meeting):
    sam = meeting["sam"].person_id
    store.profiles.save(sam, FULL, share_consent=True, consent_note="Agreed in the meeting")
    assert store.profiles.share_consent(sam) is True
    assert [e.note for e in store.profiles.share_history(sam)] == ["Agreed in the meeting"]
    with pytest.raises(ValidationError, match="note about consent is too long"):
        store.profiles.save(sam, CommunicationProfile(), share_consent=False, consent_note="x" * 501)
    assert store.profiles.get(sam) == FULL and store.profiles.share_consent(sam) is True
    assert len(store.profiles.share_history(sam)) == 1


def test_consent_notes_are_cleaned(store, meeting):
    event = store.profiles.set_share_consent(meeting["sam"].person_id, True, "  Agreed\u202e by <b>phone</b>\n")
    assert event.note == "Agreed by <b>phone</b>"


def test_unknown_people_are_refused(store, meeting):
    for call in (
        lambda: store.profiles.get("no-such-person"),
        lambda: store.profiles.save("no-such-person", FULL),
        lambda: store.profiles.clear("no-such-person"),
        lambda: store.profiles.share_consent("no-such-person"),
        lambda: store.profiles.set_share_consent("no-such-person", True),
        lambda: store.profiles.share_history("no-such-person"),
        lambda: store.profiles.for_export("no-such-person"),
    ):
        with pytest.raises(NotFound, match="not known on this laptop"):
            call()
    assert count(store, "communication_profiles") == 0
    assert count(store, "consent_events") == 0


def test_changes_are_announced_for_the_profile_and_each_meeting_they_attend(store, meeting):
    sam, m = meeting["sam"].person_id, meeting["meeting"]
    other = store.meetings.create("Second meeting", "2026-12-03")
    store.people.add_attendee(other.id, "Sam Brown", "first_name", person_id=sam)
    heard = []
    store.subscribe(heard.append)
    store.profiles.save(sam, FULL)
    store.profiles.set_share_consent(sam, True)
    store.profiles.clear(sam)
    assert [(c.kind, c.action, c.meeting_id, c.item_id) for c in heard] == [
        ("profile", "updated", None, sam),
        ("attendee", "updated", m.id, sam),
        ("attendee", "updated", other.id, sam),
    ] * 3
    heard.clear()
    with pytest.raises(ValidationError):
        store.profiles.set_share_consent(sam, True, "x" * 501)
    assert heard == []  # a refusal announces nothing


def test_profiles_for_several_people_at_once(store, meeting):
    sam, ann = meeting["sam"].person_id, meeting["ann"].person_id
    store.profiles.save(ann, CommunicationProfile(interpreter="bsl"))
    found = store.profiles.for_people([sam, ann, "nobody", ann])
    assert set(found) == {sam, ann}
    assert found[sam].is_empty and found[ann].flags() == ("BSL",)


def test_imported_profiles_are_added_only_for_people_without_one(store, meeting):
    sam, ann = meeting["sam"].person_id, meeting["ann"].person_id
    local = CommunicationProfile(formats={Format.AUDIO})
    store.profiles.save(ann, local)
    added = store.profiles.add_imported({sam: FULL, ann: FULL, "nobody": FULL})
    assert added == [sam]
    assert store.profiles.get(sam) == FULL
    assert store.profiles.get(ann) == local  # what is recorded here is kept
    assert store.profiles.share_consent(sam) is False  # consent to share again is asked here
    before = "\n".join(store.db.conn.iterdump())
    assert store.profiles.add_imported({sam: FULL, ann: FULL}) == []
    assert "\n".join(store.db.conn.iterdump()) == before
