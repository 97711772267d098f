"""German labels of the codes the people-and-places widgets show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from soest_desk.models.enums import BlockReason, MoveOutReason


def _t(text: str) -> str:
    return QCoreApplication.translate("Places", text)


def move_out_reasons() -> dict[str, str]:
    """The reasons a clerk picks when somebody moves out (a transfer is its own step)."""
    labels = {
        MoveOutReason.OWN_FLAT: _t("eigene Wohnung"),
        MoveOutReason.REDISTRIBUTION: _t("Umverteilung"),
        MoveOutReason.OTHER_MUNICIPALITY: _t("andere Kommune"),
        MoveOutReason.RETURN: _t("Rückkehr ins Herkunftsland"),
        MoveOutReason.DECEASED: _t("verstorben"),
        MoveOutReason.UNKNOWN: _t("unbekannt / abgängig"),
    }
    return {code.value: label for code, label in labels.items()}


def block_reasons() -> dict[str, str]:
    labels = {
        BlockReason.MOULD: _t("Schimmel"),
        BlockReason.RENOVATION: _t("Renovierung"),
        BlockReason.QUARANTINE: _t("Quarantäne"),
        BlockReason.DAMAGE: _t("Schaden"),
        BlockReason.OTHER: _t("Sonstiges"),
    }
    return {code.value: label for code, label in labels.items()}


def occupancy_state(state: str) -> str:
    return {"over": _t("überbelegt"), "full": _t("voll"), "ok": ""}.get(state, "")


# calm backgrounds for the states (the text stays black; the word says it too)
STATE_COLOURS = {"over": "#f6d5d1", "full": "#fbe9c6"}
