"""Communication profiles: what can be recorded, plain messages for what cannot, and the tile flags."""

import pytest

from coprod_desktop.domain import profile as profile_module
from coprod_desktop.domain import scanning
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.profile import (
    EMPTY_PROFILE,
    AccessMethod,
    CardSize,
    CommunicationProfile,
    Format,
    Interpreter,
    SwitchMode,
)
from coprod_desktop.domain.scanning import ScanSettings


def test_an_empty_profile_has_no_flags_and_changes_nothing():
    profile = CommunicationProfile()
    assert profile.is_empty and profile == EMPTY_PROFILE
    assert profile.flags() == ()
    assert profile.card_scale == 1.0 and not profile.uses_switch
    assert profile.addressed_as("Sam") == "Sam"


def test_values_are_taken_from_plain_strings_and_cleaned():
    profile = CommunicationProfile(
        preferred_name="  Dot\u202e ",
        formats=["easy_read", "audio", "easy_read"],
        language="cy",
        interpreter="spoken",
        interpreter_language=" Polish ",
        access="switch",
        switch_mode="two_switch",
        switch_step_seconds=2.25,
        switch_hold_seconds=1,
        speech_rate=130,
        voice="  ",
        card_size="extra_large",
        notes="Needs breaks\r\nLikes the window seat",
    )
    assert profile.preferred_name == "Dot"
    assert profile.formats == frozenset({Format.EASY_READ, Format.AUDIO})
    assert profile.interpreter is Interpreter.SPOKEN and profile.interpreter_language == "Polish"
    assert profile.access is AccessMethod.SWITCH and profile.switch_mode is SwitchMode.TWO
    assert (profile.switch_step_seconds, profile.switch_hold_seconds) == (2.2, 1.0)  # tenths of a second
    assert profile.voice is None  # a blank voice name means "choose from the language"
    assert profile.card_size is CardSize.EXTRA_LARGE and profile.card_scale == 2.0
    assert profile.notes == "Needs breaks\nLikes the window seat"
    assert profile.addressed_as("Dorothy E.") == "Dot"
    assert profile.uses_switch and not profile.is_empty


def test_flags_are_short_words_in_a_steady_order():
    profile = CommunicationProfile(
        formats={Format.AUDIO, Format.LARGE_PRINT, Format.EASY_READ},
        language="pl",
        interpreter=Interpreter.SPOKEN,
        interpreter_language="Polish",
        access=AccessMethod.SWITCH,
        speech_rate=100,
        card_size=CardSize.LARGE,
        notes="Needs breaks",
    )
    assert profile.flags() == (
        "Interpreter: Polish",
        "Language: Polish",
        "Easy Read",
        "Large print",
        "Audio",
        "Switch",
        "Much slower speech",
        "Large cards",
        "See notes",
    )
    assert ("Interpreter: {value}", "Polish") in profile.flag_parts()


@pytest.mark.parametrize(
    ("profile", "flags"),
    [
        (CommunicationProfile(interpreter="bsl"), ("BSL",)),
        (CommunicationProfile(access="keyboard"), ("Keyboard",)),
        (CommunicationProfile(access="touch"), ("Touch screen",)),
        (CommunicationProfile(speech_rate=130), ("Slower speech",)),
        (CommunicationProfile(speech_rate=210), ("Faster speech",)),
        (CommunicationProfile(speech_rate=160), ()),  # the normal speed is nothing to flag
        (CommunicationProfile(card_size="extra_large"), ("Extra large cards",)),
        (CommunicationProfile(language="zh"), ("Language: Chinese",)),
        (CommunicationProfile(preferred_name="Dot"), ()),  # a name is not a need
        (CommunicationProfile(voice="gmw/en-gb-scotland"), ()),
    ],
)
def test_each_need_has_its_flag(profile, flags):
    assert profile.flags() == flags
    assert not profile.is_empty


def test_notes_never_appear_on_the_tile():
    profile = CommunicationProfile(notes="Private: gets anxious in big groups")
    assert profile.flags() == ("See notes",)
    assert not any("anxious" in flag for flag in profile.flags())


def test_switch_timings_count_only_with_a_switch():
    timings = CommunicationProfile(switch_step_seconds=3, switch_hold_seconds=0.5)
    assert timings.is_empty and timings.flags() == ()
    assert not CommunicationProfile(access="switch").is_empty


