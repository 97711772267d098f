"""Codes show as German words: a country without its own entry in the window's table still
gets its German name from the services' country list, never a bare "COL"."""

from types import SimpleNamespace

import pytest

from soest_desk.services.permissions import PERMISSION_LABELS as SERVICE_PERMISSION_LABELS
from soest_desk.services.permissions import SYSTEM_ACTOR, Permission
from soest_desk.services.ticket_workflow import TRANSITIONS
from soest_desk.ui.formatting import format_count
from soest_desk.ui.labels import PERMISSION_LABELS, WORKFLOW_LABELS, code_label, permission_label


def test_every_nationality_reads_as_a_german_name():
    assert code_label("nationality", "UKR") == "Ukraine"
    assert code_label("nationality", "COL") == "Kolumbien"
    assert code_label("nationality", "QQQ") == "QQQ"  # unknown: shown, not hidden


def test_every_workflow_label_is_marked_for_translation():
    """The buttons and note fields of the ticket workflow come German from the service; the
    window translates them in the "Codes" context, which lupdate fills from WORKFLOW_LABELS."""
    shown = {t.label for t in TRANSITIONS.values()}
    shown |= {t.note_label for t in TRANSITIONS.values() if t.note_label}
    missing = shown - set(WORKFLOW_LABELS)
    assert not missing, f"add QT_TRANSLATE_NOOP(\"Codes\", …) to labels.WORKFLOW_LABELS: {missing}"


def test_every_permission_has_its_german_label_for_translation():
    assert set(PERMISSION_LABELS) == set(Permission)
    for permission, text in SERVICE_PERMISSION_LABELS.items():
        assert PERMISSION_LABELS[permission] == text  # the same words as the refusals
        assert permission_label(permission) == text


@pytest.mark.parametrize(("list_name", "total", "text"), [
    ("persons", 1, "1 Bewohner*in"), ("persons", 1234, "1.234 Bewohner*innen"),
    ("facilities", 1, "1 Unterkunft"), ("facilities", 0, "0 Unterkünfte"),
    ("cases", 2, "2 Fälle"), ("neighbourhood", 1, "1 Meldung"),
    ("neighbourhood", 21, "21 Meldungen"), ("tickets", 1, "1 Eintrag"),
    (None, 5, "5 Einträge"),
])
def test_counts_read_as_german(list_name, total, text):
    assert format_count(total, list_name) == text


def test_counts_and_lengths_take_the_ukrainian_plural_forms(qapp, qtbot):
    from soest_desk.ui import i18n
    from soest_desk.ui.places.person_pane import PersonPane

    assert i18n.install_translations(qapp, "uk") == "uk"
    try:
        assert [format_count(n, "persons") for n in (1, 3, 5, 21, 1234)] == [
            "1 мешканець", "3 мешканці", "5 мешканців", "21 мешканець", "1.234 мешканці"]
        assert format_count(12) == "12 записів"
        pane = PersonPane(SimpleNamespace(actor=SYSTEM_ACTOR))  # no reading: no gateway
        qtbot.addWidget(pane)
        assert [pane.describe_length(days) for days in (1, 4, 30, 390)] == [
            "1 день", "4 дні", "1 місяць", "13 місяців"]
    finally:
        i18n.install_translations(qapp, "de")
    assert format_count(3, "persons") == "3 Bewohner*innen"
    assert [pane.describe_length(days) for days in (1, 4, 30, 390)] == [
        "1 Tag", "4 Tage", "1 Monat", "13 Monate"]
