"""The table models, checked by Qt's own model tester, and the lazy release list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from labeldesk.gui.documents_view import DocumentsModel
from labeldesk.gui.people_table_model import PeopleTableModel
from labeldesk.gui.person_page import PersonCreditsModel
from labeldesk.gui.release_table_model import ReleaseTableModel
from labeldesk.library import find_people, get_release, transaction
from labeldesk.library.people_listing import person_credits
from labeldesk.library.releases import insert_release
from labeldesk.model import Release

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _check(model):
    return QAbstractItemModelTester(model, FAIL)


def test_release_table_model_under_the_model_tester(qtbot, catalogue):
    model = ReleaseTableModel(catalogue)
    tester = _check(model)
    assert model.rowCount() == 2
    model.sort(0, Qt.DescendingOrder)
    assert model.data(model.index(0, 0)) == "Salt Roads"
    model.set_search("calderon")  # accents ignored, people's names searched
    assert model.rowCount() == 2
    model.set_search("cello")
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == []  # instruments are not indexed
    model.set_search("marea")  # a track title
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["Salt Roads"]
    model.set_search("")
    warnings = model.data(model.index(model.row_of(1), ReleaseTableModel.WARNINGS_COLUMN))
    assert warnings == "1"
    assert model.data(model.index(model.row_of(1), ReleaseTableModel.WARNINGS_COLUMN), Qt.DecorationRole) is not None
    model.sort(ReleaseTableModel.WARNINGS_COLUMN, Qt.DescendingOrder)  # sorted in SQL too
    assert model.id_at(0) == 1
    del tester


def test_other_models_under_the_model_tester(qtbot, catalogue):
    people = PeopleTableModel(catalogue)
    testers = [_check(people)]
    people.sort(2, Qt.DescendingOrder)  # most credits first
    assert people.data(people.index(0, 0)) == "Jesús Calderón"
    assert people.data(people.index(0, 2)) == 7
    people.set_search("zayas")
    assert sorted(people.data(people.index(r, 0)) for r in range(people.rowCount())) == ["Ana Zayas", "Anna Zayas"]

    credits = PersonCreditsModel()
    testers.append(_check(credits))
    credits.set_rows(person_credits(catalogue, find_people(catalogue, "Jesús Calderón")[0]))
    assert credits.rowCount() == 7
    assert credits.data(credits.index(0, PersonCreditsModel.RELEASE), Qt.ForegroundRole) is not None

    documents = DocumentsModel(catalogue)
    testers.append(_check(documents))
    assert documents.data(documents.index(0, 0)) == "plaza-mayor-spring.txt"
    assert documents.data(documents.index(0, 2)) == 2


def test_editor_models_under_the_model_tester(qtbot, catalogue, make_window):
    window = make_window(catalogue)
    editor = window.releases.editor
    testers = [_check(editor.tracks.model), _check(editor.credits.model)]
    for release_id in (1, 2, 1):
        editor.show_release(release_id)
    assert editor.credits.model.rowCount() == 11
    editor.show_release(2)
    tracks = editor.tracks.model
    assert [tracks.data(tracks.index(0, c)) for c in range(tracks.columnCount())] == ["1", "1", "Camino de sal",
                                                                                     "3:05", ""]
    assert tracks.data(tracks.index(1, 4)) == "Arranger: Jesús Calderón"
    credits = editor.credits.model
    assert credits.data(credits.index(2, 4)) == "2. Marea"  # a track's own credit names its track
    del testers


def test_the_table_fetches_only_the_rows_it_shows(qtbot, library):
    with transaction(library.conn) as conn:
        for n in range(1000):
            insert_release(conn, Release(title=f"Release {n:04}"))
    model = ReleaseTableModel(library)
    assert model.rowCount() == 1000 and len(model._rows) == 0
    assert model.data(model.index(700, 0)) == "Release 0700"
    assert len(model._rows) == model.PAGE


def test_sorting_keeps_the_selected_release_selected(qtbot, catalogue, make_window):
    window = make_window(catalogue)
    table, model = window.releases.table, window.releases.model
    row = model.row_of(2)
    table.selectionModel().setCurrentIndex(model.index(row, 0),
                                           QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    table.sortByColumn(0, Qt.DescendingOrder if row == 1 else Qt.AscendingOrder)
    assert model.row_of(2) != row
    assert model.id_at(table.currentIndex().row()) == 2
    assert get_release(catalogue, 2).title == model.data(model.index(table.currentIndex().row(), 0))


@pytest.mark.parametrize("column", range(len(ReleaseTableModel.COLUMNS)))
def test_every_release_column_sorts(qtbot, catalogue, column):
    model = ReleaseTableModel(catalogue)
    for order in (Qt.AscendingOrder, Qt.DescendingOrder):
        model.sort(column, order)
        assert sorted(model._ids) == [1, 2]
