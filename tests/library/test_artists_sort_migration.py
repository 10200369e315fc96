"""Schema 6: a library from before gets the artist sort key filled from its stored artists, keeps a
copy of itself as it was, and lists releases by artist in the order it did."""

from __future__ import annotations

from pathlib import Path

from artists_sort_checks import assert_keys_follow_the_artists, looked_up_order
from old_versions import library_at_version, release_columns

from labeldesk.library import get_release, open_library, release_ids, update_release
from labeldesk.library.migrations import LATEST, backup_path

NOW = "2024-01-01T00:00:00+00:00"
# release id -> its artists as (row id, seq, credited name); rows written out of seq order on purpose
ARTISTS = {
    1: [(1, 1, "Ana Zayas"), (2, 0, "jesús calderón")],
    2: [(3, 0, "Álvarez")],
    3: [],
    4: [(4, 0, "ANA ZAYAS"), (5, 1, "Bea")],
    5: [(7, 2, "Zed"), (6, 1, "Aaron"), (8, 3, "Bea")],
}


def _make_v5_library(path: Path) -> None:
    """A library as schema 5 wrote it: five releases with their artists, no sort key."""
    with library_at_version(path, 5) as conn:
        names = sorted({name for rows in ARTISTS.values() for _, _, name in rows})
        conn.executemany("INSERT INTO people (id, name, key) VALUES (?, ?, ?)",
                         [(i, name, name.casefold()) for i, name in enumerate(names, start=1)])
        for release_id, rows in ARTISTS.items():
            conn.execute("INSERT INTO releases (id, title, kind, created_at, updated_at) VALUES (?, ?, 'album', ?, ?)",
                         (release_id, f"Release {release_id}", NOW, NOW))
            conn.executemany(
                "INSERT INTO release_artists (id, release_id, person_id, credited_as, seq) VALUES (?, ?, ?, ?, ?)",
                [(row_id, release_id, names.index(name) + 1, name, seq) for row_id, seq, name in rows])


def test_a_version_5_library_gets_its_keys_filled_and_sorts_as_it_did(library_path):
    _make_v5_library(library_path)
    with open_library(library_path) as lib:
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST >= 6
        keys = dict(lib.conn.execute("SELECT id, artists_sort FROM releases"))
        assert keys == {1: "jesús calderón", 2: "Álvarez", 3: None, 4: "ANA ZAYAS", 5: "Aaron"}
        assert_keys_follow_the_artists(lib)
        assert release_ids(lib, order="artists") == [3, 5, 4, 1, 2] == looked_up_order(lib)
        assert release_ids(lib, order="artists", descending=True) == [2, 1, 4, 5, 3] == looked_up_order(lib, True)
        assert lib.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'releases_artists_sort'").fetchone()
        # and edits made after the migration keep it
        release = get_release(lib, 3)
        release.artists = ["Bea"]
        update_release(lib, release)
        assert_keys_follow_the_artists(lib)
        assert release_ids(lib, order="artists") == [5, 4, 3, 1, 2]
    backup = backup_path(library_path, 5)
    assert "artists_sort" not in release_columns(backup)
    assert "artists_sort" in release_columns(library_path)


def test_an_empty_version_5_library_is_migrated(library_path):
    with library_at_version(library_path, 5):
        pass
    with open_library(library_path) as lib:
        assert release_ids(lib, order="artists") == []
        assert lib.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
