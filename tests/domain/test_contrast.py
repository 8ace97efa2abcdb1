"""Contrast maths against WCAG's own values, and every theme's colour pairs against their targets.

The pairs and targets are written out here, not read from the code under test, so lowering a
target in domain/appearance.py does not quietly lower it here.
"""

import itertools
from dataclasses import replace

import pytest

from coprod_desktop.domain.appearance import (
    FONTS,
    TEXT_SCALES,
    THEMES,
    Appearance,
    appearance_from_saved,
    check_text_scale,
    contrast_checks,
    contrast_problems,
    next_text_scale,
)
from coprod_desktop.domain.contrast import composite, contrast_ratio, parse_hex, relative_luminance
from coprod_desktop.domain.errors import ValidationError

# --- the maths ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("#000000", "#FFFFFF", 21.0),
        ("#FFFFFF", "#000000", 21.0),  # order does not matter
        ("#777777", "#777777", 1.0),
        ("#767676", "#FFFFFF", 4.54),  # the well-known lightest grey that passes AA on white
        ("#777777", "#FFFFFF", 4.48),  # ... and the next one, which fails
        ("#595959", "#FFFFFF", 7.0),  # the well-known lightest grey that passes AAA on white
        ("#FF0000", "#FFFFFF", 4.0),
        ("#0000FF", "#FFFFFF", 8.59),
        ("#00FF00", "#000000", 15.3),
        ("#fff", "#000", 21.0),  # short form
    ],
)
def test_contrast_ratio_matches_wcag_values(first, second, expected):
    assert contrast_ratio(first, second) == pytest.approx(expected, abs=0.01)


def test_relative_luminance_of_known_colours():
    assert relative_luminance("#000000") == 0.0
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)
    assert relative_luminance("#FF0000") == pytest.approx(0.2126)
    assert relative_luminance("#00FF00") == pytest.approx(0.7152)
    assert relative_luminance("#0000FF") == pytest.approx(0.0722)
    # A dark channel is on the straight part of the sRGB curve: 10/255/12.92.
    assert relative_luminance("#0A0A0A") == pytest.approx(10 / 255 / 12.92)


def test_compositing_blends_in_srgb():
    assert composite("#000000", 0.5, "#FFFFFF") == "#808080"
    assert composite("#1A4FD6", 1.0, "#FFFFFF") == "#1A4FD6"
    assert composite("#1A4FD6", 0.0, "#FFFFFF") == "#FFFFFF"
    # A half-see-through black on white is far weaker than black: the reason to measure it.
    assert contrast_ratio(composite("#000000", 0.5, "#FFFFFF"), "#FFFFFF") < 4.5


@pytest.mark.parametrize("bad", ["", "red", "#12345", "#GGGGGG", "1234567", None, 123])
def test_a_bad_colour_gets_a_plain_message(bad):
    with pytest.raises(ValidationError, match="is not a colour"):
        parse_hex(bad)


def test_opacity_out_of_range_is_refused():
    with pytest.raises(ValidationError, match="between 0 and 1"):
        composite("#000000", 1.5, "#FFFFFF")


# --- the themes' colour pairs -------------------------------------------------------------------

TEXT = "text"  # 4.5:1, or 7:1 in the high-contrast themes
READABLE = 4.5  # disabled and placeholder text: still readable in every theme
NON_TEXT = 3.0

PAIRS = [
    ("text", "background", TEXT),
    ("text", "field_background", TEXT),
    ("text", "prompt_background", TEXT),
    ("text", "contribution_background", TEXT),
    ("control_text", "control_face", TEXT),
    ("control_text", "hover_face", TEXT),
    ("control_text", "pressed_face", TEXT),
    ("selected_text", "selected_background", TEXT),
    ("error_text", "background", TEXT),
    ("mark_text", "mark_background", TEXT),
    ("disabled_text", "background", READABLE),
    ("disabled_text", "control_face", READABLE),
    ("disabled_text", "field_background", READABLE),
    ("control_border", "background", NON_TEXT),
    ("control_border", "field_background", NON_TEXT),
    ("disabled_border", "background", NON_TEXT),
    ("selected_border", "background", NON_TEXT),
    ("selected_border", "field_background", NON_TEXT),
    ("contribution_border", "background", NON_TEXT),
    ("focus_ring", "background", NON_TEXT),
    ("focus_ring", "field_background", NON_TEXT),
    ("focus_ring", "control_face", NON_TEXT),
    ("focus_ring", "hover_face", NON_TEXT),
    ("focus_ring", "pressed_face", NON_TEXT),
    ("focus_ring", "selected_background", NON_TEXT),
    ("focus_ring", "prompt_background", NON_TEXT),
    ("focus_ring", "contribution_background", NON_TEXT),
    ("focus_ring", "control_border", NON_TEXT),  # focus shows by lightness, not by hue alone
]


def target(theme, minimum):
    if minimum == TEXT:
        return 7.0 if theme.high_contrast else 4.5
    return minimum


def low_pairs(theme) -> list[str]:
    found = []
    for foreground, background, minimum in PAIRS:
        fg, bg = getattr(theme, foreground), getattr(theme, background)
        ratio = contrast_ratio(fg, bg)
        if ratio < target(theme, minimum):
            found.append(f"{foreground} {fg} on {background} {bg}: {ratio:.2f} < {target(theme, minimum)}")
    return found


