"""Where the meeting database lives when no --db is given."""

import os
from pathlib import Path

import platformdirs

ENV_VAR = "COPROD_DB"


def default_database_path() -> Path:
    """COPROD_DB if set, else coprod.db in the platform's per-user app-data folder."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("CoProd Desktop", appauthor=False)) / "coprod.db"
