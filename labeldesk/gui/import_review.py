"""Reviewing an import before anything is stored: the releases the importer found in each document
(title, kind, track and credit counts, warnings) and the passages it skipped, with why; a release's
fields beside the source text with its span highlighted. The user imports all, the checked ones,
or nothing. A document the library already holds is compared release by release with what was read
now: when it holds them all the document is shown as already in the library and cannot be imported
again; when it holds only some (the others were left out of an earlier import, or deleted since)
those are listed as already there and the others can be checked as usual.

`read_for_review` is the background half (no Qt); `ImportReviewDialog` emits `chosen(choices)`
with a ChosenReleases per document to store, naming the releases that were checked."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labeldesk.gui.release_editor.overview import KIND_LABELS
from labeldesk.gui.source_text import SourceText
from labeldesk.library.documents import ChosenReleases, DocumentMatch
from labeldesk.model import Document, Release, SkippedSpan
from labeldesk.model.durations import format_duration
from labeldesk.model.roles import role_label


@dataclass
class ReviewedDocument:
    document: Document
    match: DocumentMatch  # what the library holds of it already

    @property
    def known(self) -> bool:
        """The library holds this very text and every release read from it: importing adds nothing."""
        return self.match.whole

    @property
    def partly(self) -> bool:
        """The library holds this text but not every release read from it."""
        return self.match.partly

    def present(self, index: int) -> bool:
        """The release at `index` is in the library already."""
        return index in self.match.present

    @property
    def offered(self) -> list[int]:
        """The releases that can be imported from it (those the library does not hold)."""
        return self.match.missing


def read_for_review(library, paths: Iterable[str | Path], progress=None, cancel=None) -> list[ReviewedDocument]:
    """Read the files through the importer and compare each document with what the library holds
    of it. Stores nothing."""
    from labeldesk.actions.importing import read_documents  # the importer loads only when used
    from labeldesk.library.documents import match_document

    documents = read_documents(paths, progress=progress, cancel=cancel)
    return [ReviewedDocument(d, match_document(library, d)) for d in documents]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


# what a row of the tree stands for, kept in the first column's UserRole
DOCUMENT, RELEASE, SKIPPED = "document", "release", "skipped"
KIND_ROLE = Qt.UserRole
INDEX_ROLE = Qt.UserRole + 1  # (document index, release or skipped index)


class ImportReviewDialog(QDialog):
    """Open it with open() (or show()); it emits `chosen` with the documents to store when the
    user imports, and nothing when they discard."""

    chosen = Signal(list)  # list[ChosenReleases]
    COLUMNS = ("Found", "Kind", "Tracks", "Credits", "Warnings")

    def __init__(self, reviewed: list[ReviewedDocument], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Review the import")
        self.reviewed = reviewed
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setHeaderLabels(self.COLUMNS)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self._fill()
        self.tree.currentItemChanged.connect(lambda current, _previous: self._show(current))
        self._following = False  # a document's box and its releases' boxes being brought in line
        self.tree.itemChanged.connect(self._checked_changed)

        self.fields = QTextBrowser()
        self.fields.setOpenLinks(False)
        self.source = SourceText()
        self.detail = QSplitter()
        self.detail.addWidget(self.fields)
        self.detail.addWidget(self.source)
        self.detail.setStretchFactor(0, 2)
        self.detail.setStretchFactor(1, 3)
        self.detail.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 420])
        self.splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox()
        self.import_checked_button = self.buttons.addButton("Import checked", QDialogButtonBox.AcceptRole)
        self.import_all_button = self.buttons.addButton("Import all", QDialogButtonBox.AcceptRole)
        self.discard_button = self.buttons.addButton("Discard", QDialogButtonBox.RejectRole)
        self.discard_button.setToolTip("Close without importing anything")
        self.import_all_button.setToolTip("Every release found that is not in the library yet, and the texts in which "
                                          "none was found, checked or not")
        self.import_checked_button.clicked.connect(self.import_checked)
        self.import_all_button.clicked.connect(self.import_all)
        self.discard_button.clicked.connect(self.reject)
        self.import_checked_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1180, 780)
        self._summarise()
        self._update_buttons()
        first = self._first_release_item()
        if first is not None:
            self.tree.setCurrentItem(first)
        elif self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    # --- the tree ----------------------------------------------------------------------------------

    def _fill(self) -> None:
        warning = self.style().standardIcon(QStyle.SP_MessageBoxWarning)
        info = self.style().standardIcon(QStyle.SP_MessageBoxInformation)
        for d_index, reviewed in enumerate(self.reviewed):
            document = reviewed.document
            top = QTreeWidgetItem(self.tree)
            name = Path(document.path).name
            if reviewed.known:
                top.setText(0, f"{name} — already in the library")
                top.setIcon(0, info)
                top.setToolTip(0, f"{document.path}\nThis very text is in the library already: importing it "
                                  "again would add nothing.")
                top.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            else:
                if reviewed.partly:
                    top.setText(0, f"{name} — {partly_text(reviewed)}")
                    top.setIcon(0, info)
                    top.setToolTip(0, f"{document.path}\nThis very text is in the library already, without "
                                      f"{_plural(len(reviewed.offered), 'release')} read from it now: "
                                      f"{'that one' if len(reviewed.offered) == 1 else 'those'} can be imported.")
                else:
                    found = _plural(len(document.releases), "release")
                    top.setText(0, f"{name} — {found}" + (f", {_plural(len(document.skipped), 'passage')} skipped"
                                                          if document.skipped else ""))
                    top.setToolTip(0, document.path)
                # its box follows the releases that can be checked (see _checked_changed); Qt's own
                # tristate would hide it as soon as one row below has no box (a skipped passage)
                top.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
                # a document in which nothing was found (an article) is left out unless checked
                top.setCheckState(0, Qt.Checked if document.releases else Qt.Unchecked)
                if not document.releases:
                    top.setToolTip(0, f"{document.path}\nNo release found in it. Check it to keep its text in the "
                                      "library anyway (listed under Documents).")
            if document.warnings:
                top.setIcon(0, warning)
                top.setText(4, str(len(document.warnings)))
                top.setToolTip(4, "\n".join(document.warnings))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setData(0, KIND_ROLE, DOCUMENT)
            top.setData(0, INDEX_ROLE, (d_index, -1))
            # releases and skipped passages in the order they come in the text
            items = [((_span_of(r) or (-1, -1))[0], RELEASE, i) for i, r in enumerate(document.releases)]
            items += [(s.start, SKIPPED, i) for i, s in enumerate(document.skipped)]
            for _start, kind, index in sorted(items, key=lambda x: x[0]):
                if kind == RELEASE:
                    self._release_item(top, reviewed, d_index, index, warning)
                else:
                    self._skipped_item(top, document.skipped[index], d_index, index)
            top.setExpanded(True)
        for column in range(1, len(self.COLUMNS)):
            self.tree.resizeColumnToContents(column)

    def _release_item(self, parent: QTreeWidgetItem, reviewed: ReviewedDocument, d_index: int, index: int,
                      warning_icon) -> None:
        release = reviewed.document.releases[index]
        item = QTreeWidgetItem(parent)
        item.setText(0, release.title or "(untitled)")
        item.setText(1, KIND_LABELS.get(release.kind, release.kind))
        item.setText(2, str(len(release.tracks)))
        item.setText(3, str(len(release.all_credits())))
        for column in (2, 3, 4):
            item.setTextAlignment(column, Qt.AlignRight | Qt.AlignVCenter)
        if release.warnings:
            item.setText(4, str(len(release.warnings)))
            item.setIcon(4, warning_icon)
            item.setToolTip(4, "\n".join(release.warnings))
        item.setData(0, KIND_ROLE, RELEASE)
        item.setData(0, INDEX_ROLE, (d_index, index))
        if reviewed.known:
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            item.setToolTip(0, "Already in the library")
        elif reviewed.present(index):  # listed for what it is, but there is nothing to check
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            item.setText(0, f"{release.title or '(untitled)'} — already in the library")
            item.setToolTip(0, "Imported from this text before: it is in the library already")
            item.setIcon(0, self.style().standardIcon(QStyle.SP_MessageBoxInformation))  # not a tick: no box
            for column in range(len(self.COLUMNS)):
                item.setForeground(column, self.palette().brush(QPalette.PlaceholderText))
        else:
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
            item.setCheckState(0, Qt.Checked)

    def _skipped_item(self, parent: QTreeWidgetItem, skipped: SkippedSpan, d_index: int, index: int) -> None:
        item = QTreeWidgetItem(parent)
        item.setText(0, f"Skipped: {skipped.reason}")
        item.setToolTip(0, skipped.preview)
        font = item.font(0)
        font.setItalic(True)
        item.setFont(0, font)
        item.setForeground(0, self.palette().brush(QPalette.PlaceholderText))  # the palette's quieter text
        item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        item.setData(0, KIND_ROLE, SKIPPED)
        item.setData(0, INDEX_ROLE, (d_index, index))

    def _checked_changed(self, item: QTreeWidgetItem, column: int) -> None:
        """A document's box checks or unchecks every release that can be imported from it; a
        release's box makes its document's checked, unchecked, or partly checked."""
        if column == 0 and not self._following:
            self._following = True
            try:
                if item.data(0, KIND_ROLE) == DOCUMENT and item.checkState(0) != Qt.PartiallyChecked:
                    for child in self._checkable_releases(item):
                        child.setCheckState(0, item.checkState(0))
                elif item.data(0, KIND_ROLE) == RELEASE and item.parent() is not None:
                    states = {child.checkState(0) for child in self._checkable_releases(item.parent())}
                    item.parent().setCheckState(0, states.pop() if len(states) == 1 else Qt.PartiallyChecked)
            finally:
                self._following = False
        self._update_buttons()

    def _checkable_releases(self, top: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        return [child for child in (top.child(r) for r in range(top.childCount()))
                if child.data(0, KIND_ROLE) == RELEASE and child.flags() & Qt.ItemIsUserCheckable]

    def _first_release_item(self) -> QTreeWidgetItem | None:
        for top in self._tops():
            for row in range(top.childCount()):
                if top.child(row).data(0, KIND_ROLE) == RELEASE:
                    return top.child(row)
        return None

    def _tops(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def release_items(self) -> list[QTreeWidgetItem]:
        return [top.child(r) for top in self._tops() for r in range(top.childCount())
                if top.child(r).data(0, KIND_ROLE) == RELEASE]

    def skipped_items(self) -> list[QTreeWidgetItem]:
        return [top.child(r) for top in self._tops() for r in range(top.childCount())
                if top.child(r).data(0, KIND_ROLE) == SKIPPED]

    def present_items(self) -> list[QTreeWidgetItem]:
        """The releases of partly imported documents that are in the library already."""
        return [i for i in self.release_items() if self.reviewed[i.data(0, INDEX_ROLE)[0]].partly
                and self.reviewed[i.data(0, INDEX_ROLE)[0]].present(i.data(0, INDEX_ROLE)[1])]

    def set_checked(self, title: str, checked: bool) -> None:
        """Check or uncheck the release called `title` (as a click on its box would)."""
        item = next(i for i in self.release_items() if i.text(0) == title and i.flags() & Qt.ItemIsUserCheckable)
        item.setCheckState(0, Qt.Checked if checked else Qt.Unchecked)

    # --- what is shown beside --------------------------------------------------------------------------

    def _show(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        kind = item.data(0, KIND_ROLE)
        d_index, index = item.data(0, INDEX_ROLE)
        document = self.reviewed[d_index].document
        if kind == RELEASE:
            release = document.releases[index]
            reviewed = self.reviewed[d_index]
            self.fields.setHtml(release_html(release, reviewed.known, present=reviewed.present(index)))
            self.source.show_text(document.text, _span_of(release))
        elif kind == SKIPPED:
            skipped = document.skipped[index]
            self.fields.setHtml(f"<h3>Skipped</h3><p>{html.escape(skipped.reason)}</p>"
                                "<p>The highlighted passage was not read as a release.</p>")
            self.source.show_text(document.text, (skipped.start, skipped.end))
        else:
            self.fields.setHtml(document_html(self.reviewed[d_index]))
            self.source.show_text(document.text)

    # --- the outcome -------------------------------------------------------------------------------

    def _summarise(self) -> None:
        new = [r for r in self.reviewed if not r.match.stored]
        partly = [r for r in self.reviewed if r.partly]
        text = ""
        if new or not partly:
            releases = sum(len(r.document.releases) for r in new)
            skipped = sum(len(r.document.skipped) for r in new)
            text = (f"Found {_plural(releases, 'release')} in {_plural(len(new), 'new document')}"
                    f"; {_plural(skipped, 'passage')} skipped.")
        if partly:
            more = sum(len(r.offered) for r in partly)
            one = len(partly) == 1
            text += (f" {_plural(len(partly), 'document')} {'is' if one else 'are'} partly in the library: "
                     f"{_plural(more, 'release')} not imported yet can be imported from {'it' if one else 'them'}.")
        known = sum(1 for r in self.reviewed if r.known)
        if known:
            text += (f" {_plural(known, 'document')} {'is' if known == 1 else 'are'} already in the library "
                     "and will not be imported again.")
        text += " Nothing is stored until you import."
        self.summary.setText(text.strip())

    def chosen_documents(self, everything: bool = False) -> list[ChosenReleases]:
        """What to store: each document with something to add and the releases checked in it
        (every one the library does not hold, with `everything`). A document whose releases are all
        unchecked is left out; one that holds no release is kept when checked (its text stays in
        the library, listed under Documents)."""
        chosen = []
        for top, reviewed in zip(self._tops(), self.reviewed):
            if reviewed.known:
                continue
            document = reviewed.document
            if everything:
                chosen.append(ChosenReleases(document, tuple(reviewed.offered)))
                continue
            if not document.releases:
                if top.checkState(0) == Qt.Checked:
                    chosen.append(ChosenReleases(document, ()))
                continue
            keep = tuple(item.data(0, INDEX_ROLE)[1] for item in (top.child(r) for r in range(top.childCount()))
                         if item.data(0, KIND_ROLE) == RELEASE and item.flags() & Qt.ItemIsUserCheckable
                         and item.checkState(0) == Qt.Checked)
            if keep:
                chosen.append(ChosenReleases(document, keep))
        return chosen

    def _update_buttons(self) -> None:
        checked = sum(len(c.indexes) for c in self.chosen_documents())
        self.import_checked_button.setText(f"Import {_plural(checked, 'checked release')}")
        self.import_checked_button.setEnabled(bool(self.chosen_documents()))
        self.import_all_button.setEnabled(any(not r.known for r in self.reviewed))

    def import_checked(self) -> None:
        self._finish(self.chosen_documents())

    def import_all(self) -> None:
        self._finish(self.chosen_documents(everything=True))

    def _finish(self, documents: list[ChosenReleases]) -> None:
        self.accept()
        if documents:
            self.chosen.emit(documents)


def _span_of(release: Release) -> tuple[int, int] | None:
    return (release.source.start, release.source.end) if release.source is not None else None


def release_html(release: Release, known: bool, present: bool = False) -> str:
    """A release's fields as the importer read them, for reading (not editing). `present`: the
    library holds this release already (its document is partly in the library)."""
    e = html.escape
    rows = [("Title", release.title), ("Subtitle", release.subtitle),
            ("Also known as", "; ".join(release.alternate_titles)),
            ("Kind", KIND_LABELS.get(release.kind, release.kind)), ("Artists", "; ".join(release.artists)),
            ("Label", release.label), ("Catalogue no.", release.catalog_number), ("Barcode", release.barcode),
            ("Released", release.release_date),
            ("Duration", format_duration(release.stated_duration) if release.stated_duration else None),
            ("Awards", "; ".join(release.awards))]
    parts = []
    if known:
        parts.append("<p><b>Already in the library</b> — importing this document again adds nothing.</p>")
    elif present:
        parts.append("<p><b>Already in the library</b> — imported from this text before; it is not imported "
                     "again. Edit it in the library.</p>")
    if release.warnings:
        parts.append("<p><b>To check:</b></p><ul>" + "".join(f"<li>{e(w)}</li>" for w in release.warnings) + "</ul>")
    parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(
        f"<tr><td valign='top'><i>{e(name)}</i>&nbsp;&nbsp;</td><td>{e(str(value))}</td></tr>"
        for name, value in rows if value) + "</table>")
    if release.tracks:
        discs = release.disc_count > 1
        parts.append(f"<p><b>{_plural(len(release.tracks), 'track')}</b></p><table cellspacing='0' cellpadding='1'>"
                     + "".join(f"<tr><td align='right'>{e((f'{t.disc}-' if discs else '') + t.position)}&nbsp;</td>"
                               f"<td>{e(t.title)}</td>"
                               f"<td align='right'>&nbsp;{e(format_duration(t.duration) if t.duration else '')}</td></tr>"
                               for t in release.tracks) + "</table>")
    credits = release.all_credits()
    if credits:
        parts.append(f"<p><b>{_plural(len(credits), 'credit')}</b></p><table cellspacing='0' cellpadding='1'>"
                     + "".join(f"<tr><td><i>{e(role_label(c.role))}</i>&nbsp;</td><td>{e(c.name)}"
                               f"{e(f' ({c.instrument})') if c.instrument else ''}"
                               f"{e(f' — {t.position} {t.title}') if t is not None else ''}</td></tr>"
                               for c, t in credits) + "</table>")
    if release.notes:
        parts.append(f"<p><b>{_plural(len(release.notes), 'note')}</b></p>" + "".join(
            f"<p>{e(n.text[:300])}{'…' if len(n.text) > 300 else ''}"
            + (f"<br><i>— {e(', '.join(n.authors))}</i>" if n.authors else "") + "</p>" for n in release.notes))
    return "".join(parts)


def document_html(reviewed: ReviewedDocument) -> str:
    document = reviewed.document
    e = html.escape
    parts = [f"<h3>{e(Path(document.path).name)}</h3><p>{e(document.path)}</p>"]
    if reviewed.known:
        parts.append("<p><b>Already in the library</b> — this very text was imported before; "
                     "importing it again would add nothing.</p>")
    elif reviewed.partly:
        there = len(reviewed.match.present)
        parts.append(f"<p><b>Partly in the library</b> — this very text was imported before with "
                     f"{there} of its {_plural(len(document.releases), 'release')}. The "
                     f"{_plural(len(reviewed.offered), 'other')} (left out then, or deleted since) can be "
                     "imported now; the text itself is kept as it is.</p>")
    parts.append(f"<p>{_plural(len(document.releases), 'release')}, "
                 f"{_plural(len(document.skipped), 'passage')} skipped.</p>")
    if not document.releases and not reviewed.known:
        parts.append("<p>No release was found in it, so it is left out. Check it to keep its text in the "
                     "library anyway (listed under Documents).</p>")
    if document.warnings:
        parts.append("<ul>" + "".join(f"<li>{e(w)}</li>" for w in document.warnings) + "</ul>")
    return "".join(parts)


def partly_text(reviewed: ReviewedDocument) -> str:
    """'partly in the library: 2 of 5 releases already imported'."""
    there, total = len(reviewed.match.present), len(reviewed.document.releases)
    if not there:
        return f"in the library, none of its {_plural(total, 'release')} imported"
    return f"partly in the library: {there} of {_plural(total, 'release')} already imported"


__all__ = ["ImportReviewDialog", "ReviewedDocument", "partly_text", "read_for_review"]
