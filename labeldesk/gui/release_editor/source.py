"""The Source tab: the document the release was read from, its span highlighted and scrolled to,
and what the import asks a person to check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from labeldesk.gui.release_editor.context import EditorContext
from labeldesk.gui.source_text import SourceText
from labeldesk.library.sources import release_source
from labeldesk.model import Release


class SourceTab(QWidget):
    def __init__(self, context: EditorContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.warnings = QListWidget()
        self.text = SourceText()
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
            self.text.show_text("")
            return
        if not source.text:
            self.where.setText(f"Read from {source.path}; the library holds no text for it "
                               "(it was imported as release data, not as a text).")
            self.text.show_text("")
            return
        if source.start is not None and source.end is not None:
            self.text.show_text(source.text, (source.start, source.end))
            self.span = start, end = self.text.span
            lines = source.text.count("\n", 0, start) + 1, source.text.count("\n", 0, end) + 1
            self.where.setText(f"Read from {source.path}, lines {lines[0]}–{lines[1]} (highlighted).")
        else:
            self.text.show_text(source.text)
            self.where.setText(f"Read from {source.path}.")
