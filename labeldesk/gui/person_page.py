"""A person's page: every credit they have, on every release and track, under any spelling —
what a musician checks. Release titles are links; the list exports as CSV."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from labeldesk.gui.links import link_role_value
from labeldesk.gui.list_table_model import ListTableModel
from labeldesk.gui.tables import make_table
from labeldesk.library import Library, NotFound, get_person
from labeldesk.library.credits import CreditRow
from labeldesk.library.people_listing import person_credits
from labeldesk.model.roles import role_label


class PersonCreditsModel(ListTableModel):
    HEADERS = ("Role", "Instrument", "Release", "Track", "Scope", "Credited as")
    ROLE, INSTRUMENT, RELEASE, TRACK, SCOPE, CREDITED_AS = range(6)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[CreditRow] = []

    def set_rows(self, rows: list[CreditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if column == self.RELEASE and role in (Qt.ForegroundRole, Qt.FontRole):
            return link_role_value(role)
        if role == Qt.ToolTipRole and column == self.RELEASE:
            return f"Open “{row.release}”"
        if role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        values = (role_label(row.role), row.instrument, row.release, row.track, row.scope, row.name)
        return values[column] or ""


class PersonPage(QWidget):
    open_release = Signal(int)
    export_requested = Signal(int)  # the person id

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.person_id: int | None = None
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.spellings = QLabel()
        self.spellings.setWordWrap(True)
        self.summary = QLabel()
        self.export_button = QPushButton("Export CSV…")
        self.export_button.setToolTip("Save these credits as a CSV file (the columns `labeldesk credits --csv` prints)")
        self.export_button.clicked.connect(lambda: self.person_id is not None and self.export_requested.emit(self.person_id))

        self.model = PersonCreditsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.table = make_table(self.proxy, widths=(120, 90, 180, 140, 120))
        self.table.sortByColumn(-1, Qt.AscendingOrder)  # as the library orders them until a header is clicked
        self.table.setCursor(Qt.ArrowCursor)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name)
        titles.addWidget(self.spellings)
        titles.addWidget(self.summary)
        head.addLayout(titles, 1)
        head.addWidget(self.export_button, 0, Qt.AlignBottom)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table)

        self.placeholder = QLabel("Select a person to see every credit they have, on every release.")
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def show_person(self, person_id: int | None) -> None:
        if person_id is None:
            self.person_id = None
            self.stack.setCurrentWidget(self.placeholder)
            return
        try:
            person = get_person(self.library, person_id)
        except NotFound:
            self.show_person(None)
            return
        self.person_id = person_id
        rows = person_credits(self.library, person_id)
        self.model.set_rows(rows)
        self.name.setText(person.name)
        others = [s for s in person.spellings if s != person.name]
        self.spellings.setText("Also credited as " + ", ".join(others) if others else "")
        self.spellings.setVisible(bool(others))
        releases = len({r.release_id for r in rows})
        self.summary.setText(
            f"{len(rows)} credit{'' if len(rows) == 1 else 's'} on {releases} release{'' if releases == 1 else 's'}"
            if rows else "No credits (this person may be named only as an artist or a note’s author).")
        self.export_button.setEnabled(bool(rows))
        self.stack.setCurrentIndex(1)

    def roles_on(self, release_id: int) -> list[str]:
        """The role labels this page lists on one release (in the order shown)."""
        return [self.proxy.index(r, PersonCreditsModel.ROLE).data() for r in range(self.proxy.rowCount())
                if self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()].release_id == release_id]

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == PersonCreditsModel.RELEASE:
            row = self.model.rows[self.proxy.mapToSource(index).row()]
            self.open_release.emit(row.release_id)
