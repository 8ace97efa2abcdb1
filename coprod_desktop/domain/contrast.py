"""Colour contrast as WCAG 2.x measures it: relative luminance of sRGB colours and their ratio.

Colours are written as CSS-style hex strings ("#1A4FD6", "#fff"). The linearisation threshold is
0.04045, the sRGB standard's own value; WCAG 2.0 printed 0.03928, which gives the same result for
every 8-bit colour, so ratios here match any WCAG contrast checker.
"""

import re

from .errors import ValidationError

_HEX = re.compile(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")

# The targets WCAG 2.x sets, named so the rules read plainly where they are used.
TEXT_AA = 4.5  # 1.4.3 Contrast (Minimum), normal-size text
TEXT_AAA = 7.0  # 1.4.6 Contrast (Enhanced), normal-size text
NON_TEXT = 3.0  # 1.4.11 Non-text Contrast: control boundaries, focus indicators, states


def parse_hex(colour: str) -> tuple[int, int, int]:
    """The (red, green, blue) 0–255 values of a "#RRGGBB" or "#RGB" colour."""
    match = _HEX.fullmatch(colour.strip()) if isinstance(colour, str) else None
    if match is None:
        raise ValidationError("colour.invalid", value=str(colour))
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def to_hex(red: int, green: int, blue: int) -> str:
    """The "#RRGGBB" form of 0–255 channel values (clamped into range)."""
    return "#" + "".join(f"{max(0, min(255, round(c))):02X}" for c in (red, green, blue))


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance: 0.0 for black, 1.0 for white."""
    red, green, blue = parse_hex(colour)
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def contrast_ratio(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours, from 1.0 (the same) to 21.0 (black on white).

    The order does not matter: the lighter colour is always on top of the fraction.
    """
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def composite(foreground: str, alpha: float, background: str) -> str:
    """The opaque colour seen when *foreground* at *alpha* (0–1) is painted over *background*.

    Blends in sRGB space, as Qt and browsers paint, so the contrast of a see-through colour can be
    measured as people will see it.
    """
    if not 0.0 <= alpha <= 1.0:
        raise ValidationError("colour.opacity_invalid", value=f"{alpha:g}")
    top, bottom = parse_hex(foreground), parse_hex(background)
    return to_hex(*(alpha * t + (1 - alpha) * b for t, b in zip(top, bottom, strict=True)))
