"""What the window remembers between runs (QSettings): its geometry, splitter positions, and each
table's column widths and sort order, by a name per widget."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter


class WindowSettings:
    def __init__(self, settings: QSettings | None = None):
        self.qsettings = settings if settings is not None else QSettings("LabelDesk", "LabelDesk")

    def _load(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def restore_window(self, window: QMainWindow) -> bool:
        geometry = self._load("window/geometry")
        restored = geometry is not None and window.restoreGeometry(geometry)
        state = self._load("window/state")
        if state is not None:
            window.restoreState(state)
        return restored

    def save_window(self, window: QMainWindow) -> None:
        self.qsettings.setValue("window/geometry", window.saveGeometry())
        self.qsettings.setValue("window/state", window.saveState())

    def restore_splitter(self, name: str, splitter: QSplitter) -> bool:
        state = self._load(f"splitters/{name}")
        return state is not None and splitter.restoreState(state)

    def save_splitter(self, name: str, splitter: QSplitter) -> None:
        self.qsettings.setValue(f"splitters/{name}", splitter.saveState())

    def restore_header(self, name: str, header: QHeaderView) -> bool:
        state = self._load(f"tables/{name}")
        return state is not None and header.restoreState(state)

    def save_header(self, name: str, header: QHeaderView) -> None:
        self.qsettings.setValue(f"tables/{name}", header.saveState())

    def sync(self) -> None:
        self.qsettings.sync()
