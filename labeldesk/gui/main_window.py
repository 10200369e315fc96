"""The main window: the release list, or an empty state that offers the sample catalogue."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labeldesk.actions.importing import import_files
from labeldesk.library import Library, ReleaseRow, open_library, release_ids, release_rows_for_ids
from labeldesk.paths import resource

SAMPLE_CATALOGUE = "sample-catalogue.json"


class ReleaseTableModel(QAbstractTableModel):
    """The release list. It holds only the ids in display order and fetches the rows a view asks
    for a page at a time, so a library of 100,000 releases opens at once."""

    COLUMNS = (("Title", "title"), ("Artists", "artists"), ("Label", "label"),
               ("Kind", "kind"), ("Year", "year"), ("Tracks", "tracks"))
    PAGE = 200
    CACHE_LIMIT = 5000

    def __init__(self, library: Library, parent: QObject | None = None):
        super().__init__(parent)
        self._library = library
        self._ids: list[int] = []
        self._rows: dict[int, ReleaseRow] = {}
        self._order = "title"
        self._descending = False
        self.reload()

    def reload(self) -> None:
        """Read the ids again (after an import or an edit) and forget the fetched rows."""
        self.beginResetModel()
        self._ids = release_ids(self._library, order=self._order, descending=self._descending)
        self._rows.clear()
        self.endResetModel()

    def release_id(self, row: int) -> int:
        return self._ids[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.COLUMNS[section][0]
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        field = self.COLUMNS[index.column()][1]
        if role == Qt.TextAlignmentRole and field in ("year", "tracks"):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        value = getattr(row, field)
        if field == "artists":
            return ", ".join(value)
        return value if value is not None else ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        self._order = self.COLUMNS[column][1]
        self._descending = order == Qt.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._ids = release_ids(self._library, order=self._order, descending=self._descending)
        self.layoutChanged.emit()

    def _row(self, row: int) -> ReleaseRow | None:
        release_id = self._ids[row]
        if release_id not in self._rows:
            if len(self._rows) > self.CACHE_LIMIT:
                self._rows.clear()
            start = row - row % self.PAGE
            self._rows.update(release_rows_for_ids(self._library, self._ids[start:start + self.PAGE]))
        return self._rows.get(release_id)


class _JobSignals(QObject):
    finished = Signal(object, object)  # the job, its list of StoredDocument
    failed = Signal(object, str)  # the job, a one-line message


class ImportJob(QRunnable):
    """Imports files on a worker thread, with its own connection to the library; the outcome comes
    back on the GUI thread through `signals`."""

    def __init__(self, library_path: Path, paths: list[Path]):
        super().__init__()
        self.library_path = library_path
        self.paths = paths
        self.cancel = threading.Event()
        self.signals = _JobSignals()

    def run(self) -> None:
        try:
            with open_library(self.library_path) as library:
                stored = import_files(library, self.paths, cancel=self.cancel)
        except Exception as exc:  # reported to the user in the window, never lost in the thread
            self.signals.failed.emit(self, str(exc) or type(exc).__name__)
        else:
            self.signals.finished.emit(self, stored)


class EmptyState(QWidget):
    """What the window shows instead of an empty table."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel("No releases yet")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        hint = QLabel("Import the label's texts, or look around in the sample catalogue first.")
        self.sample_button = QPushButton("Open the sample catalogue")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, hint, self.sample_button):
            layout.addWidget(widget, 0, Qt.AlignHCenter)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    def __init__(self, library: Library):
        super().__init__()
        self.library = library
        self.setWindowTitle(f"LabelDesk — {library.path.name}")
        self.resize(1100, 700)
        self._jobs: set[ImportJob] = set()

        self.model = ReleaseTableModel(library, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for column, width in enumerate((320, 240, 220, 110, 60, 60)):
            self.table.setColumnWidth(column, width)

        self.empty_state = EmptyState()
        self.empty_state.sample_button.clicked.connect(self.open_sample_catalogue)
        self.empty_state.sample_button.setVisible(resource(SAMPLE_CATALOGUE).exists())

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.table)
        self.setCentralWidget(self.stack)

        self._build_menus()
        self._show_state()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence(Qt.CTRL | Qt.Key_Q))
        self.quit_action.setMenuRole(QAction.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

    def _show_state(self) -> None:
        count = self.model.rowCount()
        self.stack.setCurrentWidget(self.table if count else self.empty_state)
        self.statusBar().showMessage(f"{count} release{'' if count == 1 else 's'}")

    def open_sample_catalogue(self) -> None:
        """Import the bundled sample catalogue in the background, then show it."""
        self.empty_state.sample_button.setEnabled(False)
        self.statusBar().showMessage("Importing the sample catalogue…")
        job = ImportJob(self.library.path, [resource(SAMPLE_CATALOGUE)])
        job.setAutoDelete(False)  # kept in self._jobs until its signals have arrived
        # bound methods of the window: the slots run on the GUI thread (queued from the worker)
        job.signals.finished.connect(self._import_done)
        job.signals.failed.connect(self._import_failed)
        self._jobs.add(job)
        QThreadPool.globalInstance().start(job)

    def _import_done(self, job: ImportJob, _stored) -> None:
        self._jobs.discard(job)
        self.empty_state.sample_button.setEnabled(True)
        self.model.reload()
        self._show_state()

    def _import_failed(self, job: ImportJob, message: str) -> None:
        self._jobs.discard(job)
        self.empty_state.sample_button.setEnabled(True)
        self._show_state()
        QMessageBox.warning(self, "Import failed", message)

    def closeEvent(self, event) -> None:
        for job in self._jobs:
            job.cancel.set()
        QThreadPool.globalInstance().waitForDone()
        super().closeEvent(event)
