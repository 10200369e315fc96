"""The release editor: a header naming the release, and tabs (Overview, Tracks, Credits, Notes,
Source). Other parts of the window add their own tabs with `add_tab` (a Files tab, for one)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from labeldesk.gui.release_editor.context import EditorContext
from labeldesk.gui.release_editor.credits import CreditsTab
from labeldesk.gui.release_editor.notes import NotesTab
from labeldesk.gui.release_editor.overview import KIND_LABELS, OverviewTab
from labeldesk.gui.release_editor.source import SourceTab
from labeldesk.gui.release_editor.tracks import TracksTab
from labeldesk.gui.release_editor.widgets import WarningLabel
from labeldesk.library import NotFound, get_release
from labeldesk.model import Release

__all__ = ["EditorContext", "ReleaseEditor"]


class ReleaseHeader(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.PlainText)
        self.warnings = WarningLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 8)
        layout.setSpacing(2)
        for label in (self.title, self.subtitle, self.facts, self.warnings):
            layout.addWidget(label)

    def show_release(self, release: Release) -> None:
        self.title.setText(release.title)
        self.subtitle.setText(release.subtitle or "")
        self.subtitle.setVisible(bool(release.subtitle))
        facts = [KIND_LABELS.get(release.kind, release.kind)]
        facts += [f for f in (release.label, release.catalog_number, release.year) if f]
        facts.append(f"{len(release.tracks)} track{'' if len(release.tracks) == 1 else 's'}")
        self.facts.setText(" · ".join(str(f) for f in facts))
        count = len(release.warnings)
        self.warnings.say(f"{count} thing{'' if count == 1 else 's'} to check — see the Source tab" if count else None)


class ReleaseEditor(QWidget):
    """Shows one release (by id) and edits it through the context's undo stack."""

    def __init__(self, context: EditorContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.release: Release | None = None
        self.header = ReleaseHeader()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(context)
        self.tracks = TracksTab(context)
        self.credits = CreditsTab(context)
        self.notes = NotesTab(context)
        self.source = SourceTab(context)
        self._tabs: list[QWidget] = []
        for widget, title in ((self.overview, "&Overview"), (self.tracks, "&Tracks"), (self.credits, "C&redits"),
                              (self.notes, "&Notes"), (self.source, "So&urce")):
            self.add_tab(widget, title)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.header)
        body_layout.addWidget(self.tabs)

        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.show_nothing("Select a release to see and edit it.")

    def add_tab(self, widget: QWidget, title: str, before: str | None = None) -> None:
        """Add a tab; it gets `show_release(release)` whenever the editor shows a release.
        `before`: the title of the tab to put it in front of (e.g. "So&urce")."""
        index = next((i for i in range(self.tabs.count()) if self.tabs.tabText(i) == before), -1)
        self.tabs.insertTab(index, widget, title)
        self._tabs.append(widget)
        if self.release is not None:
            widget.show_release(self.release)

    def show_nothing(self, message: str) -> None:
        self.release = None
        self.placeholder.setText(message)
        self.stack.setCurrentWidget(self.placeholder)

    def show_release(self, release_id: int | None) -> None:
        """Show the release as stored now (the same tab stays in front)."""
        if release_id is None:
            self.show_nothing("Select a release to see and edit it.")
            return
        try:
            release = get_release(self.context.library, release_id)
        except NotFound:
            self.show_nothing("This release is no longer in the library.")
            return
        self.release = release
        self.header.show_release(release)
        for widget in self._tabs:
            widget.show_release(release)
        self.stack.setCurrentIndex(1)

    @property
    def release_id(self) -> int | None:
        return self.release.id if self.release is not None else None

    def edit(self) -> None:
        """F2: the Overview's first field, ready to type."""
        if self.release is not None:
            self.tabs.setCurrentWidget(self.overview)
            self.overview.focus_first_field()
