"""Soest Desk – accommodation, allocation, social work and defect tickets for a housing office."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("soest-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Soest Desk"
APP_SLUG = "soest-desk"
