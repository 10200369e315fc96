"""Releases in a real library file: stored whole, read back whole, updated and deleted with the log."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

import pytest

from labeldesk.library import (
    NotFound,
    add_document,
    add_release,
    count_releases,
    delete_release,
    edit_log,
    get_release,
    release_rows,
    update_release,
)
from labeldesk.model import Credit, Release, Track
from labeldesk.model.interchange import documents_from_json, release_to_dict

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"


def _documents(name: str):
    path = FIXTURES / name
    return documents_from_json(json.loads(path.read_text(encoding="utf-8")), str(path))


def _expected(name: str) -> list[dict]:
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    if "documents" in data:
        return [r for d in data["documents"] for r in d["releases"]]
    return data["releases"]


@pytest.mark.parametrize("name", ["documents-with-text.json", "releases-only.json", "gold-shaped.json"])
def test_every_field_comes_back_as_stored(library, name):
    ids = [i for document in _documents(name) for i in add_document(library, document)]
    for release_id, expected in zip(ids, _expected(name), strict=True):
        got = release_to_dict(get_release(library, release_id))
        expected = dict(expected, warnings=expected.get("warnings", []))
        assert got == expected


def test_a_release_keeps_its_source_with_the_document_path_and_its_tracks_have_ids(library):
    document = _documents("documents-with-text.json")[0]
    first = add_document(library, document)[0]
    release = get_release(library, first)
    assert release.source.document == "brightwater-spring.txt"
    assert document.text[release.source.start:release.source.end].startswith("Salt Roads (Original")
    assert all(isinstance(t.id, int) for t in release.tracks)
    assert [(t.disc, t.position) for t in release.tracks] == [(1, "1"), (1, "2"), (2, "1")]


def test_update_keeps_track_ids_rewrites_the_rest_and_logs_before_and_after(library):
    release_id = add_document(library, _documents("documents-with-text.json")[0])[0]
    release = get_release(library, release_id)
    kept_track_ids = [t.id for t in release.tracks[:2]]
    old = release_to_dict(release, with_id=True)

    release.title = "Salt Roads (Remastered)"
    release.tracks = release.tracks[:2] + [Track(position="3", title="Bonus", duration=60)]
    release.tracks[0].credits.append(Credit(name="Ana Zayas", role="arranger"))
    release.credits = release.credits[:1]
    update_release(library, release)

    again = get_release(library, release_id)
    assert again.title == "Salt Roads (Remastered)"
    assert [t.id for t in again.tracks[:2]] == kept_track_ids
    assert [t.title for t in again.tracks] == ["Camino de sal", "Nana de la Negra Noche", "Bonus"]
    assert [(c.name, c.role) for c in again.tracks[0].credits] == [("Ana Zayas", "arranger")]
    assert [c.role for c in again.credits] == ["composer"]
    assert again.source is not None  # an edit does not lose where the release was read

    entry = edit_log(library, table="releases", row_id=release_id)[0]
    assert entry.action == "update" and entry.who
    assert entry.before == old
    assert entry.after == release_to_dict(again, with_id=True)
    # the search index follows the edit
    assert [r.id for r in release_rows(library, search="remastered")] == [release_id]
    assert release_rows(library, search="marea") == []


def test_delete_removes_the_release_its_parts_and_its_search_row(library):
    ids = add_document(library, _documents("documents-with-text.json")[0])
    delete_release(library, ids[0])
    with pytest.raises(NotFound):
        get_release(library, ids[0])
    assert count_releases(library) == 1
    for table in ("tracks", "credits", "release_titles", "release_artists"):
        assert library.conn.execute(f"SELECT count(*) FROM {table} WHERE release_id = ?", (ids[0],)).fetchone() == (0,)
    assert release_rows(library, search="salt") == []
    assert edit_log(library, table="releases", row_id=ids[0])[0].action == "delete"


def test_a_failing_write_leaves_nothing_behind(library):
    good = Release(title="Good", artists=["Ana Zayas"], tracks=[Track(position="1", title="One")])
    add_release(library, good)
    snapshot = list(library.conn.iterdump())
    broken = Release(title="Broken", artists=["Someone New"], credits=[Credit(name="Other New", role="composer")],
                     tracks=[Track(position="1", title=None)])  # NOT NULL fails after several rows went in
    with pytest.raises(sqlite3.IntegrityError):
        add_release(library, broken)
    assert list(library.conn.iterdump()) == snapshot


def test_unknown_ids_raise_not_found(library):
    with pytest.raises(NotFound, match="no release with id 42"):
        get_release(library, 42)
    with pytest.raises(NotFound):
        delete_release(library, 42)
    with pytest.raises(NotFound):
        update_release(library, Release(title="x", id=42))


def test_add_release_sets_ids_and_is_logged(library):
    release = Release(title="Standalone", tracks=[Track(position="1", title="Only")])
    release_id = add_release(library, copy.deepcopy(release))
    assert get_release(library, release_id).tracks[0].id is not None
    entry = edit_log(library, table="releases", row_id=release_id)[0]
    assert entry.action == "add" and entry.before is None and entry.after["title"] == "Standalone"
