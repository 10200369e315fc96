"""The main window: navigation (Releases, People, Documents), the search field, menus, one undo
stack for every edit, the status bar with counts and background progress."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from labeldesk.gui.documents_view import DocumentsView
from labeldesk.gui.drops import FileDropFilter, are_texts
from labeldesk.gui.jobs import JobRunner
from labeldesk.gui.people_view import PeopleView
from labeldesk.gui.progress_display import ProgressDisplay
from labeldesk.gui.release_deletion import confirm_deletion
from labeldesk.gui.release_editor import EditorContext
from labeldesk.gui.release_editor.files import FilesTab
from labeldesk.gui.release_flows import ReleaseFlows
from labeldesk.gui.releases_view import ReleasesView
from labeldesk.gui.search_field import SearchField
from labeldesk.gui.settings import WindowSettings
from labeldesk.gui.undo_commands import DeleteReleases, MergePeople
from labeldesk.library import Library, NotFound, count_releases, find_people, get_person
from labeldesk.library.credits_export import write_credits_csv
from labeldesk.library.deleted_releases import summarise_releases
from labeldesk.library.people_listing import count_credits, person_credits
from labeldesk.paths import resource

SAMPLE_CATALOGUE = "sample-catalogue.json"
PAGES = ("Releases", "People", "Documents")
TEXT_FILTER = "Texts and release data (*.txt *.text *.md *.json);;All files (*)"
AUDIO_FILTER = "Audio files (*.mp3 *.flac *.ogg *.oga *.opus *.m4a *.mp4 *.wav *.aif *.aiff);;All files (*)"


def _delete_keys() -> list[QKeySequence]:
    """The platform's Delete key (on a Mac keyboard, the key marked delete is Backspace; ⌘⌫ too)."""
    keys = QKeySequence.keyBindings(QKeySequence.Delete)
    if sys.platform == "darwin":
        keys += [QKeySequence(Qt.Key_Backspace), QKeySequence(Qt.CTRL | Qt.Key_Backspace)]
    return keys


