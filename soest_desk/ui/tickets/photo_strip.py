"""Photo thumbnails in the detail pane and the viewer that opens a photo in full.

Thumbnails come with the detail; the full image is read off the GUI thread when it is
opened. Object names: `ticketPhoto_<id>`, `ticketPhotoViewer`, `photoViewerImage`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.ticket_photos import Photo
from soest_desk.ui.background import run_in_background
from soest_desk.ui.tickets.feedback import user_message
from soest_desk.ui.tickets.flow_layout import FlowLayout

THUMB = 96
VIEW_LIMIT = QSize(1100, 760)


class PhotoStrip(QWidget):
    photoClicked = Signal(int, str)  # attachment id, file name

    def __init__(self, photos: list[Photo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketPhotos")
        layout = FlowLayout(self, spacing=8)
        for photo in photos:
            button = QToolButton(self, objectName=f"ticketPhoto_{photo.id}")
            pixmap = QPixmap()
            if photo.thumbnail:
                pixmap.loadFromData(photo.thumbnail)
            button.setIcon(QIcon(pixmap))
            button.setIconSize(QSize(THUMB, THUMB))
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(self.tr("%1 – zum Vergrößern klicken").replace(
                "%1", photo.file_name))
            button.clicked.connect(
                lambda _checked=False, p=photo: self.photoClicked.emit(p.id, p.file_name))
            layout.addWidget(button)


class PhotoViewer(QDialog):
    """One photo in full size (scaled down to fit the screen)."""

    def __init__(self, file_name: str, load: Callable[[], tuple[str, bytes]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketPhotoViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Foto: %1").replace("%1", file_name))
        self.image = QLabel(self.tr("Das Foto wird geladen …"), self,
                            objectName="photoViewerImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.loaded = False
        run_in_background(load, self._show, self._failed, owner=self)

    def _show(self, result: tuple[str, bytes]) -> None:
        pixmap = QPixmap()
        if not pixmap.loadFromData(result[1]):
            self.image.setText(self.tr("Das Foto kann nicht angezeigt werden."))
            return
        limit = VIEW_LIMIT
        if self.screen() is not None:
            available = self.screen().availableGeometry().size() * 0.85
            limit = limit.boundedTo(available)
        if pixmap.width() > limit.width() or pixmap.height() > limit.height():
            pixmap = pixmap.scaled(limit, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(pixmap)
        self.resize(pixmap.size() + QSize(40, 80))
        self.loaded = True

    def _failed(self, exc: Exception) -> None:
        self.image.setText(user_message(exc))
