"""Reviewing a text imported in part before: the review says how much of it is in the library, lists
those releases as already there (nothing to check) and offers the others as usual; importing them
completes the document, after which it is shown as already in the library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from gui_helpers import WINTER, open_review, release_titles
from labeldesk.library import count_releases, document_rows

HARBOUR = Path(__file__).resolve().parents[1] / "fixtures" / "texts" / "harbour-catalogue.txt"
TITLES = ["Salt Lantern", "Grey Gulls", "The Last Ferry", "Winter Quay", "Lighthouse Songs"]


def import_checked(qtbot, window, dialog):
    with qtbot.waitSignal(window.flows.imported, timeout=5000) as stored:
        qtbot.mouseClick(dialog.import_checked_button, Qt.LeftButton)
    assert not dialog.isVisible()
    return stored.args[0]


def checkable(item) -> bool:
    return bool(item.flags() & Qt.ItemIsUserCheckable)


def test_accept_some_then_review_again_offers_the_rest(qtbot, library, make_window, tmp_path):
    window = make_window(library)
    dialog = open_review(qtbot, window, [HARBOUR])
    dialog.set_checked("Grey Gulls", False)
    dialog.set_checked("Lighthouse Songs", False)
    assert dialog.import_checked_button.text() == "Import 3 checked releases"
    import_checked(qtbot, window, dialog)
    assert release_titles(library) == ["Salt Lantern", "The Last Ferry", "Winter Quay"]

    again = open_review(qtbot, window, [HARBOUR])
    top = again.tree.topLevelItem(0)
    assert top.text(0) == "harbour-catalogue.txt — partly in the library: 3 of 5 releases already imported"
    items = again.release_items()
    assert [i.text(0) for i in items] == ["Salt Lantern — already in the library", "Grey Gulls",
                                          "The Last Ferry — already in the library",
                                          "Winter Quay — already in the library", "Lighthouse Songs"]
    assert [i.text(0) for i in again.present_items()] == [items[0].text(0), items[2].text(0), items[3].text(0)]
    # those already there have no box to check (the document's box leaves them alone too)
    assert [checkable(i) for i in items] == [False, True, False, False, True]
    assert [i.checkState(0) for i in items if checkable(i)] == [Qt.Checked, Qt.Checked]
    # the document's box follows the releases that can be checked, and checks them all
    assert top.checkState(0) == Qt.Checked
    again.set_checked("Grey Gulls", False)
    assert top.checkState(0) == Qt.PartiallyChecked
    top.setCheckState(0, Qt.Unchecked)
    assert [i.checkState(0) for i in items if checkable(i)] == [Qt.Unchecked, Qt.Unchecked]
    assert [i.data(0, Qt.CheckStateRole) for i in again.present_items()] == [None, None, None]
    assert again.import_checked_button.text() == "Import 0 checked releases"
    assert not again.import_checked_button.isEnabled()
    top.setCheckState(0, Qt.Checked)
    assert [i.checkState(0) for i in items if checkable(i)] == [Qt.Checked, Qt.Checked]
    assert again.import_checked_button.text() == "Import 2 checked releases"
    assert "partly in the library: 2 releases not imported yet" in again.summary.text()
    assert again.import_all_button.isEnabled()

    # a release already there shows its fields, and says it is there
    again.tree.setCurrentItem(items[0])
    assert again.fields.toPlainText().startswith("Already in the library")
    again.tree.setCurrentItem(items[1])
    assert "Already in the library" not in again.fields.toPlainText()
    again.tree.setCurrentItem(top)
    assert "Partly in the library" in again.fields.toPlainText()

    # what it looks like, for a person to check (kept beside the test's files)
    again.grab().save(str(tmp_path / "review-partly-imported.png"))

    stored = import_checked(qtbot, window, again)
    assert [(s.added, len(s.added_ids), len(s.present_ids)) for s in stored] == [(True, 2, 3)]
    assert release_titles(library) == sorted(TITLES) and len(document_rows(library)) == 1
    assert "Imported 2 releases" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.releases.model.rowCount() == 5)

    third = open_review(qtbot, window, [HARBOUR])
    assert third.tree.topLevelItem(0).text(0) == "harbour-catalogue.txt — already in the library"
    assert not third.import_checked_button.isEnabled() and not third.import_all_button.isEnabled()
    third.reject()
    assert count_releases(library) == 5


def test_import_all_of_a_partly_imported_text_adds_only_the_missing(qtbot, library, make_window):
    window = make_window(library)
    dialog = open_review(qtbot, window, [HARBOUR])
    for title in TITLES[1:]:
        dialog.set_checked(title, False)
    import_checked(qtbot, window, dialog)
    assert release_titles(library) == ["Salt Lantern"]

    again = open_review(qtbot, window, [HARBOUR])
    assert again.tree.topLevelItem(0).text(0).endswith("partly in the library: 1 of 5 releases already imported")
    again.set_checked("Grey Gulls", False)  # "Import all" takes every missing one all the same
    with qtbot.waitSignal(window.flows.imported, timeout=5000) as stored:
        qtbot.mouseClick(again.import_all_button, Qt.LeftButton)
    assert [len(s.added_ids) for s in stored.args[0]] == [4]
    assert release_titles(library) == sorted(TITLES)


def test_a_document_with_skipped_passages_has_a_box_that_follows_its_releases(qtbot, library, make_window):
    window = make_window(library)
    dialog = open_review(qtbot, window, [WINTER])
    top = dialog.tree.topLevelItem(0)
    assert dialog.skipped_items() and Qt.CheckState(top.data(0, Qt.CheckStateRole)) == Qt.Checked  # a box to click
    dialog.set_checked("Frost Lines", False)
    assert top.checkState(0) == Qt.PartiallyChecked
    dialog.set_checked("Nuit blanche", False)
    assert top.checkState(0) == Qt.Unchecked and not dialog.import_checked_button.isEnabled()
    top.setCheckState(0, Qt.Checked)
    assert [i.checkState(0) for i in dialog.release_items()] == [Qt.Checked, Qt.Checked]
    assert all(i.data(0, Qt.CheckStateRole) is None for i in dialog.skipped_items())
    assert dialog.import_checked_button.text() == "Import 2 checked releases"
    dialog.reject()


def test_a_release_deleted_since_is_offered_again(qtbot, library, make_window):
    from labeldesk.actions.importing import import_files
    from labeldesk.library.deleted_releases import delete_releases_recorded

    (stored,) = import_files(library, [HARBOUR])
    delete_releases_recorded(library, [stored.added_ids[2]])
    window = make_window(library)
    dialog = open_review(qtbot, window, [HARBOUR])
    assert dialog.tree.topLevelItem(0).text(0).endswith("partly in the library: 4 of 5 releases already imported")
    assert [i.text(0) for i in dialog.release_items() if checkable(i)] == ["The Last Ferry"]
    import_checked(qtbot, window, dialog)
    assert release_titles(library) == sorted(TITLES)
