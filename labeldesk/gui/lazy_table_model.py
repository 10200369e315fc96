"""A table model that holds only row ids and fetches the rows a view shows, a page at a time; the
order and the filter are decided in SQL by the subclass. The way to show 100,000 rows at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt


# roles and alignments as plain ints: data() runs for every visible cell and role, and comparing
# ints is far cheaper than comparing Qt enum objects
DISPLAY = Qt.ItemDataRole.DisplayRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value
RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
OTHER_ROLES = {Qt.ItemDataRole.DecorationRole.value, Qt.ItemDataRole.ForegroundRole.value,
               Qt.ItemDataRole.FontRole.value}


@dataclass(frozen=True)
class Column:
    title: str
    order: str | None  # the SQL order key sorting on this column, None: not sortable
    value: Callable[[Any], Any]  # the row -> what the cell shows
    align_right: bool = False
    tooltip: str = ""


class LazyTableModel(QAbstractTableModel):
    COLUMNS: tuple[Column, ...] = ()
    PAGE = 100  # rows fetched at a time: a screenful or three
    CACHE_LIMIT = 5000

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, Any] = {}
        self._order = next(c.order for c in self.COLUMNS if c.order)
        self._descending = False
        self._search = ""

    # --- for subclasses ----------------------------------------------------------------------------

    def fetch_ids(self, search: str, order: str, descending: bool) -> list[int]:
        raise NotImplementedError

    def fetch_rows(self, ids: list[int]) -> dict[int, Any]:
        raise NotImplementedError

    def cell(self, row: Any, column: Column, role: int):
        """Roles other than display, tooltip and alignment (icons, link colours)."""
        return None

    # --- the ids -----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the ids again (after an import or an edit) and forget the fetched rows."""
        self.beginResetModel()
        self._ids = self.fetch_ids(self._search, self._order, self._descending)
        self._rows.clear()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self._search = text.strip()
        self.reload()

    @property
    def search_text(self) -> str:
        return self._search

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, row_id: int) -> int | None:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    def row_object(self, row: int):
        return self._row(row)

    def refresh(self, row_id: int) -> None:
        """Fetch one row again (after an edit) and repaint it."""
        self._rows.pop(row_id, None)
        row = self.row_of(row_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # --- QAbstractTableModel -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        column = self.COLUMNS[section]
        if role == Qt.DisplayRole:
            return column.title
        if role == Qt.ToolTipRole and column.tooltip:
            return column.tooltip
        if role == Qt.TextAlignmentRole and column.align_right:
            return RIGHT
        return None

    def data(self, index: QModelIndex, role: int = DISPLAY):
        role = int(role)
        if role == ALIGNMENT:
            return RIGHT if self.COLUMNS[index.column()].align_right else LEFT
        if role != DISPLAY and role != TOOLTIP and role not in OTHER_ROLES:
            return None
        row_number = index.row()
        if not index.isValid() or not 0 <= row_number < len(self._ids):
            return None
        row = self._rows.get(self._ids[row_number]) or self._row(row_number)
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == DISPLAY or role == TOOLTIP:
            value = column.value(row)
            return "" if value is None else value
        return self.cell(row, column, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        key = self.COLUMNS[column].order
        if key is None or (key, order == Qt.DescendingOrder) == (self._order, self._descending):
            return  # not sortable, or already in this order (views ask again when set up)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(index, self._ids[index.row()]) for index in persistent if 0 <= index.row() < len(self._ids)]
        self._order, self._descending = key, order == Qt.DescendingOrder
        self._ids = self.fetch_ids(self._search, self._order, self._descending)
        position = {row_id: row for row, row_id in enumerate(self._ids)} if held else {}
        for index, row_id in held:
            new_row = position.get(row_id)
            target = self.index(new_row, index.column()) if new_row is not None else QModelIndex()
            self.changePersistentIndex(index, target)
        self.layoutChanged.emit()

    def _row(self, row: int):
        row_id = self._ids[row]
        if row_id not in self._rows:
            if len(self._rows) > self.CACHE_LIMIT:
                self._rows.clear()
            start = row - row % self.PAGE
            self._rows.update(self.fetch_rows(self._ids[start:start + self.PAGE]))
        return self._rows.get(row_id)
