"""Person markers: a colour, a shape and initials together, so no one is told apart by colour alone.

Colours are the Okabe-Ito set, chosen to stay distinct for people with colour-vision differences
and on washed-out projectors. Each colour has a name so it can be said aloud and printed.
"""

from dataclasses import dataclass
from enum import StrEnum

from .credit import CreditStyle, initials_of, shown_credit
from .errors import ValidationError


class MarkerShape(StrEnum):
    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"
    STAR = "star"
    HEXAGON = "hexagon"
    HEART = "heart"
    CROSS = "cross"


@dataclass(frozen=True)
class MarkerColour:
    key: str
    name: str
    hex: str
    # Text drawn on top of the colour: chosen for at least 4.5:1 contrast against it.
    ink: str


MARKER_COLOURS: tuple[MarkerColour, ...] = (
    MarkerColour("orange", "Orange", "#E69F00", "#000000"),
    MarkerColour("sky", "Sky blue", "#56B4E9", "#000000"),
    MarkerColour("green", "Green", "#009E73", "#000000"),
    MarkerColour("yellow", "Yellow", "#F0E442", "#000000"),
    MarkerColour("blue", "Blue", "#0072B2", "#FFFFFF"),
    MarkerColour("red", "Red", "#D55E00", "#000000"),
    MarkerColour("purple", "Purple", "#CC79A7", "#000000"),
    MarkerColour("grey", "Grey", "#4D4D4D", "#FFFFFF"),
)
_COLOURS_BY_KEY = {c.key: c for c in MARKER_COLOURS}


@dataclass(frozen=True)
class Marker:
    colour: MarkerColour
    shape: MarkerShape
    initials: str

    def describe(self) -> str:
        """Words for the marker, for screen readers and print: e.g. 'orange circle, SB'."""
        return f"{self.colour.name.lower()} {self.shape.value}, {self.initials}"


def marker_colour(key: str) -> MarkerColour:
    """Return the marker colour with *key*, or raise ValidationError."""
    try:
        return _COLOURS_BY_KEY[key]
    except KeyError:
        raise ValidationError("marker.colour_unknown", value=str(key)) from None


def marker_shape(value: str) -> MarkerShape:
    """Return the marker shape named *value*, or raise ValidationError."""
    try:
        return MarkerShape(value)
    except ValueError:
        raise ValidationError("marker.shape_unknown", value=str(value)) from None


def next_free_marker(taken: list[tuple[str, str]]) -> tuple[str, str]:
    """Pick a (colour key, shape) pair for a new attendee.

    Walks colour and shape together (orange circle, sky square, ...) so the first eight people differ
    in both colour and shape; after that, the first pair not already taken. Raises ValidationError
    when all 64 pairs are taken.
    """
    used = set(taken)
    shapes = list(MarkerShape)
    for offset in range(len(shapes)):
        for i, colour in enumerate(MARKER_COLOURS):
            pair = (colour.key, shapes[(i + offset) % len(shapes)].value)
            if pair not in used:
                return pair
    raise ValidationError("marker.all_taken", count=len(MARKER_COLOURS) * len(shapes))


def credit_preview(full_name: str, style: CreditStyle, chosen_name: str, colour: str, shape: str) -> tuple[str, Marker]:
    """How a person being added will be shown (their name as credited, "" before a name is typed)
    and their marker, for the preview beside the form (set-up, and a late arrival in the room)."""
    shown = shown_credit(full_name, style, chosen_name)
    initials = initials_of(shown.replace(".", " "), limit=2) or "?"
    return shown, Marker(marker_colour(colour), marker_shape(shape), initials)
