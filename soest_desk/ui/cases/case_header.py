"""The top of the case pane: the household's name, the facts of the case (status, who is
responsible, opened, where the household lives, closed with outcome, reserved offer) and
the readiness bar ("7 von 8 Punkten erfüllt", "bereit seit 12.10.2026").

Object names: `caseTitle`, `caseLoading`, `caseFacts`, `caseStatus`, `caseWorker`,
`caseOpened`, `caseFacility`, `caseClosed`, `caseOffer`, `caseReadinessBar`,
`caseReadySince`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.case_views import CaseDetail
from soest_desk.ui.cases import texts
from soest_desk.ui.formatting import format_date
from soest_desk.ui.forms.fields import offer_status_labels
from soest_desk.ui.labels import readiness_tip
from soest_desk.ui.places.widgets import pane_title

# the colours of the list's readiness bars: green when ready, a calm blue-grey before
READY_FILL, PARTLY_FILL = "#3f8f4e", "#7d93ad"
BAR_STYLE = (
    "QProgressBar#caseReadinessBar { border: 1px solid rgba(0, 0, 0, 60); border-radius: 3px;"
    " background: rgba(0, 0, 0, 20); text-align: center; min-height: 20px; }"
    "QProgressBar#caseReadinessBar::chunk { background: %s; border-radius: 2px; }"
)


def value_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent, objectName=name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def caption(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(texts.MUTED)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class CaseHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.title = pane_title(self, "caseTitle", "")
        self.busy = QLabel(self.tr("Lädt …"), self, objectName="caseLoading")
        self.busy.setStyleSheet(texts.MUTED)
        self.busy.setVisible(False)
        facts = QWidget(self, objectName="caseFacts")
        grid = QGridLayout(facts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.status = value_label(facts, "caseStatus")
        self.worker = value_label(facts, "caseWorker")
        self.opened = value_label(facts, "caseOpened")
        self.facility = value_label(facts, "caseFacility")
        self.closed = value_label(facts, "caseClosed")
        self.offer = value_label(facts, "caseOffer")
        pairs = ((self.tr("Status:"), self.status, self.tr("Zuständig:"), self.worker),
                 (self.tr("Eröffnet:"), self.opened, self.tr("Unterkunft:"), self.facility))
        for row, (first, first_value, second, second_value) in enumerate(pairs):
            grid.addWidget(caption(facts, first), row, 0)
            grid.addWidget(first_value, row, 1)
            grid.addWidget(caption(facts, second), row, 2)
            grid.addWidget(second_value, row, 3)
        self._closed_caption = caption(facts, self.tr("Abgeschlossen:"))
        self._offer_caption = caption(facts, self.tr("Angebot:"))
        grid.addWidget(self._closed_caption, 2, 0)
        grid.addWidget(self.closed, 2, 1, 1, 3)
        grid.addWidget(self._offer_caption, 3, 0)
        grid.addWidget(self.offer, 3, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.readiness = QProgressBar(self, objectName="caseReadinessBar")
        self.readiness.setTextVisible(True)
        self.ready_since = QLabel(self, objectName="caseReadySince")
        ready_row = QHBoxLayout()
        ready_row.addWidget(self.readiness, 1)
        ready_row.addWidget(self.ready_since)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(facts)
        layout.addLayout(ready_row)

    def set_loading(self, loading: bool) -> None:
        self.busy.setVisible(loading)

    def show_detail(self, detail: CaseDetail) -> None:
        self.title.setText(detail.household)
        self.status.setText(texts.status_label(detail.status))
        self.worker.setText(detail.social_worker or self.tr("niemand"))
        self.opened.setText(format_date(detail.opened_on))
        self.facility.setText(", ".join(detail.facilities) or self.tr("keine (ausgezogen)"))
        self._show_closed(detail)
        self._show_offer(detail)
        self._show_readiness(detail)

    def _show_closed(self, detail: CaseDetail) -> None:
        closed = detail.closed_on is not None
        if detail.closed_on is not None:
            outcome = texts.outcome_labels().get(detail.outcome or "", detail.outcome or "")
            self.closed.setText(self.tr("%1 – Ergebnis: %2").replace(
                "%1", format_date(detail.closed_on)).replace("%2", outcome))
        for widget in (self.closed, self._closed_caption):
            widget.setVisible(closed)

    def _show_offer(self, detail: CaseDetail) -> None:
        offer = detail.offer
        if offer is not None:
            parts = [offer.name + (f" ({offer.district})" if offer.district else "")]
            if offer.available_from is not None:
                parts.append(self.tr("frei ab %1").replace(
                    "%1", format_date(offer.available_from)))
            parts.append(offer_status_labels().get(offer.status, offer.status))
            self.offer.setText(" – ".join(parts))
        for widget in (self.offer, self._offer_caption):
            widget.setVisible(offer is not None)

    def _show_readiness(self, detail: CaseDetail) -> None:
        readiness = detail.readiness
        self.readiness.setRange(0, max(readiness.required, 1))
        self.readiness.setValue(readiness.met)
        self.readiness.setFormat(readiness_tip(readiness.met, readiness.required)
                                 if readiness.required else self.tr("keine Pflichtpunkte"))
        if readiness.ready and readiness.ready_since is not None:
            self.ready_since.setText(self.tr("bereit seit %1").replace(
                "%1", format_date(readiness.ready_since)))
        elif readiness.ready:
            self.ready_since.setText(self.tr("bereit"))
        else:
            self.ready_since.setText(self.tr("noch nicht bereit"))
        self.ready_since.setStyleSheet("" if readiness.ready else texts.MUTED)
        self.readiness.setStyleSheet(BAR_STYLE % (READY_FILL if readiness.ready
                                                  else PARTLY_FILL))
        self.readiness.setToolTip(self.tr("Mietvertragsfähigkeit: %1 %").replace(
            "%1", str(readiness.percent)))
