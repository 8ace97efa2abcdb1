"""Finding the files that ship with the app (cards, fonts' attributions, the JSON schema).

In a wheel, assets/ is installed inside the package (see pyproject force-include); in a source
checkout or editable install it sits beside the package at the top of the repository.
"""

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def assets_dir() -> Path:
    """The folder holding the app's shipped assets."""
    for candidate in (_PACKAGE / "assets", _PACKAGE.parent / "assets"):
        if (candidate / "cards").is_dir():
            return candidate
    raise FileNotFoundError("The CoProd Desktop assets folder is missing: please reinstall the app.")
