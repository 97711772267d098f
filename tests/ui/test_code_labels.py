"""Codes show as German words: a country without its own entry in the window's table still
gets its German name from the services' country list, never a bare "COL"."""

from soest_desk.ui.labels import code_label


def test_every_nationality_reads_as_a_german_name():
    assert code_label("nationality", "UKR") == "Ukraine"
    assert code_label("nationality", "COL") == "Kolumbien"
    assert code_label("nationality", "QQQ") == "QQQ"  # unknown: shown, not hidden
