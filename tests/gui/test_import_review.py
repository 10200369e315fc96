"""Importing with a review: the importer runs in the background, the review lists the releases and
skipped passages, shows a release's fields beside its highlighted source, and nothing is stored
before the user imports; re-importing a known document says so; dropped texts open the review."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_helpers import SHOP_NEWS, WINTER, drop_files, open_review, release_titles
from labeldesk.gui.import_review import RELEASE
from labeldesk.library import count_releases, document_rows


def test_the_review_lists_what_was_found_and_stores_nothing_before_import(qtbot, library, make_window):
    window = make_window(library)
    dialog = open_review(qtbot, window, [WINTER, SHOP_NEWS])

    rows = [[item.text(c) for c in range(5)] for item in dialog.release_items()]
    assert rows == [["Frost Lines", "Soundtrack", "3", "7", ""], ["Nuit blanche", "Soundtrack", "2", "2", ""]]
    reasons = [item.text(0) for item in dialog.skipped_items()]
    assert reasons.count("Skipped: no release markers (label, composer, tracklist)") == 2  # both articles
    assert "Skipped: repeated heading" in reasons
    assert "2 releases in 2 new documents" in dialog.summary.text()
    assert dialog.import_checked_button.text() == "Import 2 checked releases"
    # reading stored nothing
    assert count_releases(library) == 0 and document_rows(library) == []

    # a release: its fields beside the text, its span highlighted
    nuit = dialog.release_items()[1]
    dialog.tree.setCurrentItem(nuit)
    text = WINTER.read_text(encoding="utf-8")
    start, end = dialog.source.span
    assert text[start:end].startswith("Nuit blanche (Bande Originale du Film)")
    assert "Bastien Roux" in text[start:end] and "cassette" not in text[start:end]
    assert dialog.source.extraSelections()[0].cursor.selectedText().startswith("Nuit blanche")
    shown = dialog.fields.toPlainText()
    assert "Insomnie" in shown and "Le Quai" in shown and "Bastien Roux" in shown

    # a skipped passage: the reason, and the passage highlighted
    article = next(i for i in dialog.skipped_items() if "no release markers" in i.text(0) and i.parent().indexOfChild(i) > 0)
    dialog.tree.setCurrentItem(article)
    start, end = dialog.source.span
    assert text[start:end].startswith("Why cassette sales are back")
    assert "no release markers" in dialog.fields.toPlainText()
    assert count_releases(library) == 0


def test_accept_some_stores_only_the_checked_releases(qtbot, library, make_window):
    window = make_window(library)
    dialog = open_review(qtbot, window, [WINTER, SHOP_NEWS])
    dialog.set_checked("Nuit blanche", False)
    assert dialog.import_checked_button.text() == "Import 1 checked release"
    # the article, a document in which nothing was found, is left out unless checked
    news = next(dialog.tree.topLevelItem(i) for i in range(2) if dialog.tree.topLevelItem(i).text(0).startswith("shop-news"))
    assert news.checkState(0) == Qt.Unchecked

    with qtbot.waitSignal(window.flows.imported, timeout=5000) as stored:
        qtbot.mouseClick(dialog.import_checked_button, Qt.LeftButton)
    assert not dialog.isVisible()
    assert [s.added for s in stored.args[0]] == [True]
    assert release_titles(library) == ["Frost Lines"]
    assert [row.path for row in document_rows(library)] == [str(WINTER)]
    qtbot.waitUntil(lambda: window.releases.model.rowCount() == 1)
    assert "Imported 1 release" in window.statusBar().currentMessage()


def test_accept_all_then_reimport_says_already_in_the_library(qtbot, library, make_window):
    window = make_window(library)
    dialog = open_review(qtbot, window, [WINTER, SHOP_NEWS])
    dialog.set_checked("Frost Lines", False)  # "Import all" takes everything all the same
    with qtbot.waitSignal(window.flows.imported, timeout=5000):
        qtbot.mouseClick(dialog.import_all_button, Qt.LeftButton)
    assert release_titles(library) == ["Frost Lines", "Nuit blanche"]
    assert len(document_rows(library)) == 2  # the article's text is kept too, as the import command does

    again = open_review(qtbot, window, [WINTER, SHOP_NEWS])
    tops = [again.tree.topLevelItem(i).text(0) for i in range(again.tree.topLevelItemCount())]
    assert tops == ["winter-catalogue.txt — already in the library", "shop-news.txt — already in the library"]
    assert "2 documents are already in the library" in again.summary.text()
    assert not again.import_checked_button.isEnabled() and not again.import_all_button.isEnabled()
    assert all(not (item.flags() & Qt.ItemIsUserCheckable) for item in again.release_items())
    again.tree.setCurrentItem(again.release_items()[0])
    assert "Already in the library" in again.fields.toPlainText()
    qtbot.mouseClick(again.discard_button, Qt.LeftButton)
    assert not again.isVisible()
    assert count_releases(library) == 2 and len(document_rows(library)) == 2


def test_discard_stores_nothing(qtbot, library, make_window):
    window = make_window(library)
    dialog = open_review(qtbot, window, [WINTER])
    dialog.reject()  # as Esc or the Discard button
    qtbot.wait(100)
    window.jobs.wait()
    assert count_releases(library) == 0 and document_rows(library) == []
    assert window.releases.stack.currentWidget() is window.releases.empty_state


def test_a_file_that_cannot_be_read_is_one_line_and_no_review(qtbot, library, make_window, tmp_path, monkeypatch):
    window = make_window(library)
    errors = []
    monkeypatch.setattr(window, "report_error", lambda title, message: errors.append((title, message)))
    missing = tmp_path / "gone.txt"
    window.import_paths([WINTER, missing])
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors == [("Import stopped", f"{missing}: no such file")]
    assert window.flows.review is None and count_releases(library) == 0


def test_dropping_texts_on_the_window_opens_the_review(qtbot, library, make_window):
    window = make_window(library)
    with qtbot.waitSignal(window.flows.review_opened, timeout=5000) as opened:
        drop_files(window.releases.empty_state, [WINTER])
    dialog = opened.args[0]
    assert [i.text(0) for i in dialog.release_items()] == ["Frost Lines", "Nuit blanche"]
    assert all(i.data(0, Qt.UserRole) == RELEASE for i in dialog.release_items())
    assert count_releases(library) == 0
