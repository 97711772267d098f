"""The office's key figures in one place: the reports, the dashboard and the pilot evaluation
all take them from here, so a figure means the same wherever it appears.

Each function's docstring defines its figure precisely enough to recompute it by hand (which
days, what counts, how open cases are treated, how it is rounded). They live in modules by
subject; this module is the one name callers import:

Residents and places (`kpi_residents`, `kpi_stays`)
    occupancy_at          places, blocked, occupied, free and rate on one day
    occupancy_over        the same as daily averages over a period
    length_of_stay        residences (gap-free transfers joined): Kaplan–Meier median with
                          the people still present censored, mean of those who moved out
    own_flat_moves        moves into an own tenancy, and the share within 6 / 12 months
    caseload_and_readiness  open cases, people, readiness groups, per social worker vs. target
    kaplan_meier_median   the product-limit median the length of stay uses (pure function)

Tickets and cost (`kpi_tickets`, `kpi_costs`)
    ticket_turnaround     median reported → closed, open ones counted apart
    time_per_state        time spent in each ticket state
    deadline_share        closed within the deadline (open and overdue count as missed)
    rework_rate           closed tickets that were rejected at confirmation at least once
    open_safety_hazards   open hazards, overdue, not made safe in time
    maintenance_cost      total, per place per month, by facility and category

Neighbourhood (`kpi_neighbourhood`)
    reports_per_100_residents  neighbourhood reports per 100 residents per month

No Qt; every KPI function takes the session and the acting user and checks the permission.
"""

from __future__ import annotations

from soest_desk.services.kpi_costs import maintenance_cost
from soest_desk.services.kpi_neighbourhood import reports_per_100_residents
from soest_desk.services.kpi_residents import (
    caseload_and_readiness,
    occupancy_at,
    occupancy_over,
)
from soest_desk.services.kpi_stays import kaplan_meier_median, length_of_stay, own_flat_moves
from soest_desk.services.kpi_tickets import (
    deadline_share,
    open_safety_hazards,
    rework_rate,
    ticket_turnaround,
    time_per_state,
)

__all__ = [
    "caseload_and_readiness",
    "deadline_share",
    "kaplan_meier_median",
    "length_of_stay",
    "maintenance_cost",
    "occupancy_at",
    "occupancy_over",
    "open_safety_hazards",
    "own_flat_moves",
    "reports_per_100_residents",
    "rework_rate",
    "ticket_turnaround",
    "time_per_state",
]
