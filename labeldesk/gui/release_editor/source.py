"""The Source tab: the document the release was read from, its span highlighted and scrolled to,
and what the import asks a person to check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from labeldesk.gui.release_editor.context import EditorContext
from labeldesk.library.sources import release_source
from labeldesk.model import Release


def _utf16(text: str, index: int) -> int:
    """A Python string index as a Qt text position (Qt counts UTF-16 units)."""
    return len(text[:index].encode("utf-16-le")) // 2


class SourceTab(QWidget):
    def __init__(self, context: EditorContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.warnings = QListWidget()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(self.warnings)
        self.splitter.addWidget(self.text)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([90, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.splitter)
        self.span: tuple[int, int] | None = None

    def show_release(self, release: Release) -> None:
        source = release_source(self.context.library, release.id)
        icon = self.style().standardIcon(QStyle.SP_MessageBoxWarning)
        self.warnings.clear()
        for warning in release.warnings:
            QListWidgetItem(icon, warning, self.warnings)
        for warning in source.document_warnings:
            QListWidgetItem(icon, f"Document: {warning}", self.warnings)
        if not self.warnings.count():
            item = QListWidgetItem("Nothing to check: the import raised no warning for this release.", self.warnings)
            item.setFlags(Qt.NoItemFlags)
        self.warnings.setMaximumHeight(max(60, self.warnings.sizeHintForRow(0) * min(self.warnings.count(), 6) + 8))

        self.span = None
        if source.document_id is None:
            self.where.setText("This release was entered by hand or came without a document: there is no source text.")
            self.text.setPlainText("")
            return
        if not source.text:
            self.where.setText(f"Read from {source.path}; the library holds no text for it "
                               "(it was imported as release data, not as a text).")
            self.text.setPlainText("")
            return
        self.text.setPlainText(source.text)
        if source.start is not None and source.end is not None:
            start, end = max(0, source.start), min(len(source.text), source.end)
            self.span = (start, end)
            lines = source.text.count("\n", 0, start) + 1, source.text.count("\n", 0, end) + 1
            self.where.setText(f"Read from {source.path}, lines {lines[0]}–{lines[1]} (highlighted).")
            self._highlight(_utf16(source.text, start), _utf16(source.text, end))
        else:
            self.where.setText(f"Read from {source.path}.")

    def _highlight(self, start: int, end: int) -> None:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        selection.cursor = cursor
        char_format = QTextCharFormat()
        tint = self.palette().color(QPalette.Highlight)
        tint.setAlpha(56)  # the palette's highlight, light enough to read through (dark mode too)
        char_format.setBackground(tint)
        selection.format = char_format
        self.text.setExtraSelections([selection])
        # show the span's start near the top of the view
        end_cursor = QTextCursor(self.text.document())
        end_cursor.movePosition(QTextCursor.End)
        self.text.setTextCursor(end_cursor)
        self.text.ensureCursorVisible()
        start_cursor = QTextCursor(self.text.document())
        start_cursor.setPosition(start)
        self.text.setTextCursor(start_cursor)
        self.text.ensureCursorVisible()
