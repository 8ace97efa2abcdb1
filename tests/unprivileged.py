"""Running a piece of Python as a user whom file permissions can refuse.

Root ignores read and write permissions, so a test about a folder the user cannot write proves
nothing when it runs as root. These helpers run the code in a child process: as root, with its
privileges dropped to `nobody` (util-linux's setpriv, every capability gone); as anyone else, as
that user. The files the child works on are given to the user it runs as.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

IS_ROOT = os.geteuid() == 0


def runner_ids() -> tuple[int, int]:
    """The (uid, gid) the child process runs as."""
    if IS_ROOT:
        nobody = pwd.getpwnam("nobody")
        return nobody.pw_uid, nobody.pw_gid
    return os.getuid(), os.getgid()


def give_to_runner(path: Path) -> None:
    """Make *path* (and everything under it) belong to the user the child runs as."""
    if not IS_ROOT:
        return
    uid, gid = runner_ids()
    for item in [path, *path.rglob("*")] if path.is_dir() else [path]:
        os.chown(item, uid, gid)


@contextmanager
def runner_folder() -> Iterator[Path]:
    """A new folder the child's user owns, outside pytest's tmp_path (root's own, closed to others)."""
    folder = Path(tempfile.mkdtemp(prefix="coprod-permissions-"))
    give_to_runner(folder)
    try:
        yield folder
    finally:
        for item in [folder, *folder.rglob("*")]:
            if item.is_dir():
                item.chmod(0o700)  # so that a non-root runner can remove what it made read-only
        shutil.rmtree(folder)


def run_unprivileged(code: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run *code* with this Python, as the child's user; returns the finished process."""
    command = [sys.executable, "-c", code]
    if IS_ROOT:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv (util-linux): permissions cannot be made real")
        uid, gid = runner_ids()
        command = [setpriv, f"--reuid={uid}", f"--regid={gid}", "--clear-groups", "--inh-caps=-all", "--", *command]
    env = {**os.environ, "HOME": str(cwd), "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
