"""The first window: its title, the release table, the empty state and its sample catalogue, Quit."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402

from labeldesk.actions.importing import import_files, read_file  # noqa: E402
from labeldesk.gui.main_window import SAMPLE_CATALOGUE, MainWindow  # noqa: E402
from labeldesk.paths import resource  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"


@pytest.fixture
def window(qtbot, library):
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.show()
    return win


def test_title_and_rows(qtbot, library):
    import_files(library, sorted(FIXTURES.glob("*.json")))
    win = MainWindow(library)
    qtbot.addWidget(win)
    assert win.windowTitle() == "LabelDesk — library.db"
    model = win.model
    assert win.stack.currentWidget() is win.table
    assert model.rowCount() == 4
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Title", "Artists", "Label", "Kind", "Year", "Tracks"]
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first == ["Gulf", "Tomas Ekdahl", "Northwind Recordings", "soundtrack", "", 0]
    model.sort(5, Qt.DescendingOrder)  # most tracks first
    assert model.data(model.index(0, 0)) == "Salt Roads"
    assert model.data(model.index(0, 4)) == "2021"


def test_quit_is_ctrl_q_in_the_file_menu(window):
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    file_menu = window.menuBar().actions()[0]
    assert file_menu.text() == "&File" and window.quit_action in file_menu.menu().actions()
    window.quit_action.trigger()
    assert not window.isVisible()


def test_an_empty_library_offers_the_sample_catalogue(qtbot, window):
    assert window.stack.currentWidget() is window.empty_state
    button = window.empty_state.sample_button
    assert button.text() == "Open the sample catalogue"
    if not resource(SAMPLE_CATALOGUE).exists():
        pytest.skip("the sample catalogue is not bundled")
    expected = sum(len(d.releases) for d in read_file(resource(SAMPLE_CATALOGUE)))
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.table, timeout=10_000)
    assert window.model.rowCount() == expected > 0


def test_the_table_fetches_only_the_rows_it_shows(qtbot, library):
    from labeldesk.library import transaction
    from labeldesk.library.releases import insert_release
    from labeldesk.model import Release

    with transaction(library.conn) as conn:
        for n in range(1000):
            insert_release(conn, Release(title=f"Release {n:04}"))
    win = MainWindow(library)
    qtbot.addWidget(win)
    model = win.model
    assert model.rowCount() == 1000 and len(model._rows) == 0
    assert model.data(model.index(700, 0)) == "Release 0700"
    assert len(model._rows) == model.PAGE