def test_there_are_the_four_themes_and_the_high_contrast_ones_say_so():
    assert set(THEMES) == {"standard", "high_contrast_light", "high_contrast_dark", "cream"}
    assert THEMES["high_contrast_light"].high_contrast and THEMES["high_contrast_dark"].high_contrast
    assert not THEMES["standard"].high_contrast and not THEMES["cream"].high_contrast
    assert THEMES["high_contrast_dark"].dark
    names = [t.name for t in THEMES.values()]
    assert all(names) and len(set(names)) == 4


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_every_pair_in_every_theme_meets_its_target(theme):
    assert low_pairs(theme) == []


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_high_contrast_text_reaches_7_to_1_and_others_4_5(theme):
    needed = 7.0 if theme.id.startswith("high_contrast") else 4.5
    assert contrast_ratio(theme.text, theme.background) >= needed
    assert contrast_ratio(theme.control_text, theme.control_face) >= needed


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_the_domain_check_agrees_and_covers_the_same_pairs(theme):
    assert contrast_problems(theme) == []
    checked = {(c.foreground, c.background) for c in contrast_checks(theme)}
    for foreground, background, _minimum in PAIRS:
        assert (getattr(theme, foreground), getattr(theme, background)) in checked, (foreground, background)


# A deliberately bad theme for each kind of mistake: the checks above must catch every one.
BAD_CHANGES = [
    ("grey text on the standard page", "standard", {"text": "#8A8A8A"}),
    ("button text that passes AA but not 7:1 in high contrast", "high_contrast_light", {"control_text": "#595959"}),
    ("a pale focus ring", "standard", {"focus_ring": "#A9C4FF"}),
    ("a focus ring as dark as the border", "high_contrast_light", {"focus_ring": "#1A1A1A"}),
    ("a faint control border", "cream", {"control_border": "#D8CDB0"}),
    ("selected text lost in its background", "high_contrast_dark", {"selected_text": "#CCCCCC"}),
    ("a weak error red", "standard", {"error_text": "#FF6666"}),
    ("unreadable disabled text in high contrast", "high_contrast_dark", {"disabled_text": "#4D4D4D"}),
    ("a yellow highlight with white text", "cream", {"mark_text": "#FFFFFF"}),
]


@pytest.mark.parametrize(("what", "theme_id", "change"), BAD_CHANGES, ids=[b[0] for b in BAD_CHANGES])
def test_a_low_contrast_colour_fails_the_check(what, theme_id, change):
    bad = replace(THEMES[theme_id], **change)
    assert low_pairs(bad), what
    problems = contrast_problems(bad)
    assert problems and all("needs" in p for p in problems)


def test_a_theme_with_a_colour_that_is_not_a_colour_is_refused():
    with pytest.raises(ValidationError, match="is not a colour"):
        replace(THEMES["standard"], focus_ring="blue-ish")


# --- the Appearance choices ---------------------------------------------------------------------


def test_text_sizes_run_from_100_to_300_percent():
    assert TEXT_SCALES[0] == 100 and TEXT_SCALES[-1] == 300
    assert all(b - a == 25 for a, b in itertools.pairwise(TEXT_SCALES))


def test_the_default_appearance():
    a = Appearance()
    assert (a.theme, a.text_scale, a.font, a.reduced_motion) == ("standard", 100, "atkinson", False)
    assert a.font_family == "Atkinson Hyperlegible"
    assert a.colours is THEMES["standard"]
    assert Appearance(text_scale=250).scale == 2.5


def test_there_is_a_dyslexia_font_choice():
    assert FONTS["dyslexia"].family == "OpenDyslexic"
    assert Appearance(font="dyslexia").font_family == "OpenDyslexic"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"theme": "neon"}, "colour themes"),
        ({"text_scale": 90}, "between 100% and 300%"),
        ({"text_scale": 310}, "between 100% and 300%"),
        ({"text_scale": 110}, "steps of 25%"),
        ({"text_scale": "200"}, "between 100% and 300%"),
        ({"text_scale": True}, "between 100% and 300%"),
        ({"font": "comic"}, "fonts in the list"),
        ({"reduced_motion": "yes"}, "on or off"),
    ],
)
def test_bad_choices_get_plain_messages(values, message):
    with pytest.raises(ValidationError, match=message):
        Appearance(**values)


def test_check_text_scale_accepts_each_step():
    for percent in TEXT_SCALES:
        assert check_text_scale(percent) == percent


def test_bigger_and_smaller_stop_at_the_ends():
    assert next_text_scale(100, 1) == 125
    assert next_text_scale(100, -1) == 100
    assert next_text_scale(300, 1) == 300
    assert next_text_scale(200, -2) == 150
    assert next_text_scale(160, 0) == 150  # between steps: the nearest step


def test_saved_values_never_stop_the_app_starting():
    assert appearance_from_saved("cream", "200", "dyslexia", "true") == Appearance("cream", 200, "dyslexia", True)
    assert appearance_from_saved("neon", "huge", "comic", "maybe") == Appearance()
    assert appearance_from_saved(text_scale=1000).text_scale == 300
    assert appearance_from_saved(text_scale="130%").text_scale == 125
    assert appearance_from_saved(reduced_motion=True).reduced_motion is True
