"""The filters of the Nachbarschaft list: the state (open, settled, all), the facility, the
kind, the channel, the category and an overdue Wiedervorlage. What each one means is decided
by the listing service (`listing_neighbourhood`); this bar only collects the values and shows
how many reports each choice has.

The state starts at "Offene" (not settled), so the daily list shows what is still to do;
"Alle Meldungen" shows the settled ones too, and the reset returns to "Offene".

Object names: `neighbourhoodFilterState`, `neighbourhoodFilterFacility`,
`neighbourhoodFilterKind`, `neighbourhoodFilterChannel`, `neighbourhoodFilterCategory`,
`neighbourhoodFilterOverdue`, `neighbourhoodFilterReset`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from soest_desk.models.enums import NeighbourhoodCategory, NeighbourhoodChannel, NeighbourhoodKind
from soest_desk.ui import labels
from soest_desk.ui.tabs.filter_bar import ListFilterBar

DEFAULT_STATE = "open"


class NeighbourhoodFilterBar(ListFilterBar):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__("neighbourhood", parent)
        del today  # "überfällig" is today's: the list itself knows the day
        states = [(DEFAULT_STATE, self.tr("Offene")), ("resolved", self.tr("Erledigt")),
                  ("all", self.tr("Alle Meldungen"))]
        state = self.combo("state", "neighbourhoodFilterState", None, states,
                           default=DEFAULT_STATE,
                           tip=self.tr("Stand der Meldung; „Offene“ lässt die erledigten "
                                       "weg"))
        state.setAccessibleName(self.tr("Stand"))
        self.group(self.caption(self.tr("&Stand:"), state), state)

        facility = self.combo("facility_id", "neighbourhoodFilterFacility", self.tr("Alle"),
                              from_data=True,
                              tip=self.tr("Die Unterkunft, deren Nachbarschaft sich gemeldet "
                                          "hat (Zahl: offene Meldungen)"))
        facility.setMinimumContentsLength(16)
        facility.setAccessibleName(self.tr("Unterkunft"))
        self.group(self.caption(self.tr("&Unterkunft:"), facility), facility)

        def codes(name: str, enum_cls: type) -> list[tuple[str, str]]:
            return [(m.value, labels.code_label(name, m.value)) for m in enum_cls]

        kind = self.combo("kind", "neighbourhoodFilterKind", self.tr("Alle"),
                          codes("neighbourhood_kind", NeighbourhoodKind),
                          tip=self.tr("Beschwerde oder Kontakt (Zahl: offene Meldungen)"))
        kind.setAccessibleName(self.tr("Art"))
        self.group(self.caption(self.tr("&Art:"), kind), kind)
        channel = self.combo("channel", "neighbourhoodFilterChannel", self.tr("Alle"),
                             codes("neighbourhood_channel", NeighbourhoodChannel),
                             tip=self.tr("Wie die Meldung kam (Zahl: offene Meldungen)"))
        channel.setAccessibleName(self.tr("Kanal"))
        self.group(self.caption(self.tr("&Kanal:"), channel), channel)
        category = self.combo("category", "neighbourhoodFilterCategory", self.tr("Alle"),
                              codes("neighbourhood_category", NeighbourhoodCategory),
                              tip=self.tr("Worum es geht (Zahl: offene Meldungen)"))
        category.setAccessibleName(self.tr("Kategorie"))
        self.group(self.caption(self.tr("Kate&gorie:"), category), category)
        self.group(self.check("overdue", "neighbourhoodFilterOverdue",
                              self.tr("Wiedervorlage über&fällig"),
                              self.tr("Offene Meldungen, deren Wiedervorlage vor heute lag")))
        self.finish()
