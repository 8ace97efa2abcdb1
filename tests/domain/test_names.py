"""Names that would look the same on the wall, and names that show nothing (domain.names)."""

import pytest

from coprod_desktop.domain.credit import CreditStyle, check_credit
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.names import check_person_name, has_visible_letter, name_key, same_looking

CYRILLIC_A = "\u0430"
ZWSP, ZWJ, ZWNJ, ACUTE = "\u200b", "\u200d", "\u200c", "\u0301"

THREE_SAMS = ["Sam", "Sam" + ZWSP, "S" + CYRILLIC_A + "m"]


def test_the_three_sams_of_the_bug_report_look_the_same():
    assert len({name_key(n) for n in THREE_SAMS}) == 1
    assert name_key(THREE_SAMS[2]) == "sam"


@pytest.mark.parametrize(
    "other",
    [
        "SAM",  # case
        "  Sam ",  # ends
        "\uff33\uff41\uff4d",  # fullwidth Ｓａｍ (NFKC)
        "S\u200da\u2060m\ufeff",  # joiner, word joiner and BOM inside
        "\u202eSam\u202c",  # a bidi override around it
        "Sa\u00adm",  # soft hyphen
        "Sam\ufe0f",  # variation selector
        "\u0405am",  # Cyrillic capital DZE, drawn as S
        "S\u03b1m",  # Greek alpha
        "\u0405\u0430m",  # Cyrillic Ѕ and а with a Latin m
    ],
)
def test_look_alikes_of_sam_are_the_same_name(other):
    assert same_looking("Sam", other)


def test_a_cyrillic_capital_es_is_a_latin_c():
    assert same_looking("Cam", "\u0421am")
    assert not same_looking("Sam", "\u0421am")


def test_spaces_inside_a_name_count_once():
    assert name_key("Sam   Brown") == name_key("Sam\u00a0Brown") == name_key("Sam\u2003Brown") == "sam brown"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sam", "Sam Brown"),
        ("Sam", "Sami"),
        ("Ann", "Anna"),
        # Accents and strokes stay: they are visible and are letters of their own in Polish and Welsh.
        ("Łucja", "Lucja"),
        ("Siân", "Sian"),
        ("Zoë", "Zoe"),
        ("Sıla", "Sila"),  # Turkish dotless i
    ],
)
def test_different_names_stay_different(one, other):
    assert not same_looking(one, other)


def test_an_accent_typed_as_a_separate_mark_is_the_same_letter():
    assert same_looking("Si\u00e2n", "Sia\u0302n")  # â composed, and a + combining circumflex
    assert same_looking("Łucja", "łucja")


def test_arabic_and_urdu_names_keep_their_letters():
    fatima_arabic, fatima_urdu = "فاطمة", "فاطمہ"
    assert not same_looking(fatima_arabic, fatima_urdu)  # different final letters, visibly
    assert not same_looking("علي", "على")  # Ali and 'ala: yeh and alef maksura
    assert not same_looking("محمد", "احمد")
    # A joiner changes only the shape of the letters: the same letters are the same name.
    persian = "مهر" + ZWNJ + "داد"
    assert same_looking(persian, "مهرداد")
    assert name_key(persian) == "مهرداد"
    # And the stored name keeps its joiner (domain.text keeps ZWNJ): only the key drops it.
    assert check_person_name(persian) == persian


def test_greek_and_cyrillic_names_match_themselves_in_any_case():
    assert same_looking("ΑΛΕΞΑΝΔΡΟΣ", "Αλέξανδρος".replace("έ", "ε"))
    assert same_looking("ОЛЕНА", "Олена")
    assert not same_looking("Олена", "Олег")


@pytest.mark.parametrize(
    "name",
    [ZWJ, ZWNJ, ACUTE, ZWJ + ZWNJ + ACUTE, " " + ZWJ + " ", "\u3164", "\ufe0f" + ZWSP, "\u200e\u200f", ""],
)
def test_a_name_with_nothing_to_see_is_refused(name):
    assert not has_visible_letter(name)
    with pytest.raises(ValidationError) as raised:
        check_person_name(name)
    assert raised.value.code in ("person.name_no_letter", "person.name_missing")


def test_only_joiners_and_marks_is_refused_for_having_no_letter():
    with pytest.raises(ValidationError) as raised:
        check_person_name(ZWJ + ZWNJ + ACUTE)
    assert raised.value.code == "person.name_no_letter"


@pytest.mark.parametrize("name", ["Sam", "李雷", "فاطمہ", "7", "Łucja", "Jo-Ann O'Neil", "🙂 Sam"])
def test_a_name_with_a_letter_or_number_is_kept_as_typed(name):
    assert has_visible_letter(name)
    assert check_person_name(name) == name


def test_a_name_of_only_emoji_or_punctuation_is_refused():
    for name in ("🙂", "---", "..."):
        with pytest.raises(ValidationError) as raised:
            check_person_name(name)
        assert raised.value.code == "person.name_no_letter"


def test_a_chosen_name_with_nothing_to_see_is_refused_too():
    with pytest.raises(ValidationError) as raised:
        check_credit(CreditStyle.CHOSEN_NAME, ZWJ + ACUTE)
    assert raised.value.code == "credit.chosen_name_no_letter"
    assert check_credit(CreditStyle.CHOSEN_NAME, "Star") == "Star"
