"""The people list: every person with their spellings and number of credits, sorted and searched
in SQL, rows fetched lazily."""

from __future__ import annotations

from PySide6.QtCore import QObject

from labeldesk.gui.lazy_table_model import Column, LazyTableModel
from labeldesk.library import Library
from labeldesk.library.people_listing import people_ids, people_rows_for_ids


def _other_spellings(row) -> str:
    return ", ".join(s for s in row.spellings if s != row.name)


class PeopleTableModel(LazyTableModel):
    COLUMNS = (
        Column("Name", "name", lambda r: r.name),
        Column("Also credited as", "spellings", _other_spellings),
        Column("Credits", "credits", lambda r: r.credits, align_right=True),
    )

    def __init__(self, library: Library, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self.reload()

    def fetch_ids(self, search: str, order: str, descending: bool) -> list[int]:
        return people_ids(self.library, search or None, order=order, descending=descending)

    def fetch_rows(self, ids: list[int]):
        return people_rows_for_ids(self.library, ids)
