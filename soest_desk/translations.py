"""Keep the translation files in step with the code: `python -m soest_desk.translations CMD`.

    update   lupdate every module that uses Qt translation into resources/translations/
             soest_desk_de.ts (German is the source language: each translation is its source
             text, written here) and soest_desk_uk.ts (merged: its translations are kept),
             then lrelease every .ts into its .qm. Running it twice changes nothing.
    compile  only the lrelease step.
    check    exit 1 when the .ts or .qm files are not what `update` would write; prints how
             much of the Ukrainian translation is done. tests/ui/test_translations.py runs it.

Only the standard library and the lupdate/lrelease programs that come with PySide6 are used,
so this also works on Windows. Source locations are left out of the .ts files (`-locations
none`) and obsolete texts dropped (`-no-obsolete`; an old translation is in the history), so
a diff shows only texts that really changed.
"""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
TS_DIR = PROJECT_DIR / "resources" / "translations"
SOURCE_LANGUAGE = "de"
LANGUAGES = {"de": "de_DE", "uk": "uk_UA"}  # file suffix → the .ts file's language
UPDATE_COMMAND = "python -m soest_desk.translations update"
_USES_QT_TRANSLATION = re.compile(
    r"\btr\(|\btranslate\(|QT_TRANSLATE_NOOP|QT_TR_NOOP")
_MESSAGE = re.compile(r"(<message(?: [^>]*)?>)(.*?)(</message>)", re.DOTALL)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
_TRANSLATION = re.compile(r"<translation(?: [^>]*)?(?:/>|>(.*?)</translation>)", re.DOTALL)
_NUMERUS_FORM = re.compile(r"<numerusform(?: [^>]*)?(?:/>|>.*?</numerusform>)", re.DOTALL)
_OLD_LINES = re.compile(
    r"\n[ \t]*<(oldsource|translatorcomment|oldcomment)>.*?</\1>", re.DOTALL)


class ToolError(Exception):
    """lupdate/lrelease missing or failing; the message says what to do."""


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str  # the first form for a numerus message
    unfinished: bool
    numerus: bool = False


def ts_path(language: str, directory: Path = TS_DIR) -> Path:
    return directory / f"soest_desk_{language}.ts"


def qm_path(language: str, directory: Path = TS_DIR) -> Path:
    return directory / f"soest_desk_{language}.qm"


def find_tool(name: str) -> Path:
    """PySide6's own `lupdate`/`lrelease` (beside the package), else `pyside6-<name>`
    beside the running Python (the venv's bin/ or Scripts\\), else on PATH."""
    suffix = ".exe" if os.name == "nt" else ""
    candidates = []
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).resolve().parent / f"{name}{suffix}")
    except ImportError:  # pragma: no cover - the app needs PySide6 anyway
        pass
    candidates.append(Path(sys.executable).parent / f"pyside6-{name}{suffix}")
    found = shutil.which(f"pyside6-{name}")
    if found:
        candidates.append(Path(found))
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise ToolError(f"{name} not found: install PySide6 into this Python ({sys.executable}).")


def source_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """Every module of the package that marks texts for Qt translation, sorted."""
    found = []
    for path in sorted(package_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if ("PySide6" in text or "soest_desk.ui.labels import" in text) \
                and _USES_QT_TRANSLATION.search(text):
            found.append(path)
    return found


def _run(command: list[str | Path]) -> None:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True,
                            encoding="utf-8", errors="replace", check=False)
    if result.returncode != 0:
        raise ToolError(f"{Path(command[0]).name} failed ({result.returncode}):\n"
                        f"{result.stdout}{result.stderr}".rstrip())


def extract(ts_file: Path, language: str, files: list[Path] | None = None) -> None:
    """lupdate the code into `ts_file` (created, or merged keeping its translations)."""
    files = source_files() if files is None else files
    # a list file keeps the command line short on Windows (about 120 modules)
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "sources.lst"
        listing.write_text("\n".join(str(path) for path in files) + "\n", encoding="utf-8")
        _run([find_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
              "-no-ui-lines", "-source-language", LANGUAGES[SOURCE_LANGUAGE],
              "-target-language", LANGUAGES[language], f"@{listing}", "-ts", ts_file])


