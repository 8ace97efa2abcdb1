import pytest

from coprod_desktop.domain.credit import CreditStyle, check_credit, credit_name, initials_of, parse_credit_style
from coprod_desktop.domain.dates import parse_meeting_date, readable_date
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.markers import MARKER_COLOURS, MarkerShape, next_free_marker


@pytest.mark.parametrize(
    ("style", "chosen", "expected"),
    [
        (CreditStyle.FULL_NAME, "", "Sam Brown"),
        (CreditStyle.FIRST_NAME, "", "Sam"),
        (CreditStyle.INITIALS, "", "S.B."),
        (CreditStyle.CHOSEN_NAME, "Star", "Star"),
    ],
)
def test_credit_name(style, chosen, expected):
    assert credit_name("Sam Brown", style, chosen) == expected


def test_initials_any_script_and_punctuation():
    assert initials_of("Mary-Jo O'Neil") == "MJO"
    assert initials_of("أحمد كريم") == "أك"
    assert initials_of("a b c d e") == "ABE"


def test_chosen_name_required_only_for_chosen_style():
    with pytest.raises(ValidationError, match="name they want to be credited as"):
        check_credit(CreditStyle.CHOSEN_NAME, "  ")
    with pytest.raises(ValidationError):
        check_credit(CreditStyle.FULL_NAME, "Star")
    assert check_credit(CreditStyle.FIRST_NAME, "") == ""


def test_unknown_credit_style_is_a_plain_error():
    with pytest.raises(ValidationError, match="Unknown way to credit"):
        parse_credit_style("nickname")


def test_first_markers_differ_in_colour_and_shape():
    taken: list[tuple[str, str]] = []
    for _ in range(len(MARKER_COLOURS)):
        taken.append(next_free_marker(taken))
    assert len({c for c, _ in taken}) == len(MARKER_COLOURS)
    assert len({s for _, s in taken}) == len(MarkerShape)
    # the ninth person still gets a pair nobody has
    assert next_free_marker(taken) not in taken


def test_marker_ink_contrast_is_at_least_4_5():
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    for colour in MARKER_COLOURS:
        a, b = sorted((luminance(colour.hex), luminance(colour.ink)), reverse=True)
        assert (a + 0.05) / (b + 0.05) >= 4.5, colour.name


def test_dates():
    assert parse_meeting_date(" 2026-11-26 ") == "2026-11-26"
    assert readable_date("2026-11-26") == "Thursday 26 November 2026"
    with pytest.raises(ValidationError, match="like 2026-11-26"):
        parse_meeting_date("26/11/2026")
