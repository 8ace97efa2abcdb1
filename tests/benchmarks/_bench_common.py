"""Shared helpers for the benchmark scripts: summary statistics and a plain-text table."""

import os
import platform
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def percentile(values: Sequence[float], fraction: float) -> float:
    """Linear-interpolated percentile (fraction 0..1) of *values*."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(values: Sequence[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "median": statistics.median(values),
        "p90": percentile(values, 0.9),
        "min": min(values),
        "max": max(values),
    }


def print_table(title: str, rows: list[tuple[str, Sequence[float]]], unit: str = "ms") -> dict[str, dict]:
    """Print median, p90, min and max for each named series; returns the summaries by name."""
    print(f"\n{title}")
    header = f"{'':<34}{'n':>5}{'median':>10}{'p90':>10}{'min':>10}{'max':>10}"
    print(header)
    print("-" * len(header))
    results = {}
    for name, values in rows:
        s = summary(values)
        results[name] = s
        print(f"{name:<34}{s['n']:>5}{s['median']:>10.2f}{s['p90']:>10.2f}{s['min']:>10.2f}{s['max']:>10.2f}")
    print(f"(all times in {unit})")
    return results


def describe_machine(folder: Path | None = None) -> str:
    """One line about where the figures were measured (they mean little without it)."""
    parts = [
        f"python {platform.python_version()}",
        f"{platform.system()} {platform.release()}",
        f"{os.cpu_count()} cpus",
    ]
    try:
        import PySide6

        parts.append(f"PySide6 {PySide6.__version__}")
    except ImportError:
        pass
    if folder is not None:
        parts.append(f"files in {folder} ({filesystem_type(folder)})")
    return ", ".join(parts)


def filesystem_type(folder: Path) -> str:
    """The filesystem type holding *folder* (from /proc/mounts on Linux), or 'unknown'."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return "unknown"
    best, kind = "", "unknown"
    target = str(Path(folder).resolve())
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1]
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, kind = mount_point, fields[2]
    return kind


def verdict(ok: bool, text: str) -> int:
    """Print PASS/FAIL with *text*; returns the exit code to use."""
    print(f"\n{'PASS' if ok else 'FAIL'}: {text}")
    sys.stdout.flush()
    return 0 if ok else 1
