"""German labels of the codes the case pane and its dialogs show (the services return codes;
the window maps them here, translated at display time), and the pane's shared colours."""

from __future__ import annotations

from soest_desk.models.enums import CaseNoteKind, CaseOutcome, CaseStatus, ReadinessState
from soest_desk.ui.labels import code_label, translate

RED = "#9b1c1c"  # the list's warning red (overdue, expired)
MUTED = "color: palette(placeholder-text);"
GREY = "#6b6b6b"  # a done follow-up



def status_label(status: str) -> str:
    """The status as the case list names it ("In Begleitung")."""
    return code_label("case_status", status)


def status_choices() -> dict[str, str]:
    """The statuses a social worker sets by hand (closing needs an outcome: its own step)."""
    return {code.value: status_label(code.value)
            for code in (CaseStatus.OPEN, CaseStatus.ACTIVE, CaseStatus.DORMANT)}


def outcome_labels() -> dict[str, str]:
    labels = {
        CaseOutcome.OWN_FLAT: translate("Cases", "eigene Wohnung"),
        CaseOutcome.MOVED_AWAY: translate("Cases", "weggezogen"),
        CaseOutcome.NO_LONGER_NEEDED: translate("Cases", "keine Begleitung mehr nötig"),
        CaseOutcome.OTHER: translate("Cases", "Sonstiges"),
    }
    return {code.value: label for code, label in labels.items()}


def item_states() -> dict[str, str]:
    """The states of a checklist item, in the order of the choice."""
    labels = {
        ReadinessState.OPEN: translate("Cases", "offen"),
        ReadinessState.IN_PROGRESS: translate("Cases", "in Arbeit"),
        ReadinessState.MET: translate("Cases", "erfüllt"),
        ReadinessState.NOT_APPLICABLE: translate("Cases", "entfällt"),
    }
    return {code.value: label for code, label in labels.items()}


def note_kinds() -> dict[str, str]:
    labels = {
        CaseNoteKind.CONSULTATION: translate("Cases", "Beratung"),
        CaseNoteKind.HOME_VISIT: translate("Cases", "Hausbesuch"),
        CaseNoteKind.PHONE: translate("Cases", "Telefonat"),
        CaseNoteKind.ACCOMPANIMENT: translate("Cases", "Begleitung"),
        CaseNoteKind.OTHER: translate("Cases", "Sonstiges"),
    }
    return {code.value: label for code, label in labels.items()}


def social_only() -> str:
    """What a reader without the right to Sozialdaten sees instead of goals, evidence and
    follow-up subjects."""
    return translate("Cases", "nur für die Sozialarbeit sichtbar")


def minutes(value: int | None) -> str:
    return "" if value is None else translate("Cases", "%1 Min.").replace("%1", str(value))
