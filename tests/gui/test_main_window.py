"""The window's frame: title, menus and shortcuts, the release table, the empty state and its
sample catalogue, the status bar, what is remembered between runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from labeldesk.actions.importing import import_files, read_file
from labeldesk.gui.main_window import PAGES, SAMPLE_CATALOGUE, MainWindow
from labeldesk.paths import resource

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"


def test_title_rows_and_sorting(library, make_window):
    import_files(library, sorted(FIXTURES.glob("*.json")))
    window = make_window(library)
    assert window.windowTitle() == "LabelDesk — library.db"
    model = window.releases.model
    assert window.releases.stack.currentWidget() is window.releases.splitter
    assert model.rowCount() == 4
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Title", "Artists", "Label", "Kind", "Year", "Tracks", "Warnings"]
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first == ["Gulf", "Tomas Ekdahl", "Northwind Recordings", "soundtrack", "", 0, ""]
    window.releases.table.sortByColumn(5, Qt.DescendingOrder)  # most tracks first, sorted in SQL
    assert model.data(model.index(0, 0)) == "Salt Roads"
    assert model.data(model.index(0, 4)) == "2021"
    # the first release is shown in the editor from the start
    assert window.releases.editor.release is not None


def test_menus_and_shortcuts(library, make_window):
    window = make_window(library)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Release", "&People", "&Help"]
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert window.find_action.shortcut() == QKeySequence("Ctrl+F")
    assert window.edit_action.shortcut() == QKeySequence("F2")
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == list(PAGES)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.quit_action in file_menu.actions()
    window.quit_action.trigger()
    assert not window.isVisible()


def test_status_bar_counts(catalogue, make_window):
    window = make_window(catalogue)
    assert window.counts.text() == "2 releases · 14 credits"


def test_an_empty_library_says_what_to_do_and_opens_the_sample_catalogue(qtbot, library, make_window):
    window = make_window(library)
    empty = window.releases.empty_state
    assert window.releases.stack.currentWidget() is empty
    assert empty.import_button.text() == "Import texts…"
    assert empty.sample_button.text() == "Open the sample catalogue"
    if not resource(SAMPLE_CATALOGUE).exists():
        pytest.skip("the sample catalogue is not bundled")
    expected = sum(len(d.releases) for d in read_file(resource(SAMPLE_CATALOGUE)))
    qtbot.mouseClick(empty.sample_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.releases.stack.currentWidget() is window.releases.splitter, timeout=10_000)
    assert window.releases.model.rowCount() == expected > 0
    assert window.counts.text().startswith(f"{expected} releases")


def test_a_search_without_matches_says_so(qtbot, catalogue, make_window):
    window = make_window(catalogue)
    window.search_field.setText("zzzz")
    window.apply_search()
    assert window.releases.model.rowCount() == 0
    assert "No release matches “zzzz”" in window.releases.editor.placeholder.text()
    qtbot.keyClick(window.search_field, Qt.Key_Escape)
    assert window.search_field.text() == "" and window.releases.model.rowCount() == 2


def test_geometry_splitters_and_columns_are_remembered(qtbot, catalogue, settings):
    first = MainWindow(catalogue, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)  # inside the offscreen screen (800×600)
    first.releases.table.setColumnWidth(1, 233)
    first.releases.splitter.setSizes([250, 300])
    sizes = first.releases.splitter.sizes()
    first.close()

    second = MainWindow(catalogue, settings)
    qtbot.addWidget(second)
    second.show()
    assert second.size().width() == 720 and second.size().height() == 520
    assert second.releases.table.columnWidth(1) == 233
    assert second.releases.splitter.sizes() == sizes


def test_the_people_and_documents_pages_are_made_when_first_shown(catalogue, make_window):
    window = make_window(catalogue)
    assert window._people is None and window._documents is None  # a quick start on a large library
    window.show_page("People")
    assert window.pages.currentWidget() is window.people
    assert window.search_field.placeholderText().startswith("Search people")
    window.show_page("Documents")
    assert window.pages.currentWidget() is window.documents
    assert not window.search_field.isEnabled()
