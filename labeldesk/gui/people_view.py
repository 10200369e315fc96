"""The People page: every person with their number of credits, and the selected person's page."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from labeldesk.gui.people_table_model import PeopleTableModel
from labeldesk.gui.person_page import PersonPage
from labeldesk.gui.tables import make_table
from labeldesk.library import Library


class PeopleView(QWidget):
    open_release = Signal(int)
    merge_requested = Signal()

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.model = PeopleTableModel(library, self)
        self.table = make_table(self.model, widths=(200, 170, 64))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.merge_button = QPushButton("Merge…")
        self.merge_button.setToolTip("Select two people who are one (Ctrl+click), then merge them: "
                                     "both spellings stay as credited names")
        self.merge_button.clicked.connect(self.merge_requested)
        buttons = QHBoxLayout()
        self.count = QLabel()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        self.empty = QLabel("No people yet. They appear as releases are imported: every artist, "
                            "credited name and note author.")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table_stack)
        left_layout.addLayout(buttons)

        self.page = PersonPage(library)
        self.page.open_release.connect(self.open_release)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([480, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._show_state()

    def _show_state(self) -> None:
        count = self.model.rowCount()
        searching = bool(self.model.search_text)
        self.table_stack.setCurrentWidget(self.table if count or searching else self.empty)
        self.count.setText(f"{count} {'person' if count == 1 else 'people'}"
                           + (f" matching “{self.model.search_text}”" if searching else ""))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(len(self.selected_ids()) == 2)

    def _current_changed(self, current, _previous) -> None:
        self.page.show_person(self.model.id_at(current.row()) if current.isValid() else None)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows]

    def set_search(self, text: str) -> None:
        shown = self.page.person_id
        self.model.set_search(text)
        self._show_state()
        self.select_person(shown, quiet=True)

    def reload(self) -> None:
        """After an edit or a merge: the list and the open page as stored now."""
        shown = self.page.person_id
        self.model.reload()
        self._show_state()
        if not self.select_person(shown, quiet=True):
            self.page.show_person(shown)

    def select_person(self, person_id: int | None, quiet: bool = False) -> bool:
        """Select the person in the list (and show their page); False when the list does not show them."""
        row = self.model.row_of(person_id) if person_id is not None else None
        if row is None:
            if not quiet:
                self.page.show_person(person_id)
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.scrollTo(index)
        self.page.show_person(person_id)
        return True
