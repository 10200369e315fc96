"""What the Releases page shows when the library holds no release: what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel("No releases yet")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        # two explicit lines: a word-wrapped label centred in a box layout gets clipped to one line's height
        hint = QLabel("Import the label’s texts (catalogue pages, press releases, liner notes),\n"
                      "or look around in the sample catalogue first.")
        hint.setAlignment(Qt.AlignCenter)
        self.import_button = QPushButton("Import texts…")
        self.sample_button = QPushButton("Open the sample catalogue")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignHCenter)
        layout.addWidget(hint, 0, Qt.AlignHCenter)
        layout.addSpacing(hint.fontMetrics().lineSpacing())
        layout.addLayout(buttons)
        layout.addStretch(2)
