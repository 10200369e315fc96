"""Names that are links: the palette's link colour and an underline, in tables and labels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication


def link_role_value(role: int, base_font: QFont | None = None):
    """What a table cell that is a link returns for ForegroundRole and FontRole (None otherwise)."""
    if role == Qt.ForegroundRole:
        return QApplication.palette().brush(QPalette.Link)
    if role == Qt.FontRole:
        font = QFont(base_font) if base_font is not None else QApplication.font()
        font.setUnderline(True)
        return font
    return None
