"""A rotating log file in the user log directory (platformdirs; under the data directory
when `SOEST_DESK_DATA_DIR` is set, so tests and the demo keep to their folder): unexpected
errors land there with their type, where they happened and an incident number, while the
user sees a short German message (`ui/error_dialog.py`).

No personal data in the log: an exception's text can hold it (a driver's "Key (number)=
(P1234567) already exists", a German refusal naming a resident, a value in a format error),
so `PrivacyFormatter` writes the type and the stack of every exception in the chain, never
the text; SQLAlchemy is told to leave bound values out of its messages (db.make_engine)."""

from __future__ import annotations

import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from soest_desk import APP_SLUG
from soest_desk.config import ENV_DATA_DIR, data_dir

LOG_FILE_NAME = "soest-desk.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
WITHHELD = "‹Text nicht protokolliert›"


class PrivacyFormatter(logging.Formatter):
    """Tracebacks without the exceptions' texts: type, file, line and code for each frame of
    each exception in the chain."""

    def format(self, record: logging.LogRecord) -> str:
        # logging caches the first handler's rendering of the exception on the record
        # (exc_text); another handler's full text must not be reused here
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:
        _kind, error, _trace = ei
        if error is None:
            return ""
        lines: list[str] = []
        for link in _chain(error):
            if lines:
                lines.append("caused by / during handling of:")
            lines.append("Traceback (most recent call last):")
            for frame in traceback.extract_tb(link.__traceback__):
                lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
                if frame.line:
                    lines.append(f"    {frame.line.strip()}")
            lines.append(f"{type(link).__module__}.{type(link).__qualname__}: {WITHHELD}")
        return "\n".join(lines)


def exception_chain(error: BaseException) -> list[BaseException]:
    """The exception and its causes and contexts, oldest first, as Python prints them."""
    return _chain(error)


def _chain(error: BaseException) -> list[BaseException]:
    """Oldest first, as Python prints them."""
    chain: list[BaseException] = []
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        chain.append(link)
        link = link.__cause__ or (None if link.__suppress_context__ else link.__context__)
    return list(reversed(chain))


def log_dir() -> Path:
    """The folder of the log file: the user log directory, or `logs/` in the data directory
    that SOEST_DESK_DATA_DIR names."""
    if os.environ.get(ENV_DATA_DIR):
        return data_dir() / "logs"
    return Path(platformdirs.user_log_dir(APP_SLUG, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def active_log_file() -> Path:
    """The file the log is written to now (a test's or the application's), else the usual."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return log_file()


def file_handler(path: Path) -> RotatingFileHandler:
    """The application's log file handler (rotating, UTF-8, no personal data)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(PrivacyFormatter(FORMAT))
    return handler


def setup_logging() -> Path | None:
    """Log to the file; returns its path, or None when the folder cannot be written."""
    path = log_file()
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return path
    try:
        handler = file_handler(path)
    except OSError:
        # no log file: keep Python's last-resort handler from printing tracebacks to a clerk
        root.addHandler(logging.NullHandler())
        return None
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
