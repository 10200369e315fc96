"""The release list: summary rows in any order, pages of them, and rows fetched by id."""

from __future__ import annotations

import pytest

from labeldesk.library import (
    ORDERS,
    add_release,
    count_releases,
    release_ids,
    release_rows,
    release_rows_for_ids,
)
from labeldesk.model import Release, Track


@pytest.fixture
def filled(library):
    for release in (
        Release(title="beta", artists=["Zed", "Amy"], label="North", kind="album", release_date="2021-05-01",
                tracks=[Track(position=str(n), title=f"t{n}") for n in range(1, 4)], warnings=["check"]),
        Release(title="Alpha", artists=["Bob"], label="south", kind="single", release_date="2019"),
        Release(title="Gamma", label=None, kind="ep", tracks=[Track(position="1", title="x")]),
    ):
        add_release(library, release)
    return library


def test_a_summary_row_holds_what_a_list_shows(filled):
    beta = next(r for r in release_rows(filled) if r.title == "beta")
    assert (beta.artists, beta.label, beta.kind, beta.year, beta.tracks, beta.warnings) == (
        ["Zed", "Amy"], "North", "album", "2021", 3, 1)


@pytest.mark.parametrize("order, expected", [
    ("title", ["Alpha", "beta", "Gamma"]),  # case does not matter
    ("artists", ["Gamma", "Alpha", "beta"]),  # by the first artist; none sorts first
    ("label", ["Gamma", "beta", "Alpha"]),
    ("kind", ["beta", "Gamma", "Alpha"]),
    ("year", ["Gamma", "Alpha", "beta"]),
    ("tracks", ["Alpha", "Gamma", "beta"]),
    ("added", ["beta", "Alpha", "Gamma"]),
])
def test_every_order_both_ways(filled, order, expected):
    assert [r.title for r in release_rows(filled, order=order)] == expected
    assert [r.title for r in release_rows(filled, order=order, descending=True)] == expected[::-1]
    by_id = {r.id: r.title for r in release_rows(filled)}
    assert [by_id[i] for i in release_ids(filled, order=order)] == expected


def test_pages_and_rows_by_id(filled):
    assert [r.title for r in release_rows(filled, limit=2)] == ["Alpha", "beta"]
    assert [r.title for r in release_rows(filled, limit=2, offset=2)] == ["Gamma"]
    assert [r.title for r in release_rows(filled, offset=1)] == ["beta", "Gamma"]
    ids = release_ids(filled)
    rows = release_rows_for_ids(filled, ids + [999])
    assert sorted(rows) == sorted(ids) and rows[ids[0]].title == "Alpha"
    assert count_releases(filled) == 3


def test_an_unknown_order_is_a_programming_error(filled):
    with pytest.raises(ValueError, match="unknown order"):
        release_rows(filled, order="title; DROP TABLE releases")
    assert set(ORDERS) >= {"title", "artists", "label", "kind", "year", "tracks"}


def test_many_releases_in_one_page_fetch(library):
    from labeldesk.library import transaction
    from labeldesk.library.releases import insert_release

    with transaction(library.conn) as conn:
        for n in range(1200):
            insert_release(conn, Release(title=f"Release {n:04}", artists=[f"Artist {n % 50}"]))
    ids = release_ids(library, order="title")
    assert len(ids) == 1200
    assert len(release_rows_for_ids(library, ids)) == 1200  # more ids than one SQL statement takes at once
    assert [r.title for r in release_rows(library, search="artist 7", limit=3)] == [
        "Release 0007", "Release 0057", "Release 0107"]
