#!/usr/bin/env python3
"""Soest Desk developer entry point (standard library only, Linux and Windows).

usage: python3 dev.py {demo,test} [extra args]   (Windows: py dev.py ...)

  demo [args]  set up, then run `soest-desk demo --open [args]` (demo data, embedded SQLite)
  test [args]  set up incl. PostgreSQL, then run `python -m pytest [args]` (Qt offscreen)

Setup is idempotent: virtual environment in .venv, `pip install -e .[test]` whenever
pyproject.toml changed, and on Linux as root the Qt system libraries and PostgreSQL (and for
`test` NSIS and 7-Zip: tests/test_bundle.py compiles and lists the Windows installer).
"""

import functools
import hashlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

MIN_PYTHON = (3, 11)
if sys.version_info < MIN_PYTHON:
    sys.exit(
        f"[dev] Soest Desk needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer, this is "
        f"{sys.version.split()[0]}. Run dev.py with a newer Python (Windows: py -3.11 dev.py)."
    )

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".soest-desk-install.sha256"
WINDOWS = os.name == "nt"
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"

# Debian package:shared library that proves it is installed (checked via `ldconfig -p`).
# The first three lines are needed for QT_QPA_PLATFORM=offscreen, the rest for a real window.
QT_SYSTEM_LIBS = """
    libegl1:libEGL.so.1 libgl1:libGL.so.1 libx11-6:libX11.so.6 libfontconfig1:libfontconfig.so.1
    libfreetype6:libfreetype.so.6 libglib2.0-0:libglib-2.0.so.0 libxkbcommon0:libxkbcommon.so.0
    libdbus-1-3:libdbus-1.so.3
    libxkbcommon-x11-0:libxkbcommon-x11.so.0 libxcb-cursor0:libxcb-cursor.so.0
    libxcb-icccm4:libxcb-icccm.so.4 libxcb-image0:libxcb-image.so.0
    libxcb-keysyms1:libxcb-keysyms.so.1 libxcb-render-util0:libxcb-render-util.so.0
    libxcb-render0:libxcb-render.so.0 libxcb-shape0:libxcb-shape.so.0
    libxcb-util1:libxcb-util.so.1 libxcb-xkb1:libxcb-xkb.so.1 libx11-xcb1:libX11-xcb.so.1
    libxcb-randr0:libxcb-randr.so.0 libxcb-shm0:libxcb-shm.so.0 libxcb-sync1:libxcb-sync.so.1
    libxcb-xfixes0:libxcb-xfixes.so.0
"""


def log(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, text=True, **kwargs)


def venv_bin(name: str) -> Path:
    return VENV / "Scripts" / f"{name}.exe" if WINDOWS else VENV / "bin" / name


def can_apt() -> bool:
    """True on Linux when we are root and apt-get exists."""
    return sys.platform == "linux" and os.geteuid() == 0 and shutil.which("apt-get") is not None


APT_ENV = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}


@functools.cache
def apt_update() -> None:
    """Runs `apt-get update` once per dev.py run."""
    log("apt-get update ...")
    run(["apt-get", "update", "-q"], env=APT_ENV, stdout=subprocess.DEVNULL)


def apt_install(packages: list[str]) -> bool:
    apt_update()
    log(f"apt-get install {' '.join(packages)}")
    cmd = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]
    return run(cmd, env=APT_ENV, stdout=subprocess.DEVNULL).returncode == 0


def apt_has_candidate(package: str) -> bool:
    out = run(["apt-cache", "policy", package], capture_output=True).stdout
    match = re.search(r"Candidate:\s*(\S+)", out)
    return bool(match) and match.group(1) != "(none)"


# --- virtual environment and packages ---------------------------------------------------------
def create_venv() -> None:
    if venv_bin("python").exists():
        return
    log(f"creating virtual environment in {VENV}")
    venv_pkg = f"python3.{sys.version_info.minor}-venv"  # Debian splits ensurepip off
    for attempt in (1, 2):
        shutil.rmtree(VENV, ignore_errors=True)
        result = run([sys.executable, "-m", "venv", str(VENV)], capture_output=True)
        if result.returncode == 0:
            return
        output = result.stdout + result.stderr
        if attempt == 1 and "ensurepip" in output and can_apt():
            apt_install(["python3-venv", *([venv_pkg] if apt_has_candidate(venv_pkg) else [])])
            continue
        print(output, file=sys.stderr)
        hint = f"sudo apt-get install {venv_pkg}" if "ensurepip" in output else "see above"
        sys.exit(f"[dev] could not create the virtual environment ({hint}).")


