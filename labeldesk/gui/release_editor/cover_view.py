"""The release's cover, shown scaled; drop an image file on it to replace it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy

from labeldesk.library.covers import StoredCover

SIDE = 220


class CoverView(QLabel):
    """Emits `image_dropped(path)` for a local file dropped on it."""

    image_dropped = Signal(Path)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignCenter)
        self.setFrameShape(QFrame.StyledPanel)
        self.setFixedSize(QSize(SIDE, SIDE))
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self.setWordWrap(True)
        self.setToolTip("Drop an image file here to use it as the cover")
        self.show_cover(None)

    def show_cover(self, cover: StoredCover | None) -> None:
        pixmap = QPixmap()
        if cover is not None and pixmap.loadFromData(cover.image):
            ratio = self.devicePixelRatioF()
            scaled = pixmap.scaled(QSize(SIDE - 4, SIDE - 4) * ratio, Qt.KeepAspectRatio, Qt.SmoothTransformation)
            scaled.setDevicePixelRatio(ratio)
            self.setPixmap(scaled)
            size = f"{cover.width}×{cover.height} px" if cover.width else cover.mime
            self.setToolTip(f"Cover, {size}. Drop an image file here to replace it.")
        else:
            self.clear()
            self.setText("No cover\n\nDrop an image file here")
            self.setToolTip("Drop an image file here to use it as the cover")

    @staticmethod
    def _local_file(event) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            return Path(urls[0].toLocalFile())
        return None

    def dragEnterEvent(self, event) -> None:
        if self._local_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = self._local_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.image_dropped.emit(path)
