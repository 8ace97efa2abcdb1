"""How the app looks for the people in the room: colour theme, text size, font and motion.

Plain data and rules, no Qt: the themes' colours are checked for contrast here (and in the tests),
and ui/theme.py turns an Appearance into fonts, a palette and a style sheet.

Display names are English; the UI translates them (context "Appearance").
"""

from dataclasses import dataclass, fields

from .contrast import NON_TEXT, TEXT_AA, TEXT_AAA, contrast_ratio, parse_hex
from .errors import ValidationError


@dataclass(frozen=True)
class Theme:
    """Every colour the app paints with. Each is "#RRGGBB"."""

    id: str
    name: str  # plain English, shown in the chooser (translated in the UI)
    high_contrast: bool  # text must reach 7:1 rather than 4.5:1
    dark: bool  # light text on a dark background
    text: str
    background: str
    field_background: str  # text boxes and lists
    control_text: str
    control_face: str
    control_border: str
    hover_face: str
    pressed_face: str
    focus_ring: str
    selected_text: str  # chosen list items, checked buttons and person tiles, the current tab
    selected_background: str
    selected_border: str
    disabled_text: str  # also placeholder text
    disabled_border: str
    error_text: str
    prompt_background: str
    contribution_background: str
    contribution_border: str
    mark_text: str  # the word being read aloud
    mark_background: str

    def __post_init__(self) -> None:
        for field in fields(self):
            if field.type is str and field.name not in ("id", "name"):
                parse_hex(getattr(self, field.name))  # raises a plain ValidationError

    def colours(self) -> dict[str, str]:
        """Colour name → "#RRGGBB", for every colour the theme sets."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.type is str and f.name not in ("id", "name")}


STANDARD = Theme(
    id="standard",
    name="Standard",
    high_contrast=False,
    dark=False,
    text="#111111",
    background="#FFFFFF",
    field_background="#FFFFFF",
    control_text="#111111",
    control_face="#F1F3F6",
    # Dark borders: controls stand out from the page, and the focus ring (a lighter blue) then
    # differs from the border in lightness as well as colour, so it shows for colour-blind people.
    control_border="#24292F",
    hover_face="#E2E8F3",
    pressed_face="#D4E0F7",
    focus_ring="#1F6FFF",
    selected_text="#111111",
    selected_background="#D4E0F7",
    selected_border="#111111",
    disabled_text="#595959",
    disabled_border="#7D828A",
    error_text="#8A0000",
    prompt_background="#FFF8E1",
    contribution_background="#FAFBFC",
    contribution_border="#6B7079",
    mark_text="#111111",
    mark_background="#FFE066",
)

HIGH_CONTRAST_LIGHT = Theme(
    id="high_contrast_light",
    name="High contrast light",
    high_contrast=True,
    dark=False,
    text="#000000",
    background="#FFFFFF",
    field_background="#FFFFFF",
    control_text="#000000",
    control_face="#FFFFFF",
    control_border="#000000",
    hover_face="#E6E6E6",
    pressed_face="#D9D9D9",
    # An orange of middle lightness: over 3:1 against both the white page and the black borders.
    focus_ring="#C05000",
    selected_text="#FFFFFF",
    selected_background="#000000",
    selected_border="#000000",
    disabled_text="#666666",
    disabled_border="#767676",
    error_text="#A30000",
    prompt_background="#F0F0F0",
    contribution_background="#FFFFFF",
    contribution_border="#000000",
    mark_text="#000000",
    mark_background="#FFE600",
)

HIGH_CONTRAST_DARK = Theme(
    id="high_contrast_dark",
    name="High contrast dark",
    high_contrast=True,
    dark=True,
    text="#FFFFFF",
    background="#000000",
    field_background="#000000",
    control_text="#FFFFFF",
    control_face="#000000",
    control_border="#FFFFFF",
    hover_face="#262626",
    pressed_face="#141414",
    focus_ring="#E05A00",
    selected_text="#000000",
    selected_background="#FFFFFF",
    selected_border="#FFFFFF",
    disabled_text="#A6A6A6",
    disabled_border="#8C8C8C",
    error_text="#FF8A80",
    prompt_background="#141414",
    contribution_background="#000000",
    contribution_border="#FFFFFF",
    mark_text="#000000",
    mark_background="#FFE600",
)

CREAM = Theme(
    id="cream",
    name="Cream background",
    high_contrast=False,
    dark=False,
    # Warm near-black on cream: less glare than black on white for some readers.
    text="#1A1713",
    background="#FAF3E0",
    field_background="#FFFCF3",
    control_text="#1A1713",
    control_face="#F0E6CA",
    control_border="#221F1A",
    hover_face="#E8DCBA",
    pressed_face="#E6DAB5",
    focus_ring="#1F6FFF",
    selected_text="#1A1713",
    selected_background="#DCE6F9",
    selected_border="#1A1713",
    disabled_text="#5E574A",
    disabled_border="#857D6C",
    error_text="#8A0000",
    prompt_background="#FFF9EB",
    contribution_background="#FFFCF3",
    contribution_border="#6E6656",
    mark_text="#1A1713",
    mark_background="#FFD966",
)

THEMES: dict[str, Theme] = {t.id: t for t in (STANDARD, HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_DARK, CREAM)}
DEFAULT_THEME = STANDARD.id

TEXT_SCALES: tuple[int, ...] = tuple(range(100, 301, 25))  # per cent of the normal size
DEFAULT_TEXT_SCALE = 100


@dataclass(frozen=True)
class FontChoice:
    id: str
    name: str  # plain English, shown in the chooser (translated in the UI)
    family: str  # the family name Qt knows the shipped font by


FONTS: dict[str, FontChoice] = {
    f.id: f
    for f in (
        FontChoice("atkinson", "Atkinson Hyperlegible (clear letters)", "Atkinson Hyperlegible"),
        FontChoice("dyslexia", "OpenDyslexic (for dyslexia)", "OpenDyslexic"),
    )
}
DEFAULT_FONT = "atkinson"


def check_text_scale(percent: object) -> int:
    """*percent* as an allowed text size, or a plain ValidationError."""
    if isinstance(percent, bool) or not isinstance(percent, int) or percent not in TEXT_SCALES:
        low, high, step = TEXT_SCALES[0], TEXT_SCALES[-1], TEXT_SCALES[1] - TEXT_SCALES[0]
        raise ValidationError("appearance.text_scale_invalid", low=low, high=high, step=step)
    return percent


def next_text_scale(percent: int, steps: int = 1) -> int:
    """The allowed size *steps* away from *percent* (negative: smaller), stopping at the ends.

    A size between two steps (from an old setting) moves to the nearest step first.
    """
    nearest = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - percent))
    return TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, nearest + steps))]


@dataclass(frozen=True)
class Appearance:
    """One person's (or one room's) choices. Invalid values raise a plain ValidationError."""

    theme: str = DEFAULT_THEME
    text_scale: int = DEFAULT_TEXT_SCALE  # per cent
    font: str = DEFAULT_FONT
    reduced_motion: bool = False  # no animation, no blinking cursor, no moving highlight

    def __post_init__(self) -> None:
        if self.theme not in THEMES:
            raise ValidationError("appearance.theme_unknown")
        check_text_scale(self.text_scale)
        if self.font not in FONTS:
            raise ValidationError("appearance.font_unknown")
        if not isinstance(self.reduced_motion, bool):
            raise ValidationError("appearance.reduced_motion_invalid")

    @property
    def colours(self) -> Theme:
        return THEMES[self.theme]

    @property
    def font_family(self) -> str:
        return FONTS[self.font].family

    @property
    def scale(self) -> float:
        """The text size as a factor: 1.0 at 100%."""
        return self.text_scale / 100


def appearance_from_saved(
    theme: object = DEFAULT_THEME,
    text_scale: object = DEFAULT_TEXT_SCALE,
    font: object = DEFAULT_FONT,
    reduced_motion: object = False,
) -> Appearance:
    """An Appearance from stored values, each one that is missing or invalid read as its default.

    Settings files can be old or hand-edited: a bad value must never stop the app starting.
    Text sizes between steps go to the nearest step; ones out of range go to the nearest end.
    """
    defaults = Appearance()
    try:
        percent = int(str(text_scale).strip().rstrip("%"))
    except ValueError:
        percent = defaults.text_scale
    if isinstance(reduced_motion, str):
        reduced_motion = reduced_motion.strip().lower() in ("true", "1", "yes", "on")
    return Appearance(
        theme=theme if theme in THEMES else defaults.theme,
        text_scale=next_text_scale(percent, 0),
        font=font if font in FONTS else defaults.font,
        reduced_motion=reduced_motion if isinstance(reduced_motion, bool) else defaults.reduced_motion,
    )


@dataclass(frozen=True)
class ContrastCheck:
    what: str  # plain words, e.g. "button text"
    foreground: str
    background: str
    minimum: float

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.foreground, self.background)

    @property
    def passes(self) -> bool:
        return self.ratio >= self.minimum


def contrast_checks(theme: Theme) -> list[ContrastCheck]:
    """Every pair of colours in *theme* that people must be able to tell apart, with its target.

    Text: 4.5:1 (7:1 in high contrast). Disabled and placeholder text: 4.5:1 in every theme, so it
    can still be read. Borders, the focus ring and selection edges: 3:1 against what they sit on.
    The focus ring also reaches 3:1 against the normal border, so it shows by lightness alone.
    """
    t = theme
    text = TEXT_AAA if t.high_contrast else TEXT_AA
    checks = [
        ContrastCheck("text", t.text, t.background, text),
        ContrastCheck("text in boxes and lists", t.text, t.field_background, text),
        ContrastCheck("prompt text", t.text, t.prompt_background, text),
        ContrastCheck("contribution text", t.text, t.contribution_background, text),
        ContrastCheck("button text", t.control_text, t.control_face, text),
        ContrastCheck("button text under the pointer", t.control_text, t.hover_face, text),
        ContrastCheck("button text while pressed", t.control_text, t.pressed_face, text),
        ContrastCheck("selected text", t.selected_text, t.selected_background, text),
        ContrastCheck("error text", t.error_text, t.background, text),
        ContrastCheck("word being read", t.mark_text, t.mark_background, text),
        ContrastCheck("disabled text", t.disabled_text, t.background, TEXT_AA),
        ContrastCheck("disabled button text", t.disabled_text, t.control_face, TEXT_AA),
        ContrastCheck("placeholder text", t.disabled_text, t.field_background, TEXT_AA),
        ContrastCheck("control border", t.control_border, t.background, NON_TEXT),
        ContrastCheck("box border", t.control_border, t.field_background, NON_TEXT),
        ContrastCheck("disabled border", t.disabled_border, t.background, NON_TEXT),
        ContrastCheck("selection edge", t.selected_border, t.field_background, NON_TEXT),
        ContrastCheck("selection edge on the page", t.selected_border, t.background, NON_TEXT),
        ContrastCheck("contribution card edge", t.contribution_border, t.background, NON_TEXT),
        ContrastCheck("focus ring against the normal border", t.focus_ring, t.control_border, NON_TEXT),
    ]
    surfaces = {
        "page": t.background,
        "boxes and lists": t.field_background,
        "buttons": t.control_face,
        "buttons under the pointer": t.hover_face,
        "pressed buttons": t.pressed_face,
        "selected items": t.selected_background,
        "the prompt panel": t.prompt_background,
        "contribution cards": t.contribution_background,
    }
    checks += [
        ContrastCheck(f"focus ring on {where}", t.focus_ring, colour, NON_TEXT) for where, colour in surfaces.items()
    ]
    return checks


def contrast_problems(theme: Theme) -> list[str]:
    """Plain sentences, one for each pair in *theme* below its target; empty when all pass."""
    return [
        f"{theme.name}: {c.what} is {c.ratio:.2f}:1, needs {c.minimum:g}:1 ({c.foreground} on {c.background})."
        for c in contrast_checks(theme)
        if not c.passes
    ]
