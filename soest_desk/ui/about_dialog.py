"""„Über Soest Desk“: version and build, Python and Qt, the database (where, which engine,
which schema revision — read through `AboutGateway` in the background), the data and log
folders (a click opens them), the licence, and "Kopieren" for support.

Object names: `aboutDialog`, `aboutTitle`, `aboutFacts`, `aboutValue_<key>`, `aboutCopy`,
`aboutClose`, `aboutCopied`.
"""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soest_desk import __version__, config
from soest_desk.logging_setup import active_log_file
from soest_desk.ui.about_gateway import AboutGateway, DatabaseFacts
from soest_desk.ui.background import run_in_background
from soest_desk.ui.error_dialog import build_kind
from soest_desk.ui.error_dialog import open_folder as show_folder
from soest_desk.ui.icons import app_icon, icon

FOLDER_KEYS = ("data", "logs")
TEXT_WIDTH = 440  # the wrapped texts' width (pixels at scale 1)


class AboutDialog(QDialog):
    def __init__(self, gateway: AboutGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Über Soest Desk"))
        self._gateway = gateway
        self._loaded = False
        self._values: dict[str, QLabel] = {}
        self._captions: dict[str, str] = {}
        self._plain: dict[str, str] = {}
        self._folders = {"data": config.data_dir(), "logs": active_log_file().parent}

        symbol = QLabel(self, objectName="aboutIcon")
        symbol.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(self.tr("Soest Desk"), self, objectName="aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        purpose = QLabel(self.tr("Unterkünfte, Belegung, Sozialarbeit und Mängelmeldungen für "
                                 "das Amt für Wohnungswesen."), self, objectName="aboutPurpose")
        purpose.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(purpose)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(symbol, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        facts = QWidget(self, objectName="aboutFacts")
        self._grid = QGridLayout(facts)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(6)
        build = self.tr("Installationspaket") if build_kind() == "bundle" else self.tr(
            "aus dem Quelltext")
        loading = self.tr("wird gelesen …")
        rows = [
            ("version", self.tr("Version"), __version__),
            ("build", self.tr("Ausführung"), build),
            ("python", self.tr("Python"), platform.python_version()),
            ("qt", self.tr("Qt / PySide"), f"{qVersion()} / {PySide6.__version__}"),
            ("system", self.tr("Betriebssystem"), f"{platform.system()} {platform.release()}"),
            ("database", self.tr("Datenbank"), gateway.label()),
            ("engine", self.tr("Datenbanksystem"), loading),
            ("schema", self.tr("Schema-Stand"), loading),
            ("data", self.tr("Datenordner"), str(self._folders["data"])),
            ("logs", self.tr("Protokollordner"), str(self._folders["logs"])),
            ("licence", self.tr("Lizenz"), self.tr(
                "Proprietär, für den Dienstgebrauch. Symbole: Tabler Icons (MIT-Lizenz).")),
        ]
        for row, (key, caption, value) in enumerate(rows):
            self._add_row(row, key, caption, value)

        self.copied = QLabel(self, objectName="aboutCopied")
        self.copied.hide()
        buttons = QDialogButtonBox(self, objectName="aboutButtons")
        self.copy_button = QPushButton(icon("copy"), self.tr("Kopieren"), self,
                                       objectName="aboutCopy")
        self.copy_button.setToolTip(self.tr("Diese Angaben für die IT-Betreuung in die "
                                            "Zwischenablage kopieren"))
        close = QPushButton(self.tr("Schließen"), self, objectName="aboutClose")
        close.setDefault(True)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.clicked.connect(self.copy_text)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(facts)
        layout.addStretch(1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        purpose.setMinimumWidth(TEXT_WIDTH)
        self._values["licence"].setMinimumWidth(TEXT_WIDTH - 120)
        self.adjustSize()
        run_in_background(gateway.facts, self._show_facts, self._facts_failed, owner=self)

    def _add_row(self, row: int, key: str, caption: str, value: str) -> None:
        facts = self._grid.parentWidget()
        label = QLabel(caption, facts, objectName=f"aboutCaption_{key}")
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        shown = QLabel(facts, objectName=f"aboutValue_{key}")
        shown.setWordWrap(True)
        if key in FOLDER_KEYS:
            shown.setTextFormat(Qt.TextFormat.RichText)
            shown.setText(f'<a href="{key}">{html.escape(value)}</a>')
            shown.setToolTip(self.tr("Ordner öffnen"))
            shown.linkActivated.connect(self.open_folder)
        else:
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setText(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._grid.addWidget(label, row, 0)
        self._grid.addWidget(shown, row, 1)
        self._grid.setColumnStretch(1, 1)
        self._values[key] = shown
        self._captions[key] = caption
        self._plain[key] = value

    def _set(self, key: str, value: str) -> None:
        self._values[key].setText(value)
        self._plain[key] = value

    def _show_facts(self, facts: DatabaseFacts) -> None:
        self._set("engine", facts.engine)
        if facts.revision is None:
            schema = self.tr("nicht eingerichtet (erwartet: %1)").replace("%1", facts.head)
        elif facts.current:
            schema = self.tr("%1 (aktuell)").replace("%1", facts.revision)
        else:
            schema = self.tr("%1 (diese Version erwartet %2)").replace(
                "%1", facts.revision).replace("%2", facts.head)
        self._set("schema", schema)
        self._loaded = True
        self.adjustSize()

    def _facts_failed(self, _exc: Exception) -> None:
        unknown = self.tr("nicht lesbar (Datenbank nicht erreichbar)")
        self._set("engine", unknown)
        self._set("schema", unknown)
        self._loaded = True

    def is_loaded(self) -> bool:
        return self._loaded

    def value(self, key: str) -> str:
        return self._plain[key]

    def text(self) -> str:
        """The facts as plain text, for support."""
        return "\n".join(f"{self._captions[key]}: {self._plain[key]}" for key in self._values)

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copied.setText(self.tr("Die Angaben sind in der Zwischenablage."))
        self.copied.show()

    def open_folder(self, key: str) -> bool:
        folder: Path | None = self._folders.get(key)
        return folder is not None and show_folder(folder)
