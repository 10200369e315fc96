"""The scenario the window is for: find a release by typing in the search field, correct a
credit's instrument, undo and redo it, and see the composer's page list all his roles there."""

from __future__ import annotations

from PySide6.QtCore import Qt

from labeldesk.gui.release_editor.credits import CreditsModel
from labeldesk.library import edit_log, find_people, get_release


def test_find_correct_undo_redo_and_the_composers_page(qtbot, seed, make_window):
    window = make_window(seed)
    model = window.releases.model
    assert model.rowCount() > 1

    # Ctrl+F, then type "mancha"
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    assert window.search_field.hasFocus()
    qtbot.keyClicks(window.search_field, "mancha")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    assert model.data(model.index(0, 0)) == "La Mancha Negra"
    editor = window.releases.editor
    qtbot.waitUntil(lambda: editor.release_id == model.release_id(0))
    release_id = editor.release_id

    # the Credits tab: Zenobia Fernández sings, the import left her instrument empty
    editor.tabs.setCurrentWidget(editor.credits)
    credits = editor.credits
    row = next(r for r in range(credits.model.rowCount())
               if credits.model.data(credits.model.index(r, CreditsModel.NAME)) == "Zenobia Fernández")
    cell = credits.model.index(row, CreditsModel.INSTRUMENT)
    credits.table.setCurrentIndex(cell)
    credits.table.setFocus()
    credits.table.edit(cell)
    line = credits.table.indexWidget(cell)
    assert line is not None, "no editor opened on the cell"
    qtbot.keyClicks(line, "vocals")
    qtbot.keyClick(line, Qt.Key_Return)

    def instrument():
        return next(c.instrument for c in get_release(seed, release_id).credits if c.name == "Zenobia Fernández")

    qtbot.waitUntil(lambda: instrument() == "vocals", timeout=2000)  # the view commits queued
    assert credits.model.data(cell) == "vocals"
    assert window.undo_action.isEnabled() and "instrument" in window.undo_action.text()
    assert edit_log(seed, table="releases", row_id=release_id, limit=1)[0].action == "update"

    # undo (Ctrl+Z) and redo (Ctrl+Shift+Z), with the focus on the table
    credits.table.setFocus()
    qtbot.keyClick(credits.table, Qt.Key_Z, Qt.ControlModifier)
    assert instrument() is None
    assert credits.model.data(credits.model.index(row, CreditsModel.INSTRUMENT)) == ""
    qtbot.keyClick(credits.table, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert instrument() == "vocals"
    assert credits.model.data(credits.model.index(row, CreditsModel.INSTRUMENT)) == "vocals"

    # Jesús Calderón's page lists every role he has on the release
    composer = next(r for r in range(credits.model.rowCount())
                    if credits.model.data(credits.model.index(r, CreditsModel.NAME)) == "Jesús Calderón")
    credits.select_row(composer)
    credits.person_button.click()
    assert window.current_page() == "People"
    page = window.people.page
    assert page.person_id == find_people(seed, "Jesús Calderón")[0]
    assert page.name.text() == "Jesús Calderón"
    expected = ["Composer", "Conductor", "Mixing engineer", "Music editor", "Songwriter", "Producer"]
    assert page.roles_on(release_id) == expected
