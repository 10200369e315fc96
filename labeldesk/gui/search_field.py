"""The search field: asks for a search when typing pauses (or on Enter); Escape clears it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

DELAY_MS = 150  # typing pauses this long before the list follows


class SearchField(QLineEdit):
    search_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.setToolTip("Words in titles, names, notes, label or track titles; case and accents ignored")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.request)
        self.textEdited.connect(lambda _: self._timer.start())
        self.returnPressed.connect(self.request)

    def request(self) -> None:
        self._timer.stop()
        self.search_requested.emit(self.text())

    def set_quietly(self, text: str) -> None:
        """Show `text` without asking for a search."""
        self._timer.stop()
        self.setText(text)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape and self.text():
            self.clear()
            self.request()
            return
        super().keyPressEvent(event)
