"""The Tracks tab: the running order as an editable table (disc, position, title, duration as
m:ss), with each track's own credits summarised."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labeldesk.gui.list_table_model import ListTableModel
from labeldesk.gui.release_editor.context import EditorContext
from labeldesk.gui.release_editor.widgets import WarningLabel
from labeldesk.gui.tables import style_table
from labeldesk.model import Release, Track
from labeldesk.model.durations import format_duration, parse_duration
from labeldesk.model.roles import role_label


def credits_summary(track: Track) -> str:
    parts = []
    for credit in track.credits:
        role = role_label(credit.role) + (f" ({credit.instrument})" if credit.instrument else "")
        parts.append(f"{role}: {credit.name}")
    if track.artists:
        parts.insert(0, "Artists: " + ", ".join(track.artists))
    return "; ".join(parts)


class TracksModel(ListTableModel):
    HEADERS = ("Disc", "#", "Title", "Duration", "Credits")
    EDITABLE = (0, 1, 2, 3)
    refused = Signal(str)  # why an edit was not taken

    def items(self):
        return self.release.tracks if self.release is not None else ()

    def __init__(self, context: EditorContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.release: Release | None = None

    def show_release(self, release: Release) -> None:
        same_shape = (self.release is not None and self.release.id == release.id
                      and len(self.release.tracks) == len(release.tracks))
        if same_shape:  # an edit of this release: repaint in place (an open editor stays valid)
            self.release = release
            if release.tracks:
                self.dataChanged.emit(self.index(0, 0), self.index(len(release.tracks) - 1, len(self.HEADERS) - 1))
            return
        self.beginResetModel()
        self.release = release
        self.endResetModel()

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        return base | Qt.ItemIsEditable if index.isValid() and index.column() in self.EDITABLE else base

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or self.release is None:
            return None
        track = self.release.tracks[index.row()]
        column = index.column()
        if role == Qt.TextAlignmentRole:
            right = column in (0, 1, 3)
            return int((Qt.AlignRight if right else Qt.AlignLeft) | Qt.AlignVCenter)
        if role not in (Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole):
            return None
        if column == 0:
            return track.disc if role == Qt.EditRole else str(track.disc)
        if column == 1:
            return track.position
        if column == 2:
            return track.title
        if column == 3:
            return format_duration(track.duration)
        return credits_summary(track)

    def setData(self, index: QModelIndex, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid() or self.release is None:
            return False
        row, column = index.row(), index.column()
        text = str(value).strip()
        if column == 0:
            if not text.isdigit() or int(text) < 1:
                self.refused.emit(f"“{text}” is not a disc number (1, 2, …).")
                return False
            new, field, what = int(text), "disc", "disc"
        elif column == 1:
            new, field, what = text, "position", "position"
        elif column == 2:
            new, field, what = text, "title", "title"
        elif column == 3:
            new = parse_duration(text) if text else None
            if text and new is None:
                self.refused.emit(f"“{text}” is not a duration. Write it as m:ss, for example 3:05.")
                return False
            field, what = "duration", "duration"
        else:
            return False
        if getattr(self.release.tracks[row], field) == new:
            return False
        number = self.release.tracks[row].position or str(row + 1)

        def change(release: Release) -> None:
            setattr(release.tracks[row], field, new)

        self.refused.emit("")
        return self.context.replace(self.release, change, f"Edit track {number} {what}")


class TracksTab(QWidget):
    def __init__(self, context: EditorContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.model = TracksModel(context, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        style_table(self.table, (48, 48, 300, 80))
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                   | QAbstractItemView.AnyKeyPressed)

        self.add_button = QPushButton("Add track")
        self.add_button.clicked.connect(self.add_track)
        self.remove_button = QPushButton("Remove track")
        self.remove_button.clicked.connect(self.remove_track)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.refusal = WarningLabel()
        self.model.refused.connect(self.refusal.say)
        self.empty_hint = QLabel("No tracks listed. Add them with “Add track”, or import a text that lists them.")
        self.empty_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.refusal)
        layout.addLayout(buttons)

    def show_release(self, release: Release) -> None:
        current = self.table.currentIndex()
        if self.model.release is None or self.model.release.id != release.id:
            self.refusal.say(None)
        self.model.show_release(release)
        self.empty_hint.setVisible(not release.tracks)
        if current.isValid() and current.row() < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))

    def add_track(self) -> None:
        release = self.model.release
        if release is None:
            return
        last = release.tracks[-1] if release.tracks else None
        disc = last.disc if last else 1
        position = str(int(last.position) + 1) if last and last.position.isdigit() else str(len(release.tracks) + 1)

        def change(r: Release) -> None:
            r.tracks.append(Track(position=position, title="", disc=disc))

        if self.context.replace(release, change, "Add track", self):
            index = self.model.index(self.model.rowCount() - 1, 2)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def remove_track(self) -> None:
        release = self.model.release
        row = self.table.currentIndex().row()
        if release is None or row < 0:
            return
        number = release.tracks[row].position or str(row + 1)
        self.context.replace(release, lambda r: r.tracks.pop(row), f"Remove track {number}", self)
