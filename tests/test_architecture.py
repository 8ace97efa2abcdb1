"""The layering (ui -> app -> services -> store -> domain; Qt only in ui; the ui reaches the store
only through app), enforced by import-linter's contracts in pyproject.toml.

The contracts are run on the real package, and on a copy with an upward import planted in it, so a
contract that could never fail would be noticed.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import coprod_desktop

PACKAGE = Path(coprod_desktop.__file__).parent
REPO = PACKAGE.parent
LINT = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    """Run import-linter over the coprod_desktop package found in *root*, with the project's contracts."""
    return subprocess.run(
        [str(LINT), str(REPO / "pyproject.toml"), "--no-cache", "--no-logo"],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_import_contracts_are_kept():
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("planted")
    shutil.copytree(PACKAGE, root / "coprod_desktop", ignore=shutil.ignore_patterns("__pycache__", "assets"))
    return root


@pytest.mark.parametrize(
    ("module", "planted", "contract"),
    [
        # Three dots from a sub-package: the hand-written check this replaces let both of these through.
        ("services/speech/planted.py", "from ...ui import app\n", "Layers point one way"),
        ("store/planted.py", "from .. import ui\n", "Layers point one way"),
        ("domain/planted.py", "from ..app import workspace\n", "Layers point one way"),
        ("app/planted.py", "import PySide6.QtCore\n", "Only the ui imports Qt"),
        ("ui/room/planted.py", "from ...store import Store\n", "The ui reaches the store only through"),
    ],
)
def test_a_planted_import_breaks_a_contract(package_copy, module, planted, contract):
    target = package_copy / "coprod_desktop" / module
    target.write_text(planted, encoding="utf-8")
    try:
        result = lint_imports(package_copy)
    finally:
        target.unlink()
    assert result.returncode != 0
    broken = [line for line in result.stdout.splitlines() if line.endswith("BROKEN")]
    assert any(line.startswith(contract) for line in broken), result.stdout[-3000:]


def imported_top_level_modules(path: Path) -> set[str]:
    import ast

    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_domain_uses_only_the_standard_library():
    stdlib = set(sys.stdlib_module_names)
    offenders = [
        f"{path.name} imports {module}"
        for path in (PACKAGE / "domain").rglob("*.py")
        for module in imported_top_level_modules(path)
        if module not in stdlib
    ]
    assert offenders == []


def test_starting_the_window_does_not_load_the_store():
    """The window paints before the database opens (see bench_startup.py): importing the app's
    start-up must not pull in sqlite-utils (about 80 ms), or the first paint waits for it."""
    code = "import sys, coprod_desktop.ui.app; print('sqlite_utils' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr[-500:]
