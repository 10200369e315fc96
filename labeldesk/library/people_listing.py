"""People lists for tables: every id in order (sorted in SQL), rows fetched a page at a time, and
the credits of one person by id. Made for libraries with tens of thousands of people."""

from __future__ import annotations

from labeldesk.library import search
from labeldesk.library.credits import CreditRow
from labeldesk.library.people import PersonRow

PEOPLE_ORDERS = {
    "name": "p.name COLLATE NOCASE",
    "spellings": "(SELECT count(*) FROM person_names n WHERE n.person_id = p.id)",
    "credits": "(SELECT count(*) FROM credits c WHERE c.person_id = p.id)",
    "added": "p.id",
}

_SUMMARY = """
    SELECT p.id, p.name,
           (SELECT group_concat(name, char(31)) FROM
               (SELECT name FROM person_names WHERE person_id = p.id ORDER BY id)),
           (SELECT count(*) FROM credits c WHERE c.person_id = p.id)
    FROM people p"""


def people_ids(lib, search_text: str | None = None, order: str = "name", descending: bool = False) -> list[int]:
    """Ids of every person (or those a search finds, accent- and case-insensitive), in `order`."""
    try:
        expression = PEOPLE_ORDERS[order]
    except KeyError:
        raise ValueError(f"unknown order {order!r}; one of {', '.join(PEOPLE_ORDERS)}") from None
    direction = " DESC" if descending else ""
    sql, params = "SELECT p.id FROM people p", []
    if search_text is not None and search_text.strip():
        query = search.fts_query(search_text)
        if query is None:
            return []
        sql += " WHERE p.id IN (SELECT rowid FROM people_search WHERE people_search MATCH ?)"
        params.append(query)
    sql += f" ORDER BY {expression}{direction}, p.id{direction}"
    return [r[0] for r in lib.conn.execute(sql, params)]


def people_rows_for_ids(lib, ids: list[int]) -> dict[int, PersonRow]:
    """Rows (name, spellings, number of credits) of the given people, by id."""
    rows: dict[int, PersonRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = _SUMMARY + f" WHERE p.id IN ({', '.join('?' * len(chunk))})"
        for r in lib.conn.execute(sql, chunk):
            rows[r[0]] = PersonRow(id=r[0], name=r[1], spellings=(r[2] or "").split("\x1f"), credits=r[3])
    return rows


def person_credits(lib, person_id: int) -> list[CreditRow]:
    """Every credit of one person (under any spelling), by release title, then as the release
    lists them: the rows `labeldesk credits` prints for that person."""
    rows = lib.conn.execute(
        """SELECT c.credited_as, c.role, c.instrument, c.scope, r.title, r.id, t.title, t.id, c.person_id
           FROM credits c JOIN releases r ON r.id = c.release_id LEFT JOIN tracks t ON t.id = c.track_id
           WHERE c.person_id = ?
           ORDER BY r.title COLLATE NOCASE, r.id, c.seq""",
        (person_id,),
    )
    return [CreditRow(*r) for r in rows]


def count_people(lib) -> int:
    return lib.conn.execute("SELECT count(*) FROM people").fetchone()[0]


def count_credits(lib) -> int:
    return lib.conn.execute("SELECT count(*) FROM credits").fetchone()[0]
