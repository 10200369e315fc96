"""Editing through the real widgets on a real library file: every edit is stored in one
transaction, logged, and undone and redone through the window's one undo stack."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from labeldesk.gui.release_editor.credits import CreditsModel
from labeldesk.gui.release_editor.role_delegate import ROLE_ID, RoleDelegate
from labeldesk.library import edit_log, get_release
from labeldesk.library.covers import get_cover


@pytest.fixture
def refusals(monkeypatch):
    """Message boxes the window shows, recorded instead of waiting for a click."""
    shown = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown


@pytest.fixture
def window(catalogue, make_window):
    win = make_window(catalogue)
    win.open_release(1)
    win.releases.editor.show_release(1)
    return win


def _type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types ASCII only
        edit.setText(text)
    qtbot.keyClick(edit, Qt.Key_Return)


def test_a_field_edit_is_stored_logged_and_undone_after_moving_on(qtbot, window, catalogue):
    overview = window.releases.editor.overview
    _type_into(qtbot, overview.catalog_number, "PMC 042")
    assert get_release(catalogue, 1).catalog_number == "PMC 042"
    entry = edit_log(catalogue, table="releases", row_id=1, limit=1)[0]
    assert (entry.before, entry.after) == ({"catalog_number": None}, {"catalog_number": "PMC 042"})
    assert window.undo_action.text() == "&Undo Edit catalogue number"

    window.open_release(2)  # move on to another release …
    qtbot.waitUntil(lambda: window.releases.editor.release_id == 2)
    window.undo_action.trigger()  # … undo brings the edited release back, as it was
    assert get_release(catalogue, 1).catalog_number is None
    assert window.releases.editor.release_id == 1
    assert overview.catalog_number.text() == ""
    window.redo_action.trigger()
    assert get_release(catalogue, 1).catalog_number == "PMC 042"
    assert overview.catalog_number.text() == "PMC 042"
    # the table row follows the stored title too
    _type_into(qtbot, overview.title, "La Mancha Negra (edición)")
    model = window.releases.model
    assert model.data(model.index(model.row_of(1), 0)) == "La Mancha Negra (edición)"


def test_an_edit_hidden_by_the_search_is_shown_again_on_undo(qtbot, window, catalogue):
    overview = window.releases.editor.overview
    _type_into(qtbot, overview.label, "Sello Nuevo")
    window.search_field.setText("salt roads")
    window.apply_search()
    assert window.releases.model.row_of(1) is None
    window.undo_action.trigger()
    assert window.search_field.text() == ""
    assert window.releases.editor.release_id == 1
    assert get_release(catalogue, 1).label == "Plaza Mayor Company Ltd"


def test_barcode_check_digit_warning(qtbot, window):
    overview = window.releases.editor.overview
    overview.barcode.setText("8436567890124")
    assert overview.barcode_warning.isVisible()
    assert "check digit" in overview.barcode_warning.text.text()
    overview.barcode.setText("8436567890129")  # the right check digit
    assert not overview.barcode_warning.isVisible()
    overview.barcode.setText("12345")
    assert "8, 12, 13 or 14 digits" in overview.barcode_warning.text.text()


def test_refused_values_change_nothing(qtbot, window, catalogue, refusals):
    overview = window.releases.editor.overview
    _type_into(qtbot, overview.release_date, "May 2021")
    assert get_release(catalogue, 1).release_date is None
    assert refusals and refusals[-1][0] == "Not a date"
    overview.title.setFocus()
    overview.title.clear()
    qtbot.keyClick(overview.title, Qt.Key_Return)
    assert get_release(catalogue, 1).title == "La Mancha Negra"
    assert overview.title.text() == "La Mancha Negra"
    assert not window.undo_stack.canUndo()
    _type_into(qtbot, overview.release_date, "2020-11")
    assert get_release(catalogue, 1).release_date == "2020-11"


def test_kind_and_artists(qtbot, window, catalogue):
    overview = window.releases.editor.overview
    overview.kind.setCurrentIndex(overview.kind.findData("album"))
    overview.kind.activated.emit(overview.kind.currentIndex())
    assert get_release(catalogue, 1).kind == "album"
    _type_into(qtbot, overview.artists, "Jesús Calderón; Zenobia Fernández")
    assert get_release(catalogue, 1).artists == ["Jesús Calderón", "Zenobia Fernández"]
    assert "Zenobia Fernández" in overview.artist_links.text()
    window.undo_action.trigger()
    window.undo_action.trigger()
    release = get_release(catalogue, 1)
    assert (release.kind, release.artists) == ("soundtrack", ["Jesús Calderón"])


def test_track_edits_in_m_ss_and_refusals(qtbot, catalogue, make_window):
    window = make_window(catalogue)
    window.open_release(2)
    editor = window.releases.editor
    editor.show_release(2)
    tracks = editor.tracks
    model = tracks.model
    assert model.setData(model.index(0, 3), "3:10")
    assert get_release(catalogue, 2).tracks[0].duration == 190
    assert model.data(model.index(0, 3)) == "3:10"
    assert not model.setData(model.index(0, 3), "three minutes")
    assert tracks.refusal.isVisibleTo(tracks) and "not a duration" in tracks.refusal.text.text()
    assert not model.setData(model.index(0, 0), "0")
    assert model.setData(model.index(1, 2), "Marea alta")
    track_ids = [t.id for t in get_release(catalogue, 2).tracks]
    window.undo_action.trigger()
    window.undo_action.trigger()
    release = get_release(catalogue, 2)
    assert [(t.title, t.duration) for t in release.tracks] == [("Camino de sal", 185), ("Marea", 121)]
    assert [t.id for t in release.tracks] == track_ids  # tracks keep their ids through edits and undo
    tracks.table.setCurrentIndex(model.index(1, 0))
    tracks.remove_track()
    assert len(get_release(catalogue, 2).tracks) == 1
    window.undo_action.trigger()
    assert [t.title for t in get_release(catalogue, 2).tracks] == ["Camino de sal", "Marea"]


def test_credits_add_change_role_move_remove_and_undo_all(qtbot, window, catalogue):
    original = get_release(catalogue, 1)
    credits = window.releases.editor.credits
    model = credits.model
    credits.add_button.click()
    qtbot.keyClicks(credits.table.indexWidget(model.index(11, CreditsModel.NAME)), "Lola Ruiz")
    qtbot.keyClick(credits.table.indexWidget(model.index(11, CreditsModel.NAME)), Qt.Key_Return)
    qtbot.waitUntil(lambda: get_release(catalogue, 1).credits[-1].name == "Lola Ruiz")

    # the role through the delegate's grouped combo box
    delegate = credits.table.itemDelegateForColumn(CreditsModel.ROLE)
    assert isinstance(delegate, RoleDelegate)
    combo = delegate.createEditor(credits.table, None, model.index(11, CreditsModel.ROLE))
    headings = [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i, ROLE_ID) is None]
    assert headings[:2] == ["Writing", "Performance"]
    delegate.setEditorData(combo, model.index(11, CreditsModel.ROLE))
    assert combo.currentData(ROLE_ID) == "performer"
    combo.setCurrentIndex(combo.findData("photographer", ROLE_ID))
    delegate.setModelData(combo, model, model.index(11, CreditsModel.ROLE))
    assert get_release(catalogue, 1).credits[-1].role == "photographer"
    assert model.data(model.index(11, CreditsModel.ROLE)) == "Photography"

    credits.select_row(11)
    credits.up_button.click()
    assert get_release(catalogue, 1).credits[10].name == "Lola Ruiz"
    assert credits.table.currentIndex().row() == 10
    credits.select_row(0)
    credits.remove_button.click()
    assert get_release(catalogue, 1).credits[0].name == "Jesús Calderón"

    while window.undo_stack.canUndo():
        window.undo_action.trigger()
    assert get_release(catalogue, 1).credits == original.credits
    while window.undo_stack.canRedo():
        window.redo_action.trigger()
    assert [c.name for c in get_release(catalogue, 1).credits][-2:] == ["Lola Ruiz", "Zenobia Fernández"]


def test_notes_keep_paragraphs_and_show_the_signature(qtbot, window, catalogue):
    notes = window.releases.editor.notes
    editor = window.releases.editor
    editor.tabs.setCurrentWidget(notes)
    page = notes.page
    assert page.signature.text() == "— Jesús Calderón\nJaén, 2020"
    text = "First paragraph, rewritten.\nSecond paragraph, kept apart."
    page.text.setFocus()
    page.text.setPlainText(text)
    page.place_date.setFocus()  # leaving the text commits it
    qtbot.waitUntil(lambda: get_release(catalogue, 1).notes[0].text == text)
    assert page.text.toPlainText() == text
    _type_into(qtbot, page.place_date, "Jaén, 2021")
    assert get_release(catalogue, 1).notes[0].place_date == "Jaén, 2021"
    assert page.signature.text().endswith("Jaén, 2021")
    notes.add_button.click()
    assert len(get_release(catalogue, 1).notes) == 2 and notes.list.currentRow() == 1
    for _ in range(3):
        window.undo_action.trigger()
    assert get_release(catalogue, 1).notes == window.releases.editor.release.notes
    assert get_release(catalogue, 1).notes[0].text.startswith("From the beginning")


def _image(tmp_path, size, name="cover.png"):
    path = tmp_path / name
    Image.new("RGB", size, (30, 60, 90)).save(path)
    return path


def test_a_dropped_cover_is_checked_stored_and_undone(qtbot, window, catalogue, tmp_path, refusals):
    overview = window.releases.editor.overview
    assert overview.cover.pixmap().isNull()
    overview.replace_cover(_image(tmp_path, (600, 600)))
    stored = get_cover(catalogue, 1)
    assert (stored.width, stored.height, stored.mime) == (600, 600, "image/png")
    assert Image.open(io.BytesIO(stored.image)).size == (600, 600)
    assert not overview.cover.pixmap().isNull()
    assert overview.cover_warning.isVisible()  # smaller than the stores ask for
    overview.replace_cover(_image(tmp_path, (120, 80), "small.png"))  # refused: too small, not square
    assert refusals and refusals[-1][0] == "Cannot use this image"
    assert get_cover(catalogue, 1).sha256 == stored.sha256
    (tmp_path / "notes.txt").write_text("not an image")
    overview.replace_cover(tmp_path / "notes.txt")
    assert get_cover(catalogue, 1).sha256 == stored.sha256
    window.undo_action.trigger()
    assert get_cover(catalogue, 1) is None
    assert overview.cover.pixmap().isNull()
    assert edit_log(catalogue, table="covers", row_id=1, limit=1)[0].after is None


def test_f2_edits_the_release(qtbot, window):
    window.releases.table.setFocus()
    qtbot.keyClick(window.releases.table, Qt.Key_F2)
    overview = window.releases.editor.overview
    assert window.releases.editor.tabs.currentWidget() is overview
    assert overview.title.hasFocus()
