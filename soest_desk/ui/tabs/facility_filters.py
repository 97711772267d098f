"""The filters of the Unterkünfte list: free places, barrier-free, pets and smoking allowed,
kind, district and occupancy type. What each one means is decided by the listing service
(`listing_filters`): barrier-free is the facility's flag or at least one active
barrier-free unit; an occupancy type matches when an active unit has it. A bar of the
Übersicht's occupancy chart opens the list on its facility alone: a chip "Unterkunft: Haus
am Bach ×" says so and lifts it.

Object names: `facilitiesFilterFacility` (the chip), `facilitiesFilterFreeAtLeast`,
`facilitiesFilterBarrierFree`, `facilitiesFilterPets`, `facilitiesFilterSmoking`,
`facilitiesFilterKind`, `facilitiesFilterDistrict`, `facilitiesFilterOccupancyType`,
`facilitiesFilterReset`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from soest_desk.models.enums import FacilityKind, OccupancyType
from soest_desk.ui import labels
from soest_desk.ui.tabs.filter_bar import ListFilterBar

MAX_FREE_PLACES = 999


class FacilityFilterBar(ListFilterBar):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__("facilities", parent)
        del today  # the occupancy figures are today's: the list itself knows the day
        self.chip("facility_id", "facilitiesFilterFacility", self._facility_text,
                  tip=self.tr("Nur diese Unterkunft (aus der Übersicht) – klicken, um "
                              "wieder alle zu zeigen"),
                  accepts=_is_id, from_data=True)
        free = self.spin("free_at_least", "facilitiesFilterFreeAtLeast",
                         maximum=MAX_FREE_PLACES, suffix="",
                         tip=self.tr("Unterkünfte mit mindestens so vielen freien Plätzen "
                                     "(Plätze minus gesperrte minus belegte, heute)"))
        self.group(self.caption(self.tr("Freie Plätze mindestens"), free), free)
        self.group(
            self.check("barrier_free", "facilitiesFilterBarrierFree", self.tr("Barrierefrei"),
                       self.tr("Die Unterkunft ist barrierefrei oder hat mindestens eine "
                               "barrierefreie Wohneinheit")),
            self.check("pets_allowed", "facilitiesFilterPets", self.tr("Haustiere erlaubt"),
                       self.tr("Unterkünfte, in denen Haustiere erlaubt sind")),
            self.check("smoking_allowed", "facilitiesFilterSmoking",
                       self.tr("Rauchen erlaubt"),
                       self.tr("Unterkünfte, in denen Rauchen erlaubt ist")),
        )
        kinds = [(k.value, labels.code_label("facility_kind", k.value)) for k in FacilityKind]
        types = [(t.value, labels.code_label("occupancy_type", t.value))
                 for t in OccupancyType]
        self.group(
            self.combo("kind", "facilitiesFilterKind", self.tr("Alle Arten"), kinds,
                       tip=self.tr("Art der Unterkunft")),
            self.combo("district", "facilitiesFilterDistrict", self.tr("Alle Stadtteile"),
                       from_data=True, tip=self.tr("Stadtteil")),
            self.combo("occupancy_type", "facilitiesFilterOccupancyType",
                       self.tr("Alle Belegungsarten"), types,
                       tip=self.tr("Unterkünfte mit mindestens einer aktiven Wohneinheit "
                                   "dieser Belegungsart")),
        )
        self.finish()

    def _facility_text(self, _value: Any, name: str | None) -> str:
        if name is None:  # the names come with the choices, a moment later
            return self.tr("Eine Unterkunft")
        return self.tr("Unterkunft: %1").replace("%1", name)


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0
