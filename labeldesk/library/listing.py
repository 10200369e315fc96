"""Release lists for tables and the command line: summary rows, never whole releases.

Made for large libraries: `release_ids` gives a view every id in order (cheap, indexed), and
`release_rows_for_ids` fetches the few rows a view is showing."""

from __future__ import annotations

from dataclasses import dataclass, field

from labeldesk.library import search

ORDERS = {
    "title": "r.title COLLATE NOCASE",
    "artists": "r.artists_sort COLLATE NOCASE",  # the first artist as credited (schema 6 keeps it)
    "label": "l.name COLLATE NOCASE",
    "kind": "r.kind",
    "year": "r.release_date",
    "tracks": "(SELECT count(*) FROM tracks t WHERE t.release_id = r.id)",
    "added": "r.id",
}

_SUMMARY = """
    SELECT r.id, r.title,
           (SELECT group_concat(credited_as, char(31)) FROM
               (SELECT credited_as FROM release_artists a WHERE a.release_id = r.id ORDER BY a.seq)),
           l.name, r.kind, substr(r.release_date, 1, 4),
           (SELECT count(*) FROM tracks t WHERE t.release_id = r.id),
           (SELECT count(*) FROM release_warnings w WHERE w.release_id = r.id)
    FROM releases r LEFT JOIN labels l ON l.id = r.label_id"""


@dataclass
class ReleaseRow:
    """A line of the release list."""

    id: int
    title: str
    artists: list[str] = field(default_factory=list)
    label: str | None = None
    kind: str = "album"
    year: str | None = None
    tracks: int = 0
    warnings: int = 0


def _row(r) -> ReleaseRow:
    return ReleaseRow(id=r[0], title=r[1], artists=r[2].split("\x1f") if r[2] else [], label=r[3], kind=r[4],
                      year=r[5] or None, tracks=r[6], warnings=r[7])


def _filter(search_text: str | None) -> tuple[str, list] | None:
    """The WHERE clause for a search; None when the text can match nothing (no word in it)."""
    if search_text is None or not search_text.strip():
        return "", []
    query = search.fts_query(search_text)
    if query is None:
        return None
    return " WHERE r.id IN (SELECT rowid FROM release_search WHERE release_search MATCH ?)", [query]


def _order(order: str, descending: bool) -> str:
    try:
        expression = ORDERS[order]
    except KeyError:
        raise ValueError(f"unknown order {order!r}; one of {', '.join(ORDERS)}") from None
    direction = " DESC" if descending else ""
    return f" ORDER BY {expression}{direction}, r.id{direction}"


def release_rows(lib, search: str | None = None, order: str = "title", descending: bool = False,
                 limit: int | None = None, offset: int = 0) -> list[ReleaseRow]:
    """Summary rows of the releases matching `search` (every word, accent-insensitive; the last
    word as a prefix), sorted by `order` (one of ORDERS), optionally one page of them."""
    where = _filter(search)
    if where is None:
        return []
    sql = _SUMMARY + where[0] + _order(order, descending)
    params = list(where[1])
    if limit is not None or offset:
        sql += " LIMIT ? OFFSET ?"
        params += [-1 if limit is None else limit, offset]
    return [_row(r) for r in lib.conn.execute(sql, params)]


def release_ids(lib, search: str | None = None, order: str = "title", descending: bool = False) -> list[int]:
    """The ids of the matching releases in display order (for views that fetch rows lazily)."""
    where = _filter(search)
    if where is None:
        return []
    join = " LEFT JOIN labels l ON l.id = r.label_id" if order == "label" else ""
    sql = "SELECT r.id FROM releases r" + join + where[0] + _order(order, descending)
    return [r[0] for r in lib.conn.execute(sql, where[1])]


def release_rows_for_ids(lib, ids: list[int]) -> dict[int, ReleaseRow]:
    """Summary rows of the given releases, by id (ids no longer stored are left out)."""
    rows: dict[int, ReleaseRow] = {}
    for start in range(0, len(ids), 500):  # stay far below SQLite's limit on bound parameters
        chunk = ids[start:start + 500]
        sql = _SUMMARY + f" WHERE r.id IN ({', '.join('?' * len(chunk))})"
        for r in lib.conn.execute(sql, chunk):
            rows[r[0]] = _row(r)
    return rows


def count_releases(lib, search: str | None = None) -> int:
    """How many releases match `search` (all of them without one)."""
    where = _filter(search)
    if where is None:
        return 0
    return lib.conn.execute("SELECT count(*) FROM releases r" + where[0], where[1]).fetchone()[0]
