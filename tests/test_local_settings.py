"""The user's settings file: changed keys written atomically, unknown keys kept, a broken
file never overwritten, German errors naming the file."""

from __future__ import annotations

import json
import os

import pytest

from soest_desk import local_settings
from soest_desk.config import ConfigError, settings_file


def content() -> dict:
    return json.loads(settings_file().read_text(encoding="utf-8"))


def test_update_creates_the_file_and_keeps_unknown_keys():
    assert local_settings.read() == {}
    local_settings.update({"backup_keep_days": 30})
    assert content() == {"backup_keep_days": 30}
    settings_file().write_text(json.dumps(
        {"backup_keep_days": 30, "from_it": {"proxy": "x"}, "database_url": "sqlite:///a"}),
        encoding="utf-8")
    path = local_settings.update({"backup_keep_count": 4, "backup_folder": "D:\\Sicherung ä"},
                                 remove=["database_url", "not_there"])
    assert path == settings_file()
    assert content() == {"backup_keep_days": 30, "from_it": {"proxy": "x"},
                         "backup_keep_count": 4, "backup_folder": "D:\\Sicherung ä"}
    assert "Sicherung ä" in settings_file().read_text(encoding="utf-8")  # readable, not \\u
    assert sorted(p.name for p in settings_file().parent.iterdir()) == ["settings.json"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(monkeypatch):
    local_settings.update({"backup_keep_days": 30})

    def refuse(_source, _target):
        raise PermissionError(13, "Zugriff verweigert")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ConfigError, match=r"Die Einstellungsdatei „.*settings\.json“ konnte "
                                          r"nicht geschrieben werden \(Zugriff verweigert\)"):
        local_settings.update({"backup_keep_days": 5})
    assert content() == {"backup_keep_days": 30}
    assert sorted(p.name for p in settings_file().parent.iterdir()) == ["settings.json"]


def test_a_broken_file_is_not_overwritten():
    settings_file().write_text("{kaputt", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"settings\.json“ kann nicht gelesen werden"):
        local_settings.update({"backup_keep_days": 5})
    assert settings_file().read_text(encoding="utf-8") == "{kaputt"


def test_a_folder_that_cannot_be_made_is_named(monkeypatch, tmp_path):
    blocker = tmp_path / "datei"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("SOEST_DESK_CONFIG_DIR", str(blocker / "config"))
    with pytest.raises(ConfigError, match="konnte nicht geschrieben werden"):
        local_settings.update({"backup_keep_days": 5})
