"""Ctrl+C in any table: the selected rows, as tab-separated text with a header line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView


def selected_rows_text(view: QAbstractItemView) -> str:
    """The selected rows of `view` (every visible column, in the order shown), tab-separated,
    under a line of column titles."""
    model = view.model()
    if model is None:
        return ""
    header = getattr(view, "horizontalHeader", lambda: None)()
    columns = list(range(model.columnCount()))
    if header is not None:
        columns = sorted((c for c in columns if not header.isSectionHidden(c)), key=header.visualIndex)
    rows = sorted({index.row() for index in view.selectionModel().selectedIndexes()})
    if not rows:
        return ""

    def clean(value) -> str:
        return "" if value is None else " ".join(str(value).split())  # no tab or line break inside a cell

    lines = ["\t".join(clean(model.headerData(c, Qt.Horizontal)) for c in columns)]
    for row in rows:
        lines.append("\t".join(clean(model.data(model.index(row, c))) for c in columns))
    return "\n".join(lines) + "\n"


def install_copy(view: QAbstractItemView) -> QAction:
    """Give `view` a Copy action (the platform's Copy shortcut, Ctrl+C) that copies its selected rows."""
    action = QAction("Copy rows", view)
    action.setShortcut(QKeySequence.Copy)
    action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda: copy_selected_rows(view))
    view.addAction(action)
    return action


def copy_selected_rows(view: QAbstractItemView) -> None:
    text = selected_rows_text(view)
    if text:
        QGuiApplication.clipboard().setText(text)
