"""Full-text search: accent- and case-insensitive, and safe with any text a user types."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from labeldesk.library import add_document, count_releases, release_ids, release_rows
from labeldesk.library.search import fts_query
from labeldesk.model.interchange import documents_from_json

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"

HOSTILE = ['"', '""', '"unterminated', "AND (", "OR", "NOT", "*", "**", "NEAR(", "NEAR(a b, 2)", "a AND (b OR",
           "title:salt", "{titles}: salt", "^salt", "salt -roads", "'; DROP TABLE releases; --", "(", ")",
           "\\", "%", "_", "\x00", "   ", "‘’“”", "🎻", "a" * 5000]


@pytest.fixture
def filled(library):
    for name in ("documents-with-text.json", "releases-only.json", "gold-shaped.json"):
        path = FIXTURES / name
        for document in documents_from_json(json.loads(path.read_text(encoding="utf-8")), str(path)):
            add_document(library, document)
    return library


def titles(lib, text):
    return sorted(r.title for r in release_rows(lib, search=text))


def test_accents_and_case_do_not_matter(filled):
    assert titles(filled, "ambar") == titles(filled, "ÁMBAR") == titles(filled, "Ámbar") == ["Noches de Ámbar"]
    assert titles(filled, "brzeczyszczykiewicz") == ["Noches de Ámbar"]  # ę and Ł fold too
    assert titles(filled, "weiss") == ["Quiet Harbour"]  # ß = ss


def test_titles_alternate_titles_people_notes_and_tracks_are_searched(filled):
    assert titles(filled, "caminos") == ["Salt Roads"]  # alternate title
    assert titles(filled, "motion picture") == ["Salt Roads"]  # subtitle
    assert titles(filled, "jesus calderon") == ["Quiet Harbour", "Salt Roads"]  # any spelling, any role
    assert titles(filled, "lumineux") == ["Quiet Harbour"]  # note text
    assert titles(filled, "grey water") == ["Quiet Harbour"]  # a track title
    assert titles(filled, "BWR 014") == ["Salt Roads"]  # catalogue number


def test_every_word_must_match_and_the_last_is_a_prefix(filled):
    assert titles(filled, "salt ro") == ["Salt Roads"]
    assert titles(filled, "sal") == ["Salt Roads"]
    assert titles(filled, "ro salt") == []
    assert count_releases(filled, "northwind") == 2


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_never_breaks_a_search(filled, text):
    rows = release_rows(filled, search=text)
    assert [r.id for r in rows] == release_ids(filled, search=text)
    assert count_releases(filled, search=text) == len(rows)
    assert count_releases(filled) == 4


def test_words_inside_hostile_text_are_plain_words(filled):
    assert titles(filled, 'harbour "lights" (AND') == ["Quiet Harbour"]  # a track title with those characters
    assert titles(filled, "salt AND roads") == []  # AND is a word to find, not an operator
    assert titles(filled, "salt*") == ["Salt Roads"]


def test_fts_query_quotes_every_word():
    assert fts_query('Jesús "the" AND (x*') == '"jesus" "the" "and" "x"*'
    assert fts_query("  ") is None
    assert fts_query('"*(') is None
    assert fts_query(None) is None


def test_blank_search_lists_everything(filled):
    assert count_releases(filled, "") == count_releases(filled, None) == count_releases(filled, "  ") == 4