class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: QSettings | None = None):
        super().__init__()
        self.library = library
        self.settings = WindowSettings(settings)
        self.setWindowTitle(f"LabelDesk — {library.path.name}")
        self.undo_stack = QUndoStack(self)
        self.jobs = JobRunner(library.path, self)
        self.context = EditorContext(library, self.undo_stack, self, self.open_person)

        self.releases = ReleasesView(self.context)
        self.releases.counts_changed.connect(self.update_counts)
        self.releases.search_cleared.connect(lambda: self._set_search_text(""))
        self.releases.empty_state.import_button.clicked.connect(self.import_texts)
        self.releases.empty_state.sample_button.clicked.connect(self.open_sample_catalogue)
        self.releases.empty_state.sample_button.setVisible(resource(SAMPLE_CATALOGUE).exists())
        self._people: PeopleView | None = None  # made when first shown: startup stays quick
        self._documents: DocumentsView | None = None
        self._searches = {page: "" for page in PAGES}
        self.flows = ReleaseFlows(self, self.settings.qsettings)
        self.files_tab = FilesTab(self.context, self.jobs)
        self.files_tab.attach_requested.connect(self.attach_audio)
        self.files_tab.write_tags_requested.connect(self.write_tags)
        self.releases.editor.add_tab(self.files_tab, "Fi&les", before="So&urce")

        self.navigation = QListWidget()
        self.navigation.addItems(PAGES)
        self.navigation.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
        self.navigation.setMaximumWidth(self.navigation.fontMetrics().averageCharWidth() * 20)
        self.navigation.setSpacing(3)
        self.navigation.currentRowChanged.connect(self._show_page)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.releases)
        self.main_splitter = QSplitter()
        self.main_splitter.addWidget(self.navigation)
        self.main_splitter.addWidget(self.pages)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([120, 1280])
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)

        self._build_search()
        self._build_menus()
        self._build_status_bar()
        self.drops = FileDropFilter(self.dropped, self)
        self.drops.watch(self)
        self.navigation.setCurrentRow(0)

        self.resize(1400, 860)
        self.settings.restore_window(self)
        self.settings.restore_splitter("main", self.main_splitter)
        self.settings.restore_splitter("releases", self.releases.splitter)
        self.settings.restore_header("releases", self.releases.table.horizontalHeader())
        self.settings.restore_header("tracks", self.releases.editor.tracks.table.horizontalHeader())
        self.settings.restore_header("credits", self.releases.editor.credits.table.horizontalHeader())
        self.releases.show_state()
        if self.releases.model.rowCount():
            self.releases.select_row(0)
        self.update_counts()

    # --- building ----------------------------------------------------------------------------------

    def _build_search(self) -> None:
        self.search_field = SearchField()
        self.search_field.setPlaceholderText("Search releases…  Ctrl+F")
        self.search_field.search_requested.connect(lambda _text: self.apply_search())
        toolbar = QToolBar("Search")
        toolbar.setObjectName("search-toolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_field)
        self.addToolBar(Qt.TopToolBarArea, toolbar)

    def _action(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.import_action = self._action(file_menu, "&Import texts…", self.import_texts, "Ctrl+I",
                                          "Read text documents or release data into the library")
        self.sample_action = self._action(file_menu, "Open the &sample catalogue", self.open_sample_catalogue)
        self.sample_action.setEnabled(resource(SAMPLE_CATALOGUE).exists())
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, "&Quit", self.close, QKeySequence(Qt.CTRL | Qt.Key_Q))
        self.quit_action.setMenuRole(QAction.QuitRole)

        edit_menu = bar.addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.delete_action = self._action(edit_menu, "&Delete release…", self.delete_releases, _delete_keys(),
                                          "Delete the selected releases (Undo brings them back)")
        self._give_delete_to_release_table()
        edit_menu.addSeparator()
        self.find_action = self._action(edit_menu, "&Find…", self.focus_search, QKeySequence.Find,
                                        "Search the releases or people shown")

        release_menu = bar.addMenu("&Release")
        self.edit_action = self._action(release_menu, "&Edit", self.edit, "F2",
                                        "Edit the selected release (or the selected cell)")
        self.cover_action = self._action(release_menu, "Replace &cover…", self.choose_cover)
        self.source_action = self._action(release_menu, "Show &source", self.show_source, "Ctrl+U",
                                          "The text the release was read from")
        release_menu.addSeparator()
        self.add_credit_action = self._action(release_menu, "&Add credit", self.add_credit)
        release_menu.addSeparator()
        self.attach_action = self._action(release_menu, "Attach audio &files…", self.attach_audio, None,
                                          "Link audio files to the release's tracks (or drop them on the release)")
        self.write_tags_action = self._action(release_menu, "&Write tags…", self.write_tags, "Ctrl+Shift+W",
                                              "Write the release's fields into its audio files")
        self.export_release_action = self._action(release_menu, "E&xport…", self.export_release, "Ctrl+E",
                                                  "Tagged copies, cover, manifests and DDEX in a new folder")

        people_menu = bar.addMenu("&People")
        self.person_action = self._action(people_menu, "Show person’s &page", self.show_current_person,
                                          "Ctrl+P", "The page of the person of the selected credit")
        self.merge_action = self._action(people_menu, "&Merge selected people…", self.merge_selected_people)
        self.export_action = self._action(people_menu, "&Export credits as CSV…", self.export_current_person)

        help_menu = bar.addMenu("&Help")
        about = self._action(help_menu, "&About LabelDesk", self.about)
        about.setMenuRole(QAction.AboutRole)
        about_qt = self._action(help_menu, "About &Qt", QApplication.aboutQt)
        about_qt.setMenuRole(QAction.AboutQtRole)

    def _give_delete_to_release_table(self) -> None:
        # the Delete key deletes releases only where the focus is in their table (elsewhere it is a
        # text field's or another table's); the table's context menu offers it too
        table = self.releases.table
        self.delete_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        separator = QAction(self)
        separator.setSeparator(True)
        table.addActions([separator, self.delete_action])
        table.setContextMenuPolicy(Qt.ActionsContextMenu)
        table.selectionModel().selectionChanged.connect(self._update_delete_action)
        self.releases.model.modelReset.connect(self._update_delete_action)

    def _update_delete_action(self, *_) -> None:
        # counted by ranges, not rows: a selection of every row of a large library stays cheap
        ranges = self.releases.table.selectionModel().selection()
        selected = sum(r.bottom() - r.top() + 1 for r in ranges) or (1 if self.releases.editor.release else 0)
        self.delete_action.setEnabled(self.current_page() == "Releases" and selected > 0)
        self.delete_action.setText("&Delete release…" if selected <= 1 else f"&Delete {selected} releases…")

    def _build_status_bar(self) -> None:
        self.counts = QLabel()
        self.statusBar().addWidget(self.counts)
        self.progress = ProgressDisplay(self.jobs)
        self.statusBar().addPermanentWidget(self.progress)

    # --- pages -------------------------------------------------------------------------------------

    @property
    def people(self) -> PeopleView:
        if self._people is None:
            self._people = PeopleView(self.library)
            self._people.open_release.connect(self.open_release)
            self._people.merge_requested.connect(self.merge_selected_people)
            self._people.page.export_requested.connect(self.export_person_csv)
            self.settings.restore_splitter("people", self._people.splitter)
            self.settings.restore_header("people", self._people.table.horizontalHeader())
            self.settings.restore_header("person", self._people.page.table.horizontalHeader())
            self.pages.addWidget(self._people)
            self.drops.watch(self._people)  # its fields must not take dropped files as text
        return self._people

    @property
    def documents(self) -> DocumentsView:
        if self._documents is None:
            self._documents = DocumentsView(self.library)
            self.settings.restore_splitter("documents", self._documents.splitter)
            self.settings.restore_header("documents", self._documents.table.horizontalHeader())
            self.pages.addWidget(self._documents)
            self.drops.watch(self._documents)
        return self._documents

    def current_page(self) -> str:
        return PAGES[max(self.navigation.currentRow(), 0)]

    def _show_page(self, row: int) -> None:
        page = PAGES[row]
        widget = {"Releases": lambda: self.releases, "People": lambda: self.people,
                  "Documents": lambda: self.documents}[page]()
        self.pages.setCurrentWidget(widget)
        searchable = page != "Documents"
        self.search_field.setEnabled(searchable)
        self.search_field.setPlaceholderText(f"Search {page.lower()}…  Ctrl+F" if searchable else "")
        self._set_search_text(self._searches.get(page, ""))
        for action in (self.edit_action, self.cover_action, self.source_action, self.add_credit_action,
                       self.attach_action, self.write_tags_action, self.export_release_action):
            action.setEnabled(page == "Releases")
        self._update_delete_action()

    def show_page(self, page: str) -> None:
        self.navigation.setCurrentRow(PAGES.index(page))

    # --- search ------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.ShortcutFocusReason)
        self.search_field.selectAll()

    def _set_search_text(self, text: str) -> None:
        self.search_field.set_quietly(text)
        self._searches[self.current_page()] = text

    def apply_search(self) -> None:
        """Filter the page shown by the search field's text (the library's full-text search)."""
        text = self.search_field.text()
        page = self.current_page()
        self._searches[page] = text
        if page == "Releases":
            self.releases.set_search(text)
        elif page == "People":
            self.people.set_search(text)

    # --- what commands call (EditTarget) -----------------------------------------------------------

    def release_changed(self, release_id: int) -> None:
        if self.current_page() != "Releases":
            self.show_page("Releases")
        self.releases.release_changed(release_id)
        if self._people is not None:
            self._people.page.show_person(self._people.page.person_id)

    def people_changed(self) -> None:
        if self._people is not None:
            self._people.reload()
        if self.releases.editor.release_id is not None:
            self.releases.editor.show_release(self.releases.editor.release_id)
        self.update_counts()

    def releases_removed(self, release_ids: list[int]) -> None:
        if self.current_page() != "Releases":
            self.show_page("Releases")
        self.releases.releases_removed(release_ids)
        self._other_lists_changed()

    def releases_restored(self, release_ids: list[int], files_kept_elsewhere: list[str]) -> None:
        if self.current_page() != "Releases":
            self.show_page("Releases")
        self.releases.releases_restored(release_ids)
        self._other_lists_changed()
        if files_kept_elsewhere:
            count = len(files_kept_elsewhere)
            self.statusBar().showMessage(
                f"{count} audio file{' stays' if count == 1 else 's stay'} with the release "
                f"{'it was' if count == 1 else 'they were'} attached to since", 10000)

    def _other_lists_changed(self) -> None:
        # people's credit counts and pages, and documents' release counts, follow a release's deletion
        if self._people is not None:
            self._people.reload()
        if self._documents is not None:
            self._documents.reload()
        self._update_delete_action()

    def history_invalid(self, message: str) -> None:
        QTimer.singleShot(0, self.undo_stack.clear)  # not while the stack is running the command
        QMessageBox.information(self, "Undo history cleared", message)

    def report_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def update_counts(self) -> None:
        releases, credits = count_releases(self.library), count_credits(self.library)
        self.counts.setText(f"{releases:,} release{'' if releases == 1 else 's'} · "
                            f"{credits:,} credit{'' if credits == 1 else 's'}".replace(",", "\u202f"))

    # --- opening things ----------------------------------------------------------------------------

    def open_release(self, release_id: int) -> None:
        self.show_page("Releases")
        if not self.releases.select_release(release_id):
            self._set_search_text("")
            self.releases.set_search("")
            self.releases.select_release(release_id)

    def open_person(self, name: str) -> None:
        ids = find_people(self.library, name)
        if not ids:
            self.statusBar().showMessage(f"No person named {name} in the library", 5000)
            return
        self.open_person_id(ids[0])

    def open_person_id(self, person_id: int) -> None:
        self.show_page("People")
        if not self.people.select_person(person_id, quiet=True):
            self._set_search_text("")
            self.people.set_search("")
            self.people.select_person(person_id)

    # --- release actions ---------------------------------------------------------------------------

    def edit(self) -> None:
        """F2: edit the selected cell where the focus is in an editable table, else the release."""
        focus = QApplication.focusWidget()
        view = focus if isinstance(focus, QAbstractItemView) else None
        if view is not None and view.editTriggers() & QAbstractItemView.EditKeyPressed and view.currentIndex().isValid():
            view.edit(view.currentIndex())
            return
        self.show_page("Releases")
        self.releases.editor.edit()

    def show_source(self) -> None:
        editor = self.releases.editor
        if editor.release is not None:
            editor.tabs.setCurrentWidget(editor.source)

    def add_credit(self) -> None:
        editor = self.releases.editor
        if editor.release is not None:
            editor.tabs.setCurrentWidget(editor.credits)
            editor.credits.add_credit()

    def choose_cover(self) -> None:
        editor = self.releases.editor
        if editor.release is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, "Cover image", "", "Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff)")
        if path:
            editor.tabs.setCurrentWidget(editor.overview)
            editor.overview.replace_cover(Path(path))

    def delete_releases(self) -> bool:
        """Delete the selected releases, after asking; one step on the undo stack. True when deleted."""
        release_ids = self.releases.selected_release_ids() if self.current_page() == "Releases" else []
        if not release_ids:
            self.flows.need_release()
            return False
        try:
            summary = summarise_releases(self.library, release_ids)
        except NotFound:  # deleted from elsewhere (the command line) since the list was read
            self.library_changed()
            return False
        if not confirm_deletion(self, summary):
            return False
        count = len(release_ids)
        text = f"Delete “{summary.titles[0]}”" if count == 1 else f"Delete {count} releases"
        return self.context.run(DeleteReleases(self, release_ids, text), self)

    def _shown_release_id(self) -> int | None:
        release_id = self.releases.editor.release_id if self.current_page() == "Releases" else None
        if release_id is None:
            self.flows.need_release()
        return release_id

    def attach_audio(self) -> None:
        release_id = self._shown_release_id()
        if release_id is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, "Attach audio files", "", AUDIO_FILTER)
        if paths:
            self.flows.attach(release_id, [Path(p) for p in paths])

    def write_tags(self) -> None:
        release_id = self._shown_release_id()
        if release_id is not None:
            self.flows.write_tags(release_id)

    def export_release(self) -> None:
        release_id = self._shown_release_id()
        if release_id is not None:
            self.flows.export(release_id)

    def dropped(self, paths: list[Path], widget: QWidget, position) -> None:
        """Texts dropped anywhere are imported (with a review); audio files or folders dropped on a
        release's row or on the release editor are attached to that release."""
        if are_texts(paths):
            self.import_paths(paths)
            return
        release_id = self._release_at(widget, position)
        if release_id is None:
            self.statusBar().showMessage("Drop audio files on a release (its row, or the release shown) to "
                                         "attach them; drop texts anywhere to import them", 8000)
            return
        self.flows.attach(release_id, paths)

    def _release_at(self, widget: QWidget, position) -> int | None:
        if self.current_page() != "Releases":
            return None
        where = widget.mapToGlobal(position)
        table, editor = self.releases.table, self.releases.editor
        viewport_position = table.viewport().mapFromGlobal(where)
        if table.isVisible() and table.viewport().rect().contains(viewport_position):
            index = table.indexAt(viewport_position)
            return self.releases.model.release_id(index.row()) if index.isValid() else None
        if editor.isVisible() and editor.rect().contains(editor.mapFromGlobal(where)):
            return editor.release_id
        return None

    # --- people actions ----------------------------------------------------------------------------

    def show_current_person(self) -> None:
        if self.current_page() == "Releases":
            self.releases.editor.credits.open_person()

    def merge_selected_people(self) -> None:
        ids = self.people.selected_ids() if self.current_page() == "People" else []
        if len(ids) != 2:
            QMessageBox.information(self, "Merge people",
                                    "Select the two people who are one (Ctrl+click in the People list), then merge.")
            return
        first, second = (get_person(self.library, i) for i in ids)
        names = [f"{first.name}  ({first.id})", f"{second.name}  ({second.id})"]
        choice, ok = QInputDialog.getItem(
            self, "Merge people", "Keep this name (the other stays as a credited spelling):", names, 0, False)
        if ok:
            keep, other = (first, second) if choice == names[0] else (second, first)
            self.merge_people(keep.id, other.id)

    def merge_people(self, keep_id: int, other_id: int) -> bool:
        keep, other = get_person(self.library, keep_id), get_person(self.library, other_id)
        done = self.context.run(MergePeople(self, keep_id, other_id, f"Merge {other.name} into {keep.name}"), self)
        if done:
            self.open_person_id(keep_id)
        return done

    def export_current_person(self) -> None:
        if self.current_page() != "People" or self.people.page.person_id is None:
            QMessageBox.information(self, "Export credits", "Open a person’s page first (People, then a name).")
            return
        self.export_person_csv(self.people.page.person_id)

    def export_person_csv(self, person_id: int, path: str | Path | None = None) -> None:
        """Save the person's credits as CSV (asking where when `path` is None), in the background."""
        person = get_person(self.library, person_id)
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "Export credits", f"{person.name} credits.csv",
                                                  "CSV files (*.csv)")
            if not path:
                return
        target = Path(path)

        def work(library, progress, cancel) -> int:
            rows = person_credits(library, person_id)
            partial = target.with_name(target.name + ".part")
            with partial.open("w", encoding="utf-8", newline="") as stream:
                count = write_credits_csv(rows, stream)
            partial.replace(target)  # never leave half a file under the chosen name
            return count

        self.jobs.run(work, title=f"Exporting {person.name}’s credits",
                      on_success=lambda count: self.statusBar().showMessage(
                          f"Saved {count} credit{'' if count == 1 else 's'} to {target}", 8000),
                      on_failure=lambda message: self.report_error("Export failed", message))

    # --- importing ---------------------------------------------------------------------------------

    def import_texts(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Import texts", "", TEXT_FILTER)
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> None:
        """Read the files in the background and show what was found for review; only what the
        user accepts is stored."""
        self.flows.review_import(paths)

    def open_sample_catalogue(self) -> None:
        """Import the bundled sample catalogue in the background, then show it."""
        self.import_directly([resource(SAMPLE_CATALOGUE)], title="Importing the sample catalogue")

    def import_directly(self, paths: list[Path], title: str = "Importing") -> None:
        """Import without a review (the bundled sample catalogue)."""
        buttons = (self.releases.empty_state.sample_button, self.releases.empty_state.import_button,
                   self.import_action, self.sample_action)
        for button in buttons:
            button.setEnabled(False)

        def work(library, progress, cancel):
            from labeldesk.actions.importing import import_files  # the importer loads only when used

            return import_files(library, paths, progress=progress, cancel=cancel)

        def finished(stored) -> None:
            for button in buttons:
                button.setEnabled(True)
            self.sample_action.setEnabled(resource(SAMPLE_CATALOGUE).exists())
            added = sum(len(s.release_ids) for s in stored if s.added)
            known = sum(1 for s in stored if not s.added)
            message = f"Imported {added} release{'' if added == 1 else 's'}"
            if known:
                message += f"; {known} document{'' if known == 1 else 's'} already in the library"
            self.statusBar().showMessage(message, 8000)
            self.library_changed()

        def failed(message: str) -> None:
            for button in buttons:
                button.setEnabled(True)
            self.library_changed()  # documents finished before a failure or a cancel stay
            self.report_error("Import stopped", message)

        self.jobs.run(work, title=title, on_success=finished, on_failure=failed, cancellable=True)

    def library_changed(self) -> None:
        """After work that changed many things (an import): read every list again."""
        self.releases.reload()
        if self._people is not None:
            self._people.reload()
        if self._documents is not None:
            self._documents.reload()
        self.update_counts()

    # --- the rest ----------------------------------------------------------------------------------

    def about(self) -> None:
        from labeldesk import __version__

        QMessageBox.about(self, "About LabelDesk",
                          f"<p><b>LabelDesk</b> {__version__}</p><p>Releases, credits and liner notes "
                          "for record labels.</p><p>Library: " + str(self.library.path) + "</p>")

    def save_settings(self) -> None:
        self.settings.save_window(self)
        self.settings.save_splitter("main", self.main_splitter)
        self.settings.save_splitter("releases", self.releases.splitter)
        self.settings.save_header("releases", self.releases.table.horizontalHeader())
        self.settings.save_header("tracks", self.releases.editor.tracks.table.horizontalHeader())
        self.settings.save_header("credits", self.releases.editor.credits.table.horizontalHeader())
        if self._people is not None:
            self.settings.save_splitter("people", self._people.splitter)
            self.settings.save_header("people", self._people.table.horizontalHeader())
            self.settings.save_header("person", self._people.page.table.horizontalHeader())
        if self._documents is not None:
            self.settings.save_splitter("documents", self._documents.splitter)
            self.settings.save_header("documents", self._documents.table.horizontalHeader())
        self.settings.sync()

    def closeEvent(self, event) -> None:
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()  # commits a field being edited before the window goes
        self.save_settings()
        self.jobs.cancel_all()
        self.jobs.wait()
        super().closeEvent(event)
