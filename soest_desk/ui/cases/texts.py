"""German labels of the codes the case pane and its dialogs show (the services return codes;
the window maps them here, translated at display time), and the pane's shared colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from soest_desk.models.enums import CaseNoteKind, CaseOutcome, CaseStatus, ReadinessState
from soest_desk.ui.labels import code_label

RED = "#9b1c1c"  # the list's warning red (overdue, expired)
MUTED = "color: palette(placeholder-text);"
GREY = "#6b6b6b"  # a done follow-up


def _t(text: str) -> str:
    return QCoreApplication.translate("Cases", text)


def status_label(status: str) -> str:
    """The status as the case list names it ("In Begleitung")."""
    return code_label("case_status", status)


def status_choices() -> dict[str, str]:
    """The statuses a social worker sets by hand (closing needs an outcome: its own step)."""
    return {code.value: status_label(code.value)
            for code in (CaseStatus.OPEN, CaseStatus.ACTIVE, CaseStatus.DORMANT)}


def outcome_labels() -> dict[str, str]:
    labels = {
        CaseOutcome.OWN_FLAT: _t("eigene Wohnung"),
        CaseOutcome.MOVED_AWAY: _t("weggezogen"),
        CaseOutcome.NO_LONGER_NEEDED: _t("keine Begleitung mehr nötig"),
        CaseOutcome.OTHER: _t("Sonstiges"),
    }
    return {code.value: label for code, label in labels.items()}


def item_states() -> dict[str, str]:
    """The states of a checklist item, in the order of the choice."""
    labels = {
        ReadinessState.OPEN: _t("offen"),
        ReadinessState.IN_PROGRESS: _t("in Arbeit"),
        ReadinessState.MET: _t("erfüllt"),
        ReadinessState.NOT_APPLICABLE: _t("entfällt"),
    }
    return {code.value: label for code, label in labels.items()}


def note_kinds() -> dict[str, str]:
    labels = {
        CaseNoteKind.CONSULTATION: _t("Beratung"),
        CaseNoteKind.HOME_VISIT: _t("Hausbesuch"),
        CaseNoteKind.PHONE: _t("Telefonat"),
        CaseNoteKind.ACCOMPANIMENT: _t("Begleitung"),
        CaseNoteKind.OTHER: _t("Sonstiges"),
    }
    return {code.value: label for code, label in labels.items()}


def social_only() -> str:
    """What a reader without the right to Sozialdaten sees instead of goals, evidence and
    follow-up subjects."""
    return _t("nur für die Sozialarbeit sichtbar")


def minutes(value: int | None) -> str:
    return "" if value is None else _t("%1 Min.").replace("%1", str(value))
