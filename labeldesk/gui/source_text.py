"""A read-only view of a document's text with one span highlighted and scrolled into view (the
import review shows where a release or a skipped passage was read)."""

from __future__ import annotations

from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit


def utf16_position(text: str, index: int) -> int:
    """A Python string index as a Qt text position (Qt counts UTF-16 units)."""
    return len(text[:index].encode("utf-16-le")) // 2


class SourceText(QPlainTextEdit):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self._text = ""
        self.span: tuple[int, int] | None = None

    def show_text(self, text: str, span: tuple[int, int] | None = None) -> None:
        """Show `text` (kept when it is the one shown already) and highlight span = (start, end)
        in Python string indexes; None clears the highlight."""
        if text != self._text:
            self._text = text
            self.setPlainText(text)
        self.span = None
        if span is None:
            self.setExtraSelections([])
            self.moveCursor(QTextCursor.Start)
            return
        start, end = max(0, span[0]), min(len(text), span[1])
        self.span = (start, end)
        self._highlight(utf16_position(text, start), utf16_position(text, end))

    def _highlight(self, start: int, end: int) -> None:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        selection.cursor = cursor
        char_format = QTextCharFormat()
        tint = self.palette().color(QPalette.Highlight)
        tint.setAlpha(56)  # the palette's highlight, light enough to read through (dark mode too)
        char_format.setBackground(tint)
        selection.format = char_format
        self.setExtraSelections([selection])
        # to the end first, then back to the start: the span's first line ends up near the top
        self.moveCursor(QTextCursor.End)
        self.ensureCursorVisible()
        start_cursor = QTextCursor(self.document())
        start_cursor.setPosition(start)
        self.setTextCursor(start_cursor)
        self.ensureCursorVisible()
