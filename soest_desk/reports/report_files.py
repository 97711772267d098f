"""What every report writer does with its target file. No Qt.

A report is written to a temporary file beside the target (`temp_beside`) and renamed over
it at the end, so an error or a cancel leaves no half file and an older file as it was; a
file that cannot be written gets one German message (`cannot_write`)."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from soest_desk.services.errors import DomainError


def temp_beside(target: Path) -> Path:
    """A hidden, unique name in the target's folder (a rename there is atomic)."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")


def cannot_write(target: Path, exc: OSError, viewer: str) -> str:
    """Why `target` could not be saved; `viewer` is the program that may hold it open,
    e.g. "Excel" or "dem PDF-Betrachter"."""
    if isinstance(exc, FileNotFoundError):
        return f"Der Ordner „{target.parent}“ existiert nicht."
    if isinstance(exc, PermissionError):
        return (f"„{target}“ kann nicht gespeichert werden: keine Schreibberechtigung, oder die "
                f"Datei ist noch in einem anderen Programm (z. B. {viewer}) geöffnet.")
    return f"„{target}“ kann nicht gespeichert werden: {exc.strerror or exc}."


@contextlib.contextmanager
def replacing(target: Path, viewer: str) -> Iterator[Path]:
    """Write into the yielded temporary path; at the end it replaces `target`. An error (or
    a cancel) removes it and leaves `target` as it was; an OSError becomes the German
    `cannot_write` message."""
    temp = temp_beside(target)
    try:
        yield temp
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DomainError(cannot_write(target, exc, viewer)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
