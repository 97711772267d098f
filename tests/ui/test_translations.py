"""Every user-facing text goes through Qt translation; the .ts/.qm files match the code; the
application loads German by default and Ukrainian on request, with German dates and numbers."""

from __future__ import annotations

import ast
import logging
import re
import shutil
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QLabel

from soest_desk import app as app_module
from soest_desk import translations
from soest_desk.app import create_application
from soest_desk.services.permissions import SYSTEM_ACTOR
from soest_desk.ui import i18n
from soest_desk.ui.formatting import format_count, format_date, format_number
from soest_desk.ui.main_window import MainWindow

UI_DIR = translations.PACKAGE_DIR / "ui"
SCANNED = [*sorted(UI_DIR.rglob("*.py")), translations.PACKAGE_DIR / "app.py"]

# Qt calls whose string arguments the user reads (constructors and setters).
TEXT_CALLS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setTitle", "setLabelText", "setTabText", "setTabToolTip", "setItemText",
    "setInformativeText", "setDetailedText", "setSuffix", "setPrefix", "setSpecialValueText",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels", "setButtonText",
    "setAccessibleName", "setAccessibleDescription", "setPlainText", "setHtml",
    "setWindowIconText", "setIconText", "showMessage", "addRow", "addTab", "insertTab",
    "addMenu", "addAction", "addItem", "addItems", "insertItem", "insertItems", "addButton",
    "critical", "warning", "information", "question", "about",
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "QMessageBox", "QTableWidgetItem", "QStandardItem", "QListWidgetItem",
    "QTreeWidgetItem", "QCommandLinkButton",
})
TRANSLATING = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{2,}")
IDENTIFIER = re.compile(r"[a-z][A-Za-z0-9_]*")
MARKUP = re.compile(r"<[^>]*>|&[#\w]+;")  # HTML tags and entities are no words
MESSAGE_BOXES = {"critical", "warning", "information", "question", "about"}  # not a logger's
# (file relative to soest_desk/ui, text): deliberately not translated, with the reason
ALLOWED = {
    ("reports/facility_picker.py", "Xg"),  # a probe row measured for its height, never shown
}


def _name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else None


def _has_words(text: str) -> bool:
    return bool(WORD.search(MARKUP.sub("", text))) and not IDENTIFIER.fullmatch(text)


def _is_logging(call: ast.Call) -> bool:
    receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
    name = receiver.id if isinstance(receiver, ast.Name) else (
        receiver.attr if isinstance(receiver, ast.Attribute) else "")
    return "log" in name.lower()


def _literal_texts(node: ast.AST) -> Iterator[ast.AST]:
    """String literals with words in an argument, not looking into calls (a tr(...) call
    is translated); a literal that is formatted ("…".format, "…".replace) counts."""
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Constant | ast.JoinedStr):
            yield from _literal_texts(func.value)
        return
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str) and _has_words(node.value):
            yield node
        return
    if isinstance(node, ast.JoinedStr):
        words = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
        if _has_words(words):
            yield node
        return
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, ast.Lambda):
            yield from _literal_texts(child)


def _shown(node: ast.AST) -> str:
    return ast.unparse(node)[:70]


def _text_argument(call: ast.Call) -> ast.AST | None:
    position = TRANSLATING.get(_name(call) or "")
    if position is None or len(call.args) <= position:
        return None
    return call.args[position]


def translation_wrappers(trees: list[ast.Module]) -> set[str]:
    """Functions that hand one of their parameters to tr()/translate(): lupdate does not see
    the texts their callers pass (only a function named `translate(context, text)` is read
    as Qt's own)."""
    found = set()
    for tree in trees:
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef) or function.name == "translate":
                continue
            parameters = {argument.arg for argument in function.args.args}
            for call in (node for node in ast.walk(function) if isinstance(node, ast.Call)):
                text = _text_argument(call)
                names = [text.body, text.orelse] if isinstance(text, ast.IfExp) else [text]
                if any(isinstance(n, ast.Name) and n.id in parameters for n in names):
                    found.add(function.name)
    return found


def untranslated_texts(paths: list[Path]) -> list[str]:
    found = []
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in paths}
    wrappers = translation_wrappers(list(trees.values()))
    for path, tree in trees.items():
        relative = path.relative_to(UI_DIR).as_posix() if path.is_relative_to(UI_DIR) else (
            path.name)
        for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call)):
            name = _name(call)
            where = f"{relative}:{call.lineno}"
            if name in wrappers:
                if any(True for argument in call.args for _ in _literal_texts(argument)):
                    found.append(f"{where}: {name}() passes a text on to tr()/translate(), "
                                 f"where lupdate cannot see it; call translate(\"Context\", "
                                 f"\"…\") here or mark it with QT_TRANSLATE_NOOP")
                continue
            if name in TRANSLATING:
                position = TRANSLATING[name]
                text = call.args[position] if len(call.args) > position else None
                if isinstance(text, ast.JoinedStr | ast.BinOp) or (isinstance(
                        text, ast.Call) and isinstance(getattr(text.func, "value", None),
                                                       ast.Constant)):
                    found.append(f"{where}: {name}() of a built text, which lupdate cannot "
                                 f"extract; use %1 and .replace(): {_shown(text)}")
                continue
            if name not in TEXT_CALLS or (name in MESSAGE_BOXES and _is_logging(call)):
                continue
            arguments = list(call.args) + [keyword.value for keyword in call.keywords
                                           if keyword.arg != "objectName"]
            for argument in arguments:
                for literal in _literal_texts(argument):
                    text = literal.value if isinstance(literal, ast.Constant) else None
                    if (relative, text) not in ALLOWED:
                        found.append(f"{where}: {name}() shows an untranslated text: "
                                     f"{_shown(literal)}")
    return list(dict.fromkeys(found))  # one line per place


