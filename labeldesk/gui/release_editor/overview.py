"""The Overview tab: the release's own fields in an aligned form, and its cover."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from labeldesk.gui.release_editor.context import EditorContext
from labeldesk.gui.release_editor.cover_view import CoverView
from labeldesk.gui.release_editor.widgets import CommitPlainTextEdit, WarningLabel, lines_of, names_of
from labeldesk.gui.undo_commands import SetCover
from labeldesk.library.covers import StoredCover, get_cover
from labeldesk.model import RELEASE_KINDS, Release
from labeldesk.model.identifiers import barcode_is_valid

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
KIND_LABELS = {"soundtrack": "Soundtrack", "album": "Album", "single": "Single", "ep": "EP",
               "compilation": "Compilation", "other": "Other"}


def check_cover_file(path: Path) -> tuple[StoredCover, list[str]]:
    """The image at `path` as a cover to store, with the checker's warnings; raises a UserError
    (the tagging package's CoverError) when it cannot be a cover."""
    from labeldesk.tagging.cover import check_image

    found = check_image(path)
    return StoredCover(path.read_bytes(), found.mime, found.width, found.height), list(found.warnings)


class OverviewTab(QScrollArea):
    def __init__(self, context: EditorContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.release: Release | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.NoFrame)

        self.title = QLineEdit()
        self.subtitle = QLineEdit()
        self.alternate_titles = CommitPlainTextEdit()
        self.alternate_titles.setPlaceholderText("One title per line (original or translated titles)")
        self.kind = QComboBox()
        for kind in RELEASE_KINDS:
            self.kind.addItem(KIND_LABELS.get(kind, kind), kind)
        self.artists = QLineEdit()
        self.artists.setPlaceholderText("Names separated by semicolons")
        self.artist_links = QLabel()
        self.artist_links.setTextInteractionFlags(Qt.LinksAccessibleByMouse | Qt.LinksAccessibleByKeyboard)
        self.artist_links.linkActivated.connect(self._open_person)
        self.label = QLineEdit()
        self.catalog_number = QLineEdit()
        self.barcode = QLineEdit()
        self.barcode.setPlaceholderText("EAN-13 or UPC-A digits")
        self.barcode_warning = WarningLabel()
        self.release_date = QLineEdit()
        self.release_date.setPlaceholderText("YYYY, YYYY-MM or YYYY-MM-DD")
        self.awards = CommitPlainTextEdit()
        self.awards.setPlaceholderText("One award or festival selection per line")
        for box in (self.alternate_titles, self.awards):
            box.setTabChangesFocus(True)
            line = box.fontMetrics().lineSpacing()
            box.setFixedHeight(line * 3 + 2 * box.frameWidth() + 8)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.DontWrapRows)
        form.addRow("&Title:", self.title)
        form.addRow("&Subtitle:", self.subtitle)
        form.addRow("Alternate titles:", self.alternate_titles)
        form.addRow("&Kind:", self.kind)
        form.addRow("&Artists:", self.artists)
        form.addRow("", self.artist_links)
        form.addRow("&Label:", self.label)
        form.addRow("&Catalogue number:", self.catalog_number)
        form.addRow("&Barcode:", self.barcode)
        form.addRow("", self.barcode_warning)
        form.addRow("Release &date:", self.release_date)
        form.addRow("A&wards:", self.awards)

        self.cover = CoverView()
        self.cover.image_dropped.connect(self.replace_cover)
        self.cover_warning = WarningLabel()
        self.cover_warning.setMaximumWidth(self.cover.width())
        cover_column = QVBoxLayout()
        cover_column.addWidget(self.cover)
        cover_column.addWidget(self.cover_warning)
        cover_column.addStretch(1)

        form_column = QVBoxLayout()
        form_column.addLayout(form)
        form_column.addStretch(1)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.addLayout(form_column, 1)
        layout.addSpacing(12)
        layout.addLayout(cover_column)
        self.setWidget(body)

        simple = {self.title: ("title", "Edit title"), self.subtitle: ("subtitle", "Edit subtitle"),
                  self.label: ("label", "Edit label"), self.catalog_number: ("catalog_number", "Edit catalogue number"),
                  self.barcode: ("barcode", "Edit barcode")}
        for edit, (field, text) in simple.items():
            edit.editingFinished.connect(lambda e=edit, f=field, t=text: self._commit_field(e, f, t))
        self.release_date.editingFinished.connect(self._commit_date)
        self.kind.activated.connect(self._commit_kind)
        self.artists.editingFinished.connect(self._commit_artists)
        self.alternate_titles.committed.connect(
            lambda: self._commit_list("alternate_titles", self.alternate_titles, "Edit alternate titles"))
        self.awards.committed.connect(lambda: self._commit_list("awards", self.awards, "Edit awards"))
        self.barcode.textChanged.connect(self._check_barcode)

    # --- showing -----------------------------------------------------------------------------------

    def show_release(self, release: Release) -> None:
        if self.release is None or self.release.id != release.id:
            self.cover_warning.say(None)
        self.release = release
        for edit, value in ((self.title, release.title), (self.subtitle, release.subtitle),
                            (self.label, release.label), (self.catalog_number, release.catalog_number),
                            (self.barcode, release.barcode), (self.release_date, release.release_date),
                            (self.artists, "; ".join(release.artists))):
            if edit.text() != (value or ""):
                edit.setText(value or "")
                edit.setCursorPosition(0)
        index = self.kind.findData(release.kind)
        if index < 0:  # a kind outside the list still shows as it is stored
            self.kind.addItem(release.kind, release.kind)
            index = self.kind.count() - 1
        self.kind.setCurrentIndex(index)
        self.alternate_titles.load("\n".join(release.alternate_titles))
        self.awards.load("\n".join(release.awards))
        links = [f'<a href="{html.escape(name)}">{html.escape(name)}</a>' for name in release.artists]
        self.artist_links.setText(" · ".join(links))
        self.artist_links.setToolTip("Open a person's page")
        self.artist_links.setVisible(bool(links))
        self._check_barcode()
        self.cover.show_cover(get_cover(self.context.library, release.id))

    def focus_first_field(self) -> None:
        self.title.setFocus(Qt.ShortcutFocusReason)
        self.title.selectAll()

    def _check_barcode(self) -> None:
        text = self.barcode.text().strip()
        if not text or barcode_is_valid(text):
            self.barcode_warning.say(None)
        elif not text.isdigit() or len(text) not in (8, 12, 13, 14):
            self.barcode_warning.say("Not an EAN or UPC barcode: it should be 8, 12, 13 or 14 digits")
        else:
            self.barcode_warning.say("The check digit does not match: a digit is probably mistyped")

    # --- editing -----------------------------------------------------------------------------------

    def _commit_field(self, edit: QLineEdit, field: str, text: str) -> None:
        if self.release is None:
            return
        value = edit.text().strip()
        if field == "title" and not value:
            edit.setText(self.release.title)
            QMessageBox.warning(self, "Cannot make this change", "A release needs a title.")
            return
        self.context.set_field(self.release, field, value or None, text, self)

    def _commit_date(self) -> None:
        if self.release is None:
            return
        value = self.release_date.text().strip()
        if value and not _DATE.match(value):
            QMessageBox.warning(self, "Not a date", f"“{value}” is not a date. Write it as YYYY, YYYY-MM or YYYY-MM-DD.")
            self.release_date.setText(self.release.release_date or "")
            return
        self.context.set_field(self.release, "release_date", value or None, "Edit release date", self)

    def _commit_kind(self) -> None:
        if self.release is not None:
            self.context.set_field(self.release, "kind", self.kind.currentData(), "Change kind", self)

    def _commit_artists(self) -> None:
        if self.release is None:
            return
        names = names_of(self.artists.text())

        def change(release: Release) -> None:
            release.artists = names

        self.context.replace(self.release, change, "Edit artists", self)

    def _commit_list(self, field: str, box: CommitPlainTextEdit, text: str) -> None:
        if self.release is None:
            return
        values = lines_of(box.toPlainText())
        self.context.replace(self.release, lambda release: setattr(release, field, values), text, self)

    def _open_person(self, name: str) -> None:
        self.context.open_person(html.unescape(name))

    def replace_cover(self, path: Path) -> None:
        if self.release is None:
            return
        from labeldesk.errors import UserError

        try:
            cover, warnings = check_cover_file(path)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, "Cannot use this image", str(exc))
            return
        before = get_cover(self.context.library, self.release.id)
        if self.context.run(SetCover(self.context.target, self.release.id, before, cover), self):
            self.cover_warning.say("; ".join(warnings) if warnings else None)
