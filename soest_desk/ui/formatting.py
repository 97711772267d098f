"""German display formats: dd.MM.yyyy, Berlin time, 1.234, "ja", partial birth dates."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimeZone

from soest_desk.services.listing import ColumnSpec, ListRow
from soest_desk.ui.labels import code_label, translate

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
# Qt's own zone data, so this works on Windows without Python's tzdata package
BERLIN = QTimeZone(b"Europe/Berlin")


def format_date(value: date) -> str:
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def format_birth_date(value: date, precision: str | None) -> str:
    """A birth date known to the year only shows as "1987", to the month as "03.1987"."""
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.month:02d}.{value.year:04d}"
    return format_date(value)


def format_datetime(value: datetime) -> str:
    """An aware datetime (stored UTC) as Berlin wall time, "dd.MM.yyyy HH:mm"."""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), BERLIN)
    return moment.toString("dd.MM.yyyy HH:mm")


def format_number(value: int | Decimal | float) -> str:
    if isinstance(value, int):
        return GERMAN.toString(value)
    return GERMAN.toString(float(value), "f", 2)


class Counts(QObject):
    """A number with its noun in the plural form of the language ("1.234 Bewohner*innen";
    Ukrainian has three forms). lupdate reads numerus texts only from `self.tr(text, "", n)`
    inside a class, hence this QObject; the context is "Counts". The German .ts repeats the
    source text in every form, so "1 …" is a text of its own; the number is German ("1.234")
    whatever the language."""

    def text(self, list_name: str | None, total: int) -> str:
        if total == 1:
            one = {"facilities": self.tr("1 Unterkunft"), "persons": self.tr("1 Bewohner*in"),
                   "cases": self.tr("1 Fall"), "neighbourhood": self.tr("1 Meldung")}
            return one.get(list_name or "", self.tr("1 Eintrag"))
        if list_name == "facilities":
            text = self.tr("%1 Unterkünfte", "", total)
        elif list_name == "persons":
            text = self.tr("%1 Bewohner*innen", "", total)
        elif list_name == "cases":
            text = self.tr("%1 Fälle", "", total)
        elif list_name == "neighbourhood":
            text = self.tr("%1 Meldungen", "", total)
        else:
            text = self.tr("%1 Einträge", "", total)
        return text.replace("%1", format_number(total))


def format_count(total: int, list_name: str | None = None) -> str:
    """"1 Eintrag", "1.234 Einträge"; for the lists with a noun of their own "1 Unterkunft",
    "1.234 Bewohner*innen", "5 Fälle", "3 Meldungen"."""
    return Counts().text(list_name, total)


def format_bool(value: bool) -> str:
    return translate("Lists", "ja") if value else ""


def format_value(spec: ColumnSpec, value: Any, extra: dict[str, Any] | None = None) -> str:
    """The text a list cell shows for a plain value from the listing service."""
    extra = extra or {}
    if spec.kind == "code" and spec.codes == "role" and value is None:
        return "–"  # nobody's move: the ticket is closed or cancelled
    if value is None:
        return ""
    if spec.kind == "code":
        label = code_label(spec.codes or "", str(value))
        reason = extra.get("waiting_reason")
        if spec.codes == "ticket_state" and value == "waiting" and reason:
            label = f"{label} ({code_label('waiting_reason', reason)})"
        return label
    if spec.kind == "bool":
        return format_bool(bool(value))
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        if spec.key == "birth_date":
            return format_birth_date(value, extra.get("birth_date_precision"))
        return format_date(value)
    if spec.key == "id":
        return str(value)  # a ticket number, not a quantity: no thousands separator
    if isinstance(value, int | Decimal | float) and not isinstance(value, bool):
        return format_number(value)
    return str(value)


def cell_tooltip(
    spec: ColumnSpec, value: Any, row: ListRow, keys: list[str], *, overdue: bool = False
) -> str | None:
    """What a list cell explains on hover: partial birth dates, codes, overdue, long text."""
    if spec.key == "birth_date" and isinstance(value, date):
        precision = row.extra.get("birth_date_precision")
        if precision == "year":
            return translate("Lists", "Nur das Geburtsjahr ist bekannt.")
        if precision == "month":
            return translate("Lists", "Nur Monat und Jahr der Geburt sind bekannt.")
        return format_birth_date(value, precision)
    if spec.key == "nationality" and value:
        return str(value)
    if spec.key == "free" and isinstance(value, int) and value < 0:
        return translate("Lists", "Überbelegt um %1 Plätze").replace("%1", str(-value))
    if overdue:
        due = row.values[keys.index("due_at")] if "due_at" in keys else None
        if isinstance(due, datetime) and due < datetime.now(UTC):
            return translate("Lists", "Überfällig – fällig war %1").replace(
                "%1", format_datetime(due))
        return translate("Lists", "Überfällig – die Sicherung der Gefahrenstelle ist "
                                  "nicht rechtzeitig gemeldet.")
    if spec.kind == "text" and value:
        return str(value)  # the whole text where the column is too narrow
    return None
