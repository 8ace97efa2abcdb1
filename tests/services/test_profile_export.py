"""Communication profiles leaving the profile editor: in meeting exports only with consent (read back
on import, all or nothing), and in the person's own take-home and voice."""

import copy
import json
from dataclasses import replace

import pytest
from jsonschema import Draft202012Validator

from coprod_desktop.app.messages import sentences
from coprod_desktop.domain.errors import NotFound, ValidationError
from coprod_desktop.domain.profile import AccessMethod, CardSize, CommunicationProfile, Format, Interpreter
from coprod_desktop.domain.speech import LANGUAGE_NAMES
from coprod_desktop.services.exchange import (
    export_meeting,
    import_meeting,
    parse_export,
    read_export,
    schema_file,
    write_export,
)
from coprod_desktop.services.pdf_page import BODY_SIZE
from coprod_desktop.services.speech.settings import VoiceSettings
from coprod_desktop.services.take_home import (
    LARGE_PRINT_BODY_POINT_SIZE,
    STANDARD_BODY_POINT_SIZE,
    person_take_home_text,
    take_home_format,
)
from coprod_desktop.services.translations import ContentTranslations
from coprod_desktop.services.voice_choice import voice_for
from coprod_desktop.store import open_store

NOTE = "Needs a break every half hour 5c1e"
PROFILE = CommunicationProfile(
    preferred_name="Sammy",
    formats={Format.EASY_READ, Format.AUDIO},
    language="pl",
    interpreter=Interpreter.SPOKEN,
    interpreter_language="Polish",
    access=AccessMethod.SWITCH,
    switch_mode="two_switch",
    switch_step_seconds=2.5,
    switch_hold_seconds=0.4,
    speech_rate=130,
    voice="gmw/pl",
    card_size=CardSize.LARGE,
    notes=NOTE + "\nLikes the window seat",
)


@pytest.fixture
def other(tmp_path, catalogue):
    """A second laptop: a fresh database with the same built-in cards."""
    s = open_store(tmp_path / "other.db")
    s.cards.sync(catalogue.cards)
    yield s
    s.close()


@pytest.fixture(scope="module")
def schema():
    return json.loads(schema_file().read_text(encoding="utf-8"))


@pytest.fixture
def profiled(store, meeting):
    """Sam has a profile and agreed to share it; Ann has one and did not agree."""
    m, sam, ann = meeting["meeting"], meeting["sam"], meeting["ann"]
    store.contributions.add(m.id, sam.person_id, "I like the garden", ["feeling-good"], meeting["prompt"].id)
    store.profiles.save(sam.person_id, PROFILE, share_consent=True, consent_note="Agreed in the meeting")
    store.profiles.save(ann.person_id, CommunicationProfile(interpreter="bsl", notes="Private to this laptop 9d2b"))
    return meeting


def _people(doc: dict) -> dict[str, dict]:
    return {p["id"]: p for p in doc["people"]}


def _dump(store) -> str:
    return "\n".join(store.db.conn.iterdump())


def test_only_the_profile_of_someone_who_agreed_goes_in_the_file(store, profiled, tmp_path, schema):
    sam, ann = profiled["sam"].person_id, profiled["ann"].person_id
    path = write_export(store, profiled["meeting"].id, tmp_path / "out.json")
    raw = path.read_text(encoding="utf-8")
    doc = json.loads(raw)
    people = _people(doc)
    assert "profile" not in people[ann]  # absent, not null
    assert "Private to this laptop 9d2b" not in raw and '"bsl"' not in raw
    shared = people[sam]["profile"]
    assert shared["formats"] == ["easy_read", "audio"]
    assert (shared["language"], shared["interpreter"], shared["interpreter_language"]) == ("pl", "spoken", "Polish")
    assert (shared["access"], shared["switch_mode"], shared["switch_step_seconds"]) == ("switch", "two_switch", 2.5)
    assert (shared["speech_rate"], shared["card_size"], shared["voice"]) == (130, "large", "gmw/pl")
    assert shared["notes"] == NOTE + "\nLikes the window seat"
    assert shared["consent_given_at"] == store.profiles.share_history(sam)[-1].at
    assert list(Draft202012Validator(schema).iter_errors(doc)) == []


def test_taking_consent_back_keeps_the_profile_out_of_later_files(store, profiled):
    sam = profiled["sam"].person_id
    store.profiles.set_share_consent(sam, False, "Changed their mind")
    doc = export_meeting(store, profiled["meeting"].id)
    assert all("profile" not in p for p in doc["people"])
    assert NOTE not in json.dumps(doc)
    assert store.profiles.get(sam) == PROFILE  # still used on this laptop


