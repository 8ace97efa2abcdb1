"""Render every catalogue card's SVG to the 512 px PNG that PDFs print.

Run after changing assets/cards: `python packaging/render_cards.py`. Uses Qt's SVG renderer (a
build tool, so Qt is fine here; the services layer itself never imports Qt). The PNGs are committed
so that printing needs no SVG renderer at run time.
"""

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZE = 512
CARDS = Path(__file__).resolve().parent.parent / "assets" / "cards"


def render(svg: Path, png: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_cards: {svg} is not a valid SVG")
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    image.save(str(png))
    # Re-save through Pillow with full compression: the flat OpenMoji colours shrink a lot.
    with Image.open(png) as im:
        im.load()
    im.save(png, optimize=True)


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    catalogue = json.loads((CARDS / "catalogue.json").read_text(encoding="utf-8"))
    (CARDS / "png").mkdir(exist_ok=True)
    for card in catalogue["cards"]:
        render(CARDS / card["image"], CARDS / "png" / f"{card['id']}.png")
    print(f"rendered {len(catalogue['cards'])} cards")
    return 0


if __name__ == "__main__":
    sys.exit(main())
