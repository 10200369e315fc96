"""The way every table in the window looks and behaves: whole-row selection, one line a row,
sortable columns, no row numbers, Ctrl+C copying the selected rows."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from labeldesk.gui.table_copy import install_copy


def style_table(table: QTableView, widths: tuple[int, ...] = ()) -> QTableView:
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    vertical.hide()
    # rows of one text line: a fixed height also spares the view measuring 100,000 rows
    vertical.setSectionResizeMode(QHeaderView.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    install_copy(table)
    return table


def make_table(model, widths: tuple[int, ...] = (), sortable: bool = True) -> QTableView:
    """A read-only table over `model`."""
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    style_table(table, widths)
    if sortable:
        table.setSortingEnabled(True)
    return table
