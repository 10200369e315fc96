"""The Artists column's sort key (releases.artists_sort): it follows every kind of edit, and the
release list sorts on it in the order it had when it looked the first artist up per release."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from artists_sort_checks import assert_keys_follow_the_artists, looked_up_order

from labeldesk.actions.importing import import_files
from labeldesk.library import (
    add_release,
    delete_release,
    get_release,
    merge_people,
    open_library,
    release_ids,
    release_rows,
    update_release,
)
from labeldesk.library.deleted_releases import delete_releases_recorded, restore_releases
from labeldesk.library.edits import set_release_field
from labeldesk.library.merging import merge_people_recorded, unmerge_people
from labeldesk.library.people import find_people
from labeldesk.library.release_order import sorted_release_ids
from labeldesk.model import Credit, Release, Track

TESTS = Path(__file__).resolve().parents[1]
WINTER = TESTS / "gui" / "fixtures" / "winter-catalogue.txt"
BENCH = TESTS.parent / "bench" / "make_library.py"


def _key(lib, release_id: int) -> str | None:
    return lib.conn.execute("SELECT artists_sort FROM releases WHERE id = ?", (release_id,)).fetchone()[0]


def _release(title: str, *artists: str) -> Release:
    return Release(title=title, artists=list(artists), tracks=[Track(position="1", title="One")],
                   credits=[Credit(name="Someone Credited", role="composer")])


# names whose order tells the rules apart: ASCII case folded (NOCASE), accented letters not folded
# (they sort after "z"), no artist first, equal names by release id, only the first artist counts
NAMES = [("Zayas", "Álvarez"), ("álvarez",), ("alvarez", "Zayas"), ("ALVAREZ",), (), ("Alvarez", "Aaron"),
         ("Ömer",), ("zayas",), ("Bea",), (), ("bea", "Zed"), ("Éloi",), ("Eloi",), ("",)]


@pytest.fixture
def varied(library):
    for number, artists in enumerate(NAMES):
        add_release(library, _release(f"Release {number}", *artists))
    return library


def test_added_releases_carry_their_first_artist(varied):
    assert_keys_follow_the_artists(varied)
    assert _key(varied, 1) == "Zayas"
    assert _key(varied, 5) is None


def test_the_list_sorts_by_artist_as_it_did_both_ways(varied):
    for descending in (False, True):
        expected = looked_up_order(varied, descending)
        assert release_ids(varied, order="artists", descending=descending) == expected
        assert sorted_release_ids(varied, order="artists", descending=descending) == expected
        assert [r.id for r in release_rows(varied, order="artists", descending=descending)] == expected
    # no artist, "", alvarez ×3 by id, bea ×2, Eloi, zayas ×2, then Éloi, Ömer, álvarez (NOCASE folds ASCII only)
    assert release_ids(varied, order="artists") == [5, 10, 14, 3, 4, 6, 9, 11, 13, 1, 8, 12, 7, 2]


def test_a_search_sorts_by_artist_as_it_did(varied):
    matching = set(release_ids(varied, search="release"))
    for descending in (False, True):
        expected = [i for i in looked_up_order(varied, descending) if i in matching]
        assert release_ids(varied, search="release", order="artists", descending=descending) == expected


def test_sorting_by_artist_walks_the_index(varied):
    sql = ("EXPLAIN QUERY PLAN SELECT r.id FROM releases r ORDER BY r.artists_sort COLLATE NOCASE{d}, r.id{d}")
    for direction in ("", " DESC"):
        plan = " | ".join(row[-1] for row in varied.conn.execute(sql.format(d=direction)))
        assert "releases_artists_sort" in plan and "TEMP B-TREE" not in plan, plan


def test_the_key_follows_an_update_of_the_artists(varied):
    release = get_release(varied, 1)
    release.artists = ["Bea", "Zayas"]  # a new first artist
    update_release(varied, release)
    assert _key(varied, 1) == "Bea"
    release.artists = ["Zayas", "Bea"]  # the same artists, the other one first
    update_release(varied, release)
    assert _key(varied, 1) == "Zayas"
    release.artists = []
    update_release(varied, release)
    assert _key(varied, 1) is None
    empty = get_release(varied, 5)
    empty.artists = ["Aaron"]
    update_release(varied, empty)
    assert _key(varied, 5) == "Aaron"
    assert_keys_follow_the_artists(varied)
    assert release_ids(varied, order="artists") == looked_up_order(varied)


def test_other_edits_leave_the_key(varied):
    set_release_field(varied, 1, "title", "Renamed")
    release = get_release(varied, 2)
    release.title, release.tracks = "Retitled", []
    update_release(varied, release)
    assert (_key(varied, 1), _key(varied, 2)) == ("Zayas", "álvarez")
    assert_keys_follow_the_artists(varied)


def test_deleted_and_restored_releases_sort_where_they_did(varied):
    before = release_ids(varied, order="artists")
    records = delete_releases_recorded(varied, [1, 5, 9])
    assert release_ids(varied, order="artists") == [i for i in before if i not in (1, 5, 9)]
    restore_releases(varied, records)
    assert release_ids(varied, order="artists") == before
    assert (_key(varied, 1), _key(varied, 5), _key(varied, 9)) == ("Zayas", None, "Bea")
    assert_keys_follow_the_artists(varied)


def test_a_release_restored_under_a_new_id_carries_its_key(varied):
    newest = max(release_ids(varied))
    records = delete_releases_recorded(varied, [newest])
    taken = add_release(varied, _release("Added since", "Someone New"))
    assert taken == newest
    restored = restore_releases(varied, records)
    [new_id] = restored.release_ids
    assert new_id != newest
    assert (_key(varied, newest), _key(varied, new_id)) == ("Someone New", "")
    assert_keys_follow_the_artists(varied)
    assert release_ids(varied, order="artists") == looked_up_order(varied)


def test_merging_people_keeps_the_credited_names_and_so_the_keys(varied):
    before = release_ids(varied, order="artists")
    [keep] = find_people(varied, "Zayas")
    [other] = find_people(varied, "Bea")
    merge_people(varied, keep, other)
    assert release_ids(varied, order="artists") == before
    assert_keys_follow_the_artists(varied)
    [keep] = find_people(varied, "Eloi")
    [other] = find_people(varied, "Ömer")
    record = merge_people_recorded(varied, keep, other)
    unmerge_people(varied, record)
    assert release_ids(varied, order="artists") == before
    assert_keys_follow_the_artists(varied)


def test_a_one_way_delete_takes_the_key_with_the_release(varied):
    delete_release(varied, 1)
    assert 1 not in release_ids(varied, order="artists")
    assert_keys_follow_the_artists(varied)


def test_imported_releases_carry_their_keys(library):
    import_files(library, [WINTER])
    assert any(_key(library, i) for i in release_ids(library))
    assert_keys_follow_the_artists(library)
    for descending in (False, True):
        assert release_ids(library, order="artists", descending=descending) == looked_up_order(library, descending)


def test_the_synthetic_library_carries_the_keys(tmp_path):
    spec = importlib.util.spec_from_file_location("make_library", BENCH)
    make_library = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_library)
    path = tmp_path / "synthetic.db"
    make_library.build(200, path, seed=5)
    with open_library(path) as lib:
        assert_keys_follow_the_artists(lib)
        assert release_ids(lib, order="artists") == looked_up_order(lib)
