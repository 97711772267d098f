"""A rotating log file in the user data directory: unexpected errors land there in full,
while the user sees a short German message."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from soest_desk.config import data_dir

LOG_FILE_NAME = "soest-desk.log"


def log_file() -> Path:
    return data_dir() / "logs" / LOG_FILE_NAME


def setup_logging() -> Path | None:
    """Log to the file; returns its path, or None when the folder cannot be written."""
    path = log_file()
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        # no log file: keep Python's last-resort handler from printing tracebacks to a clerk
        root.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
