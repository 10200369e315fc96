"""Deleting releases in the window, on a real library file: the question before, the table and the
editor after, and Undo bringing a release back whole (tracks, credits, notes, cover, file links)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from conftest import OWN_CATALOGUE
from gui_helpers import AUDIO, WINTER
from labeldesk.actions.audio import attach, embedded_cover, set_release_cover
from labeldesk.actions.importing import import_files
from labeldesk.gui.release_deletion import DeletionQuestion
from labeldesk.library import NotFound, add_release, get_release, release_rows
from labeldesk.library.audio_files import release_files
from labeldesk.model import Release


@pytest.fixture
def shelf(library, tmp_path):
    """Four releases (Frost Lines, La Mancha Negra, Nuit blanche, Salt Roads); Frost Lines has
    three audio files and a cover."""
    import_files(library, [WINTER, OWN_CATALOGUE])
    frost = _id_of(library, "Frost Lines")
    files = []
    for name, fixture in (("1.flac", "tone.flac"), ("2.mp3", "tone.mp3"), ("3.ogg", "tone.ogg")):
        files.append(tmp_path / "masters" / name)
        files[-1].parent.mkdir(exist_ok=True)
        shutil.copyfile(AUDIO / fixture, files[-1])
    attach(library, frost, files, by_order=True)
    Image.new("RGB", (640, 640), (200, 120, 40)).save(tmp_path / "front.png")
    set_release_cover(library, frost, tmp_path / "front.png")
    embedded_cover(library, frost)  # the player rendition, kept in the library
    return library


@pytest.fixture
def window(shelf, make_window):
    return make_window(shelf)


def _id_of(library, title: str) -> int:
    return next(r.id for r in release_rows(library) if r.title == title)


def _everything(library) -> dict[str, list[tuple]]:
    """Every row of every table but the edit log and the search index."""
    tables = [r[0] for r in library.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'edit_log' "
        "AND name NOT LIKE 'release_search%' AND name NOT LIKE 'people_search%'")]
    return {t: library.conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}


def _titles_shown(window) -> list[str]:
    model = window.releases.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def _selected_titles(window) -> list[str]:
    view = window.releases
    return [get_release(window.library, i).title for i in view.selected_release_ids()]


def _select(window, *titles: str) -> None:
    view, model = window.releases, window.releases.model
    rows = [model.row_of(_id_of(window.library, t)) for t in titles]
    view.select_release(model.release_id(rows[0]))
    for row in rows[1:]:
        view.table.selectionModel().select(model.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)


def answer_question(qtbot, choice: str) -> list[tuple[str, str, str]]:
    """Answer the deletion question when it shows: "delete" clicks Delete, "return" presses Return
    (the default button), "escape" presses Esc. Returns [(window title, text, informative text)]."""
    seen: list[tuple[str, str, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, DeletionQuestion):
            QTimer.singleShot(10, answer)
            return
        seen.append((box.windowTitle(), box.question, box.informativeText()))
        assert box.text() == f"<b>{box.question}</b>"  # shown in bold
        if choice == "delete":
            qtbot.mouseClick(box.delete_button, Qt.LeftButton)
        else:
            qtbot.keyClick(box, Qt.Key_Return if choice == "return" else Qt.Key_Escape)

    QTimer.singleShot(0, answer)
    return seen


def test_the_delete_key_in_the_table_asks_then_deletes_and_selects_the_next_release(qtbot, window, shelf):
    frost = get_release(shelf, _id_of(shelf, "Frost Lines"))
    paths = [f.path for f in release_files(shelf, frost.id)]
    _select(window, "Frost Lines")
    assert window.releases.editor.release_id == frost.id
    window.releases.table.setFocus()
    seen = answer_question(qtbot, "return")
    qtbot.keyClick(window.releases.table, Qt.Key_Delete)

    assert seen == [("Delete release", "Delete “Frost Lines”?",
                     ("<p>Also deleted: 3 tracks, 7 credits, 2 notes, the cover and 3 attached-file links. "
                      "The audio files themselves stay on disk.</p><p>Edit ▸ Undo (Ctrl+Z) brings it back.</p>"))]
    with pytest.raises(NotFound):
        get_release(shelf, frost.id)
    assert _titles_shown(window) == ["La Mancha Negra", "Nuit blanche", "Salt Roads"]
    assert _selected_titles(window) == ["La Mancha Negra"]  # the row that took its place
    assert window.releases.editor.release_id == _id_of(shelf, "La Mancha Negra")
    assert window.releases.editor.header.title.text() == "La Mancha Negra"
    assert window.counts.text().startswith("3 releases")
    assert window.undo_action.text() == "&Undo Delete “Frost Lines”"
    assert all(Path(p).exists() for p in paths)  # the audio files stay on disk


def test_cancelling_the_question_changes_nothing(qtbot, window, shelf):
    before = _everything(shelf)
    _select(window, "Nuit blanche")
    seen = answer_question(qtbot, "escape")
    window.delete_action.trigger()
    assert [s[1] for s in seen] == ["Delete “Nuit blanche”?"]
    assert _everything(shelf) == before
    assert window.undo_stack.count() == 0
    assert _selected_titles(window) == ["Nuit blanche"]
    assert window.releases.editor.release_id == _id_of(shelf, "Nuit blanche")


def test_several_releases_go_in_one_step_and_come_back_in_one_undo(qtbot, window, shelf):
    before = _everything(shelf)
    _select(window, "La Mancha Negra", "Frost Lines", "Salt Roads")
    assert window.delete_action.text() == "&Delete 3 releases…"
    seen = answer_question(qtbot, "delete")
    window.delete_action.trigger()
    title, text, details = seen[0]
    assert (title, text) == ("Delete releases", "Delete 3 releases?")
    assert details.startswith("<p>“Frost Lines”, “La Mancha Negra” and “Salt Roads”.</p><p>Also deleted: 5 tracks, ")
    assert details.endswith("<p>Edit ▸ Undo (Ctrl+Z) brings them back.</p>")
    assert _titles_shown(window) == ["Nuit blanche"]
    assert _selected_titles(window) == ["Nuit blanche"]
    assert window.delete_action.text() == "&Delete release…"
    assert window.undo_action.text() == "&Undo Delete 3 releases"

    window.undo_action.trigger()
    assert _everything(shelf) == before
    assert _titles_shown(window) == ["Frost Lines", "La Mancha Negra", "Nuit blanche", "Salt Roads"]
    assert _selected_titles(window) == ["Frost Lines", "La Mancha Negra", "Salt Roads"]
    assert window.releases.editor.header.title.text() == "Frost Lines"
    window.redo_action.trigger()
    assert _titles_shown(window) == ["Nuit blanche"]


def test_undo_brings_a_release_back_whole_and_redo_deletes_it_again(qtbot, window, shelf):
    frost = get_release(shelf, _id_of(shelf, "Frost Lines"))
    files = release_files(shelf, frost.id)
    before = _everything(shelf)
    _select(window, "Frost Lines")
    answer_question(qtbot, "delete")
    window.delete_action.trigger()
    assert _everything(shelf)["audio_files"] == [] and _everything(shelf)["covers"] == []

    window.search_field.setText("frost")
    window.apply_search()
    assert _titles_shown(window) == []
    window.undo_action.trigger()
    assert _everything(shelf) == before  # tracks, credits, notes, cover, renditions, file links: every row
    assert get_release(shelf, frost.id) == frost
    assert release_files(shelf, frost.id) == files
    assert _titles_shown(window) == ["Frost Lines"]  # the search finds it again
    editor = window.releases.editor
    assert editor.release_id == frost.id
    assert window.files_tab.model.rowCount() == 3
    assert editor.tracks.model.rowCount() == 3

    window.redo_action.trigger()
    with pytest.raises(NotFound):
        get_release(shelf, frost.id)
    assert editor.release_id != frost.id
    window.undo_action.trigger()
    assert _everything(shelf) == before


def test_an_edit_before_the_deletion_is_still_undone_after_the_deletion_is(qtbot, window, shelf):
    frost = _id_of(shelf, "Frost Lines")
    stated = get_release(shelf, frost).catalog_number
    window.open_release(frost)
    overview = window.releases.editor.overview
    overview.catalog_number.setFocus()
    overview.catalog_number.setText("NW 7")
    qtbot.keyClick(overview.catalog_number, Qt.Key_Return)
    assert get_release(shelf, frost).catalog_number == "NW 7"
    _select(window, "Frost Lines")
    answer_question(qtbot, "delete")
    window.delete_action.trigger()
    window.undo_action.trigger()  # the deletion …
    window.undo_action.trigger()  # … then the edit before it, on the same release id
    assert get_release(shelf, frost).catalog_number == stated != "NW 7"


def test_deleting_the_last_row_selects_the_one_before(qtbot, window, shelf):
    _select(window, "Salt Roads")
    answer_question(qtbot, "delete")
    window.delete_action.trigger()
    assert _selected_titles(window) == ["Nuit blanche"]
    assert window.releases.editor.release_id == _id_of(shelf, "Nuit blanche")


def test_deleting_every_release_leaves_the_editor_empty(qtbot, window, shelf):
    _select(window, "Frost Lines", "La Mancha Negra", "Nuit blanche", "Salt Roads")
    answer_question(qtbot, "delete")
    window.delete_action.trigger()
    assert window.releases.model.rowCount() == 0
    assert window.releases.editor.release is None
    assert window.releases.stack.currentWidget() is window.releases.empty_state
    assert not window.delete_action.isEnabled()
    window.undo_action.trigger()
    assert window.releases.model.rowCount() == 4 and window.delete_action.isEnabled()


def test_the_key_and_the_context_menu_belong_to_the_release_table(qtbot, window, shelf, monkeypatch):
    table = window.releases.table
    assert window.delete_action in table.actions()
    assert table.contextMenuPolicy() == Qt.ActionsContextMenu
    assert QKeySequence(QKeySequence.Delete) in window.delete_action.shortcuts()
    if sys.platform == "darwin":
        assert QKeySequence(Qt.Key_Backspace) in window.delete_action.shortcuts()
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.delete_action in edit_menu.actions()

    asked = []
    monkeypatch.setattr("labeldesk.gui.main_window.confirm_deletion", lambda parent, summary: asked.append(summary))
    credits = window.releases.editor.credits.table  # Delete elsewhere is not a release's
    window.releases.editor.tabs.setCurrentWidget(window.releases.editor.credits)
    credits.setFocus()
    qtbot.keyClick(credits, Qt.Key_Delete)
    window.search_field.setFocus()
    qtbot.keyClick(window.search_field, Qt.Key_Delete)
    assert asked == []
    table.setFocus()
    qtbot.keyClick(table, Qt.Key_Delete)
    assert len(asked) == 1


def test_a_release_whose_id_was_taken_since_comes_back_and_the_older_history_goes(qtbot, window, shelf,
                                                                                    monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a, **k: told.append((title, text)))
    newest = max(r.id for r in release_rows(shelf))
    title = get_release(shelf, newest).title
    window.open_release(newest)
    assert window.context.set_field(window.releases.editor.release, "catalog_number", "X 1", "Edit catalogue number")
    _select(window, title)
    answer_question(qtbot, "delete")
    window.delete_action.trigger()
    assert add_release(shelf, Release(title="Added since")) == newest  # from outside the undo history
    window.undo_action.trigger()
    back = _id_of(shelf, title)
    assert back != newest and get_release(shelf, newest).title == "Added since"
    assert told and told[0][0] == "Undo history cleared"
    qtbot.waitUntil(lambda: window.undo_stack.count() == 0)
    assert not window.undo_action.isEnabled()  # the edit would have changed “Added since”
    assert get_release(shelf, back).catalog_number == "X 1"


def test_the_question_names_a_few_titles_as_written_and_counts_the_rest(qtbot):
    from labeldesk.library.deleted_releases import DeletionSummary

    titles = ["<Untitled>", "Fish & Chips", "C", "D", "E", "F", "G"]
    question = DeletionQuestion(DeletionSummary(titles, tracks=0, credits=0, notes=0, covers=0, files=0))
    qtbot.addWidget(question)
    assert question.question == "Delete 7 releases?"
    assert question.informativeText() == (
        "<p>“&lt;Untitled&gt;”, “Fish &amp; Chips”, “C”, “D”, “E” and 2 more.</p>"
        "<p>They have no tracks, credits or notes.</p><p>Edit ▸ Undo (Ctrl+Z) brings them back.</p>")
    assert question.defaultButton() is question.delete_button
    assert question.escapeButton() is question.button(QMessageBox.Cancel)
