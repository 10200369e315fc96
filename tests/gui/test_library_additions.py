"""The library functions the window needs, on real files and without Qt: single-field edits,
covers, an undoable merge, people listings, a person's credits as CSV, a release's source, and
the synthetic library generator's search rows."""

from __future__ import annotations

import importlib.util
import io
import sqlite3
from pathlib import Path

import pytest

from labeldesk.actions.importing import import_files
from labeldesk.errors import UserError
from labeldesk.library import (
    NotFound,
    credits_of,
    edit_log,
    find_people,
    get_release,
    open_library,
    release_rows,
    search,
)
from labeldesk.library.covers import StoredCover, get_cover, set_cover
from labeldesk.library.credits_export import write_credits_csv
from labeldesk.library.edits import release_field, set_release_field
from labeldesk.library.merging import merge_people_recorded, unmerge_people
from labeldesk.library.people_listing import count_credits, people_ids, people_rows_for_ids, person_credits
from labeldesk.library.release_order import sorted_release_ids
from labeldesk.library.sources import release_source

CATALOGUE = Path(__file__).resolve().parent / "fixtures" / "spring-catalogue.json"
BENCH = Path(__file__).resolve().parents[2] / "bench" / "make_library.py"


@pytest.fixture
def lib(library):
    import_files(library, [CATALOGUE])
    return library


def _dump(lib) -> dict:
    """Every row of every table (search rows included), to compare whole libraries."""
    tables = [r[0] for r in lib.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%search_%' AND name != 'edit_log'")]
    dump = {t: sorted(map(tuple, lib.conn.execute(f"SELECT * FROM {t}"))) for t in tables}
    for fts in ("release_search", "people_search"):
        dump[fts] = sorted(map(tuple, lib.conn.execute(f"SELECT rowid, * FROM {fts}")))
    return dump


def test_single_field_edits(lib):
    set_release_field(lib, 1, "label", "Sello Nuevo")
    assert get_release(lib, 1).label == "Sello Nuevo"
    assert release_field(lib, 1, "label") == "Sello Nuevo"
    assert [r.id for r in release_rows(lib, search="sello nuevo")] == [1]  # the search row follows
    set_release_field(lib, 1, "subtitle", "  ")
    assert get_release(lib, 1).subtitle is None
    entry = edit_log(lib, table="releases", row_id=1, limit=1)[0]
    assert entry.before == {"subtitle": "Original Motion Picture Soundtrack"} and entry.after == {"subtitle": None}
    with pytest.raises(UserError):
        set_release_field(lib, 1, "title", "")
    with pytest.raises(UserError):
        set_release_field(lib, 1, "kind", "opera")
    with pytest.raises(ValueError):
        set_release_field(lib, 1, "id", "7")
    with pytest.raises(NotFound):
        set_release_field(lib, 99, "title", "Nothing")
    assert get_release(lib, 1).title == "La Mancha Negra"


def test_covers(lib):
    assert get_cover(lib, 1) is None
    cover = StoredCover(b"\x89PNG fake bytes", "image/png", 600, 600)
    set_cover(lib, 1, cover)
    assert get_cover(lib, 1) == cover
    set_cover(lib, 1, None)
    assert get_cover(lib, 1) is None
    assert edit_log(lib, table="covers", row_id=1, limit=1)[0].before["sha256"] == cover.sha256
    with pytest.raises(NotFound):
        set_cover(lib, 99, cover)


def test_a_merge_is_taken_back_exactly(lib):
    before = _dump(lib)
    (ana,), (anna,) = find_people(lib, "Ana Zayas"), find_people(lib, "Anna Zayas")
    record = merge_people_recorded(lib, ana, anna)
    assert [c.name for c in credits_of(lib, "ana zayas")] == ["Ana Zayas", "Anna Zayas"]
    assert sorted(find_people(lib, "Anna Zayas")) == [ana]
    unmerge_people(lib, record)
    assert _dump(lib) == before
    assert [e.action for e in edit_log(lib, table="people", limit=2)] == ["unmerge", "merge"]
    with pytest.raises(UserError):
        merge_people_recorded(lib, ana, ana)
    with pytest.raises(UserError):
        unmerge_people(lib, record)  # the person exists again: refused, nothing changes
    assert _dump(lib) == before


def test_people_listing_and_credits(lib):
    by_credits = people_ids(lib, order="credits", descending=True)
    rows = people_rows_for_ids(lib, by_credits)
    assert rows[by_credits[0]].name == "Jesús Calderón" and rows[by_credits[0]].credits == 7
    assert people_ids(lib, "   ") == people_ids(lib)
    assert people_ids(lib, "***") == []
    assert [rows[i].name for i in people_ids(lib, "zenobia")] == ["Zenobia Fernández"]
    with pytest.raises(ValueError):
        people_ids(lib, order="age")
    calderon = find_people(lib, "Jesús Calderón")[0]
    assert person_credits(lib, calderon) == credits_of(lib, "Jesús Calderón")
    assert count_credits(lib) == 14
    out = io.StringIO()
    assert write_credits_csv(person_credits(lib, calderon), out) == 7
    assert out.getvalue().splitlines()[0] == "name,role,instrument,scope,release,release_id,track"
    assert "Jesús Calderón,arranger,,,Salt Roads,2,Marea" in out.getvalue().splitlines()


def test_release_order_by_warnings_and_source(lib):
    assert sorted_release_ids(lib, order="warnings", descending=True) == [1, 2]
    assert sorted_release_ids(lib, search="salt", order="warnings") == [2]
    with pytest.raises(ValueError):
        sorted_release_ids(lib, order="colour")
    source = release_source(lib, 1)
    assert source.path == "plaza-mayor-spring.txt"
    assert source.text[source.start:source.end].startswith("LA MANCHA NEGRA")
    with pytest.raises(NotFound):
        release_source(lib, 99)


def test_the_synthetic_library_has_the_search_rows_the_library_would_write(tmp_path):
    spec = importlib.util.spec_from_file_location("make_library", BENCH)
    make_library = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_library)
    path = tmp_path / "synthetic.db"
    figures = make_library.build(300, path, seed=3)
    assert figures["releases"] == 300 and figures["credits"] == 2400 and figures["notes"] == 600
    with open_library(path) as lib:
        stored = {r[0]: r[1:] for r in lib.conn.execute("SELECT rowid, titles, people, notes, other FROM release_search")}
        assert len(stored) == 300
        lib.conn.execute("BEGIN")
        try:
            for release_id in range(1, 301):
                search.index_release(lib.conn, release_id)
                fresh = lib.conn.execute("SELECT titles, people, notes, other FROM release_search WHERE rowid = ?",
                                         (release_id,)).fetchone()
                # the same words in each column (the order of people may differ)
                assert [sorted(c.split()) for c in fresh] == [sorted(c.split()) for c in stored[release_id]]
        finally:
            lib.conn.rollback()
        # a library the program opens and checks like any other
        assert lib.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert lib.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert make_library.main(["10", str(path)]) == 1  # an existing file is never replaced silently
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM releases").fetchone()[0] == 300
