"""People: one row per person, with every spelling they were credited under.

A credited name links to the person who already has a spelling with the same key (case-, accent-
and spacing-insensitive, labeldesk.model.names.name_key); otherwise it makes a new person. The
exact spelling is kept on each credit (`credited_as`) and in the person's list of spellings."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from labeldesk.library import editlog, search
from labeldesk.library.connection import transaction
from labeldesk.library.errors import NotFound
from labeldesk.errors import UserError
from labeldesk.model import Person
from labeldesk.model.names import fold, name_key

# every table that points at a person
PERSON_LINKS = ("release_artists", "track_artists", "credits", "note_authors")


@dataclass
class PersonRow:
    """A line of the people list."""

    id: int
    name: str
    spellings: list[str] = field(default_factory=list)
    credits: int = 0


def key_of(name: str) -> str:
    return name_key(name) or fold(name) or name


def person_id_for(conn: sqlite3.Connection, name: str) -> int:
    """The id of the person credited as `name` (found by key, or made); inside a write transaction."""
    key = key_of(name)
    row = conn.execute(
        "SELECT person_id FROM person_names WHERE key = ? ORDER BY person_id LIMIT 1", (key,)
    ).fetchone()
    if row is not None:
        person_id = row[0]
        added = conn.execute(
            "INSERT OR IGNORE INTO person_names (person_id, name, key) VALUES (?, ?, ?)", (person_id, name, key)
        ).rowcount
        if added:
            search.index_person(conn, person_id)
        return person_id
    person_id = conn.execute("INSERT INTO people (name, key) VALUES (?, ?)", (name, key)).lastrowid
    conn.execute("INSERT INTO person_names (person_id, name, key) VALUES (?, ?, ?)", (person_id, name, key))
    search.index_person(conn, person_id)
    return person_id


def get_person(lib, person_id: int) -> Person:
    """The person with every spelling (first seen first). NotFound for an unknown id."""
    row = lib.conn.execute("SELECT id, name FROM people WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise NotFound(f"no person with id {person_id}")
    spellings = [r[0] for r in lib.conn.execute(
        "SELECT name FROM person_names WHERE person_id = ? ORDER BY id", (person_id,))]
    return Person(name=row[1], spellings=spellings, id=row[0])


def find_people(lib, name: str) -> list[int]:
    """Ids of the people `name` refers to: those with a spelling of the same key; failing that,
    those whose spellings contain all its words ("calderon" finds "Jesús Calderón")."""
    rows = lib.conn.execute(
        "SELECT DISTINCT person_id FROM person_names WHERE key = ? ORDER BY person_id", (key_of(name),)
    ).fetchall()
    if rows:
        return [r[0] for r in rows]
    return search.matching_people(lib.conn, name)


def people_rows(lib, search_text: str | None = None) -> list[PersonRow]:
    """Every person (or those matching `search_text`), by name, with spellings and credit count."""
    sql = """
        SELECT p.id, p.name,
               (SELECT group_concat(name, char(31)) FROM
                   (SELECT name FROM person_names WHERE person_id = p.id ORDER BY id)),
               (SELECT count(*) FROM credits c WHERE c.person_id = p.id)
        FROM people p"""
    params: list = []
    if search_text is not None and search_text.strip():
        query = search.fts_query(search_text)
        if query is None:
            return []
        sql += " WHERE p.id IN (SELECT rowid FROM people_search WHERE people_search MATCH ?)"
        params.append(query)
    sql += " ORDER BY p.name COLLATE NOCASE, p.id"
    return [PersonRow(id=r[0], name=r[1], spellings=(r[2] or "").split("\x1f"), credits=r[3])
            for r in lib.conn.execute(sql, params)]


def merge_people(lib, keep_id: int, other_id: int) -> None:
    """Make `other_id` the same person as `keep_id`: its credits, artist and author links and its
    spellings move to `keep_id`, and `other_id` is removed. Edit-logged; one transaction."""
    if keep_id == other_id:
        raise UserError("cannot merge a person with themselves")
    keep, other = get_person(lib, keep_id), get_person(lib, other_id)
    conn = lib.conn
    with transaction(conn):
        conn.execute(
            """INSERT OR IGNORE INTO person_names (person_id, name, key)
               SELECT ?, name, key FROM person_names WHERE person_id = ? ORDER BY id""",
            (keep_id, other_id),
        )
        for table in PERSON_LINKS:
            conn.execute(f"UPDATE {table} SET person_id = ? WHERE person_id = ?", (keep_id, other_id))
        conn.execute("DELETE FROM people WHERE id = ?", (other_id,))
        search.unindex_person(conn, other_id)
        search.index_person(conn, keep_id)
        # release search rows list every spelling of the people on a release
        for release_id in releases_of_person(conn, keep_id):
            search.index_release(conn, release_id)
        merged = get_person(lib, keep_id)
        editlog.record(conn, "merge", "people", keep_id,
                       before={"keep": _person_dict(keep), "other": _person_dict(other)},
                       after=_person_dict(merged))


def releases_of_person(conn: sqlite3.Connection, person_id: int) -> list[int]:
    """Ids of the releases a person is linked to in any way."""
    rows = conn.execute(
        """SELECT release_id FROM release_artists WHERE person_id = :p
           UNION SELECT release_id FROM credits WHERE person_id = :p
           UNION SELECT t.release_id FROM track_artists ta JOIN tracks t ON t.id = ta.track_id WHERE ta.person_id = :p
           UNION SELECT n.release_id FROM note_authors na JOIN notes n ON n.id = na.note_id WHERE na.person_id = :p
           ORDER BY 1""",
        {"p": person_id},
    )
    return [r[0] for r in rows]


def _person_dict(person: Person) -> dict:
    return {"id": person.id, "name": person.name, "spellings": list(person.spellings)}
