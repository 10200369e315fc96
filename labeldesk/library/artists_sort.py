"""The key the release list sorts the Artists column on, kept on the release row (releases.artists_sort).

It is the release's first artist exactly as credited (NULL without artists); the list compares it
COLLATE NOCASE and breaks ties by release id. Stored rather than looked up at sort time so that
ordering 100,000 releases by artist walks an index.

Whatever writes a release's artists writes the key with the release row: insert_release and
update_release take it from `artists_sort_key(release.artists)`; a restored release gets its old
row back and is refilled to be sure; merging people changes no credited name and so no key. Code
that writes release_artists rows itself (a bulk loader) calls `refill_artists_sort` afterwards."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

# the first artist of the release on the row being written, as release_artists holds it
_FIRST_ARTIST = "(SELECT credited_as FROM release_artists a WHERE a.release_id = releases.id ORDER BY a.seq LIMIT 1)"


def artists_sort_key(artists: list[str]) -> str | None:
    """The sort key of a release credited to `artists` (in credit order)."""
    return artists[0] if artists else None


def refill_artists_sort(conn: sqlite3.Connection, release_ids: Iterable[int] | None = None) -> None:
    """Recompute the key from the stored release_artists rows: of the given releases, or of all."""
    if release_ids is None:
        conn.execute(f"UPDATE releases SET artists_sort = {_FIRST_ARTIST}")
        return
    conn.executemany(f"UPDATE releases SET artists_sort = {_FIRST_ARTIST} WHERE id = ?",
                     [(release_id,) for release_id in release_ids])