def test_every_text_shown_by_a_qt_call_is_translated():
    found = untranslated_texts(SCANNED)
    assert not found, (
        "Texts the user sees must go through self.tr(), QCoreApplication.translate() or "
        "QT_TRANSLATE_NOOP (then run `python -m soest_desk.translations update`):\n  "
        + "\n  ".join(found))


def test_the_scan_finds_what_it_should(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text(
        "label = QLabel('Name der Unterkunft', self)\n"
        "box.setWindowTitle(f'Fehler in {name}')\n"
        "button.setToolTip('Zeile %1'.replace('%1', n))\n"
        "self.tr(f'Zeile {n}')\n"
        "edit.setText(value + ' Einträge')\n"
        "fine = QLabel(self.tr('Name'), self, objectName='nameLabel')\n"
        "also_fine = QPushButton('', self)\n"
        "QCoreApplication.translate('Lists', 'Datum')\n"
        "combo.addItem('facilities', 'facilities')\n"
        "log.warning('Symbol %s nicht gefunden', name)\n"
        "view.setText('<table>' + rows + '</table>')\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Overview', text)\n"
        "legend = _tr('Belegt')\n", encoding="utf-8")
    found = untranslated_texts([source])
    assert [line.split(":")[1] for line in found] == ["1", "2", "3", "4", "5", "14"], found


def test_the_translation_files_match_the_code():
    """Fails with the texts and the command when a text was added without `update`."""
    found = translations.problems()
    assert not found, "\n\n".join(found)


def test_update_is_idempotent_and_keeps_translations(tmp_path):
    shutil.copyfile(translations.ts_path("uk"), translations.ts_path("uk", tmp_path))
    translations.update(tmp_path)
    first = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    translations.update(tmp_path)
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == first
    assert set(first) == {"soest_desk_de.ts", "soest_desk_de.qm", "soest_desk_uk.ts",
                          "soest_desk_uk.qm"}
    after = {(m.context, m.source): m.translation
             for m in translations.read_messages(translations.ts_path("uk", tmp_path))}
    kept = [m for m in translations.read_messages(translations.ts_path("uk"))
            if m.translation and not m.unfinished and (m.context, m.source) in after]
    assert all(after[m.context, m.source] == m.translation for m in kept)
    german = translations.progress("de", tmp_path)
    assert german.complete and german.total > 1000


def test_lrelease_is_deterministic(tmp_path):
    translations.release(translations.ts_path("uk"), tmp_path / "a.qm")
    translations.release(translations.ts_path("uk"), tmp_path / "b.qm")
    assert (tmp_path / "a.qm").read_bytes() == (tmp_path / "b.qm").read_bytes()


def test_check_names_the_missing_text_and_the_command(tmp_path):
    module = tmp_path / "neu.py"
    module.write_text("from PySide6.QtCore import QObject\n\n"
                      "class Neu(QObject):\n"
                      "    def text(self):\n"
                      "        return self.tr('Ein ganz neuer Text')\n", encoding="utf-8")
    shutil.copyfile(translations.ts_path("uk"), translations.ts_path("uk", tmp_path))
    translations.update(tmp_path)
    assert translations.problems(tmp_path) == []
    found = translations.problems(tmp_path, [*translations.source_files(), module])
    assert len(found) == 2  # not in the German file, not in the Ukrainian one
    assert "'Ein ganz neuer Text'" in found[0] and "[Neu]" in found[0]
    assert translations.UPDATE_COMMAND in found[0]
    translations.update(tmp_path, [*translations.source_files(), module])
    assert translations.problems(tmp_path, [*translations.source_files(), module]) == []
    (tmp_path / "soest_desk_uk.qm").write_bytes(b"kaputt")
    assert any("soest_desk_uk.qm" in problem for problem in translations.problems(
        tmp_path, [*translations.source_files(), module]))


def test_german_file_translates_each_text_as_itself():
    text = translations.fill_source_language(
        '<context>\n    <name>X</name>\n    <message>\n        <source>A &amp; B</source>\n'
        '        <oldsource>A</oldsource>\n'
        '        <translation type="unfinished"></translation>\n    </message>\n'
        '    <message numerus="yes">\n        <source>%n Zeilen</source>\n'
        '        <translation type="unfinished">\n            <numerusform></numerusform>\n'
        '            <numerusform></numerusform>\n        </translation>\n    </message>\n')
    assert "<translation>A &amp; B</translation>" in text
    assert "oldsource" not in text and "unfinished" not in text
    assert text.count("<numerusform>%n Zeilen</numerusform>") == 2


def finished_ukrainian() -> translations.Message:
    messages = [m for m in translations.read_messages(translations.ts_path("uk"))
                if m.translation and not m.unfinished and not m.numerus
                and m.translation != m.source]
    if not messages:
        pytest.skip("soest_desk_uk.ts has no finished translation yet")
    known = [m for m in messages if (m.context, m.source) == ("Lists", "Unterkünfte")]
    return (known or messages)[0]


@pytest.fixture
def language(qapp, monkeypatch) -> Iterator[object]:
    """Start the application in a language; German again afterwards for the other tests."""

    def start(code: str | None) -> object:
        if code is None:
            monkeypatch.delenv(i18n.ENV_LANGUAGE, raising=False)
        else:
            monkeypatch.setenv(i18n.ENV_LANGUAGE, code)
        return create_application([])

    yield start
    i18n.install_translations(qapp, "de")


def test_german_is_the_default(language):
    app = language(None)
    assert i18n.active_language(app) == "de"
    assert i18n.translation_notice(app) is None
    assert QCoreApplication.translate("Lists", "Unterkünfte") == "Unterkünfte"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_the_setting_chooses_the_language(monkeypatch):
    monkeypatch.delenv(i18n.ENV_LANGUAGE, raising=False)
    settings = QSettings()
    settings.setValue(i18n.SETTINGS_KEY, "uk")
    assert i18n.chosen_language() == "uk"
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "de_DE")
    assert i18n.chosen_language() == "de"  # the environment wins
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "fr")
    assert i18n.chosen_language() == "de"  # unknown: German
    settings.remove(i18n.SETTINGS_KEY)


