"""The filters of the Sozialarbeit list: "Meine Fälle", the social worker, the facility the
household lives in, the status, the readiness and an overdue follow-up. What each one means
is decided by the listing service (`listing_cases`); this bar only collects the values and
shows how many cases each choice has.

The status starts at "Alle offenen" (every status but closed), so closed cases do not crowd
the daily list; "Alle Fälle" shows them too, and the reset returns to "Alle offenen".
"Meine Fälle" is the social worker's view sorted by what is due: switching it on sorts the
list by the next follow-up, earliest first, cases without one last. It is shown only to
social workers (only they have cases assigned). A month of the Übersicht's moves chart
opens, for a social worker (who does not see the people who moved out in the Bewohner*innen
list), the closed cases whose outcome "eigene Wohnung" fell in that month: a chip
"Eigene Wohnung: März 2025 ×" says so and lifts it.

Object names: `casesFilterOwnFlatMonth` (the chip), `casesFilterMine`, `casesFilterWorker`,
`casesFilterFacility`, `casesFilterStatus`, `casesFilterReadiness`, `casesFilterOverdue`,
`casesFilterReset`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QToolButton, QWidget

from soest_desk.models.enums import CaseStatus, Role
from soest_desk.services.permissions import Actor
from soest_desk.ui import labels
from soest_desk.ui.tabs.filter_bar import ListFilterBar
from soest_desk.ui.tabs.filter_chip import chip_month
from soest_desk.ui.tickets.queue_bar import QUEUE_STYLE

DEFAULT_STATUS = "open_any"
MINE_SORT = ("next_follow_up", False)  # earliest first; the service puts "none" last


class CaseFilterBar(ListFilterBar):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__("cases", parent)
        del today  # readiness and overdue are today's: the list itself knows the day
        self.chip("own_flat_month", "casesFilterOwnFlatMonth", self._month_text,
                  tip=self.tr("Fälle, die in diesem Monat mit „eigene Wohnung“ abgeschlossen "
                              "wurden (aus der Übersicht) – klicken, um den Filter "
                              "aufzuheben"),
                  accepts=lambda value: chip_month(value) is not None)
        self.mine = QToolButton(self, objectName="casesFilterMine")
        self.mine.setText(self.tr("&Meine Fälle"))
        self.mine.setCheckable(True)
        self.mine.setStyleSheet(QUEUE_STYLE)
        self.mine.setToolTip(self.tr(
            "Nur die Ihnen zugeordneten Fälle, sortiert nach der nächsten Wiedervorlage "
            "(Fälle ohne Wiedervorlage zuletzt)"))
        self.mine.toggled.connect(self._on_mine)
        self.bind_flag("mine", self.mine)
        self._mine_box = self.group(self.mine)

        worker = self.combo("social_worker_id", "casesFilterWorker", self.tr("Alle"),
                            from_data=True,
                            tip=self.tr("Die Fachkraft der Sozialarbeit, der der Fall "
                                        "zugeordnet ist"))
        facility = self.combo("facility_id", "casesFilterFacility", self.tr("Alle"),
                              from_data=True,
                              tip=self.tr("Die Unterkunft, in der jemand aus dem Haushalt "
                                          "heute wohnt"))
        facility.setMinimumContentsLength(16)
        worker.setAccessibleName(self.tr("Zuständig"))
        facility.setAccessibleName(self.tr("Unterkunft"))
        self.group(self.caption(self.tr("&Zuständig:"), worker), worker)
        self.group(self.caption(self.tr("&Unterkunft:"), facility), facility)

        statuses = [(DEFAULT_STATUS, self.tr("Alle offenen"))]
        statuses += [(s.value, labels.code_label("case_status", s.value)) for s in CaseStatus]
        statuses.append(("all", self.tr("Alle Fälle")))
        status = self.combo("status", "casesFilterStatus", None, statuses,
                            default=DEFAULT_STATUS,
                            tip=self.tr("Stand des Falls; „Alle offenen“ lässt die "
                                        "abgeschlossenen Fälle weg"))
        status.setAccessibleName(self.tr("Status"))
        self.group(self.caption(self.tr("&Status:"), status), status)

        readiness = self.combo(
            "readiness", "casesFilterReadiness", self.tr("Alle"),
            [("under_50", self.tr("unter 50 %")), ("50_99", self.tr("50–99 %")),
             ("ready", self.tr("bereit"))],
            tip=self.tr("Anteil der erfüllten Punkte der Checkliste "
                        "Mietvertragsfähigkeit; „bereit“: alle geltenden Punkte erfüllt"))
        readiness.setAccessibleName(self.tr("Bereitschaft"))
        self.group(self.caption(self.tr("&Bereitschaft:"), readiness), readiness)
        self.group(self.check("overdue", "casesFilterOverdue",
                              self.tr("Wiedervorlage über&fällig"),
                              self.tr("Fälle mit einer offenen Wiedervorlage, deren Termin "
                                      "vor heute lag")))
        self.finish()

    def _month_text(self, value: Any, _label: str | None) -> str:
        month = chip_month(value)
        return "" if month is None else self.tr("Eigene Wohnung: %1").replace(
            "%1", labels.month_name(month))

    def _on_mine(self, on: bool) -> None:
        if on:  # also when restored from the settings: the first load sorts so
            self.request_sort(*MINE_SORT)
        self._now()

    def set_actor(self, actor: Actor) -> None:
        """"Meine Fälle" only for social workers: nobody else has cases assigned."""
        if actor.user_id is not None and Role.SOCIAL_WORKER in actor.roles:
            return
        with self._silenced():
            self.mine.setChecked(False)
        self._mine_box.hide()
        self.unbind("mine")
        self.take_sort_request()
