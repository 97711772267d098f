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
