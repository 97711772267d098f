"""The filters of the Bewohner*innen list: children in the household by age on a chosen day,
care, barrier-free needs, pets, smoking, no current place, nationality, facility and the
length of the current residence. What each one means is decided by the listing service
(`listing_filters`); this bar only collects the values.

A month of the Übersicht's moves chart opens the people who moved into an own flat in that
month – former residents, ended ones too: a chip "Auszug in eigene Wohnung: Oktober 2026 ×"
says so and lifts it (the list then shows the people in the office's care again).

The age boxes exclude each other (a household with a child under 3 also has one under 6, so
ticking both would only confuse): ticking one unticks the others. Which ages they offer is
the shared setting `child_age_limits` (Einstellungen → Fristen und Regeln; 3, 6 and 18 unless
changed), read once through the settings gateway when the bar is made; `set_age_limits`
shows new ones at once (the settings dialog calls it after saving). The "Alter am" date
starts at today on every start and is not remembered: a stale date would silently change
what "under 3" means tomorrow.

Object names: `personsFilterOwnFlatMonth` (the chip), `personsFilterUnder<N>` for each age
(`personsFilterUnder3`, `personsFilterUnder6`, `personsFilterUnder18`),
`personsFilterAgeDate`, `personsFilterCare`, `personsFilterBarrierFree`, `personsFilterPets`,
`personsFilterSmoker`, `personsFilterNoPlace`, `personsFilterNationality`,
`personsFilterFacility`, `personsFilterStayMonths`, `personsFilterReset`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from soest_desk.db import Database
from soest_desk.services.shared_settings import CHILD_AGE_LIMITS, SETTINGS
from soest_desk.ui import labels
from soest_desk.ui.settings.gateway import child_age_limits
from soest_desk.ui.tabs.filter_bar import FilterControl, ListFilterBar
from soest_desk.ui.tabs.filter_chip import chip_month

MAX_STAY_MONTHS = 120


def default_age_limits() -> list[int]:
    return list(SETTINGS[CHILD_AGE_LIMITS].default)


def _shared_age_limits(parent: QWidget | None) -> list[int]:
    """The thresholds stored in the database of the list the bar belongs to (its
    ListTab's fetcher); the defaults for a bar made on its own."""
    fetcher = getattr(parent, "_fetcher", None)
    database = getattr(fetcher, "database", None)
    return child_age_limits(database) if isinstance(database, Database) \
        else default_age_limits()


class PersonFilterBar(ListFilterBar):
    def __init__(self, today: date, parent: QWidget | None = None, *,
                 age_limits: Sequence[int] | None = None) -> None:
        super().__init__("persons", parent)
        self._today = today
        self._age_limits = list(age_limits) if age_limits is not None \
            else _shared_age_limits(parent)
        self.chip("own_flat_month", "personsFilterOwnFlatMonth", self._month_text,
                  tip=self.tr("Personen, die in diesem Monat in eine eigene Wohnung gezogen "
                              "sind, auch beendete (aus der Übersicht) – klicken, um den "
                              "Filter aufzuheben"),
                  accepts=lambda value: chip_month(value) is not None)
        self._build_children()
        self.group(
            self.check("care", "personsFilterCare", self.tr("Pflegegrad"),
                       self.tr("Personen mit einem Pflegegrad (1 bis 5)")),
            self.check("needs_barrier_free", "personsFilterBarrierFree",
                       self.tr("Braucht barrierefrei"),
                       self.tr("Personen, die eine barrierefreie Wohneinheit brauchen")),
            self.check("pets", "personsFilterPets", self.tr("Haustiere"),
                       self.tr("Personen mit Haustieren")),
            self.check("smoker", "personsFilterSmoker", self.tr("Raucher*in"),
                       self.tr("Personen, die rauchen")),
            self.check("no_current_place", "personsFilterNoPlace", self.tr("Ohne Platz"),
                       self.tr("Personen, die heute in keiner Unterkunft wohnen")),
        )
        nationality = self.combo("nationality", "personsFilterNationality",
                                 self.tr("Alle Staatsangehörigkeiten"), codes="nationality",
                                 from_data=True, tip=self.tr("Staatsangehörigkeit"))
        facility = self.combo("facility_id", "personsFilterFacility",
                              self.tr("Alle Unterkünfte"), from_data=True,
                              tip=self.tr("Die Unterkunft, in der die Person heute wohnt"))
        facility.setMinimumContentsLength(16)
        self.group(nationality, facility)
        months = self.spin("stay_over_months", "personsFilterStayMonths",
                           maximum=MAX_STAY_MONTHS, suffix=self.tr(" Monate"),
                           tip=self.tr("Die Person wohnt länger als so viele Monate in "
                                       "Unterkünften; Verlegungen ohne Lücke zählen mit."))
        self.group(self.caption(self.tr("Aufenthalt länger als"), months), months)
        self.finish()

    def _month_text(self, value: Any, _label: str | None) -> str:
        month = chip_month(value)
        return "" if month is None else self.tr("Auszug in eigene Wohnung: %1").replace(
            "%1", labels.month_name(month))

    def _build_children(self) -> None:
        self.age_boxes: dict[int, QCheckBox] = {}
        self._make_age_boxes(self._age_limits)
        self.age_date = QDateEdit(self, objectName="personsFilterAgeDate")
        self.age_date.setCalendarPopup(True)
        self.age_date.setDisplayFormat("dd.MM.yyyy")
        self.age_date.setToolTip(self.tr("Der Tag, an dem das Alter gilt (Vorgabe: heute)"))
        self.reset_defaults()
        self.age_date.dateChanged.connect(self._later)
        self.bind("children_under", FilterControl(get=self._age_limit, put=self._put_age_limit,
                                             clear=self._clear_age_boxes))
        self._children_group = self.group(
            self.caption(self.tr("Kinder im Haushalt:")), *self.age_boxes.values(),
            self.caption(self.tr("Alter am"), self.age_date), self.age_date)

    def _make_age_boxes(self, limits: Sequence[int]) -> None:
        tip = self.tr(
            "Jemand im Haushalt (ohne Haushalt: die Person selbst) ist am gewählten Tag "
            "jünger als %1 Jahre. Ist nur das Geburtsjahr oder der Monat bekannt, zählt die "
            "Person, wenn sie so jung sein könnte.")
        for years in limits:
            box = QCheckBox(self.tr("unter %1").replace("%1", str(years)), self,
                            objectName=f"personsFilterUnder{years}")
            box.setToolTip(tip.replace("%1", str(years)))
            box.toggled.connect(lambda on, y=years: self._on_age_box(y, on))
            self.age_boxes[years] = box

    def age_limits(self) -> list[int]:
        return list(self._age_limits)

    def set_age_limits(self, limits: Sequence[int]) -> None:
        """Offer boxes for these ages instead; a ticked age that is still offered stays
        ticked, one that is gone is lifted (and the list reloads)."""
        limits = list(limits)
        if limits == self._age_limits:
            return
        chosen = self._age_limit()
        row = self._children_group.layout()
        assert isinstance(row, QHBoxLayout)
        previous = next(iter(self.age_boxes.values())).previousInFocusChain()
        for box in self.age_boxes.values():
            row.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.age_boxes = {}
        self._age_limits = limits
        self._make_age_boxes(limits)
        for position, box in enumerate(self.age_boxes.values(), start=1):
            row.insertWidget(position, box)
            box.show()
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, self.age_date)
        with self._silenced():
            if chosen in self.age_boxes:
                self.age_boxes[chosen].setChecked(True)
        if chosen is not None and chosen not in self.age_boxes:
            self._now()

    # ------------------------------------------------------------ the age filter

    def _age_limit(self) -> int | None:
        return next((y for y, box in self.age_boxes.items() if box.isChecked()), None)

    def _put_age_limit(self, value: Any) -> bool:
        if value not in self.age_boxes:
            return False
        self.age_boxes[value].setChecked(True)
        return True

    def _clear_age_boxes(self) -> None:
        for box in self.age_boxes.values():
            box.setChecked(False)

    def _on_age_box(self, years: int, on: bool) -> None:
        if on:
            with self._silenced():
                for other, box in self.age_boxes.items():
                    if other != years:
                        box.setChecked(False)
        self._now()

    def age_on(self) -> date:
        return self.age_date.date().toPython()

    def set_age_on(self, day: date) -> None:
        self.age_date.setDate(QDate(day.year, day.month, day.day))

    def reset_defaults(self) -> None:
        self.set_age_on(self._today)

    def filters(self) -> dict[str, Any]:
        values = super().filters()
        if "children_under" in values:
            values["age_on"] = self.age_on()
        return values

    def stored_state(self) -> dict[str, Any]:
        state = super().stored_state()
        state.pop("age_on", None)  # a day-bound value: every start begins at today
        return state