def test_consent_with_nothing_recorded_writes_no_profile(store, meeting):
    store.profiles.set_share_consent(meeting["sam"].person_id, True)
    assert all("profile" not in p for p in export_meeting(store, meeting["meeting"].id)["people"])


def test_the_profile_comes_back_on_another_laptop_without_the_consent(store, profiled, other, tmp_path):
    sam, ann = profiled["sam"].person_id, profiled["ann"].person_id
    result = import_meeting(other, read_export(write_export(store, profiled["meeting"].id, tmp_path / "out.json")))
    assert result.profiles_added == 1
    assert sentences(result.report()) == (
        "Imported “Planning the day centre”. People added: 2. Prompts added: 1. Contributions added: 1. "
        "Already here: 0. Communication profiles added: 1."
    )
    assert other.profiles.get(sam) == PROFILE
    assert other.profiles.get(ann).is_empty
    # Agreeing to share with this laptop is not agreeing to share onwards: asked again here.
    assert other.profiles.share_consent(sam) is False
    assert other.profiles.share_history(sam) == []
    assert all("profile" not in p for p in export_meeting(other, profiled["meeting"].id)["people"])


def test_importing_twice_or_into_the_laptop_that_made_it_changes_nothing(store, profiled, other):
    doc = export_meeting(store, profiled["meeting"].id)
    before = _dump(store)
    assert import_meeting(store, parse_export(doc)).added == 0
    assert _dump(store) == before
    import_meeting(other, parse_export(doc))
    after_first = _dump(other)
    again = import_meeting(other, parse_export(doc))
    assert again.added == 0 and again.profiles_added == 0
    assert [code for code, _ in again.report()] == ["import.done"]
    assert _dump(other) == after_first


def test_a_profile_already_here_is_kept(store, profiled, other):
    sam = profiled["sam"].person_id
    doc = export_meeting(store, profiled["meeting"].id)
    without = copy.deepcopy(doc)
    del _people(without)[sam]["profile"]
    import_meeting(other, parse_export(without))  # Sam arrives with no profile...
    local = CommunicationProfile(formats={Format.LARGE_PRINT})
    other.profiles.save(sam, local)  # ...and one is recorded here
    assert import_meeting(other, parse_export(doc)).profiles_added == 0
    assert other.profiles.get(sam) == local


def test_a_known_person_without_a_profile_gets_the_shared_one(store, profiled, other):
    sam = profiled["sam"].person_id
    doc = export_meeting(store, profiled["meeting"].id)
    without = copy.deepcopy(doc)
    del _people(without)[sam]["profile"]
    import_meeting(other, parse_export(without))
    heard = []
    other.subscribe(heard.append)
    result = import_meeting(other, parse_export(doc))
    assert (result.added, result.profiles_added) == (1, 1)
    assert other.profiles.get(sam) == PROFILE
    assert ("profile", sam) in [(c.kind, c.item_id) for c in heard]


def test_the_import_is_all_or_nothing_with_profiles(store, profiled, other):
    # The profile write fails after the meeting's rows were written: everything must roll back.
    other.db.execute(
        "CREATE TRIGGER refuse_profiles BEFORE INSERT ON communication_profiles BEGIN SELECT RAISE(ABORT, 'no'); END"
    )
    heard = []
    other.subscribe(heard.append)
    before = _dump(other)
    with pytest.raises(ValidationError, match=r"clashes with data on this laptop\. Nothing was imported\."):
        import_meeting(other, parse_export(export_meeting(store, profiled["meeting"].id)))
    assert _dump(other) == before
    assert other.meetings.all() == []
    assert heard == []  # nothing was announced for rows that were never kept


def _profile_doc(store, profiled) -> dict:
    """An export with Sam's profile moved to people[0], so the cases can name the place."""
    doc = export_meeting(store, profiled["meeting"].id)
    doc["people"].sort(key=lambda p: "profile" not in p)
    return doc


def _set(field: str, value):
    def mutate(doc):
        target = doc["people"][0]["profile"]
        if value is DELETE:
            del target[field]
        else:
            target[field] = value
        return doc

    return mutate


DELETE = object()

