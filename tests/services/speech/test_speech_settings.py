"""Voice settings and choosing a voice for the meeting's language (no engine needed)."""

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.services.speech.settings import (
    LANGUAGE_NAMES,
    VoiceSettings,
    choose_voice,
    how_to_turn_speech_on,
    language_name,
)
from coprod_desktop.services.speech.voices import language_words

# Part of espeak-ng's list as pyttsx3 reports it (lower-case identifiers), with its language tags.
ESPEAK = ["gmw/af", "sem/ar", "cel/cy", "gmw/en-029", "gmw/en", "gmw/en-gb-x-rp", "gmw/en-us", "zlw/pl", "inc/ur"]
ESPEAK_LANGUAGES = {
    "gmw/af": ["af"],
    "sem/ar": ["ar"],
    "cel/cy": ["cy"],
    "gmw/en-029": ["en-029"],
    "gmw/en": ["en-gb"],
    "gmw/en-gb-x-rp": ["en-gb-x-rp"],
    "gmw/en-us": ["en-us"],
    "zlw/pl": ["pl"],
    "inc/ur": ["ur"],
}


def test_defaults():
    settings = VoiceSettings()
    assert (settings.language, settings.voice, settings.rate, settings.volume) == ("en", None, 160, 1.0)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"rate": 79},
        {"rate": 301},
        {"rate": "fast"},
        {"rate": 160.5},
        {"rate": True},
        {"volume": -0.1},
        {"volume": 1.5},
        {"volume": float("nan")},
        {"volume": "loud"},
        {"language": ""},
        {"language": "english"},
        {"language": "en_GB"},
        {"language": "<b>"},
        {"voice": ""},
        {"voice": "   "},
    ],
)
def test_bad_settings_are_refused_with_a_plain_message(kwargs):
    with pytest.raises(ValidationError) as caught:
        VoiceSettings(**kwargs)
    assert str(caught.value) and "Traceback" not in str(caught.value)


def test_limits_are_accepted():
    assert VoiceSettings(rate=80, volume=0).volume == 0.0
    assert VoiceSettings(rate=300, volume=1).rate == 300
    assert VoiceSettings(language="en-GB").primary_language == "en"


def test_language_names_cover_the_meeting_languages():
    assert {"en", "cy", "pl", "ar", "ur"} <= set(LANGUAGE_NAMES)
    assert LANGUAGE_NAMES["cy"] == "Welsh (Cymraeg)"
    assert language_name("cy") == "Welsh" and language_name("ar-EG") == "Arabic" and language_name("xx") == "xx"


@pytest.mark.parametrize(
    ("language", "voice"),
    [
        ("en", "gmw/en"),
        ("en-GB", "gmw/en"),
        ("en-US", "gmw/en-us"),
        ("cy", "cel/cy"),
        ("pl", "zlw/pl"),
        ("ar", "sem/ar"),
        ("ur", "inc/ur"),
        ("CY", "cel/cy"),
    ],
)
def test_the_voice_is_chosen_by_language(language, voice):
    assert choose_voice(VoiceSettings(language=language), ESPEAK, languages=ESPEAK_LANGUAGES) == (voice, None)
    assert choose_voice(VoiceSettings(language=language), ESPEAK) == (voice, None)  # from the ids alone


def chosen(settings, voices, **options):
    """The voice choose_voice picks, and the code and params of what a person is told (or None)."""
    voice, notice = choose_voice(settings, voices, **options)
    return voice, None if notice is None else (notice.code, notice.params)


def test_a_missing_language_falls_back_to_english_with_a_notice():
    assert chosen(VoiceSettings(language="so"), ESPEAK, languages=ESPEAK_LANGUAGES) == (
        "gmw/en",
        ("speech.language_voice_missing", {"language": "Somali"}),
    )
    _, notice = choose_voice(VoiceSettings(language="so"), ESPEAK)
    assert str(notice) == "No voice for Somali is installed; reading in English instead."  # English, for a log


