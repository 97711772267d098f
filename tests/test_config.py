"""Which database is used: flag, then environment, then settings file, then the default."""

from __future__ import annotations

import json

import pytest

from soest_desk import config
from soest_desk.config import ConfigError, choose_database


def test_default_is_embedded_sqlite_in_user_data_dir():
    choice = choose_database(None)
    assert choice.source == "default"
    assert choice.url.startswith("sqlite:///")
    assert choice.url.endswith("/soest-desk.sqlite")
    assert str(config.data_dir()) in choice.url


def test_precedence_flag_env_settings(monkeypatch):
    config.settings_file().write_text(json.dumps({"database_url": "sqlite:///s.db"}), "utf-8")
    assert choose_database(None).source == "settings"
    monkeypatch.setenv("SOEST_DESK_DATABASE_URL", "sqlite:///e.db")
    assert choose_database(None) == config.DatabaseChoice("sqlite:///e.db", "env")
    assert choose_database("sqlite:///f.db") == config.DatabaseChoice("sqlite:///f.db", "flag")


def test_broken_settings_file_names_the_file():
    config.settings_file().write_text("{kaputt", "utf-8")
    with pytest.raises(ConfigError, match=r"settings\.json"):
        choose_database(None)


def test_demo_file_is_not_the_real_database():
    assert config.demo_database_url() != config.default_database_url()
    assert config.demo_database_url().endswith("/demo.sqlite")


# --- the machine-wide preset the installer writes (/DATABASE_URL=) ---------------------------
SHARED_URL = "postgresql+psycopg://server:5432/soest"


@pytest.fixture
def machine_dir(tmp_path, monkeypatch):
    directory = tmp_path / "site"
    directory.mkdir()
    monkeypatch.setenv(config.ENV_SITE_CONFIG_DIR, str(directory))
    return directory


def write_as_installer(directory, url: str) -> None:
    """Byte for byte what installer/soest-desk.nsi writes: ASCII JSON, CRLF."""
    (directory / "settings.json").write_bytes(
        b'{"database_url": "' + url.encode("ascii") + b'"}\r\n')


def test_machine_preset_is_used_when_nothing_else_names_a_database(machine_dir):
    write_as_installer(machine_dir, SHARED_URL)
    assert config.machine_settings_file() == machine_dir / "settings.json"
    assert choose_database(None) == config.DatabaseChoice(SHARED_URL, "machine")


def test_user_settings_env_and_flag_win_over_the_machine_preset(machine_dir, monkeypatch):
    write_as_installer(machine_dir, SHARED_URL)
    config.settings_file().write_text(json.dumps({"database_url": "sqlite:///s.db"}), "utf-8")
    assert choose_database(None) == config.DatabaseChoice("sqlite:///s.db", "settings")
    monkeypatch.setenv("SOEST_DESK_DATABASE_URL", "sqlite:///e.db")
    assert choose_database(None).source == "env"
    assert choose_database("sqlite:///f.db").source == "flag"


def test_user_settings_without_a_url_fall_back_to_the_machine_preset(machine_dir):
    write_as_installer(machine_dir, SHARED_URL)
    config.settings_file().write_text(json.dumps({"database_url": "  ", "x": 1}), "utf-8")
    assert choose_database(None).source == "machine"


def test_no_machine_file_means_the_embedded_default(machine_dir):
    assert choose_database(None).source == "default"


def test_machine_file_written_by_notepad_with_a_bom_is_read(machine_dir):
    (machine_dir / "settings.json").write_text(
        json.dumps({"database_url": SHARED_URL}), encoding="utf-8-sig")
    assert choose_database(None).url == SHARED_URL


@pytest.mark.parametrize("content", [b"{kaputt", b"[1, 2]", b'{"database_url": "\xe4"}'])
def test_broken_machine_file_is_a_german_error_naming_it(machine_dir, content):
    (machine_dir / "settings.json").write_bytes(content)
    with pytest.raises(ConfigError) as caught:
        choose_database(None)
    message = str(caught.value)
    assert str(machine_dir / "settings.json") in message
    assert "für alle Benutzer" in message and "IT-Abteilung" in message


def test_machine_url_that_is_no_string_is_refused(machine_dir):
    (machine_dir / "settings.json").write_text('{"database_url": 5432}', "utf-8")
    with pytest.raises(ConfigError, match="muss eine Zeichenkette sein"):
        choose_database(None)


def test_broken_machine_file_does_not_matter_when_the_user_names_a_database(machine_dir):
    (machine_dir / "settings.json").write_text("{kaputt", "utf-8")
    config.settings_file().write_text(json.dumps({"database_url": "sqlite:///s.db"}), "utf-8")
    assert choose_database(None).source == "settings"


def test_site_config_dir_default_is_platformdirs(monkeypatch):
    monkeypatch.delenv(config.ENV_SITE_CONFIG_DIR, raising=False)
    expected = config.platformdirs.site_config_dir("soest-desk", appauthor=False)
    assert config.site_config_dir() == config.Path(expected)
