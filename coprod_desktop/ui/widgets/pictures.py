"""Pictures for the screen: card drawings from SVG and person markers, cached by size.

SVG is rendered at the exact device size asked for, so cards are crisp on a laptop panel and on a
4K projector alike. Markers are drawn, not loaded: a shape in the person's colour with their
initials on it, so they can be told apart without seeing colour.

Every card picture sits on a light plate (near-white, rounded, with a thin dark outline), in every
theme: the pictures are drawn for a light page, and black-line ones (Music, Singing, Rights) would
vanish on the dark high-contrast theme's black. The plate keeps their outlines, and the outline of
the plate keeps it apart from a white page.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from ...domain.markers import Marker, MarkerShape
from ..platform.theme import FONT_FAMILY

if TYPE_CHECKING:
    from ...services.catalogue import CardCatalogue


class CardPictures:
    """Card pixmaps by (card id, size in logical pixels), rendered once each."""

    def __init__(self, catalogue: CardCatalogue, device_ratio: float = 1.0) -> None:
        self.catalogue = catalogue
        self.library = None  # set once the database is open: pictures of cards people brought
        self.ratio = device_ratio
        self._renderers: dict = {}
        self._cache: dict[tuple[str, int], QPixmap] = {}

    def pixmap(self, card_id: str, size: int) -> QPixmap:
        key = (card_id, size)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        pixels = max(1, round(size * self.ratio))
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        renderer = self._renderer(card_id)
        stored = renderer is None and self.library is not None and card_id in self.library
        if renderer is not None or stored:
            inner = _draw_plate(pixmap, pixels)
            if renderer is not None:
                painter = QPainter(pixmap)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                renderer.render(painter, inner)
                painter.end()
            else:
                self._draw_stored(pixmap, card_id, inner)
        pixmap.setDevicePixelRatio(self.ratio)
        self._cache[key] = pixmap
        return pixmap

    def _draw_stored(self, pixmap: QPixmap, card_id: str, inner: QRectF) -> None:
        """A picture stored in the database, scaled to fit *inner* and centred in it."""
        picture = self.library.picture(card_id)
        image = QImage.fromData(picture.data)
        if image.isNull():
            return
        side = max(1, int(inner.width()))
        scaled = image.scaled(
            side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        painter = QPainter(pixmap)
        painter.drawImage(
            round(inner.center().x() - scaled.width() / 2), round(inner.center().y() - scaled.height() / 2), scaled
        )
        painter.end()

    def forget(self, card_id: str) -> None:
        """Drop cached pictures of a card (it was removed or replaced)."""
        for key in [k for k in self._cache if k[0] == card_id]:
            del self._cache[key]

    def _renderer(self, card_id: str):
        if card_id not in self._renderers:
            from PySide6.QtSvg import QSvgRenderer  # loaded when the first card is drawn, not at start-up

            if card_id not in self.catalogue:
                return None
            self._renderers[card_id] = QSvgRenderer(str(self.catalogue.svg_path(card_id)))
        return self._renderers[card_id]


PLATE = QColor("#FBFBF8")  # near-white: the pictures are drawn for a light page
PLATE_OUTLINE = QColor("#4A4A4A")  # keeps the plate apart from a white page; soft on a black one


def _draw_plate(pixmap: QPixmap, pixels: int) -> QRectF:
    """The light plate a card picture sits on; returns the square left for the picture inside it."""
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = max(1.0, pixels * 0.015)
    plate = QRectF(line / 2, line / 2, pixels - line, pixels - line)
    painter.setPen(QPen(PLATE_OUTLINE, line))
    painter.setBrush(PLATE)
    painter.drawRoundedRect(plate, pixels * 0.1, pixels * 0.1)
    painter.end()
    pad = pixels * 0.07
    return QRectF(pad, pad, pixels - 2 * pad, pixels - 2 * pad)


def _shape_path(shape: MarkerShape, r: QRectF) -> QPainterPath:
    path = QPainterPath()
    cx, cy, w, h = r.center().x(), r.center().y(), r.width(), r.height()
    if shape is MarkerShape.CIRCLE:
        path.addEllipse(r)
    elif shape is MarkerShape.SQUARE:
        path.addRoundedRect(r.adjusted(w * 0.05, h * 0.05, -w * 0.05, -h * 0.05), w * 0.08, h * 0.08)
    elif shape is MarkerShape.TRIANGLE:
        path.addPolygon(
            QPolygonF([QPointF(cx, r.top()), QPointF(r.right(), r.bottom()), QPointF(r.left(), r.bottom())])
        )
    elif shape is MarkerShape.DIAMOND:
        path.addPolygon(
            QPolygonF([QPointF(cx, r.top()), QPointF(r.right(), cy), QPointF(cx, r.bottom()), QPointF(r.left(), cy)])
        )
    elif shape in (MarkerShape.STAR, MarkerShape.HEXAGON):
        points = 5 if shape is MarkerShape.STAR else 6
        outer = w / 2
        inner = outer * (0.5 if shape is MarkerShape.STAR else 1.0)
        corners = points * 2 if shape is MarkerShape.STAR else points
        polygon = QPolygonF()
        for i in range(corners):
            radius = outer if i % 2 == 0 or shape is MarkerShape.HEXAGON else inner
            angle = -math.pi / 2 + i * 2 * math.pi / corners
            polygon.append(QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
        path.addPolygon(polygon)
    elif shape is MarkerShape.HEART:
        path.moveTo(cx, r.bottom())
        path.cubicTo(r.left() - w * 0.1, cy, r.left() + w * 0.1, r.top() - h * 0.05, cx, r.top() + h * 0.28)
        path.cubicTo(r.right() - w * 0.1, r.top() - h * 0.05, r.right() + w * 0.1, cy, cx, r.bottom())
    else:  # CROSS
        t = w * 0.34
        path.addRect(QRectF(cx - t / 2, r.top(), t, h))
        path.addRect(QRectF(r.left(), cy - t / 2, w, t))
        path = path.simplified()
    path.closeSubpath()
    return path


@lru_cache(maxsize=512)
def marker_pixmap(marker: Marker, size: int, device_ratio: float = 1.0) -> QPixmap:
    """The marker drawn at *size* logical pixels: shape, colour, outline and initials.

    Cached: the wall shows the same few markers hundreds of times.
    """
    pixels = max(1, round(size * device_ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pad = pixels * 0.04
    rect = QRectF(pad, pad, pixels - 2 * pad, pixels - 2 * pad)
    painter.setPen(QPen(QColor("#111111"), max(1.5, pixels * 0.03)))
    painter.setBrush(QColor(marker.colour.hex))
    painter.drawPath(_shape_path(marker.shape, rect))
    font = QFont(FONT_FAMILY)
    font.setBold(True)
    # Smaller text on the pointy shapes, whose middle is narrower.
    narrow = marker.shape in (MarkerShape.TRIANGLE, MarkerShape.STAR, MarkerShape.DIAMOND)
    font.setPixelSize(max(6, int(pixels * (0.24 if narrow else 0.34))))
    painter.setFont(font)
    painter.setPen(QColor(marker.colour.ink))
    text_rect = rect.adjusted(0, rect.height() * (0.18 if marker.shape is MarkerShape.TRIANGLE else 0), 0, 0)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, marker.initials)
    painter.end()
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap


def avatar_pixmap(photo: bytes, marker: Marker, size: int) -> QPixmap | None:
    """A person's photo with their marker as a badge in the corner, or None if the photo will not load.

    The marker stays on the photo so the credit on the wall (marker, not photo) still matches the tile.
    """
    source = QPixmap()
    if not source.loadFromData(photo):
        return None
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    clip = QPainterPath()
    clip.addRoundedRect(QRectF(0, 0, size, size), size * 0.12, size * 0.12)
    painter.setClipPath(clip)
    # Fill the square (cropping the longer side) so faces are as big as the tile allows.
    scaled = source.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
    )
    painter.drawPixmap((size - scaled.width()) // 2, (size - scaled.height()) // 2, scaled)
    painter.setClipping(False)
    badge = max(16, int(size * 0.42))
    painter.drawPixmap(size - badge, size - badge, marker_pixmap(marker, badge))
    painter.end()
    return pixmap