def install_packages() -> None:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    installed = STAMP.exists() and venv_bin("soest-desk").exists()
    if installed and STAMP.read_text().strip() == digest:
        log("packages up to date")
        return
    python = str(venv_bin("python"))
    log("upgrading pip ...")
    run([python, "-m", "pip", "install", "-q", "--upgrade", "pip"])
    log('pip install -e ".[test]" (first run downloads ~250 MB) ...')
    pip = [python, "-m", "pip", "install", "--disable-pip-version-check", "-e", ".[test]"]
    if run(pip, cwd=ROOT).returncode != 0:
        sys.exit("[dev] pip install failed (see above).")
    STAMP.write_text(digest + "\n")


# --- Qt system libraries (Debian/Ubuntu) -------------------------------------------------------
def missing_qt_packages() -> list[str]:
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    lines = run([ldconfig, "-p"], capture_output=True).stdout.splitlines()[1:]
    known = {line.split()[0] for line in lines if line.strip()}
    pairs = [pair.split(":") for pair in QT_SYSTEM_LIBS.split()]
    missing = [pkg for pkg, lib in pairs if lib not in known]
    # DejaVu: umlauts in the window, every script of a name in the disclosure PDF
    if not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").is_file():
        missing.append("fonts-dejavu-core")
    if not shutil.which("pdftotext"):  # the tests read the PDFs' text with it
        missing.append("poppler-utils")
    return missing


def ensure_qt_system_libs() -> None:
    if sys.platform != "linux" or not shutil.which("apt-get"):
        return
    missing = missing_qt_packages()
    if not missing:
        return
    if not can_apt():
        log("Qt needs system libraries that are missing; install them with:")
        log(f"  sudo apt-get install --no-install-recommends {' '.join(missing)}")
        return
    if not apt_install(missing):
        log("warning: installing the Qt system libraries failed; Qt may not start")


# --- NSIS and 7-Zip for the installer check (tests/test_bundle.py) --------------------------
INSTALLER_TOOLS = {"makensis": "nsis", "7z": "p7zip-full"}  # command: Debian package


def ensure_installer_tools() -> None:
    if sys.platform != "linux" or not shutil.which("apt-get"):
        return
    missing = [pkg for command, pkg in INSTALLER_TOOLS.items() if not shutil.which(command)]
    if not missing:
        return
    if not can_apt():
        log("the installer check needs makensis and 7z; install them with:")
        log(f"  sudo apt-get install --no-install-recommends {' '.join(missing)}")
        return
    if not apt_install(missing):
        log("warning: installing NSIS / 7-Zip failed; the installer check will be skipped")


# --- PostgreSQL for the tests -------------------------------------------------------------------
def pg_address() -> tuple[str, int]:
    url = urlsplit(os.environ.get("SOEST_DESK_TEST_PG_URL") or DEFAULT_PG_URL)
    return url.hostname or "127.0.0.1", url.port or 5432


def pg_is_up(host: str, port: int) -> bool:
    if shutil.which("pg_isready"):
        cmd = ["pg_isready", "-h", host, "-p", str(port), "-q"]
        return run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def pg_clusters() -> list[tuple[str, str]]:
    base = Path("/etc/postgresql")
    confs = sorted(base.glob("*/*/postgresql.conf")) if base.is_dir() else []
    return [(conf.parent.parent.name, conf.parent.name) for conf in confs]


def pg_ctl(version: str, name: str, action: str) -> int:
    cmd = ["pg_ctlcluster", "--skip-systemctl-redirect", version, name, action]
    return run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode


def start_pg_clusters() -> None:
    for version, name in pg_clusters():
        if pg_ctl(version, name, "status") != 0:
            log(f"starting PostgreSQL cluster {version}/{name}")
            if pg_ctl(version, name, "start") != 0:
                log(f"warning: pg_ctlcluster {version} {name} start failed")