def fill_source_language(ts_text: str) -> str:
    """Every message finished with its own source text as translation (numerus forms too);
    lupdate's notes on earlier texts go, the layout stays lupdate's own."""

    def fill(match: re.Match[str]) -> str:
        opening, body, closing = match.groups()
        source = _SOURCE.search(body)
        text = source.group(1) if source else ""
        body = _OLD_LINES.sub("", body)

        def finished(translation: re.Match[str]) -> str:
            inner = translation.group(1)
            if "numerus" in opening and inner is not None and "<numerusform" in inner:
                inner = _NUMERUS_FORM.sub(lambda _m: f"<numerusform>{text}</numerusform>", inner)
                return f"<translation>{inner}</translation>"
            return f"<translation>{text}</translation>"

        return opening + _TRANSLATION.sub(finished, body, count=1) + closing

    return _MESSAGE.sub(fill, ts_text)


def release(ts_file: Path, qm_file: Path) -> None:
    """lrelease with Qt's defaults: unfinished translations that have a text are included."""
    _run([find_tool("lrelease"), "-silent", ts_file, "-qm", qm_file])


def update(directory: Path = TS_DIR, files: list[Path] | None = None) -> None:
    """Bring every .ts in `directory` up to date with the code and compile it."""
    directory.mkdir(parents=True, exist_ok=True)
    files = source_files() if files is None else files
    german = ts_path(SOURCE_LANGUAGE, directory)
    # German is made from scratch each time: no merge heuristics, a pure function of the code
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / german.name
        extract(fresh, SOURCE_LANGUAGE, files)
        _write_if_changed(german, fill_source_language(fresh.read_text(encoding="utf-8")))
    for language in LANGUAGES:
        if language != SOURCE_LANGUAGE:
            extract(ts_path(language, directory), language, files)
    compile_all(directory)


def compile_all(directory: Path = TS_DIR) -> None:
    for language in LANGUAGES:
        source = ts_path(language, directory)
        if source.exists():
            with tempfile.TemporaryDirectory() as scratch:
                fresh = Path(scratch) / qm_path(language).name
                release(source, fresh)
                target = qm_path(language, directory)
                if not (target.exists() and filecmp.cmp(fresh, target, shallow=False)):
                    shutil.copyfile(fresh, target)


