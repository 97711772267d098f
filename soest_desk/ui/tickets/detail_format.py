"""German wording for the detail pane: durations, euros, state, deadline, safety hazard."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from soest_desk.services.ticket_views import TicketDetail
from soest_desk.ui.formatting import GERMAN, format_datetime
from soest_desk.ui.labels import code_label, translate


def format_duration(spent: timedelta) -> str:
    """"3 Tg. 4 Std.", "5 Std. 10 Min.", "12 Min." – as exact as is useful."""
    minutes = int(spent.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return translate("TicketDetail", "%1 Tg. %2 Std.").replace(
            "%1", str(days)).replace("%2", str(hours))
    if hours:
        return translate("TicketDetail", "%1 Std. %2 Min.").replace(
            "%1", str(hours)).replace("%2", str(minutes))
    return translate("TicketDetail", "%1 Min.").replace("%1", str(minutes))


def format_euro(amount: Decimal) -> str:
    return f"{GERMAN.toString(float(amount), 'f', 2)} €"


def state_text(detail: TicketDetail) -> str:
    """"Wartet (Zugang) bis 20.03.2025", "In Arbeit"."""
    text = code_label("ticket_state", detail.state)
    if detail.waiting_reason:
        text += f" ({code_label('waiting_reason', detail.waiting_reason)})"
    if detail.waiting_until is not None:
        until = detail.waiting_until
        text += translate("TicketDetail", " bis %1").replace(
            "%1", f"{until.day:02d}.{until.month:02d}.{until.year}")
    return text


def owner_text(detail: TicketDetail) -> str:
    if detail.owner:
        return code_label("role", detail.owner)
    return translate("TicketDetail", "niemand (abgeschlossen)")


def deadline_text(detail: TicketDetail) -> str:
    if detail.due_at is None:
        return translate("TicketDetail", "keine Frist")
    text = format_datetime(detail.due_at)
    if detail.overdue:
        return translate("TicketDetail", "%1 – überfällig").replace("%1", text)
    return text


def hazard_text(detail: TicketDetail) -> str | None:
    """What the safety duty stands at; None for an ordinary defect."""
    if not detail.is_safety_hazard:
        return None
    if detail.secured_at is not None:
        return translate("TicketDetail", "Gefahrenstelle – gesichert am %1").replace(
            "%1", format_datetime(detail.secured_at))
    if detail.secured_due_at is None:
        return translate("TicketDetail", "Gefahrenstelle – noch nicht gesichert")
    due = format_datetime(detail.secured_due_at)
    if detail.secure_overdue:
        return translate("TicketDetail", "Gefahrenstelle – sichern bis %1, überfällig!").replace(
            "%1", due)
    return translate("TicketDetail", "Gefahrenstelle – sichern bis %1").replace("%1", due)


def place_text(detail: TicketDetail) -> str:
    """Facility, address and unit; never a resident."""
    unit = ""
    if detail.unit:
        unit = translate("TicketDetail", " · Zimmer %1").replace("%1", detail.unit)
    return f"{detail.facility}{unit}\n{detail.address}"


def reported_text(detail: TicketDetail) -> str:
    text = format_datetime(detail.reported_at)
    if detail.reported_by:
        text += translate("TicketDetail", " von %1").replace("%1", detail.reported_by)
    if detail.reporter_note:
        text += f" ({detail.reporter_note})"
    return text