def trust_local_tcp(version: str, name: str) -> None:
    """Let the test URL (user postgres, no password) in over 127.0.0.1 and ::1."""
    hba = Path("/etc/postgresql", version, name, "pg_hba.conf")
    pattern = r"^(host\s+\S+\s+\S+\s+(?:127\.0\.0\.1/32|::1/128)\s+)\S+"
    text = hba.read_text()
    new = re.sub(pattern, r"\1trust", text, flags=re.MULTILINE)
    if new != text:
        log(f"pg_hba.conf of {version}/{name}: trust for 127.0.0.1 and ::1")
        hba.write_text(new)
        pg_ctl(version, name, "reload")  # fails harmlessly when the cluster is not running


def test_login_works(host: str, port: int) -> bool:
    if not shutil.which("psql"):
        return True  # nothing to check with; the tests will say what is wrong
    cmd = ["psql", "-h", host, "-p", str(port), "-U", "postgres", "-w", "-tAc", "SELECT 1"]
    return run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def ensure_test_login(host: str, port: int) -> None:
    """The default test URL logs in as postgres without a password. A cluster this script
    installed in an earlier, interrupted run may still ask for one: switch it to trust."""
    if test_login_works(host, port) or not can_apt():
        return
    for version, name in pg_clusters():
        trust_local_tcp(version, name)
    if not test_login_works(host, port):
        log("warning: PostgreSQL refuses user postgres without a password on "
            f"{host}:{port}; set SOEST_DESK_TEST_PG_URL to a URL that works")


def wait_for_pg(host: str, port: int, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if pg_is_up(host, port):
            return True
        time.sleep(0.5)
    return False


def ensure_postgresql() -> None:
    custom = bool(os.environ.get("SOEST_DESK_TEST_PG_URL"))
    if WINDOWS and not custom:
        log("Windows: PostgreSQL tests are skipped unless SOEST_DESK_TEST_PG_URL names a server")
        return
    host, port = pg_address()
    if pg_is_up(host, port):
        log(f"PostgreSQL answers on {host}:{port}")
        if not custom:
            ensure_test_login(host, port)
        return
    if not custom and not WINDOWS:
        if not shutil.which("pg_ctlcluster") and can_apt() and apt_install(["postgresql"]):
            for version, name in pg_clusters():  # only the clusters we have just created
                trust_local_tcp(version, name)
        if shutil.which("pg_ctlcluster"):
            start_pg_clusters()
            if wait_for_pg(host, port):
                log(f"PostgreSQL answers on {host}:{port}")
                ensure_test_login(host, port)
                return
    message = f"PostgreSQL is not reachable on {host}:{port}"
    if os.environ.get("CI", "").lower() == "true":
        sys.exit(f"[dev] {message}; under CI=true the PostgreSQL tests must run.")
    log(f"warning: {message}; the PostgreSQL tests will be skipped")


# --- commands -----------------------------------------------------------------------------------
def setup(with_postgres: bool) -> None:
    create_venv()
    install_packages()
    ensure_qt_system_libs()
    if with_postgres:
        ensure_installer_tools()
        ensure_postgresql()


def exec_command(cmd: list[str], env: dict[str, str]) -> None:
    """Run cmd and exit with its exit code (replaces this process on POSIX)."""
    sys.stdout.flush()
    if not WINDOWS:
        os.execve(cmd[0], cmd, env)
    sys.exit(subprocess.run(cmd, env=env).returncode)


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in ("demo", "test"):
        print(__doc__)
        sys.exit(0 if argv and argv[0] in ("-h", "--help", "help") else 2)
    command, extra = argv[0], argv[1:]
    os.chdir(ROOT)
    setup(with_postgres=command == "test")
    env = dict(os.environ)
    if command == "test":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        exec_command([str(venv_bin("python")), "-m", "pytest", *extra], env)
    no_display = not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
    if sys.platform == "linux" and no_display and "QT_QPA_PLATFORM" not in env:
        sys.exit(
            "[dev] There is no screen (DISPLAY/WAYLAND_DISPLAY is not set), so the window cannot "
            "open. Run this in a desktop session, or on a server under a virtual screen: "
            "xvfb-run -a python3 dev.py demo"
        )
    exec_command([str(venv_bin("soest-desk")), "demo", "--open", *extra], env)


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except KeyboardInterrupt:
        sys.exit(130)