# (mutation, the error's code, and the params that say which field and what is wrong)
BAD_PROFILES = {
    "not an object": (
        lambda d: d["people"][0].update(profile="BSL") or d,
        "import.not_object",
        {"field": "people[0].profile"},
    ),
    "null": (lambda d: d["people"][0].update(profile=None) or d, "import.not_object", {"field": "people[0].profile"}),
    "missing field": (_set("notes", DELETE), "import.field_missing", {"field": "people[0].profile.notes"}),
    "unknown field": (_set("full_name", "Sam Brown"), "import.field_unknown", {"field": "people[0].profile.full_name"}),
    "unknown format": (
        _set("formats", ["braille"]),
        "import.not_one_of",
        {"field": "people[0].profile.formats[0]", "value": "braille", "choices": "easy_read, large_print, audio"},
    ),
    "format twice": (
        _set("formats", ["audio", "audio"]),
        "import.listed_twice",
        {"field": "people[0].profile.formats"},
    ),
    "formats not a list": (_set("formats", "audio"), "import.not_list", {"field": "people[0].profile.formats"}),
    "unknown language": (
        _set("language", "xx"),
        "import.not_one_of",
        {"field": "people[0].profile.language", "value": "xx"},
    ),
    "interpreter without language": (
        _set("interpreter_language", ""),
        "import.field_empty",
        {"field": "people[0].profile.interpreter_language"},
    ),
    "step too short": (
        _set("switch_step_seconds", 0.1),
        "import.out_of_range",
        {"field": "people[0].profile.switch_step_seconds", "low": 0.5, "high": 10},
    ),
    "step as text": (
        _set("switch_step_seconds", "2"),
        "import.not_number",
        {"field": "people[0].profile.switch_step_seconds"},
    ),
    "step is true": (
        _set("switch_step_seconds", True),
        "import.not_number",
        {"field": "people[0].profile.switch_step_seconds"},
    ),
    "step is enormous": (
        _set("switch_step_seconds", 10**400),
        "import.out_of_range",
        {"field": "people[0].profile.switch_step_seconds"},
    ),
    "hold too long": (
        _set("switch_hold_seconds", 6),
        "import.out_of_range",
        {"field": "people[0].profile.switch_hold_seconds", "low": 0, "high": 5},
    ),
    "speed as fraction": (
        _set("speech_rate", 130.5),
        "import.not_whole_number",
        {"field": "people[0].profile.speech_rate"},
    ),
    "speed too fast": (
        _set("speech_rate", 400),
        "import.out_of_range",
        {"field": "people[0].profile.speech_rate", "low": 80, "high": 300},
    ),
    "empty voice": (_set("voice", ""), "import.field_empty", {"field": "people[0].profile.voice"}),
    "invisible voice": (_set("voice", "\u200b"), "import.field_empty", {"field": "people[0].profile.voice"}),
    "unknown card size": (
        _set("card_size", "huge"),
        "import.not_one_of",
        {"field": "people[0].profile.card_size", "value": "huge"},
    ),
    "notes too long": (
        _set("notes", "n" * 501),
        "import.too_long",
        {"field": "people[0].profile.notes", "length": 501, "limit": 500},
    ),
    "bad consent time": (
        _set("consent_given_at", "yesterday"),
        "import.not_time",
        {"field": "people[0].profile.consent_given_at"},
    ),
    "unknown access": (
        _set("access", "eye gaze"),
        "import.not_one_of",
        {"field": "people[0].profile.access", "value": "eye gaze"},
    ),
}


@pytest.mark.parametrize("case", BAD_PROFILES, ids=list(BAD_PROFILES))
def test_a_bad_profile_says_which_field_and_what_is_wrong_and_changes_nothing(case, store, profiled, other):
    mutate, code, params = BAD_PROFILES[case]
    doc = mutate(_profile_doc(store, profiled))
    before = _dump(other)
    with pytest.raises(ValidationError) as caught:
        parse_export(doc)
    error = caught.value
    assert (error.code, {k: error.params.get(k) for k in params}) == (code, params)
    assert error.params["file"] == "the file" and "\n" not in str(error)
    assert _dump(other) == before


def test_profile_text_is_cleaned_and_kept_literally(store, profiled, other):
    doc = _profile_doc(store, profiled)
    doc["people"][0]["profile"]["preferred_name"] = " <b>Sammy</b>\u202e & co "
    doc["people"][0]["profile"]["notes"] = 'Line one\r\n<img src="x"> مرحبا'
    import_meeting(other, parse_export(doc))
    here = other.profiles.get(doc["people"][0]["id"])
    assert here.preferred_name == "<b>Sammy</b> & co"
    assert here.notes == 'Line one\n<img src="x"> مرحبا'


def test_the_schema_knows_the_same_languages_as_the_app(schema):
    languages = schema["$defs"]["profile"]["properties"]["language"]["anyOf"][0]["enum"]
    assert sorted(languages) == sorted(LANGUAGE_NAMES)


# ---- the take-home, shaped by the profile ---------------------------------------------------------


def test_with_no_profile_the_take_home_is_the_standard_easy_read_sheet(store, meeting):
    m = meeting["meeting"]
    store.meetings.set_speech(m.id, "cy", 150, 0.9)
    fmt = take_home_format(store, m.id, meeting["sam"].person_id)
    assert (fmt.easy_read_pdf, fmt.large_print, fmt.audio, fmt.printed) == (True, False, False, True)
    assert fmt.body_point_size == STANDARD_BODY_POINT_SIZE == BODY_SIZE  # the size every sheet uses
    assert fmt.voice == VoiceSettings(language="cy", voice=None, rate=150, volume=0.9)
    assert fmt.addressed_as == "Sam"
    assert fmt.describe() == "Easy Read sheet"