def test_ukrainian_texts_buttons_and_notice(language):
    message = finished_ukrainian()
    app = language("uk")
    assert i18n.active_language(app) == "uk"
    assert QCoreApplication.translate(message.context, message.source) == message.translation
    assert re.search("[а-яіїєґ]", message.translation.lower())
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Скасувати"
    assert i18n.translation_notice(app) == i18n.NOTICE
    assert create_application([]) is app and i18n.active_language(app) == "uk"
    language("de")
    assert QCoreApplication.translate(message.context, message.source) == message.source
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


@pytest.mark.parametrize("code", ["de", "uk"])
def test_dates_and_numbers_stay_german(language, code):
    language(code)
    assert QLocale().name() == "de_DE"
    assert format_date(date(2025, 3, 7)) == "07.03.2025"
    assert format_number(Decimal("1234.5")) == "1.234,50"
    assert format_number(1234) == "1.234"
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert "1.234" in format_count(1234)


def test_a_broken_or_missing_file_falls_back_to_german(language, monkeypatch, tmp_path, caplog):
    message = finished_ukrainian()
    (tmp_path / "soest_desk_uk.qm").write_bytes(b"\x00kein qm")
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    with caplog.at_level(logging.WARNING, logger=i18n.__name__):
        app = language("uk")
    assert i18n.active_language(app) == "de"
    assert i18n.translation_notice(app) is None
    assert QCoreApplication.translate(message.context, message.source) == message.source
    assert "cannot be read" in caplog.text
    (tmp_path / "soest_desk_uk.qm").unlink()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger=i18n.__name__):
        assert i18n.install_translations(app, "uk") == "de"
    assert "not found" in caplog.text


def test_the_incomplete_mark_follows_the_file():
    uk = translations.progress("uk")
    print(uk.describe())
    assert ("uk" in i18n.INCOMPLETE) == (not uk.complete), uk.describe()


def test_the_window_shows_the_notice_in_ukrainian_only(language, qtbot, monkeypatch, tmp_path,
                                                       sqlite_database):
    windows: list[MainWindow] = []

    class RecordingWindow(MainWindow):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            qtbot.addWidget(self)
            windows.append(self)

    class LoopThatEndsAtOnce:
        def exec(self) -> int:
            return 0

    monkeypatch.setattr(app_module, "create_application", LoopThatEndsAtOnce)
    monkeypatch.setattr(app_module, "install_error_hook", lambda: None)
    monkeypatch.setattr(app_module, "MainWindow", RecordingWindow)
    settings = QSettings(str(tmp_path / "fenster.ini"), QSettings.Format.IniFormat)
    for code in ("de", "uk"):
        language(code)
        assert app_module.run_window(sqlite_database, SYSTEM_ACTOR, settings) == 0
    german, ukrainian = (w.findChild(QLabel, "statusTranslationNotice") for w in windows)
    assert german is None
    assert ukrainian.text() == i18n.NOTICE and "Deutsch" in ukrainian.toolTip()


def test_no_text_lands_in_the_context_of_a_variable():
    """`dialog.tr("…")` or `parent.tr("…")` puts the text in a context named after the variable
    ("dialog"), which the running window never looks up: use self.tr in the class itself or
    translate("Context", "…")."""
    contexts = {m.context for m in translations.read_messages(translations.ts_path("de"))}
    assert not sorted(c for c in contexts if c[:1].islower()), contexts
