"""The user's own settings file (`settings.json` in the user config directory), written safely.

`config.read_settings_file()` reads it; `update()` changes some keys and keeps every other
key as it was (an IT department or a newer version may have put keys there this version does
not know). The new content goes to a temporary file in the same folder, is flushed to disk
and then renamed over the old file (`os.replace`), so a crash or a full disk leaves either the
old or the new file, never half of one. Failures are German `ConfigError`s naming the file.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from soest_desk.config import ConfigError, read_settings_file, settings_file

DATABASE_URL = "database_url"


def read() -> dict[str, Any]:
    """The settings file's content ({} when there is none yet); ConfigError when broken."""
    return dict(read_settings_file())


def update(changes: Mapping[str, Any], remove: Iterable[str] = ()) -> Path:
    """Set `changes`, drop the keys in `remove`, keep all others; returns the file written.

    A broken file is not overwritten (the user's other settings would be lost): the
    ConfigError of reading it says which file to correct."""
    path = settings_file()
    content = read()
    for key in remove:
        content.pop(key, None)
    content.update(changes)
    write_atomically(path, json.dumps(content, ensure_ascii=False, indent=2) + "\n")
    return path


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder and a rename."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                             dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        raise ConfigError(
            f"Die Einstellungsdatei „{path}“ konnte nicht geschrieben werden "
            f"({exc.strerror or exc}). Es wurde nichts geändert."
        ) from exc
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
