"""Pairing the releases read from a document now with those the library keeps from it."""

from __future__ import annotations

from labeldesk.library.release_matching import StoredRelease, match_releases
from labeldesk.model import Release, Span


def read(*spans) -> list[Release]:
    return [Release(title=f"R{i}", source=Span(*span) if span else None) for i, span in enumerate(spans)]


def test_equal_spans_pair():
    stored = [StoredRelease(10, 0, 100, 0), StoredRelease(11, 102, 300, 1)]
    assert match_releases(read((0, 100), (102, 300)), stored) == {0: 10, 1: 11}


def test_a_block_whose_edges_moved_a_little_is_the_same_release():
    # the importer draws the edges a little differently now (a heading line more, a blank line less)
    stored = [StoredRelease(10, 0, 100, 0), StoredRelease(11, 102, 300, 1)]
    assert match_releases(read((0, 96), (90, 310)), stored) == {0: 10, 1: 11}


def test_a_new_passage_is_missing_and_a_block_split_in_two_pairs_once():
    stored = [StoredRelease(10, 0, 100, 0)]
    assert match_releases(read((0, 30), (30, 100), (200, 260)), stored) == {1: 10}  # the larger part


def test_a_slight_overlap_is_not_the_same_release():
    stored = [StoredRelease(10, 0, 100, 0)]
    assert match_releases(read((90, 300)), stored) == {}


def test_each_stored_release_pairs_once_the_closest_first():
    stored = [StoredRelease(10, 0, 100, 0)]
    assert match_releases(read((5, 100), (0, 100)), stored) == {1: 10}


def test_without_spans_the_place_in_the_document_tells():
    stored = [StoredRelease(20, None, None, 0), StoredRelease(22, None, None, 2)]
    assert match_releases(read(None, None, None), stored) == {0: 20, 2: 22}
    # a release read without a span never pairs with one stored with a span, nor the other way
    assert match_releases(read(None), [StoredRelease(30, 0, 10, 0)]) == {}
    assert match_releases(read((0, 10)), [StoredRelease(31, None, None, 0)]) == {}


def test_empty_spans_pair_only_with_equal_ones():
    stored = [StoredRelease(10, 50, 50, 0), StoredRelease(11, 60, 60, 1)]
    assert match_releases(read((60, 60), (50, 50), (70, 70)), stored) == {0: 11, 1: 10}


def test_many_releases_pair_quickly():
    stored = [StoredRelease(i, i * 100, i * 100 + 98, i) for i in range(5000)]
    pairs = match_releases(read(*[(i * 100, i * 100 + 98) for i in range(5000)]), stored)
    assert pairs == {i: i for i in range(5000)}
