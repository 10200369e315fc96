"""Cover renditions kept beside a release's cover: made once, served while the cover stays, dropped
with it; and the migration that adds their table to a library of schema 3."""

from __future__ import annotations

import sqlite3

import pytest
from old_versions import library_at_version

from labeldesk.library import add_release, delete_release, open_library
from labeldesk.library.covers import (
    CoverRendition,
    StoredCover,
    cover_rendition,
    get_cover,
    get_rendition,
    set_cover,
    store_rendition,
)
from labeldesk.library.migrations import LATEST, backup_path
from labeldesk.model import Release, Track

COVER = StoredCover(b"the stored image bytes", "image/png", 3000, 3000)
OTHER = StoredCover(b"another image entirely", "image/png", 2000, 2000)


def _release(lib) -> int:
    return add_release(lib, Release(title="Seven Rivers", artists=["Mira Castell"], tracks=[Track("1", "Source")]))


class Maker:
    """A make function that says how often it was asked."""

    def __init__(self, rendition: CoverRendition):
        self.rendition = rendition
        self.calls: list[bytes] = []

    def __call__(self, stored: StoredCover) -> CoverRendition:
        self.calls.append(stored.image)
        return self.rendition


def _rows(lib) -> list[tuple]:
    return lib.conn.execute(
        "SELECT release_id, purpose, side, source_sha256, image, width, height FROM cover_renditions "
        "ORDER BY purpose, side").fetchall()


def test_a_rendition_is_made_once_and_then_read(library):
    release_id = _release(library)
    set_cover(library, release_id, COVER)
    make = Maker(CoverRendition(b"small jpeg", 1400, 1400))
    first = cover_rendition(library, release_id, "player", 1400, make)
    again = cover_rendition(library, release_id, "player", 1400, make)
    assert first == again == CoverRendition(b"small jpeg", 1400, 1400)
    assert make.calls == [COVER.image]
    assert _rows(library) == [(release_id, "player", 1400, COVER.sha256, b"small jpeg", 1400, 1400)]
    # another side is another rendition
    cover_rendition(library, release_id, "player", 600, Maker(CoverRendition(b"smaller", 600, 600)))
    assert [row[2] for row in _rows(library)] == [600, 1400]


def test_a_rendition_that_is_the_stored_cover_is_not_kept_twice(library):
    release_id = _release(library)
    set_cover(library, release_id, COVER)
    made = cover_rendition(library, release_id, "distributor", 3000,
                           Maker(CoverRendition(COVER.image, 3000, 3000)))
    assert made == CoverRendition(None, 3000, 3000)
    assert made.data(get_cover(library, release_id)) == COVER.image
    assert _rows(library)[0][4] is None


def test_a_new_cover_drops_the_renditions_and_none_is_served_for_other_bytes(library):
    release_id = _release(library)
    set_cover(library, release_id, COVER)
    cover_rendition(library, release_id, "player", 1400, Maker(CoverRendition(b"old", 1400, 1400)))
    set_cover(library, release_id, OTHER)
    assert _rows(library) == []
    assert get_rendition(library, release_id, "player", 1400) is None
    # one made from the previous cover (by a slower job, say) is not kept, nor served
    assert not store_rendition(library, release_id, "player", 1400, CoverRendition(b"old", 1400, 1400), COVER.sha256)
    assert _rows(library) == []
    make = Maker(CoverRendition(b"new", 1400, 1400))
    assert cover_rendition(library, release_id, "player", 1400, make) == CoverRendition(b"new", 1400, 1400)
    assert make.calls == [OTHER.image]
    # removing the cover, or the release, removes its renditions
    set_cover(library, release_id, None)
    assert _rows(library) == []
    assert cover_rendition(library, release_id, "player", 1400, make) is None
    set_cover(library, release_id, COVER)
    cover_rendition(library, release_id, "player", 1400, make)
    delete_release(library, release_id)
    assert _rows(library) == []


def test_a_failing_make_keeps_nothing(library):
    release_id = _release(library)
    set_cover(library, release_id, COVER)

    def broken(stored):
        raise ValueError("not an image")

    with pytest.raises(ValueError):
        cover_rendition(library, release_id, "player", 1400, broken)
    assert _rows(library) == []


def test_a_library_that_cannot_be_written_to_still_gives_the_rendition(library):
    release_id = _release(library)
    set_cover(library, release_id, COVER)
    library.conn.execute("PRAGMA query_only = ON")
    make = Maker(CoverRendition(b"small jpeg", 1400, 1400))
    assert cover_rendition(library, release_id, "player", 1400, make) == CoverRendition(b"small jpeg", 1400, 1400)
    assert cover_rendition(library, release_id, "player", 1400, make) == CoverRendition(b"small jpeg", 1400, 1400)
    assert len(make.calls) == 2 and _rows(library) == []


def _make_v3_library(path) -> None:
    """A library as schema 3 wrote it, with a release and its cover."""
    with library_at_version(path, 3) as conn:
        conn.executescript(f"""
        INSERT INTO releases (id, title, kind, created_at, updated_at)
            VALUES (1, 'Seven Rivers', 'album', '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00');
        INSERT INTO covers (release_id, image, mime, width, height, sha256)
            VALUES (1, X'{COVER.image.hex()}', 'image/png', 3000, 3000, '{COVER.sha256}');
    """)


def test_a_version_3_library_gets_the_renditions_table_and_keeps_its_cover(library_path):
    _make_v3_library(library_path)
    with open_library(library_path) as lib:
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert get_cover(lib, 1) == COVER
        assert _rows(lib) == []
        make = Maker(CoverRendition(b"small jpeg", 1400, 1400))
        cover_rendition(lib, 1, "player", 1400, make)
        assert len(_rows(lib)) == 1
    backup = backup_path(library_path, 3)
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'cover_renditions'").fetchall() == []
    finally:
        conn.close()