def test_their_formats_language_speed_and_voice_shape_the_take_home(store, profiled):
    m, sam = profiled["meeting"], profiled["sam"].person_id
    store.people.set_speech(sam, 130, 0.6)
    store.profiles.save(sam, replace(PROFILE, formats=frozenset({Format.LARGE_PRINT, Format.AUDIO})))
    fmt = take_home_format(store, m.id, sam)
    assert (fmt.easy_read_pdf, fmt.large_print, fmt.audio) == (False, True, True)
    assert fmt.body_point_size == LARGE_PRINT_BODY_POINT_SIZE > BODY_SIZE
    assert fmt.voice == VoiceSettings(language="pl", voice="gmw/pl", rate=130, volume=0.6)
    assert fmt.addressed_as == "Sammy"
    assert fmt.describe() == "Printed sheet in large print, audio in Polish"

    store.profiles.save(sam, CommunicationProfile(formats={Format.EASY_READ, Format.LARGE_PRINT}))
    both = take_home_format(store, m.id, sam)
    assert both.describe() == "Easy Read sheet in large print" and both.body_point_size == 20
    assert both.voice.language == "en"  # no language of their own: the meeting's


def test_audio_only_means_no_sheet(store, meeting):
    sam = meeting["sam"].person_id
    store.profiles.save(sam, CommunicationProfile(formats={Format.AUDIO}))
    fmt = take_home_format(store, meeting["meeting"].id, sam)
    assert not fmt.printed and fmt.audio
    assert fmt.describe() == "Audio in English"


def test_the_take_home_uses_the_profile_whatever_the_consent_to_share(store, profiled):
    ann = profiled["ann"].person_id  # has a profile, did not agree to share it
    store.profiles.save(ann, CommunicationProfile(formats={Format.AUDIO}, language="ar"))
    fmt = take_home_format(store, profiled["meeting"].id, ann)
    assert fmt.audio and fmt.voice.language == "ar"


def test_their_take_home_words_thank_them_by_the_name_they_like(store, profiled, catalogue):
    m, sam = profiled["meeting"], profiled["sam"].person_id
    store.profiles.save(sam, replace(PROFILE, language=None))  # in the meeting's English
    text = person_take_home_text(store, m.id, sam, catalogue)
    assert "This is what Sam said." in text and "Sam said: I like the garden" in text
    assert text.endswith("Thank you, Sammy.")
    other = person_take_home_text(store, m.id, profiled["ann"].person_id, catalogue)
    assert other.endswith("Thank you, Star.")  # no preferred name: as credited


def test_the_room_voice_for_a_person_follows_their_profile(store, meeting):
    m = store.meetings.get(meeting["meeting"].id)
    sam = meeting["sam"]
    store.people.set_speech(sam.person_id, 100, None)
    person = store.people.attendee(m.id, sam.person_id).person
    assert voice_for(m, person) == VoiceSettings(language="en", rate=100, volume=1.0)
    assert voice_for(m, person, CommunicationProfile()) == VoiceSettings(language="en", rate=100, volume=1.0)
    profile = CommunicationProfile(language="ur", voice="roa/ur", speech_rate=130)
    assert voice_for(m, person, profile) == VoiceSettings(language="ur", voice="roa/ur", rate=130, volume=1.0)
    assert voice_for(m, None, profile).language == "ur"


def test_unknown_ids_are_not_found_for_the_take_home(store, meeting):
    with pytest.raises(NotFound):
        take_home_format(store, meeting["meeting"].id, "nobody")


def test_their_take_home_words_are_in_their_language(store, profiled, catalogue, monkeypatch):
    m, sam = profiled["meeting"], profiled["sam"].person_id
    polish = {("TakeHome", "Thank you, {name}."): "Dziękujemy, {name}."}
    asked = []

    def for_language(language):
        asked.append(language)
        return ContentTranslations(language, polish if language == "pl" else {})

    # Only the catalogue is replaced (its Polish is not written yet); the store is the real one.
    monkeypatch.setattr(ContentTranslations, "for_language", staticmethod(for_language))
    text = person_take_home_text(store, m.id, sam, catalogue)
    assert asked == ["pl"] and text.endswith("Dziękujemy, Sammy.")
    assert take_home_format(store, m.id, sam).voice.language == "pl"  # read in the same language
    store.profiles.save(sam, replace(PROFILE, language=None))
    assert person_take_home_text(store, m.id, sam, catalogue).endswith("Thank you, Sammy.")
    assert asked[-1] == "en"  # no language of their own: the meeting's
