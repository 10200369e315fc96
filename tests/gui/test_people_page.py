"""People: the list with credit counts, a person's page (links to releases, CSV export the same as
`labeldesk credits --csv`), and merging two people into one, with undo."""

from __future__ import annotations

import contextlib
import io

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from labeldesk.cli import main as cli_main
from labeldesk.gui.person_page import PersonCreditsModel
from labeldesk.library import credits_of, find_people, get_person, get_release, people_rows


def _id(lib, name):
    (person_id,) = find_people(lib, name)
    return person_id


def test_person_page_lists_every_credit_and_opens_a_release(qtbot, catalogue, make_window):
    window = make_window(catalogue)
    window.open_person("jesus calderon")  # any spelling, case and accents ignored
    page = window.people.page
    assert page.name.text() == "Jesús Calderón"
    assert page.summary.text() == "7 credits on 2 releases"
    rows = [(page.proxy.index(r, 0).data(), page.proxy.index(r, PersonCreditsModel.RELEASE).data(),
             page.proxy.index(r, PersonCreditsModel.TRACK).data()) for r in range(page.proxy.rowCount())]
    assert ("Arranger", "Salt Roads", "Marea") in rows
    assert len(rows) == len(credits_of(catalogue, "Jesús Calderón"))
    # the release title is a link
    salt = next(r for r in range(page.proxy.rowCount())
                if page.proxy.index(r, PersonCreditsModel.RELEASE).data() == "Salt Roads")
    cell = page.proxy.index(salt, PersonCreditsModel.RELEASE)
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=page.table.visualRect(cell).center())
    assert window.current_page() == "Releases"
    assert window.releases.editor.release_id == 2


def test_overview_artist_links_open_the_persons_page(qtbot, catalogue, make_window):
    window = make_window(catalogue)
    window.open_release(1)
    window.releases.editor.overview.artist_links.linkActivated.emit("Jesús Calderón")
    assert window.current_page() == "People"
    assert window.people.page.person_id == _id(catalogue, "Jesús Calderón")


def test_csv_export_is_what_the_command_line_prints(qtbot, catalogue, make_window, tmp_path):
    window = make_window(catalogue)
    person_id = _id(catalogue, "Jesús Calderón")
    target = tmp_path / "calderon.csv"
    window.export_person_csv(person_id, target)
    qtbot.waitUntil(lambda: target.exists(), timeout=5000)
    window.jobs.wait()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli_main(["--library", str(catalogue.path), "credits", "--csv", "Jesús Calderón"]) == 0
    assert target.read_text(encoding="utf-8") == out.getvalue()
    assert target.read_text(encoding="utf-8").count("\n") == 8  # a header and 7 credits
    assert not (tmp_path / "calderon.csv.part").exists()


def test_merge_keeps_both_spellings_and_undo_restores_both_people(qtbot, catalogue, make_window):
    window = make_window(catalogue)
    ana, anna = _id(catalogue, "Ana Zayas"), _id(catalogue, "Anna Zayas")
    before = {r.id: (r.name, r.spellings, r.credits) for r in people_rows(catalogue)}

    window.show_page("People")
    people = window.people
    window.search_field.setText("zayas")
    window.apply_search()
    selection = people.table.selectionModel()
    for row in range(people.model.rowCount()):
        selection.select(people.model.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    assert sorted(people.selected_ids()) == sorted([ana, anna])
    assert people.merge_button.isEnabled()

    assert window.merge_people(ana, anna)
    merged = get_person(catalogue, ana)
    assert merged.spellings == ["Ana Zayas", "Anna Zayas"]
    assert not find_people(catalogue, "Anna Zayas") == [anna]
    assert [c.name for c in credits_of(catalogue, "Anna Zayas")] == ["Ana Zayas", "Anna Zayas"]
    assert get_release(catalogue, 2).credits[1].name == "Anna Zayas"  # the credited spelling stays
    assert people.page.person_id == ana and people.page.summary.text() == "2 credits on 1 release"
    assert people.page.spellings.text() == "Also credited as Anna Zayas"

    window.undo_action.trigger()
    assert {r.id: (r.name, r.spellings, r.credits) for r in people_rows(catalogue)} == before
    assert window.undo_action.isEnabled() is False
    window.redo_action.trigger()
    assert get_person(catalogue, ana).spellings == ["Ana Zayas", "Anna Zayas"]
    with pytest.raises(Exception):
        get_person(catalogue, anna)


def test_merging_asks_which_name_stays(qtbot, catalogue, make_window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = make_window(catalogue)
    ana, anna = _id(catalogue, "Ana Zayas"), _id(catalogue, "Anna Zayas")
    window.open_person_id(anna)
    people = window.people
    for person_id in (ana, anna):
        people.table.selectionModel().select(people.model.index(people.model.row_of(person_id), 0),
                                             QItemSelectionModel.Select | QItemSelectionModel.Rows)
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda parent, title, label, items, current, editable: (items[1], True))
    window.merge_action.trigger()
    kept = people.page.person_id
    assert get_person(catalogue, kept).name == get_person(catalogue, kept).spellings[0]
    assert len(find_people(catalogue, "Zayas")) == 1
