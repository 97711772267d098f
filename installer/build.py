#!/usr/bin/env python3
"""Build the Soest Desk bundle and its Windows installer (standard library only).

usage: python installer/build.py [--dist DIR] [--work DIR] [--compression none|zlib|lzma]
                                 [--no-installer] [--no-self-test] [--clean]

Run it with the virtual environment's Python (it has PySide6 and PyInstaller):
  Linux:   .venv/bin/python installer/build.py --compression none
  Windows: .venv\\Scripts\\python installer\\build.py

Steps: the Windows version resource from the installed package's version; the app icon
(.ico) from resources/app/soest-desk.svg if it is missing; PyInstaller (one folder,
dist/soest-desk); the bundle's own `--self-test`; then, where `makensis` is found, the
installer dist/soest-desk-<version>-setup.exe around the bundle (lzma: solid LZMA for a
release; none/zlib: quick, for checks). Exit code 0 only when every step worked.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

INSTALLER = Path(__file__).resolve().parent
ROOT = INSTALLER.parent
WINDOWS = os.name == "nt"
SPEC = INSTALLER / "soest-desk.spec"
NSI = INSTALLER / "soest-desk.nsi"
VERSION_TEMPLATE = INSTALLER / "version_info.txt.in"
ICON = ROOT / "resources" / "app" / "soest-desk.ico"
PUBLISHER = "Stadt Soest – Amt für Wohnungswesen"
NSIS_DEFAULTS = (r"C:\Program Files (x86)\NSIS\makensis.exe", r"C:\Program Files\NSIS\makensis.exe")
SELF_TEST_TIMEOUT_S = 300


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def fail(message: str) -> None:
    sys.exit(f"[build] Fehler: {message}")


def package_version() -> str:
    """The version the bundle will report (its metadata is copied from the installed
    package, so an out-of-date `pip install -e .` would show the wrong one)."""
    try:
        return version("soest-desk")
    except PackageNotFoundError:
        fail("soest-desk ist in dieser Python-Umgebung nicht installiert "
             "(pip install -e .[test]); build.py mit dem Python der .venv starten.")
        raise  # unreachable


def version_quad(text: str) -> tuple[int, int, int, int]:
    """0.1.0 → (0, 1, 0, 0); 1.2.3.dev4+g5 → (1, 2, 3, 0): Windows wants four numbers."""
    release = re.match(r"\d+(\.\d+)*", text)
    numbers = [int(part) for part in release.group(0).split(".")] if release else []
    padded = [*numbers, 0, 0, 0, 0]
    return padded[0], padded[1], padded[2], padded[3]


def write_version_resource(target: Path, text: str) -> Path:
    quad = version_quad(text)
    content = VERSION_TEMPLATE.read_text(encoding="utf-8").format(
        version_tuple=", ".join(str(part) for part in quad), version=text,
        publisher=PUBLISHER, description="Soest Desk", copyright=PUBLISHER,
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(content, encoding="utf-8")
    return target


def ensure_icon() -> None:
    if ICON.is_file():
        return
    log(f"{ICON.relative_to(ROOT)} fehlt, wird aus dem SVG erzeugt")
    sys.path.insert(0, str(INSTALLER))
    from make_icon import make_icons

    make_icons(force=True)


def run_pyinstaller(dist: Path, work: Path, version_file: Path, clean: bool) -> Path:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)]
    if clean:
        cmd.insert(3, "--clean")
    env = {**os.environ, "SOEST_DESK_VERSION_FILE": str(version_file)}
    if subprocess.run(cmd, cwd=ROOT, env=env).returncode != 0:
        fail("PyInstaller ist fehlgeschlagen (siehe oben).")
    bundle = dist / "soest-desk"
    if not bundle_exe(bundle).is_file():
        fail(f"PyInstaller hat kein Programm in {bundle} erzeugt.")
    return bundle


def bundle_exe(bundle: Path) -> Path:
    return bundle / ("soest-desk.exe" if WINDOWS else "soest-desk")


def run_self_test(bundle: Path, work: Path) -> None:
    """The bundle checks itself; the report goes to a file too (the windowed Windows
    program has no console to print to)."""
    report = work / "selbsttest.txt"
    report.unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        result = subprocess.run([str(bundle_exe(bundle)), "--self-test", str(report)],
                                env=env, capture_output=True, text=True, encoding="utf-8",
                                errors="replace", timeout=SELF_TEST_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        fail(f"Der Selbsttest des Pakets lief länger als {SELF_TEST_TIMEOUT_S} s.")
    text = report.read_text(encoding="utf-8") if report.is_file() else result.stdout
    for line in text.splitlines():
        print(f"  | {line}")
    if result.returncode != 0:
        if result.stderr.strip():
            print(result.stderr, file=sys.stderr)
        fail(f"Der Selbsttest des Pakets ist fehlgeschlagen (Exit-Code {result.returncode}).")


def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found:
        return found
    return next((path for path in NSIS_DEFAULTS if WINDOWS and Path(path).is_file()), None)


def build_installer(makensis: str, bundle: Path, dist: Path, text: str,
                    compression: str) -> Path:
    out = dist / f"soest-desk-{text}-setup.exe"
    quad = ".".join(str(part) for part in version_quad(text))
    cmd = [makensis, "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={text}",
           f"-DVERSION_QUAD={quad}", f"-DSOURCE_DIR={bundle}",
           f"-DBUNDLE_EXE={bundle_exe(bundle).name}", f"-DOUTFILE={out}",
           f"-DCOMPRESSION={compression}", str(NSI)]
    if subprocess.run(cmd, cwd=INSTALLER).returncode != 0 or not out.is_file():
        fail("makensis ist fehlgeschlagen (siehe oben).")
    return out


def folder_size(path: Path) -> int:
    return sum(file.stat().st_size for file in path.rglob("*")
               if file.is_file() and not file.is_symlink())  # Linux bundles link libraries


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "build" / "dist",
                        help="Zielordner für Paket und Installer (build/dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "work",
                        help="Arbeitsordner (build/work)")
    parser.add_argument("--compression", choices=("none", "zlib", "lzma"), default="lzma",
                        help="Kompression des Installers: lzma (Release, Standard), zlib "
                        "oder none (schnell, für Prüfungen)")
    parser.add_argument("--no-installer", action="store_true", help="nur das Paket bauen")
    parser.add_argument("--no-self-test", action="store_true",
                        help="den Selbsttest des Pakets auslassen")
    parser.add_argument("--clean", action="store_true", help="PyInstallers Cache leeren")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    text = package_version()
    log(f"Soest Desk {text}, Python {sys.version.split()[0]}, {sys.platform}")
    version_file = write_version_resource(work / "version_info.txt", text)
    ensure_icon()

    started = time.monotonic()
    bundle = run_pyinstaller(dist, work, version_file, args.clean)
    log(f"Paket: {bundle} ({megabytes(folder_size(bundle))}, "
        f"{time.monotonic() - started:.0f} s)")

    if not args.no_self_test:
        started = time.monotonic()
        run_self_test(bundle, work)
        log(f"Selbsttest bestanden ({time.monotonic() - started:.0f} s)")

    if args.no_installer:
        return 0
    makensis = find_makensis()
    if makensis is None:
        log("makensis nicht gefunden (Debian: apt-get install nsis; Windows: choco install "
            "nsis): kein Installer gebaut")
        return 0
    started = time.monotonic()
    installer = build_installer(makensis, bundle, dist, text, args.compression)
    log(f"Installer: {installer} ({megabytes(installer.stat().st_size)}, "
        f"{args.compression}, {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
