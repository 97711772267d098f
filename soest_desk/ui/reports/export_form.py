"""The inputs of the export dialog: report, period, facilities, file format and target file.

The target follows the choices: while its name is the one the form made up
("Maengelbericht_2026-10.xlsx"), a change of report, period or format makes it up again; a
name the user typed or chose keeps its name and only changes its suffix with the format.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDir, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from soest_desk.ui.reports import periods
from soest_desk.ui.reports.facility_picker import FacilityPicker
from soest_desk.ui.reports.gateway import ExportRequest, FacilityChoice, ReportChoice

PRESET_LABELS = {  # in the order offered
    periods.LAST_MONTH: QT_TRANSLATE_NOOP("ExportForm", "Letzter Monat"),
    periods.THIS_MONTH: QT_TRANSLATE_NOOP("ExportForm", "Dieser Monat"),
    periods.LAST_QUARTER: QT_TRANSLATE_NOOP("ExportForm", "Letztes Quartal"),
    periods.THIS_YEAR: QT_TRANSLATE_NOOP("ExportForm", "Dieses Jahr"),
    periods.LAST_YEAR: QT_TRANSLATE_NOOP("ExportForm", "Letztes Jahr"),
    periods.LAST_12_MONTHS: QT_TRANSLATE_NOOP("ExportForm", "Letzte 12 Monate"),
}
OWN_PERIOD = "own"
FORMAT_LABELS = {".xlsx": QT_TRANSLATE_NOOP("ExportForm", "Excel-Arbeitsmappe (.xlsx)"),
                 ".pdf": QT_TRANSLATE_NOOP("ExportForm", "PDF (.pdf)")}


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_field(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent, objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setMinimumDate(QDate(1900, 1, 1))
    return edit


class ExportForm(QWidget):
    changed = Signal()
    browseRequested = Signal()

    def __init__(self, reports: Sequence[ReportChoice], today: date, folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportForm")
        self._today, self._folder = today, folder
        self._made_name = ""  # the target name the form made up last

        self.report = QComboBox(self, objectName="exportReport")
        for choice in reports:
            self.report.addItem(choice.title, choice)
        self.preset = QComboBox(self, objectName="exportPeriod")
        for key, label in PRESET_LABELS.items():
            self.preset.addItem(self.tr(label), key)
        self.preset.addItem(self.tr("Eigener Zeitraum"), OWN_PERIOD)
        self.start = date_field(self, "exportStart")
        self.end = date_field(self, "exportEnd")
        self.facilities = FacilityPicker(self)
        self.xlsx = QRadioButton(self.tr(FORMAT_LABELS[".xlsx"]), self,
                                 objectName="exportFormatXlsx")
        self.pdf = QRadioButton(self.tr(FORMAT_LABELS[".pdf"]), self, objectName="exportFormatPdf")
        group = QButtonGroup(self)
        group.addButton(self.xlsx)
        group.addButton(self.pdf)
        self.xlsx.setChecked(True)
        self.target = QLineEdit(self, objectName="exportTarget")
        self.target.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 48)
        self.browse = QPushButton(self.tr("Durch&suchen …"), self, objectName="exportBrowse")
        self.browse.setAutoDefault(False)
        self._lay_out()

        self.report.currentIndexChanged.connect(lambda _i: self._report_changed())
        self.preset.activated.connect(lambda _i: self._preset_chosen())
        self.start.dateChanged.connect(lambda _d: self._dates_changed())
        self.end.dateChanged.connect(lambda _d: self._dates_changed())
        self.facilities.changed.connect(self.changed)
        self.xlsx.toggled.connect(lambda _on: self._format_changed())
        self.target.textEdited.connect(lambda _text: self.changed.emit())
        self.browse.clicked.connect(lambda _checked=False: self.browseRequested.emit())
        self.set_preset(periods.DEFAULT_PRESET)
        self._report_changed()

    def _lay_out(self) -> None:
        period = QWidget(self, objectName="exportPeriodRow")
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preset)
        row.addSpacing(12)
        for text, edit in ((self.tr("&Von"), self.start), (self.tr("&Bis"), self.end)):
            label = QLabel(text, period)
            label.setBuddy(edit)
            row.addWidget(label)
            row.addWidget(edit)
        row.addStretch(1)
        period.setFocusProxy(self.preset)
        formats = QWidget(self, objectName="exportFormatRow")
        row = QHBoxLayout(formats)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.xlsx)
        row.addSpacing(12)
        row.addWidget(self.pdf)
        row.addStretch(1)
        formats.setFocusProxy(self.xlsx)
        target = QWidget(self, objectName="exportTargetRow")
        row = QHBoxLayout(target)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.target, 1)
        row.addWidget(self.browse)
        target.setFocusProxy(self.target)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("Be&richt:"), self.report), self.report)
        form.addRow(self._label(self.tr("&Zeitraum:"), self.preset), period)
        form.addRow(self.tr("Unterkünfte:"), self.facilities)
        form.addRow(self.tr("Format:"), formats)
        form.addRow(self._label(self.tr("&Datei:"), self.target), target)
        order = [self.report, self.preset, self.start, self.end, self.facilities.all_button,
                 self.facilities.some_button, self.facilities.filter,
                 self.facilities.tick_all, self.facilities.tick_none, self.facilities.list,
                 self.xlsx, self.pdf, self.target, self.browse]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # ------------------------------------------------------------ what is chosen

    def choice(self) -> ReportChoice | None:
        data = self.report.currentData()
        return data if isinstance(data, ReportChoice) else None

    def set_report(self, name: str) -> bool:
        for index in range(self.report.count()):
            if self.report.itemData(index).name == name:
                self.report.setCurrentIndex(index)
                return True
        return False

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def set_period(self, start: date, end: date) -> None:
        self.start.setDate(to_qdate(start))
        self.end.setDate(to_qdate(end))

    def set_preset(self, key: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData(key))
        self._preset_chosen()

    def suffix(self) -> str:
        return ".pdf" if self.pdf.isChecked() else ".xlsx"

    def set_suffix(self, suffix: str) -> None:
        (self.pdf if suffix == ".pdf" and ".pdf" in self._formats() else self.xlsx
         ).setChecked(True)

    def target_path(self) -> Path | None:
        text = self.target.text().strip()
        return Path(text) if text else None

    def set_target(self, path: Path | str) -> None:
        """A target the user chose; its name is theirs from now on."""
        path = Path(path)
        if path.suffix.lower() in self._formats():
            self.set_suffix(path.suffix.lower())
        self._folder = path.parent
        self._made_name = ""
        self.target.setText(QDir.toNativeSeparators(str(path)))
        self.changed.emit()

    def folder(self) -> Path:
        path = self.target_path()
        return path.parent if path is not None and path.parent != Path() else self._folder

    def made_name(self) -> str:
        """The name the form would give the file now."""
        choice = self.choice()
        title = choice.title if choice is not None else "Bericht"
        return periods.default_file_name(title, *self.period(), self.suffix())

    def request(self) -> ExportRequest:
        choice = self.choice()
        start, end = self.period()
        chosen: list[FacilityChoice] | None = (
            None if self.facilities.chooses_all() else self.facilities.chosen())
        return ExportRequest(
            choice.name if choice is not None else "", start, end,
            None if chosen is None else tuple(f.id for f in chosen),
            () if chosen is None else tuple(f.name for f in chosen), self.target_path())

    def set_facilities(self, facilities: Sequence[FacilityChoice]) -> None:
        self.facilities.set_facilities(facilities)

    def focus_field(self, field: str | None) -> None:
        """Put the cursor where a message about `field` points."""
        widgets = {"Bericht": self.report, "Von": self.start, "Bis": self.end,
                   "Zeitraum": self.start, "Zieldatei": self.target}
        if field == "Unterkünfte" or field == "Unterkunft":
            self.facilities.focus_list()
        elif field in widgets:
            widgets[field].setFocus()

    # ------------------------------------------------------------ reacting

    def _formats(self) -> tuple[str, ...]:
        choice = self.choice()
        return choice.formats if choice is not None else (".xlsx",)

    def _report_changed(self) -> None:
        choice = self.choice()
        wanted = periods.REPORT_PRESETS.get(choice.name if choice else "",
                                            periods.DEFAULT_PRESET)
        if self.preset.currentData() in (periods.DEFAULT_PRESET, *periods.REPORT_PRESETS.values()):
            self.set_preset(wanted)  # unless the user chose a period of their own
        has_pdf = ".pdf" in self._formats()
        self.pdf.setVisible(has_pdf)
        if not has_pdf and self.pdf.isChecked():
            self.xlsx.setChecked(True)  # _format_changed renames the target
        self._rename()

    def _preset_chosen(self) -> None:
        key = self.preset.currentData()
        if key == OWN_PERIOD:
            self.start.setFocus()
            return
        start, end = periods.preset_period(key, self._today)
        self.start.blockSignals(True)
        self.set_period(start, end)
        self.start.blockSignals(False)
        self._dates_changed()

    def _dates_changed(self) -> None:
        start, end = self.period()
        key = periods.preset_of(start, end, self._today) or OWN_PERIOD
        self.preset.setCurrentIndex(self.preset.findData(key))
        self._rename()

    def _format_changed(self) -> None:
        path = self.target_path()
        if path is not None and path.name != self._made_name and path.suffix.lower() in (
                ".xlsx", ".pdf"):
            self.target.setText(QDir.toNativeSeparators(str(path.with_suffix(self.suffix()))))
        self._rename()

    def _rename(self) -> None:
        """Give the target the made-up name again, unless the user named it."""
        path = self.target_path()
        if path is None or path.name == self._made_name:
            self._made_name = self.made_name()
            self.target.setText(QDir.toNativeSeparators(str(self.folder() / self._made_name)))
        self.changed.emit()
