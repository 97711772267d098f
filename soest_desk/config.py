"""Where Soest Desk keeps its data and which database it talks to.

Every location is resolved here: the user data directory (platformdirs) for the embedded
database and the demo file, the user config directory for the settings file, the machine-wide
config directory for the settings the installer presets for every user (`/DATABASE_URL=`),
and the resource directory (frozen-aware, so a PyInstaller bundle finds its files too).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from soest_desk import APP_SLUG

ENV_DATABASE_URL = "SOEST_DESK_DATABASE_URL"
ENV_DATA_DIR = "SOEST_DESK_DATA_DIR"
ENV_CONFIG_DIR = "SOEST_DESK_CONFIG_DIR"
ENV_SITE_CONFIG_DIR = "SOEST_DESK_SITE_CONFIG_DIR"
SETTINGS_FILE_NAME = "settings.json"
DATABASE_FILE_NAME = "soest-desk.sqlite"
DEMO_FILE_NAME = "demo.sqlite"


class ConfigError(Exception):
    """A settings problem the user can fix; the message is German and names the file."""


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_SLUG, appauthor=False))


def settings_file() -> Path:
    return config_dir() / SETTINGS_FILE_NAME


def site_config_dir() -> Path:
    """Settings for every user of the machine (Windows: %PROGRAMDATA%\\soest-desk), written by
    the installer; only administrators change them."""
    override = os.environ.get(ENV_SITE_CONFIG_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.site_config_dir(APP_SLUG, appauthor=False))


def machine_settings_file() -> Path:
    return site_config_dir() / SETTINGS_FILE_NAME


def resource_dir() -> Path:
    """The `resources/` folder, inside a PyInstaller bundle or beside the package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def ensure_data_dir() -> Path:
    """Create the user data directory, or say in German which folder cannot be created."""
    directory = data_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            f"Der Datenordner „{directory}“ kann nicht angelegt werden ({exc.strerror or exc})."
            " Bitte prüfen Sie die Rechte oder setzen Sie SOEST_DESK_DATA_DIR."
        ) from exc
    return directory


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve().as_posix()}"


def default_database_url() -> str:
    return sqlite_url(data_dir() / DATABASE_FILE_NAME)


def demo_database_url() -> str:
    return sqlite_url(data_dir() / DEMO_FILE_NAME)


def read_settings_file() -> dict[str, object]:
    return _read_json(settings_file(), "Die Einstellungsdatei",
                      "Bitte korrigieren oder löschen Sie die Datei.")


def read_machine_settings_file() -> dict[str, object]:
    """The installer's preset for every user of the machine; {} when there is none."""
    return _read_json(machine_settings_file(), "Die Einstellungsdatei für alle Benutzer",
                      "Bitte wenden Sie sich an Ihre IT-Abteilung (die Datei wird bei der "
                      "Installation mit /DATABASE_URL= geschrieben).")


def _read_json(path: Path, what: str, advice: str) -> dict[str, object]:
    if not path.exists():
        return {}
    try:
        content = json.loads(path.read_text(encoding="utf-8-sig"))  # Notepad adds a BOM
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(
            f"{what} „{path}“ kann nicht gelesen werden ({exc}). {advice}"
        ) from exc
    if not isinstance(content, dict):
        raise ConfigError(f"{what} „{path}“ enthält kein JSON-Objekt. {advice}")
    return content


def explicit_url(flag_url: str | None) -> str | None:
    """The --database-url value; an empty one is refused rather than read as "not given"."""
    if flag_url is not None and not flag_url.strip():
        raise ConfigError("--database-url ist leer. Bitte geben Sie eine Datenbank-URL an.")
    return flag_url


@dataclass(frozen=True)
class DatabaseChoice:
    """The URL to use and where it came from (shown to the user when it fails)."""

    url: str
    source: str  # "flag", "env", "settings", "machine" or "default"

    @property
    def is_default(self) -> bool:
        return self.source == "default"


def choose_database(flag_url: str | None) -> DatabaseChoice:
    """Flag, then environment, then the user's settings file, then the machine's (preset by
    the installer), then the embedded default. An empty flag is a mistake, not "no flag": it
    must never fall through to the real database."""
    flag = explicit_url(flag_url)
    if flag is not None:
        return DatabaseChoice(flag, "flag")
    env_url = os.environ.get(ENV_DATABASE_URL)
    if env_url:
        return DatabaseChoice(env_url, "env")
    configured = _configured_url(read_settings_file(), settings_file())
    if configured:
        return DatabaseChoice(configured, "settings")
    preset = _configured_url(read_machine_settings_file(), machine_settings_file())
    if preset:
        return DatabaseChoice(preset, "machine")
    return DatabaseChoice(default_database_url(), "default")


def _configured_url(settings: dict[str, object], path: Path) -> str | None:
    """The file's "database_url"; None when it names none (missing, empty or blank)."""
    configured = settings.get("database_url")
    if not configured:
        return None
    if not isinstance(configured, str):
        raise ConfigError(f"„database_url“ in „{path}“ muss eine Zeichenkette sein.")
    return configured.strip() or None
