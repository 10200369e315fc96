"""Ctrl+C in tables, the Documents page, and the Source tab's highlighted span."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from labeldesk.library import get_document


def test_ctrl_c_copies_the_selected_rows_as_tab_separated_text(qtbot, catalogue, make_window):
    window = make_window(catalogue)
    table = window.releases.table
    table.setFocus()
    table.selectAll()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key_C, Qt.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "Title\tArtists\tLabel\tKind\tYear\tTracks\tWarnings"
    assert lines[1] == "La Mancha Negra\tJesús Calderón\tPlaza Mayor Company Ltd\tsoundtrack\t\t0\t1"
    assert lines[2] == "Salt Roads\tAna Zayas\tBrightwater Records Ltd\talbum\t2021\t2\t"


def test_the_documents_page_shows_each_document_whole(qtbot, catalogue, make_window):
    window = make_window(catalogue)
    window.show_page("Documents")
    documents = window.documents
    assert documents.right.currentWidget() is documents.placeholder
    assert documents.proxy.index(0, 0).data() == "plaza-mayor-spring.txt"
    assert documents.proxy.index(0, 2).data() == 2
    documents.table.selectionModel().setCurrentIndex(documents.proxy.index(0, 0),
                                                     QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    assert documents.text.toPlainText() == get_document(catalogue, 1).text


def test_an_empty_documents_page_says_what_to_do(qtbot, library, make_window):
    window = make_window(library)
    window.show_page("Documents")
    assert "Import texts" in window.documents.placeholder.text()


def test_the_source_tab_highlights_the_release_span(qtbot, catalogue, make_window):
    window = make_window(catalogue)
    window.open_release(1)
    editor = window.releases.editor
    editor.tabs.setCurrentWidget(editor.source)
    source = editor.source
    text = get_document(catalogue, 1).text
    start, end = source.span
    assert text[start:end].startswith("LA MANCHA NEGRA") and text[start:end].endswith("Jaén, 2020")
    (selection,) = source.text.extraSelections()
    assert selection.cursor.selectedText().startswith("LA MANCHA NEGRA")
    assert "lines 3–13" in source.where.text()
    assert source.warnings.item(0).text().startswith("name spelled two ways")
    window.open_release(2)
    assert source.span is not None and text[source.span[0]:].startswith("SALT ROADS")
    assert "Nothing to check" in source.warnings.item(0).text()
