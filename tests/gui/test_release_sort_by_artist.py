"""The release table sorted by its Artists column: the order it had when the first artist was looked
up per release (NOCASE, no artist first, ties by id), before and after edits and searches."""

from __future__ import annotations

from PySide6.QtCore import Qt

from labeldesk.gui.release_table_model import ReleaseTableModel
from labeldesk.library import add_release, get_release, update_release
from labeldesk.model import Release, Track

ARTISTS_COLUMN = 1
# the sort expression of the table before the key was stored on the release row
LOOKED_UP = ("(SELECT credited_as FROM release_artists a WHERE a.release_id = r.id ORDER BY a.seq LIMIT 1)"
             " COLLATE NOCASE")
NAMES = [("Zayas", "Álvarez"), ("álvarez",), ("alvarez", "Zayas"), ("ALVAREZ",), (), ("Alvarez", "Aaron"),
         ("Ömer",), ("zayas",), ("Bea",), (), ("bea", "Zed")]


def _looked_up(library, descending: bool, word: str | None = None) -> list[int]:
    direction = " DESC" if descending else ""
    where = (" WHERE r.id IN (SELECT rowid FROM release_search WHERE release_search MATCH ?)", [f'"{word}"*']) \
        if word else ("", [])
    sql = f"SELECT r.id FROM releases r{where[0]} ORDER BY {LOOKED_UP}{direction}, r.id{direction}"
    return [r[0] for r in library.conn.execute(sql, where[1])]


def _ids(model) -> list[int]:
    return [model.id_at(row) for row in range(model.rowCount())]


def test_the_table_sorts_by_artist_as_it_did(qtbot, library):
    for number, artists in enumerate(NAMES):
        title = f"{'Night' if number % 2 else 'Day'} Piece {number}"
        add_release(library, Release(title=title, artists=list(artists), tracks=[Track(position="1", title="One")]))
    model = ReleaseTableModel(library)
    model.sort(ARTISTS_COLUMN, Qt.AscendingOrder)
    assert _ids(model) == _looked_up(library, False) == [5, 10, 3, 4, 6, 9, 11, 1, 8, 7, 2]
    assert [model.data(model.index(row, ARTISTS_COLUMN)) for row in range(4)] == ["", "", "alvarez, Zayas", "ALVAREZ"]
    model.sort(ARTISTS_COLUMN, Qt.DescendingOrder)
    assert _ids(model) == _looked_up(library, True)

    model.set_search("night")  # the order holds within a search
    assert _ids(model) == _looked_up(library, True, "night") and model.rowCount() == 5

    release = get_release(library, 5)  # an edit that gives a release without artists its first one
    release.artists = ["Aaron"]
    update_release(library, release)
    model.set_search("")
    model.sort(ARTISTS_COLUMN, Qt.AscendingOrder)
    assert _ids(model) == _looked_up(library, False)
    assert model.id_at(1) == 5