def test_a_language_for_an_interpreter_is_kept_only_for_a_spoken_one():
    assert CommunicationProfile(interpreter="bsl", interpreter_language="Polish").interpreter_language == ""
    # Interpreters work in languages the speech list does not have.
    assert CommunicationProfile(interpreter="spoken", interpreter_language="Tigrinya").flags() == (
        "Interpreter: Tigrinya",
    )


def test_profiles_are_values():
    a = CommunicationProfile(formats=["audio", "easy_read"], notes="x")
    b = CommunicationProfile(formats={Format.EASY_READ, Format.AUDIO}, notes="x")
    assert a == b and hash(a) == hash(b)


BAD = [
    ({"language": "xx"}, "'xx' is not a language CoProd Desktop knows. Please choose one from the list."),
    ({"language": 5}, "Please choose a language from the list."),
    ({"interpreter": "spoken"}, "Please type the language the interpreter speaks."),
    ({"interpreter": "spoken", "interpreter_language": " \u200b "}, "Please type the language the interpreter speaks."),
    ({"interpreter": "makaton"}, "'makaton' is not a kind of interpreter CoProd Desktop knows."),
    ({"formats": ["braille"]}, "'braille' is not a format CoProd Desktop knows."),
    ({"formats": "easy_read"}, "The formats must be a list"),
    ({"access": "eye gaze"}, "is not a way of using the laptop CoProd Desktop knows."),
    ({"switch_mode": "three"}, "is not a switch set-up"),
    ({"switch_step_seconds": 0.4}, "The time on each item must be from 0.5 to 10 seconds."),
    ({"switch_step_seconds": 10.5}, "The time on each item must be from 0.5 to 10 seconds."),
    ({"switch_step_seconds": "2"}, "The time on each item must be from 0.5 to 10 seconds."),
    ({"switch_step_seconds": True}, "The time on each item must be from 0.5 to 10 seconds."),
    ({"switch_hold_seconds": -0.1}, "The time to hold the switch must be from 0 to 5 seconds."),
    ({"switch_hold_seconds": float("nan")}, "The time to hold the switch must be from 0 to 5 seconds."),
    ({"speech_rate": 50}, "The reading speed must be a whole number from 80 to 300"),
    ({"card_size": "huge"}, "'huge' is not a card size CoProd Desktop knows."),
    ({"preferred_name": "N" * 121}, "The preferred name is too long: 121 characters, the most is 120."),
    ({"interpreter": "spoken", "interpreter_language": "L" * 61}, "The interpreter's language is too long"),
    ({"voice": "v" * 201}, "The voice name is too long"),
    ({"notes": "n" * 501}, "The note for the facilitator is too long: 501 characters, the most is 500."),
    ({"notes": 5}, "Text was expected."),
]


@pytest.mark.parametrize(("fields", "message"), BAD, ids=[str(sorted(f)) + m[:20] for f, m in BAD])
def test_bad_values_get_a_plain_message(fields, message):
    with pytest.raises(ValidationError) as caught:
        CommunicationProfile(**fields)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value) and "Traceback" not in str(caught.value)


def test_long_text_at_the_limit_and_other_scripts_are_kept():
    profile = CommunicationProfile(preferred_name="ناديا", notes="好" * 500)
    assert profile.preferred_name == "ناديا" and len(profile.notes) == 500
    assert CommunicationProfile(preferred_name="<b>Dot</b> & co").preferred_name == "<b>Dot</b> & co"


@pytest.mark.parametrize(
    ("mode", "step", "hold"), [("one_switch", 0.5, 0.0), ("two_switch", 10, 5), ("one_switch", 2, 0.3)]
)
def test_switch_settings_hand_over_to_scanning_as_they_are(mode, step, hold):
    """The room turns a profile into scanning settings: every value a profile allows, scanning accepts."""
    profile = CommunicationProfile(
        access="switch", switch_mode=mode, switch_step_seconds=step, switch_hold_seconds=hold
    )
    settings = ScanSettings(
        mode=profile.switch_mode.value,
        step_seconds=profile.switch_step_seconds,
        hold_seconds=profile.switch_hold_seconds,
    )
    assert (settings.mode, settings.step_seconds, settings.hold_seconds) == (mode, step, hold)
    assert {m.value for m in SwitchMode} == set(scanning.MODES)
    assert (profile_module.STEP_MIN, profile_module.STEP_MAX) == (scanning.STEP_MIN, scanning.STEP_MAX)
    assert profile_module.HOLD_MAX == scanning.HOLD_MAX
