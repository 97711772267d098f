"""Which language the window speaks, and installing its compiled translation.

German is the source language and the default; Ukrainian is offered for the many
Ukrainian-speaking helpers. The choice is the user's setting `ui/language` ("de", "uk"); the
environment variable SOEST_DESK_LANGUAGE overrides it (screenshots, tests). Dates and numbers
stay German in every language: the office's forms, lists and exports use German formats, so
the default QLocale is de_DE whatever the language of the texts.

A missing or broken .qm file never stops the start: it is logged and the German source texts
are shown. `python -m soest_desk.translations update` builds the files.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from soest_desk.config import resource_dir

DEFAULT_LANGUAGE = "de"
LANGUAGES = {"de": "Deutsch", "uk": "Українська"}  # code → its own name, for a chooser
SETTINGS_KEY = "ui/language"
ENV_LANGUAGE = "SOEST_DESK_LANGUAGE"
# Translations known to leave texts in German; tests/ui/test_translations.py keeps this in
# step with the .ts file (take "uk" out once `translations check` reports it complete).
INCOMPLETE = frozenset({"uk"})
# in both languages on purpose: the helper reads the first half, a German colleague the second
NOTICE = "Переклад неповний / Übersetzung unvollständig"
NOTICE_DETAIL = ("Український переклад ще неповний: тексти без перекладу показано німецькою.\n"
                 "Die ukrainische Übersetzung ist noch unvollständig: nicht übersetzte Texte "
                 "erscheinen auf Deutsch.")
APP_TRANSLATOR = "soestDeskAppTranslator"
QT_TRANSLATOR = "soestDeskQtTranslator"
_LANGUAGE = "soestDeskLanguage"  # the property a translator keeps its language in
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)

log = logging.getLogger(__name__)


def translations_dir() -> Path:
    """Inside the bundle too: resource_dir() knows the PyInstaller folder."""
    return resource_dir() / "translations"


def chosen_language(settings: QSettings | None = None) -> str:
    """The environment override, else the user's setting, else German; unknown → German."""
    value = os.environ.get(ENV_LANGUAGE, "").strip()
    if not value:
        store = settings if settings is not None else QSettings()
        value = str(store.value(SETTINGS_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    code = value.strip().lower().replace("-", "_").split("_")[0]
    if code not in LANGUAGES:
        log.warning("unknown language %r, German is used", value)
        return DEFAULT_LANGUAGE
    return code


def install_translations(app: QCoreApplication, language: str) -> str:
    """Install Qt's texts (standard buttons) and the application's texts for `language`;
    replaces those installed before. Returns the language whose texts are now active."""
    QLocale.setDefault(GERMAN)  # German dates and numbers in every language (see above)
    qt_ok = _install(app, QT_TRANSLATOR, language, _qt_translation_file)
    active = _install(app, APP_TRANSLATOR, language, _app_translation_file)
    if not qt_ok and language != DEFAULT_LANGUAGE:  # e.g. no qtbase_uk: German buttons
        _install(app, QT_TRANSLATOR, DEFAULT_LANGUAGE, _qt_translation_file)
    return language if active else DEFAULT_LANGUAGE


def active_language(app: QCoreApplication | None = None) -> str:
    """The language of the installed application texts; German when none is installed."""
    app = app or QCoreApplication.instance()
    translator = app.findChild(QTranslator, APP_TRANSLATOR) if app else None
    language = translator.property(_LANGUAGE) if translator is not None else None
    return str(language) if language else DEFAULT_LANGUAGE


def translation_notice(app: QCoreApplication | None = None) -> str | None:
    """A lasting note for the status bar while the active translation is incomplete."""
    return NOTICE if active_language(app) in INCOMPLETE else None


def _app_translation_file(language: str) -> Path:
    return translations_dir() / f"soest_desk_{language}.qm"


def _qt_translation_file(language: str) -> Path:
    directory = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return directory / f"qtbase_{language}.qm"


def _install(app: QCoreApplication, name: str, language: str,
             file_for: Callable[[str], Path]) -> bool:
    """One named translator per kind: kept when it already speaks `language`, else replaced;
    when the file cannot be loaded the old one goes too (German source texts)."""
    current = app.findChild(QTranslator, name)
    if current is not None and current.property(_LANGUAGE) == language:
        return True
    path = file_for(language)
    translator = QTranslator(app)
    loaded = path.is_file() and translator.load(str(path))
    if current is not None:
        app.removeTranslator(current)
        current.setObjectName("")
        current.deleteLater()
    if not loaded:
        if path.is_file():
            log.error("translation %s cannot be read; German texts are shown", path)
        else:
            log.warning("translation %s not found; German texts are shown", path)
        translator.deleteLater()
        return False
    translator.setObjectName(name)
    translator.setProperty(_LANGUAGE, language)
    app.installTranslator(translator)
    return True
