"""CI builds the Linux bundle, runs its `--self-test`, compiles the installer script around it
with makensis and lists the installer with 7z: the spec and the NSIS script are checked on
every change (issue 8). Takes about 30–90 s (PyInstaller); the installer is built without
compression here (the content is what is checked).

Without PyInstaller, makensis or 7z the tests are skipped with the reason, except under
CI=true on Linux, where `dev.py` installs them and a missing tool is a failure."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from soest_desk import __version__

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "installer" / "build.py"
ON_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
TOOLS_REQUIRED = ON_CI and sys.platform == "linux"
EXE_NAME = "soest-desk.exe" if os.name == "nt" else "soest-desk"
MIGRATION = "soest_desk/migrations/versions/0001_initial_schema.py"


def missing(reason: str) -> None:
    if TOOLS_REQUIRED:
        pytest.fail(f"{reason} (under CI=true dev.py installs it)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> dict:
    if importlib.util.find_spec("PyInstaller") is None:
        missing("PyInstaller is not installed (pip install -e .[test])")
    base = tmp_path_factory.mktemp("bundle")
    dist = base / "dist"
    cmd = [sys.executable, str(BUILD), "--dist", str(dist), "--work", str(base / "work"),
           "--compression", "none"]
    has_makensis = shutil.which("makensis") is not None
    if not has_makensis:
        cmd.append("--no-installer")
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                            errors="replace", timeout=1200)
    return {"result": result, "bundle": dist / "soest-desk", "dist": dist,
            "installer": dist / f"soest-desk-{__version__}-setup.exe",
            "has_makensis": has_makensis}


def test_bundle_builds_and_passes_its_self_test(build):
    result = build["result"]
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "  | Selbsttest bestanden." in result.stdout
    assert "FEHLGESCHLAGEN" not in result.stdout and "Fehler:" not in result.stdout
    assert (build["bundle"] / EXE_NAME).is_file()


def test_bundle_holds_migrations_resources_and_its_version(build):
    internal = build["bundle"] / "_internal"
    assert (internal / "soest_desk" / "migrations" / "env.py").is_file()
    assert (internal / MIGRATION).is_file()
    for name in ("app/soest-desk.ico", "app/soest-desk.svg", "fonts/DejaVuSans.ttf"):
        assert (internal / "resources" / name).is_file(), name
    assert list(internal.glob("soest_desk*-info"))  # __version__ needs the metadata
    names = {path.name for path in internal.rglob("*")}
    assert not {name for name in names if "WebEngine" in name or "virtualkeyboard" in name}
    version = subprocess.run([str(build["bundle"] / EXE_NAME), "--version"],
                             capture_output=True, text=True, timeout=120)
    assert version.stdout.strip() == f"Soest Desk {__version__}"


def test_installer_compiles_and_holds_the_program_and_the_migrations(build):
    if not build["has_makensis"]:
        missing("makensis is not installed (Debian: apt-get install nsis)")
    seven_zip = shutil.which("7z")
    if seven_zip is None:
        missing("7z is not installed (Debian: apt-get install p7zip-full)")
    assert build["result"].returncode == 0
    installer = build["installer"]
    assert installer.read_bytes()[:2] == b"MZ"  # a Windows program
    listing = subprocess.run([seven_zip, "l", str(installer)], capture_output=True,
                             text=True, timeout=300)
    assert listing.returncode == 0, listing.stdout + listing.stderr
    paths = {line.split()[-1].replace("\\", "/") for line in listing.stdout.splitlines()
             if line[:1].isdigit() or line.startswith(" ")}
    assert "soest-desk.exe" in paths
    assert "uninstall.exe" in paths
    assert f"_internal/{MIGRATION}" in paths
    assert "_internal/resources/app/soest-desk.ico" in paths
