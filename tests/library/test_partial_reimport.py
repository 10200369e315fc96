"""A document imported in part: importing it again compares it release by release with what the
library holds of it and adds only the releases missing (left out before, or deleted since); a
document held whole still adds nothing. Real library files, the real importer."""

from __future__ import annotations

from pathlib import Path

from labeldesk.actions.importing import read_file, store_documents
from labeldesk.library import count_releases, document_rows, edit_log, get_release, update_release
from labeldesk.library.deleted_releases import delete_releases_recorded, restore_releases
from labeldesk.library.documents import ChosenReleases, match_document, store_document
from labeldesk.model import Document, Release

HARBOUR = Path(__file__).resolve().parents[1] / "fixtures" / "texts" / "harbour-catalogue.txt"
TITLES = ["Salt Lantern", "Grey Gulls", "The Last Ferry", "Winter Quay", "Lighthouse Songs"]


def harbour() -> Document:
    """The catalogue as the importer reads it now (a fresh read each time, as a new import is)."""
    (document,) = read_file(HARBOUR)
    assert [r.title for r in document.releases] == TITLES
    return document


def stored_titles(library) -> list[str]:
    return [title for (title,) in library.conn.execute("SELECT title FROM releases ORDER BY source_start")]


def test_a_partly_imported_document_gets_the_rest_and_then_nothing_more(library):
    first = store_document(library, ChosenReleases(harbour(), (0, 2, 3)))
    assert (first.new_document, len(first.added_ids), first.present_ids) == (True, 3, [])
    assert stored_titles(library) == ["Salt Lantern", "The Last Ferry", "Winter Quay"]

    match = match_document(library, harbour())
    assert match.stored and match.partly and not match.whole
    assert sorted(match.present) == [0, 2, 3] and match.missing == [1, 4]
    assert sorted(match.present.values()) == first.added_ids

    second = store_document(library, harbour())
    assert second.added and not second.new_document and second.document_id == first.document_id
    assert [get_release(library, i).title for i in second.added_ids] == ["Grey Gulls", "Lighthouse Songs"]
    assert second.present_ids == first.added_ids
    assert [get_release(library, i).title for i in second.held_ids] == TITLES
    assert second.release_ids == second.added_ids  # what callers count as imported
    assert stored_titles(library) == TITLES
    assert len(document_rows(library)) == 1 and document_rows(library)[0].releases == 5
    # every release remembers its place among the releases read from the document
    places = dict(library.conn.execute("SELECT title, source_index FROM releases"))
    assert places == {title: at for at, title in enumerate(TITLES)}

    dump = list(library.conn.iterdump())
    third = store_document(library, harbour())
    assert not third.added and third.added_ids == [] and len(third.present_ids) == 5
    assert third.release_ids == third.present_ids
    assert match_document(library, harbour()).whole
    assert list(library.conn.iterdump()) == dump


def test_a_document_stored_whole_adds_nothing_again(library):
    first = store_document(library, harbour())
    assert first.new_document and len(first.added_ids) == 5
    dump = list(library.conn.iterdump())
    again = store_documents(library, [harbour(), ChosenReleases(harbour(), (1,))])
    assert [s.added for s in again] == [False, False]
    assert [s.present_ids for s in again] == [first.added_ids, first.added_ids]
    assert list(library.conn.iterdump()) == dump


def test_only_missing_releases_of_the_chosen_ones_are_stored(library):
    store_document(library, ChosenReleases(harbour(), (0,)))
    both = store_document(library, ChosenReleases(harbour(), (0, 1)))  # 0 is there already
    assert [get_release(library, i).title for i in both.added_ids] == ["Grey Gulls"]
    assert stored_titles(library) == ["Salt Lantern", "Grey Gulls"]
    assert match_document(library, harbour()).missing == [2, 3, 4]


def test_an_empty_choice_keeps_the_text_alone_and_the_releases_come_later(library):
    kept = store_document(library, ChosenReleases(harbour(), ()))
    assert kept.new_document and kept.added and kept.added_ids == []
    assert count_releases(library) == 0 and len(document_rows(library)) == 1
    match = match_document(library, harbour())
    assert match.partly and match.present == {} and match.missing == [0, 1, 2, 3, 4]
    assert len(store_document(library, harbour()).added_ids) == 5


def test_a_deleted_release_counts_as_missing_and_a_restored_one_as_there(library):
    ids = store_document(library, harbour()).added_ids
    (record,) = delete_releases_recorded(library, [ids[1]])
    match = match_document(library, harbour())
    assert match.missing == [1]

    restored = restore_releases(library, [record])
    assert match_document(library, harbour()).whole  # the restored row has its span and place back
    assert restored.release_ids == [ids[1]]

    delete_releases_recorded(library, [ids[1]])
    again = store_document(library, harbour())
    assert [get_release(library, i).title for i in again.added_ids] == ["Grey Gulls"]
    assert stored_titles(library) == TITLES and count_releases(library) == 5


def test_edits_in_the_library_do_not_make_a_release_missing(library):
    ids = store_document(library, ChosenReleases(harbour(), (0, 1)))
    release = get_release(library, ids.added_ids[0])
    release.title = "Salt Lantern (remastered)"
    release.tracks = release.tracks[:1]
    update_release(library, release)
    assert match_document(library, harbour()).missing == [2, 3, 4]


def test_the_addition_is_in_the_edit_log(library):
    first = store_document(library, ChosenReleases(harbour(), (0,)))
    second = store_document(library, harbour())
    entry = edit_log(library, table="documents")[0]
    assert (entry.action, entry.row_id) == ("import", first.document_id)
    assert entry.before["releases"] == first.added_ids
    assert entry.after["releases"] == first.added_ids + second.added_ids


def test_a_document_without_text_is_compared_by_the_place_of_each_release(library):
    def catalogue() -> Document:  # interchange JSON without text: no spans, the hash covers every release
        return Document(path="catalogue.json", text="",
                        releases=[Release(title="North"), Release(title="North"), Release(title="South")])

    first = store_document(library, ChosenReleases(catalogue(), (1,)))
    assert match_document(library, catalogue()).missing == [0, 2]  # the same title is not the same release
    second = store_document(library, catalogue())
    assert len(second.added_ids) == 2 and second.present_ids == first.added_ids
    assert len(document_rows(library)) == 1  # the part chosen was stored under the hash of the whole
    assert not store_document(library, catalogue()).added
    assert sorted(library.conn.execute("SELECT source_index, title FROM releases")) == [
        (0, "North"), (1, "North"), (2, "South")]
