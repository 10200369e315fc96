"""The Documents page: every imported document (path, date, how many releases were read from it)
and, for the selected one, its text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from labeldesk.gui.list_table_model import ListTableModel
from labeldesk.gui.tables import make_table
from labeldesk.library import (
    DocumentRow,
    Library,
    NotFound,
    document_rows,
    get_document,
)


class DocumentsModel(ListTableModel):
    HEADERS = ("Document", "Imported", "Releases")

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.rows: list[DocumentRow] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = document_rows(self.library)
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and index.column() == 0:
            return f"{row.path}\nsha256 {row.sha256}"
        if role != Qt.DisplayRole:
            return None
        # dates as the library stores them (UTC, ISO 8601), shortened to the minute
        return (row.path, row.imported_at[:16].replace("T", " "), row.releases)[index.column()]


class DocumentsView(QWidget):
    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.model = DocumentsModel(library, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, widths=(320, 130, 70))
        self.table.sortByColumn(1, Qt.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.right = QStackedWidget()
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.text)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._show_placeholder()

    def reload(self) -> None:
        self.model.reload()
        self._show_placeholder()

    def _show_placeholder(self) -> None:
        self.placeholder.setText(
            "Select a document to read it as it was imported." if self.model.rows
            else "No documents yet. File ▸ Import texts… reads the label’s texts; each is kept here whole.")
        self.right.setCurrentWidget(self.placeholder)

    def _show_current(self, current: QModelIndex, _previous=None) -> None:
        if not current.isValid():
            self._show_placeholder()
            return
        row = self.model.rows[self.proxy.mapToSource(current).row()]
        try:
            document = get_document(self.library, row.id)
        except NotFound:
            self.reload()
            return
        self.text.setPlainText(document.text or f"{document.path} was imported as release data; "
                                                "the library holds no text for it.")
        self.right.setCurrentWidget(self.text)
