"""Checks of the artist sort key shared by its tests: the order the release list had when it looked
the first artist up per release, and the stored keys compared with the stored artists."""

from __future__ import annotations

# the sort expression of the list before the key was stored
LOOKED_UP = ("(SELECT credited_as FROM release_artists a WHERE a.release_id = r.id ORDER BY a.seq LIMIT 1)"
             " COLLATE NOCASE")


def looked_up_order(lib, descending: bool = False) -> list[int]:
    direction = " DESC" if descending else ""
    sql = f"SELECT r.id FROM releases r ORDER BY {LOOKED_UP}{direction}, r.id{direction}"
    return [r[0] for r in lib.conn.execute(sql)]


def assert_keys_follow_the_artists(lib) -> None:
    """Every release's stored key is its first credited artist (None without artists)."""
    rows = lib.conn.execute(
        """SELECT r.id, r.artists_sort,
                  (SELECT credited_as FROM release_artists a WHERE a.release_id = r.id ORDER BY a.seq LIMIT 1)
           FROM releases r ORDER BY r.id""").fetchall()
    assert rows, "no releases to check"
    assert [(r[0], r[1]) for r in rows] == [(r[0], r[2]) for r in rows]
