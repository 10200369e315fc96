"""The Credits tab: who did what on the release — person, role (from the role vocabulary),
instrument, scope, and the track for a track's own credits; add, remove, reorder."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labeldesk.gui.list_table_model import ListTableModel
from labeldesk.gui.release_editor.context import EditorContext
from labeldesk.gui.release_editor.role_delegate import RoleDelegate
from labeldesk.gui.tables import style_table
from labeldesk.model import Credit, Release
from labeldesk.model.roles import role_label


@dataclass(frozen=True)
class CreditPlace:
    """Where a credit sits in the release: the release's own list (track None) or a track's."""

    track: int | None
    index: int


def credit_places(release: Release) -> list[CreditPlace]:
    places = [CreditPlace(None, i) for i in range(len(release.credits))]
    for t, track in enumerate(release.tracks):
        places.extend(CreditPlace(t, i) for i in range(len(track.credits)))
    return places


def credit_list(release: Release, track: int | None) -> list[Credit]:
    return release.credits if track is None else release.tracks[track].credits


class CreditsModel(ListTableModel):
    HEADERS = ("Name", "Role", "Instrument", "Scope", "Track")
    FIELDS = ("name", "role", "instrument", "scope")
    NAME, ROLE, INSTRUMENT, SCOPE, TRACK = range(5)

    def items(self):
        return self.places

    def __init__(self, context: EditorContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.release: Release | None = None
        self.places: list[CreditPlace] = []

    def show_release(self, release: Release) -> None:
        places = credit_places(release)
        if self.release is not None and self.release.id == release.id and places == self.places:
            self.release = release  # same rows: repaint in place (keeps an open editor valid)
            if places:
                self.dataChanged.emit(self.index(0, 0), self.index(len(places) - 1, len(self.HEADERS) - 1))
            return
        self.beginResetModel()
        self.release, self.places = release, places
        self.endResetModel()

    def credit(self, row: int) -> Credit:
        place = self.places[row]
        return credit_list(self.release, place.track)[place.index]

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        return base | Qt.ItemIsEditable if index.isValid() and index.column() != self.TRACK else base

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or self.release is None:
            return None
        credit, column = self.credit(index.row()), index.column()
        if column == self.TRACK:
            track_index = self.places[index.row()].track
            if role in (Qt.DisplayRole, Qt.ToolTipRole) and track_index is not None:
                track = self.release.tracks[track_index]
                return f"{track.position}. {track.title}" if track.position else track.title
            return None
        if column == self.ROLE:
            if role == Qt.EditRole:
                return credit.role
            if role in (Qt.DisplayRole, Qt.ToolTipRole):
                return role_label(credit.role)
            return None
        if column == self.NAME and role == Qt.ToolTipRole:
            return f"{credit.name} — open their page from the context menu or “Person’s page”"
        if role in (Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole):
            return getattr(credit, self.FIELDS[column]) or ""
        return None

    def setData(self, index: QModelIndex, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid() or index.column() == self.TRACK or self.release is None:
            return False
        field = self.FIELDS[index.column()]
        text = " ".join(str(value or "").split())
        new = text or None
        if field in ("name", "role") and not new:
            return False
        if field == "instrument" and new:
            new = new.lower()  # the vocabulary's instruments are lower-case English
        credit = self.credit(index.row())
        if getattr(credit, field) == new:
            return False
        place = self.places[index.row()]
        what = {"name": "name", "role": "role", "instrument": "instrument", "scope": "scope"}[field]

        def change(release: Release) -> None:
            setattr(credit_list(release, place.track)[place.index], field, new)

        return self.context.replace(self.release, change, f"Edit {what} of {credit.name}’s credit")


class CreditsTab(QWidget):
    def __init__(self, context: EditorContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.model = CreditsModel(context, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(CreditsModel.ROLE, RoleDelegate(self.table))
        style_table(self.table, (180, 130, 100, 130))
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                   | QAbstractItemView.AnyKeyPressed)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.add_button = QPushButton("Add credit")
        self.remove_button = QPushButton("Remove")
        self.up_button = QPushButton("Move up")
        self.down_button = QPushButton("Move down")
        self.person_button = QPushButton("Person’s page")
        self.add_button.clicked.connect(self.add_credit)
        self.remove_button.clicked.connect(self.remove_credit)
        self.up_button.clicked.connect(lambda: self.move_credit(-1))
        self.down_button.clicked.connect(lambda: self.move_credit(+1))
        self.person_button.clicked.connect(self.open_person)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.person_button)
        self.empty_hint = QLabel("No credits yet. “Add credit” adds one; double-click a cell to change it.")
        self.empty_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_hint)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def show_release(self, release: Release) -> None:
        current = self.table.currentIndex()
        same = self.model.release is not None and self.model.release.id == release.id
        self.model.show_release(release)
        if same and current.isValid() and current.row() < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.empty_hint.setVisible(not self.model.places)
        self._update_buttons()

    def _current_row(self) -> int:
        return self.table.currentIndex().row()

    def _update_buttons(self) -> None:
        row = self._current_row()
        has = 0 <= row < len(self.model.places)
        self.remove_button.setEnabled(has)
        self.person_button.setEnabled(has)
        self.up_button.setEnabled(has and self.model.places[row].index > 0)
        self.down_button.setEnabled(
            has and self.model.places[row].index < len(credit_list(self.model.release, self.model.places[row].track)) - 1)

    def select_row(self, row: int, column: int = 0) -> None:
        self.table.setCurrentIndex(self.model.index(row, column))

    def add_credit(self) -> None:
        release = self.model.release
        if release is None:
            return
        role = "performer"

        def change(r: Release) -> None:
            r.credits.append(Credit(name="New name", role=role))

        if self.context.replace(release, change, "Add credit", self):
            row = len(self.model.release.credits) - 1  # the release's own credits come first
            index = self.model.index(row, CreditsModel.NAME)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def remove_credit(self) -> None:
        row = self._current_row()
        if self.model.release is None or row < 0:
            return
        place, credit = self.model.places[row], self.model.credit(row)
        self.context.replace(self.model.release, lambda r: credit_list(r, place.track).pop(place.index),
                             f"Remove {credit.name}’s credit", self)

    def move_credit(self, step: int) -> None:
        row = self._current_row()
        if self.model.release is None or row < 0:
            return
        place, credit = self.model.places[row], self.model.credit(row)
        target = place.index + step
        if not 0 <= target < len(credit_list(self.model.release, place.track)):
            return

        def change(r: Release) -> None:
            credits = credit_list(r, place.track)
            credits.insert(target, credits.pop(place.index))

        column = self.table.currentIndex().column()
        if self.context.replace(self.model.release, change, f"Move {credit.name}’s credit", self):
            self.select_row(row + step, max(column, 0))

    def open_person(self) -> None:
        row = self._current_row()
        if self.model.release is not None and row >= 0:
            self.context.open_person(self.model.credit(row).name)

    def _context_menu(self, position) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        name = self.model.credit(index.row()).name
        menu = QMenu(self)
        menu.addAction(f"Open {name}’s page", self.open_person)
        menu.addAction("Remove this credit", self.remove_credit)
        menu.exec(self.table.viewport().mapToGlobal(position))
