"""Einstellungen → Persönlich: what belongs to this user on this computer, kept in the user's
QSettings — the language of the window (`ui/language`: "de" or "uk", read at the start) and
the remembered layout (`mainWindow/*`: size, position, the open tab; `lists/*`: columns,
splitters, the last filters), which a button resets.

The window writes its layout when it closes, which would bring back what the reset removed;
the reset therefore also clears the keys once more when the application quits.

Object names: `settingsLanguage`, `settingsResetLayout`, `settingsResetResult`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soest_desk.ui.settings.fields import add_row, note

LANGUAGE_KEY = "ui/language"
LANGUAGES = ("de", "uk")
LAYOUT_GROUPS = ("mainWindow", "lists", "tables")


class PersonalPage(QWidget):
    def __init__(self, qsettings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPersonalPage")
        self._settings = qsettings
        self._reset_on_quit = False

        language_box = QGroupBox(self.tr("Sprache"), self)
        form = QFormLayout(language_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox(language_box, objectName="settingsLanguage")
        self.language.addItem(self.tr("Deutsch"), "de")
        self.language.addItem(self.tr("Українська (unvollständig)"), "uk")
        add_row(form, self.tr("&Sprache der Oberfläche:"), self.language)
        form.addRow(note(language_box, self.tr(
            "Gilt ab dem nächsten Start. Die ukrainische Übersetzung umfasst die "
            "Hauptansichten; was noch nicht übersetzt ist, erscheint auf Deutsch.")))

        layout_box = QGroupBox(self.tr("Fenster und Listen"), self)
        inner = QVBoxLayout(layout_box)
        inner.addWidget(note(layout_box, self.tr(
            "Soest Desk merkt sich Größe und Lage des Fensters, die Spalten der Listen und die "
            "zuletzt gewählten Filter.")))
        row = QHBoxLayout()
        self.reset_button = QPushButton(self.tr("Fensteranordnung und Filter &zurücksetzen"),
                                        layout_box, objectName="settingsResetLayout")
        self.reset_button.clicked.connect(self.reset_layout)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        inner.addLayout(row)
        self.reset_result = QLabel(layout_box, objectName="settingsResetResult")
        self.reset_result.setWordWrap(True)
        self.reset_result.hide()
        inner.addWidget(self.reset_result)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(language_box)
        layout.addWidget(layout_box)
        layout.addStretch(1)

    def load(self) -> None:
        stored = str(self._settings.value(LANGUAGE_KEY, "de") or "de")
        index = self.language.findData(stored if stored in LANGUAGES else "de")
        self.language.setCurrentIndex(index)

    def changes(self) -> dict[str, str]:
        chosen = str(self.language.currentData())
        stored = self._settings.value(LANGUAGE_KEY)
        return {} if chosen == stored or (stored is None and chosen == "de") \
            else {LANGUAGE_KEY: chosen}

    def save(self, values: dict[str, str]) -> None:
        for key, value in values.items():
            self._settings.setValue(key, value)
        self._settings.sync()

    def reset_layout(self) -> None:
        clear_layout(self._settings)
        if not self._reset_on_quit:  # after the window has written its layout at closing
            self._reset_on_quit = True
            app = QCoreApplication.instance()
            if app is not None:  # a fresh QSettings then: the window's may be gone
                name, kind = self._settings.fileName(), self._settings.format()
                app.aboutToQuit.connect(lambda: clear_layout(QSettings(name, kind)))
        self.reset_result.setText(self.tr(
            "Zurückgesetzt. Beim nächsten Start zeigt Soest Desk das Fenster und die Listen "
            "wieder wie beim ersten Mal."))
        self.reset_result.show()


def clear_layout(settings: QSettings) -> None:
    """Remove the remembered window layout and list state (`mainWindow/*`, `lists/*`)."""
    for group in LAYOUT_GROUPS:
        settings.remove(group)
    settings.sync()
