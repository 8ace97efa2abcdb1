"""Starting the window skips argparse (it would delay the first paint); everything else still gets it."""

import subprocess
import sys

import pytest

from coprod_desktop.cli import _window_database, main


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], None),
        (["--db", "x.db"], "x.db"),
        (["--db=x.db"], "x.db"),
        (["--db"], False),  # argparse says the value is missing
        (["--db="], False),
        (["--db", "--version"], False),
        (["meetings"], False),
        (["--db", "x.db", "meetings"], False),
        (["--version"], False),
    ],
)
def test_only_a_plain_start_of_the_window_skips_the_parser(argv, expected):
    assert _window_database(argv) == expected


def test_a_missing_db_value_is_still_one_plain_line(capsys):
    assert main(["--db"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--db" in err and "Traceback" not in err


def test_importing_the_command_line_does_not_import_argparse():
    code = "import sys, coprod_desktop.cli; print('argparse' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr[-500:]