def test_an_unknown_language_code_falls_back_and_is_named_as_given():
    assert chosen(VoiceSettings(language="xx-YY"), ESPEAK) == (
        "gmw/en",
        ("speech.language_voice_missing", {"language": "xx-YY"}),
    )


def test_welsh_missing_falls_back_to_english():
    voices = [v for v in ESPEAK if v != "cel/cy"]
    assert chosen(VoiceSettings(language="cy"), voices) == (
        "gmw/en",
        ("speech.language_voice_missing", {"language": "Welsh"}),
    )


def test_an_explicit_voice_wins_when_installed():
    assert choose_voice(VoiceSettings(language="en", voice="GMW/EN-US"), ESPEAK) == ("gmw/en-us", None)


def test_an_unknown_voice_falls_back_with_a_notice():
    assert chosen(VoiceSettings(language="pl", voice="robot"), ESPEAK) == (
        "zlw/pl",
        ("speech.voice_missing", {"voice": "robot", "language": "Polish"}),
    )
    assert chosen(VoiceSettings(language="so", voice="robot"), ESPEAK) == (
        "gmw/en",
        ("speech.voice_and_language_missing", {"voice": "robot", "language": "Somali"}),
    )


def test_without_english_the_first_voice_is_used_and_said():
    assert chosen(VoiceSettings(language="so"), ["cel/cy", "zlw/pl"]) == (
        "cel/cy",
        ("speech.language_voice_missing_other", {"language": "Somali", "other_voice": "cel/cy"}),
    )
    assert chosen(VoiceSettings(language="so", voice="robot"), ["cel/cy"]) == (
        "cel/cy",
        ("speech.voice_and_language_missing_other", {"voice": "robot", "language": "Somali", "other_voice": "cel/cy"}),
    )


def test_no_voices_at_all_is_the_only_none():
    assert chosen(VoiceSettings(), []) == (None, ("speech.voice_none", {}))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("cy", "Does dim llais ar gyfer Pwyleg wedi'i osod; yn darllen gyda'r llais “\u2068robot\u2069” yn lle hynny."),
        ("ar", "لا يوجد صوت مثبت للغة \u2068البولندية\u2069؛ تتم القراءة بالصوت “\u2068robot\u2069” بدلًا من ذلك."),
    ],
)
def test_the_notice_names_the_language_in_the_persons_language(language, expected):
    from coprod_desktop.app.messages import describe

    _, notice = choose_voice(VoiceSettings(language="pl"), ["robot"])
    text = describe(notice, language)
    assert text.replace("\u2068", "").replace("\u2069", "") == expected.replace("\u2068", "").replace("\u2069", "")


def test_every_language_name_is_marked_for_the_catalogue():
    assert {language_name(code) for code in LANGUAGE_NAMES} == set(language_words())


def test_windows_and_macos_voice_ids_are_matched_by_their_language_tags():
    sapi = [
        r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Speech\Voices\Tokens\TTS_MS_EN-US_ZIRA_11.0",
        r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Speech\Voices\Tokens\TTS_MS_PL-PL_PAULINA_11.0",
    ]
    assert choose_voice(VoiceSettings(language="pl"), sapi) == (sapi[1], None)
    assert choose_voice(VoiceSettings(language="ms"), sapi)[0] == sapi[0]  # "MS" in the id is not Malay
    mac = ["com.apple.voice.compact.en-GB.Daniel", "com.apple.voice.compact.ar-001.Maged"]
    assert choose_voice(VoiceSettings(language="ar"), mac) == (mac[1], None)
    old_mac = ["com.apple.speech.synthesis.voice.Alex"]
    assert choose_voice(VoiceSettings(), old_mac, languages={old_mac[0]: ["en_US"]}) == (old_mac[0], None)


def test_how_to_turn_speech_on_fits_the_platform():
    assert "sudo apt install espeak-ng" in how_to_turn_speech_on("linux")
    assert "Windows voice" in how_to_turn_speech_on("win32")
    assert "Spoken Content" in how_to_turn_speech_on("darwin")
