"""The Releases page: the release table beside the selected release's editor (a splitter), or the
empty state when the library holds no release."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from labeldesk.gui.empty_state import EmptyState
from labeldesk.gui.release_editor import EditorContext, ReleaseEditor
from labeldesk.gui.release_table_model import ReleaseTableModel
from labeldesk.gui.tables import make_table


class ReleasesView(QWidget):
    counts_changed = Signal()
    search_cleared = Signal()  # the search was dropped to show a release it hid

    def __init__(self, context: EditorContext, parent=None):
        super().__init__(parent)
        self.model = ReleaseTableModel(context.library, self)
        self.table = make_table(self.model, widths=(170, 120, 120, 80, 44, 48, 60))
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # the editor follows the selection once the table has been updated (and only for the last
        # of many quick moves, as when a key is held down in the table)
        self._pending: int | None = None
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(0)
        self._follow.timeout.connect(self._show_pending)
        self.editor = ReleaseEditor(context)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([660, 600])
        self.splitter.setChildrenCollapsible(False)
        self.empty_state = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.show_state()

    def show_state(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.splitter if has_rows or self.model.search_text else self.empty_state)
        if not has_rows:
            if self.model.search_text:
                self.editor.show_nothing(f"No release matches “{self.model.search_text}”.\n"
                                         "Try fewer or shorter words, or clear the search (Esc).")
            else:
                self.editor.show_nothing("Select a release to see and edit it.")

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self._pending = self.model.release_id(current.row())
            self._follow.start()

    def _show_pending(self) -> None:
        if self._pending is not None:
            self.editor.show_release(self._pending)
            self._pending = None

    def set_search(self, text: str) -> None:
        """Filter the table by the library's full-text search; the release shown stays selected
        when it still matches, else the first match is shown."""
        shown = self.editor.release_id
        self.model.set_search(text)
        self.show_state()
        if not self.select_release(shown) and self.model.rowCount():
            self.select_row(0)

    def reload(self) -> None:
        shown = self.editor.release_id
        self.model.reload()
        self.show_state()
        if not self.select_release(shown) and self.model.rowCount():
            self.select_row(0)
        self.counts_changed.emit()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.scrollTo(index)

    def select_release(self, release_id: int | None) -> bool:
        """Select the release in the table and show it; False when the table does not list it."""
        row = self.model.row_of(release_id) if release_id is not None else None
        if row is None:
            return False
        if self.table.currentIndex().row() != row:
            self.select_row(row)
        self._follow.stop()  # shown now, as stored now (after an edit, undo or redo too)
        self._pending = None
        self.editor.show_release(release_id)
        return True

    def selected_release_ids(self) -> list[int]:
        """The selected releases in table order (else the one shown, if any)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        if rows:
            return [self.model.release_id(row) for row in rows]
        return [self.editor.release_id] if self.editor.release_id is not None else []

    def _rows_of(self, release_ids: list[int]) -> list[int]:
        """The rows listing these releases, in table order (one pass, however many are asked for)."""
        wanted = set(release_ids)
        return [row for row in range(self.model.rowCount()) if self.model.release_id(row) in wanted]

    def releases_removed(self, release_ids: list[int]) -> None:
        """After a deletion: the table without them, and the row that took the place of the first
        of them selected (the one before, at the end; nothing, when none is left)."""
        first = next(iter(self._rows_of(release_ids)), 0)
        self.model.reload()
        self.show_state()
        count = self.model.rowCount()
        if count:
            self.select_release(self.model.release_id(min(first, count - 1)))
        self.counts_changed.emit()

    def releases_restored(self, release_ids: list[int]) -> None:
        """After an undone deletion: the table with them again, all selected, the first shown
        (clearing the search when it hides them)."""
        self.model.reload()
        rows = self._rows_of(release_ids)
        if self.model.search_text and len(rows) < len(set(release_ids)):
            self.model.set_search("")
            self.search_cleared.emit()
            rows = self._rows_of(release_ids)
        self.show_state()
        if rows:
            self.select_release(self.model.release_id(rows[0]))
            others = QItemSelection()
            for row in rows[1:]:
                others.select(self.model.index(row, 0), self.model.index(row, 0))
            self.table.selectionModel().select(others, QItemSelectionModel.Select | QItemSelectionModel.Rows)
        self.counts_changed.emit()

    def release_changed(self, release_id: int) -> None:
        """After an edit, undo or redo of this release: repaint its row and show it selected
        (clearing the search when it hides the release)."""
        self.model.refresh(release_id)
        if not self.select_release(release_id) and self.model.search_text:
            self.model.set_search("")
            self.show_state()
            self.search_cleared.emit()
            self.select_release(release_id)
        self.counts_changed.emit()
