"""German labels of the codes the people-and-places widgets show."""

from __future__ import annotations

from soest_desk.models.enums import BlockReason, MoveOutReason
from soest_desk.ui.labels import translate


def move_out_reasons() -> dict[str, str]:
    """The reasons a clerk picks when somebody moves out (a transfer is its own step)."""
    labels = {
        MoveOutReason.OWN_FLAT: translate("Places", "eigene Wohnung"),
        MoveOutReason.REDISTRIBUTION: translate("Places", "Umverteilung"),
        MoveOutReason.OTHER_MUNICIPALITY: translate("Places", "andere Kommune"),
        MoveOutReason.RETURN: translate("Places", "Rückkehr ins Herkunftsland"),
        MoveOutReason.DECEASED: translate("Places", "verstorben"),
        MoveOutReason.UNKNOWN: translate("Places", "unbekannt / abgängig"),
    }
    return {code.value: label for code, label in labels.items()}


def block_reasons() -> dict[str, str]:
    labels = {
        BlockReason.MOULD: translate("Places", "Schimmel"),
        BlockReason.RENOVATION: translate("Places", "Renovierung"),
        BlockReason.QUARANTINE: translate("Places", "Quarantäne"),
        BlockReason.DAMAGE: translate("Places", "Schaden"),
        BlockReason.OTHER: translate("Places", "Sonstiges"),
    }
    return {code.value: label for code, label in labels.items()}


def occupancy_state(state: str) -> str:
    return {"over": translate("Places", "überbelegt"), "full": translate("Places", "voll"),
            "ok": ""}.get(state, "")


# calm backgrounds for the states (the text stays black; the word says it too)
STATE_COLOURS = {"over": "#f6d5d1", "full": "#fbe9c6"}