def _write_if_changed(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8", newline="\n")


def read_messages(ts_file: Path) -> list[Message]:
    """The messages of a .ts file, in file order (a small parser: lupdate's own layout)."""
    import xml.etree.ElementTree as ElementTree

    messages = []
    root = ElementTree.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            text = (forms[0].text if forms else
                    translation.text if translation is not None else "") or ""
            kind = "" if translation is None else translation.get("type", "")
            messages.append(Message(name, message.findtext("source") or "",
                                    message.findtext("comment") or "", text,
                                    kind == "unfinished", message.get("numerus") == "yes"))
    return messages


@dataclass(frozen=True)
class Progress:
    language: str
    translated: int  # with a text, finished or not
    unfinished: int  # of those, still marked unfinished (shipped, but to be reviewed)
    total: int

    @property
    def complete(self) -> bool:
        return self.translated == self.total and self.unfinished == 0

    def describe(self) -> str:
        percent = 100 * self.translated // self.total if self.total else 100
        note = f", {self.unfinished:,} still marked unfinished" if self.unfinished else ""
        return (f"{self.language}: {self.translated:,} of {self.total:,} texts translated "
                f"({percent} %){note}")


def progress(language: str, directory: Path = TS_DIR) -> Progress:
    messages = read_messages(ts_path(language, directory))
    done = [m for m in messages if m.translation]
    return Progress(language, len(done), sum(m.unfinished for m in done), len(messages))


def _key(message: Message) -> tuple[str, str, str]:
    return message.context, message.source, message.comment


def _show(keys: list[tuple[str, str, str]], limit: int = 25) -> str:
    lines = [f"    [{context}] {source!r}" for context, source, _ in keys[:limit]]
    if len(keys) > limit:
        lines.append(f"    … and {len(keys) - limit} more")
    return "\n".join(lines)


def problems(directory: Path = TS_DIR, files: list[Path] | None = None) -> list[str]:
    """What is out of step, each as a readable paragraph; empty when all is well. The .ts
    files are compared by content and the .qm files first byte for byte, then by what they
    translate (so another PySide6 version's lrelease, laying a file out differently, is no
    error)."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        code = Path(scratch) / "code.ts"
        extract(code, SOURCE_LANGUAGE, files)
        in_code = [_key(m) for m in read_messages(code)]
    nameless = [key for key in in_code if not key[0]]
    if nameless:
        found.append("Texts without a context: a tr() outside a class (or a helper named tr) "
                     "is extracted under an empty context but looked up under another at run "
                     "time. Use self.tr() in the class or QCoreApplication.translate(\"Context\", "
                     "…):\n" + _show(nameless))
    wanted = set(in_code)
    for language in LANGUAGES:
        source = ts_path(language, directory)
        if not source.exists():
            found.append(f"{source} is missing. Run: {UPDATE_COMMAND}")
            continue
        messages = read_messages(source)
        have = {_key(m) for m in messages}
        missing = [key for key in in_code if key not in have]
        if missing:
            found.append(f"{len(missing)} text(s) in the code are not in {source.name}. "
                         f"Run: {UPDATE_COMMAND}\n" + _show(missing))
        stale = [_key(m) for m in messages if _key(m) not in wanted]
        if stale:
            found.append(f"{len(stale)} text(s) in {source.name} are no longer in the code. "
                         f"Run: {UPDATE_COMMAND}\n" + _show(stale))
        if language == SOURCE_LANGUAGE:
            unfinished = [_key(m) for m in messages if m.unfinished or m.translation != m.source]
            if unfinished:
                found.append(f"{len(unfinished)} text(s) in {source.name} are not finished "
                             f"(German translates each text as itself). Run: {UPDATE_COMMAND}\n"
                             + _show(unfinished))
        found.extend(_compiled_problems(source, qm_path(language, directory), messages))
    return found


def _compiled_problems(source: Path, compiled: Path, messages: list[Message]) -> list[str]:
    if not compiled.exists():
        return [f"{compiled} is missing. Run: {UPDATE_COMMAND}"]
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / compiled.name
        release(source, fresh)
        if filecmp.cmp(fresh, compiled, shallow=False):
            return []
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(compiled)):
        return [f"{compiled.name} cannot be read. Run: {UPDATE_COMMAND}"]
    wrong = [_key(m) for m in messages if m.translation != (translator.translate(
        m.context, m.source, m.comment or None, 1 if m.numerus else -1) or "")]
    if not wrong:
        return []
    return [f"{compiled.name} is not compiled from {source.name} as it is now. "
            f"Run: {UPDATE_COMMAND}\n" + _show(wrong)]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else ""
    try:
        if command == "update":
            update()
        elif command == "compile":
            compile_all()
        elif command == "check":
            trouble = problems()
            for paragraph in trouble:
                print(paragraph, file=sys.stderr)
            for language in LANGUAGES:
                if language != SOURCE_LANGUAGE and ts_path(language).exists():
                    print(progress(language).describe())
            return 1 if trouble else 0
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except ToolError as exc:
        print(exc, file=sys.stderr)
        return 1
    if command != "check":
        for language in LANGUAGES:
            if ts_path(language).exists():
                print(progress(language).describe())
    return 0


if __name__ == "__main__":
    sys.exit(main())
