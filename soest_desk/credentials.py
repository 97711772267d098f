"""Saved sign-in passwords in the operating system's credential store (Windows Credential
Manager, macOS Keychain, Secret Service on Linux) through `keyring`; never in a file of
ours. Where no store is available the option is simply not offered. A failing store is
logged (without the password) and treated as "nothing saved"."""

from __future__ import annotations

import contextlib
import logging

log = logging.getLogger(__name__)

SERVICE_PREFIX = "Soest Desk"


class CredentialStore:
    """Passwords per database target ("host:port/db") and login."""

    def __init__(self, backend: object | None = None) -> None:
        self._backend = backend if backend is not None else _system_keyring()

    def available(self) -> bool:
        return self._backend is not None

    def load(self, target: str, login: str) -> str | None:
        if self._backend is None or not login:
            return None
        try:
            return self._backend.get_password(_service(target), login)
        except Exception as exc:  # a locked or broken store: nothing saved
            log.warning("credential store not readable: %s", type(exc).__name__)
            return None

    def save(self, target: str, login: str, password: str) -> bool:
        if self._backend is None:
            return False
        try:
            self._backend.set_password(_service(target), login, password)
            return True
        except Exception as exc:
            log.warning("credential store not writable: %s", type(exc).__name__)
            return False

    def forget(self, target: str, login: str) -> None:
        if self._backend is None:
            return
        with contextlib.suppress(Exception):  # nothing saved, or the store refuses
            self._backend.delete_password(_service(target), login)


def _service(target: str) -> str:
    return f"{SERVICE_PREFIX} {target}"


def _system_keyring() -> object | None:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return backend
