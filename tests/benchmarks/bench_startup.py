"""Benchmark: start-up to a shown, painted main window, next to a bare PySide6 window.

Also reported (no target): start-up to the meetings listed and usable. The app paints its window
before it opens the database, so the two differ by the store's opening time.

Target: the app's median is at most 1.5x the bare window's median, both measured in this run
(issue 9; it was 2x before).

Each run spawns a fresh Python process (subprocess.Popen of _startup_child.py) and times from just
before the spawn to the moment the child prints that its main window has been painted. The app
child runs the real `coprod-desktop --db FILE` path (cli.main -> run_app) on a database that
already holds the demo meeting; the bare child shows a QMainWindow with a QLabel. Runs alternate
(bare, app, app, bare, ...) so that drift on a noisy machine hits both alike. Warm-up runs fill the
OS file cache (so this is a warm-cache start of a fresh process) and are reported but not counted.

    .venv/bin/python tests/benchmarks/bench_startup.py [--runs 20] [--warmups 2]

Run it with the project's virtual environment (see tests/benchmarks/README.md): the children are
started with the same Python, which must have PySide6 and coprod_desktop installed.

Exit code 0 when the target is met, 1 when it is missed.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _bench_common import REPO, describe_machine, print_table, verdict

CHILD = Path(__file__).with_name("_startup_child.py")
TARGET_RATIO = 1.5
TIMEOUT_S = 60


def make_database(folder: Path) -> Path:
    """A database with the demo meeting, made the way a user would: `coprod-desktop demo`."""
    db = folder / "meetings.db"
    subprocess.run(
        [sys.executable, "-m", "coprod_desktop", "demo", "--db", str(db)],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    return db


def child_env(pycache: Path | None) -> dict[str, str]:
    """Offscreen Qt; and, unless pycache is None, compiled bytecode cached as an installed app has it.

    Some shells here set PYTHONDONTWRITEBYTECODE=1, which makes every start recompile the project's
    modules from source (tens of ms) although a real install has .pyc files. Caching them under a
    private PYTHONPYCACHEPREFIX (filled by the warm-up runs) matches a real install and writes
    nothing into the repository. Both children get the same setting.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def start_once(kind: str, db: Path, env: dict[str, str]) -> tuple[float, float, dict]:
    """Spawn one child; returns (ms to its window painted, ms to meetings listed, its own timings)."""
    command = [sys.executable, str(CHILD), kind] + ([str(db)] if kind == "app" else [])
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    seen: dict[str, float] = {}
    inside: dict = {}
    for line in child.stdout:  # blocks until the child writes a line
        marker, _, payload = line.partition(" ")
        if marker in ("PAINTED", "READY"):
            seen[marker] = time.perf_counter()
            inside = json.loads(payload)
        if marker == "READY":
            break
    try:
        _, err = child.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        _, err = child.communicate()
    if len(seen) != 2 or child.returncode != 0:
        raise RuntimeError(f"{kind} child failed (exit {child.returncode}): {err.strip()[-2000:]}")
    return (seen["PAINTED"] - started) * 1000, (seen["READY"] - started) * 1000, inside


def check_environment() -> str | None:
    """Why this Python cannot run the benchmark (it lacks the app or PySide6), or None."""
    import importlib.util

    missing = [name for name in ("PySide6", "sqlite_utils", "coprod_desktop") if importlib.util.find_spec(name) is None]
    if not missing:
        return None
    return (
        f"{sys.executable} has no {', '.join(missing)}: run this with the project's virtual environment,"
        " .venv/bin/python tests/benchmarks/bench_startup.py (see tests/benchmarks/README.md)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20, help="measured runs of each kind (default 20)")
    parser.add_argument("--warmups", type=int, default=2, help="warm-up runs of each kind, not counted (default 2)")
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="leave PYTHONDONTWRITEBYTECODE as the environment has it (recompile sources at each start)",
    )
    args = parser.parse_args()
    if args.runs < 1 or args.warmups < 0:
        parser.error("--runs must be at least 1 and --warmups at least 0")
    problem = check_environment()
    if problem:
        print(problem, file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="coprod-bench-startup-") as tmp:
        folder = Path(tmp)
        db = make_database(folder)
        env = child_env(None if args.no_bytecode_cache else folder / "pycache")
        bytecode = "as in this shell" if args.no_bytecode_cache else "cached (private PYTHONPYCACHEPREFIX)"
        print("Start-up: process spawn -> main window shown and painted (QT_QPA_PLATFORM=offscreen)")
        print(describe_machine(folder))
        print(f"bytecode: {bytecode}; PYTHONDONTWRITEBYTECODE={env.get('PYTHONDONTWRITEBYTECODE', '(unset)')}")

        warm = {"bare": [], "app": []}
        for _ in range(args.warmups):
            for kind in ("bare", "app"):
                warm[kind].append(start_once(kind, db, env)[0])
        print(
            f"warm-up runs (not counted): bare {', '.join(f'{v:.0f}' for v in warm['bare']) or '-'} ms;"
            f" app {', '.join(f'{v:.0f}' for v in warm['app']) or '-'} ms"
        )

        totals = {"bare": [], "app": []}
        listed = {"bare": [], "app": []}
        inside = {"bare": [], "app": []}
        for i in range(args.runs):
            order = ("bare", "app") if i % 2 == 0 else ("app", "bare")
            for kind in order:
                painted, ready, times = start_once(kind, db, env)
                totals[kind].append(painted)
                listed[kind].append(ready)
                inside[kind].append(times)

    results = print_table(
        f"Spawn to painted window, {args.runs} runs each, alternating",
        [("bare PySide6 window", totals["bare"]), ("CoProd Desktop (--db, demo meeting)", totals["app"])],
    )
    ratio = results["CoProd Desktop (--db, demo meeting)"]["median"] / results["bare PySide6 window"]["median"]
    paired = [a / b for a, b in zip(totals["app"], totals["bare"], strict=True)]
    print(f"\nratio app/bare of medians: {ratio:.2f}   (target <= {TARGET_RATIO:.1f})")
    print(f"median of per-pair ratios: {statistics.median(paired):.2f}")

    ready = print_table(
        "\nFor information: spawn to the meetings listed and usable (bare: its window painted)",
        [("bare PySide6 window", listed["bare"]), ("CoProd Desktop (--db, demo meeting)", listed["app"])],
    )
    ready_ratio = ready["CoProd Desktop (--db, demo meeting)"]["median"] / ready["bare PySide6 window"]["median"]
    print(f"\nratio app/bare of medians, to meetings listed: {ready_ratio:.2f}   (no target; reported)")

    def med(kind: str, key: str) -> float:
        return statistics.median(t[key] for t in inside[kind])

    print("\nWhere the app's time goes, inside the child (medians, ms from the child's first line)")
    for name, key in (
        ("imports done (PySide6, coprod_desktop; no store yet)", "imports_ms"),
        ("window built (meetings screen, empty)", "window_built_ms"),
        ("window painted", "painted_ms"),
        ("prepare_application took (after the first paint)", "prepare_application_took_ms"),
        ("store opened (sqlite-utils imported, file checked)", "store_opened_ms"),
        ("meetings listed", "ready_ms"),
    ):
        print(f"  {name:<56}{med('app', key):>8.1f}")
    print(f"  {'bare: window painted':<56}{med('bare', 'painted_ms'):>8.1f}")

    return verdict(ratio <= TARGET_RATIO, f"app start-up is {ratio:.2f}x the bare window (target <= {TARGET_RATIO}x)")


if __name__ == "__main__":
    sys.exit(main())
