"""Render every catalogue card's SVG to its 512 px PNG, and that to the print copy PDFs print.

Run after changing assets/cards: `python packaging/render_cards.py`. Uses Qt's SVG renderer (a
build tool, so Qt is fine here; the services layer itself never imports Qt). The PNGs are committed
so that printing needs no SVG renderer at run time.
"""

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from coprod_desktop.services.print_pictures import PRINT_FOLDER, write_print_copy

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
    cards = catalogue["cards"]
    ids = [card["id"] for card in cards]
    if len(set(ids)) != len(ids):
        raise SystemExit("render_cards: catalogue.json has duplicate card ids")
    png_dir = CARDS / "png"
    png_dir.mkdir(exist_ok=True)
    for card in cards:
        svg = CARDS / card["image"]
        if not svg.is_file():
            raise SystemExit(f"render_cards: {card['id']}: {svg} does not exist")
        render(svg, png_dir / f"{card['id']}.png")
        # 320 px on white, copied into PDFs as it is (decoding the 512 px PNG took ~9 ms a card).
        write_print_copy(png_dir / f"{card['id']}.png")
    print(f"rendered {len(cards)} cards")

    # PNGs are derived: delete any left from a card that is no longer in the catalogue.
    wanted = {f"{i}.png" for i in ids}
    stale_files = [*png_dir.glob("*.png"), *(CARDS / PRINT_FOLDER).glob("*.png")]
    for stale in sorted(p for p in stale_files if p.name not in wanted):
        stale.unlink()
        print(f"removed stale {stale.relative_to(CARDS)}")
    # SVGs are sources: only point out the ones no card uses, for a person to remove.
    used = {(CARDS / card["image"]).resolve() for card in cards}
    for svg in sorted(CARDS.rglob("*.svg")):
        if svg.resolve() not in used:
            print(f"unused SVG (no card refers to it): {svg.relative_to(CARDS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
