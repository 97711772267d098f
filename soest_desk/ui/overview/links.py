"""From a figure of the Übersicht to the list behind it (`OverviewTab.openList`): the window
shows the list's tab, read afresh with the figure's filters and no search text, so its count
is the figure.

A tab that takes such filters has `show_filtered(values)`: every `ListTab` (the filters of
its bar, chips included) and the Mängel tab (its queue buttons and filter row, the role am
Zug as a chip).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget


def open_list(tabs: QTabWidget, tab: QWidget | None, values: dict[str, Any]) -> None:
    """Filter `tab` by `values` and make it the current tab (which loads it if needed)."""
    if tab is None or tabs.indexOf(tab) < 0:
        return
    show_filtered(tab, values)
    tabs.setCurrentWidget(tab)


def show_filtered(tab: QWidget, values: dict[str, Any]) -> None:
    method = getattr(tab, "show_filtered", None)
    if callable(method):
        method(values)
