"""The layering rule: only coprod_desktop/ui may import Qt. Checked by reading every module's imports."""

import ast
from pathlib import Path

import coprod_desktop

PACKAGE = Path(coprod_desktop.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
LAYER_ORDER = ["domain", "store", "services", "ui"]


def imported_modules(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.level if hasattr(node, "level") else 0) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append(((node.module or ""), node.level))
    return found


def layer_of(path: Path) -> str | None:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 and parts[0] in LAYER_ORDER else None


def test_only_ui_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if layer_of(path) == "ui":
            continue
        for module, _level in imported_modules(path):
            if module.split(".")[0] in QT_MODULES:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offenders == []


def test_layers_only_import_downwards():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        layer = layer_of(path)
        if layer is None:
            continue
        allowed = set(LAYER_ORDER[: LAYER_ORDER.index(layer) + 1])
        for module, level in imported_modules(path):
            if level == 2:  # from ..store import X  (relative to coprod_desktop/<layer>/)
                target = module.split(".")[0]
            elif module.startswith("coprod_desktop."):
                target = module.split(".")[1]
            else:
                continue
            if target in LAYER_ORDER and target not in allowed:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {target}")
    assert offenders == []


def test_the_check_would_catch_a_qt_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport os\n", encoding="utf-8")
    assert ("PySide6.QtCore", 0) in imported_modules(sample)


def test_domain_uses_only_the_standard_library():
    import sys

    stdlib = set(sys.stdlib_module_names)
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        for module, level in imported_modules(path):
            if level == 0 and module.split(".")[0] not in stdlib:
                offenders.append(f"{path.name} imports {module}")
    assert offenders == []


def test_starting_the_window_does_not_load_the_store():
    """The window paints before the database opens (see bench_startup.py): importing the app's
    start-up must not pull in sqlite-utils (about 80 ms), or the first paint waits for it."""
    import subprocess
    import sys

    code = "import sys, coprod_desktop.ui.app; print('sqlite_utils' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr[-500:]
