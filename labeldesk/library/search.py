"""Full-text search (FTS5) over releases and people, accent- and case-insensitive.

The index holds folded text (labeldesk.model.names.fold) and user text is folded the same way, so
"jesus calderon", "JESÚS CALDERÓN" and "Jesus Calderón" all find the same rows. User text is never
passed to FTS5 as syntax: each word becomes a quoted FTS string, so `AND`, `(`, `*`, `"` or `NEAR(`
typed by a user are plain words or nothing at all."""

from __future__ import annotations

import re
import sqlite3

from labeldesk.model.names import fold

# what FTS5's unicode61 tokenizer counts as a word: letters and digits (underscore separates)
_WORD = re.compile(r"[^\W_]+")

_RELEASE_PEOPLE = """
    SELECT DISTINCT pn.name FROM person_names pn WHERE pn.person_id IN (
        SELECT person_id FROM release_artists WHERE release_id = :id
        UNION SELECT person_id FROM credits WHERE release_id = :id
        UNION SELECT ta.person_id FROM track_artists ta JOIN tracks t ON t.id = ta.track_id WHERE t.release_id = :id
        UNION SELECT na.person_id FROM note_authors na JOIN notes n ON n.id = na.note_id WHERE n.release_id = :id
    ) ORDER BY pn.id
"""


def fts_query(text: str | None) -> str | None:
    """An FTS5 MATCH expression for what a user typed: every word must occur, the last one as a
    prefix (for search-as-you-type). None when the text holds no word at all."""
    words = _WORD.findall(fold(text))
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _joined(conn: sqlite3.Connection, sql: str, params) -> str:
    return fold("\n".join(row[0] for row in conn.execute(sql, params) if row[0]))


def index_release(conn: sqlite3.Connection, release_id: int) -> None:
    """(Re)write the search row of one release from its stored rows."""
    head = conn.execute(
        """SELECT r.title, r.subtitle, l.name, r.catalog_number, r.barcode
           FROM releases r LEFT JOIN labels l ON l.id = r.label_id WHERE r.id = ?""",
        (release_id,),
    ).fetchone()
    unindex_release(conn, release_id)
    if head is None:
        return
    title, subtitle, label, catalog_number, barcode = head
    alternates = _joined(conn, "SELECT title FROM release_titles WHERE release_id = ? ORDER BY seq", (release_id,))
    titles = fold("\n".join(t for t in (title, subtitle) if t)) + "\n" + alternates
    people = _joined(conn, _RELEASE_PEOPLE, {"id": release_id})
    notes = _joined(conn, "SELECT text FROM notes WHERE release_id = ? ORDER BY seq", (release_id,))
    other = "\n".join(filter(None, [
        fold(label), fold(catalog_number), fold(barcode),
        _joined(conn, "SELECT title FROM tracks WHERE release_id = ? ORDER BY seq", (release_id,)),
        _joined(conn, "SELECT text FROM release_awards WHERE release_id = ? ORDER BY seq", (release_id,)),
    ]))
    conn.execute(
        "INSERT INTO release_search (rowid, titles, people, notes, other) VALUES (?, ?, ?, ?, ?)",
        (release_id, titles, people, notes, other),
    )


def unindex_release(conn: sqlite3.Connection, release_id: int) -> None:
    conn.execute("DELETE FROM release_search WHERE rowid = ?", (release_id,))


def index_person(conn: sqlite3.Connection, person_id: int) -> None:
    """(Re)write the search row of one person: the name and every spelling."""
    conn.execute("DELETE FROM people_search WHERE rowid = ?", (person_id,))
    names = _joined(conn, "SELECT name FROM person_names WHERE person_id = ? ORDER BY id", (person_id,))
    if conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone():
        conn.execute("INSERT INTO people_search (rowid, names) VALUES (?, ?)", (person_id, names))


def unindex_person(conn: sqlite3.Connection, person_id: int) -> None:
    conn.execute("DELETE FROM people_search WHERE rowid = ?", (person_id,))


def rebuild_search_index(conn: sqlite3.Connection) -> None:
    """Rewrite every search row from the stored rows (used when the index is first created)."""
    conn.execute("DELETE FROM release_search")
    conn.execute("DELETE FROM people_search")
    for (release_id,) in conn.execute("SELECT id FROM releases").fetchall():
        index_release(conn, release_id)
    for (person_id,) in conn.execute("SELECT id FROM people").fetchall():
        index_person(conn, person_id)


def matching_people(conn: sqlite3.Connection, text: str) -> list[int]:
    """Ids of the people any of whose spellings contain every word of `text` (the last as a prefix)."""
    query = fts_query(text)
    if query is None:
        return []
    rows = conn.execute("SELECT rowid FROM people_search WHERE people_search MATCH ? ORDER BY rowid", (query,))
    return [row[0] for row in rows]
