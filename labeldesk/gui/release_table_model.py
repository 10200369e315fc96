"""The release list: ids in SQL order (search through the library's full-text index), rows fetched
lazily (see LazyTableModel)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QStyle

from labeldesk.gui.lazy_table_model import Column, LazyTableModel
from labeldesk.library import Library, release_rows_for_ids
from labeldesk.library.release_order import sorted_release_ids


DECORATION = Qt.ItemDataRole.DecorationRole.value


def _warnings(row) -> str:
    return str(row.warnings) if row.warnings else ""


class ReleaseTableModel(LazyTableModel):
    COLUMNS = (
        Column("Title", "title", lambda r: r.title),
        Column("Artists", "artists", lambda r: ", ".join(r.artists)),
        Column("Label", "label", lambda r: r.label),
        Column("Kind", "kind", lambda r: r.kind),
        Column("Year", "year", lambda r: r.year, align_right=True),
        Column("Tracks", "tracks", lambda r: r.tracks, align_right=True),
        Column("Warnings", "warnings", _warnings, align_right=True, tooltip="What the import asks a person to check"),
    )
    WARNINGS_COLUMN = 6

    def __init__(self, library: Library, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self._warning_icon = None
        self.reload()

    def fetch_ids(self, search: str, order: str, descending: bool) -> list[int]:
        return sorted_release_ids(self.library, search=search or None, order=order, descending=descending)

    def fetch_rows(self, ids: list[int]):
        return release_rows_for_ids(self.library, ids)

    def release_id(self, row: int) -> int:
        return self.id_at(row)

    def cell(self, row, column: Column, role: int):
        if role == DECORATION and row.warnings and column is self.COLUMNS[self.WARNINGS_COLUMN]:
            if self._warning_icon is None:
                self._warning_icon = QApplication.style().standardIcon(QStyle.SP_MessageBoxWarning)
            return self._warning_icon
        return None
