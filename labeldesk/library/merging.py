"""Merging two people with a record of what moved, so that the merge can be taken back exactly.

merge_people (people.py) is the one-way merge; merge_people_recorded does the same and returns a
MergeRecord, and unmerge_people(record) restores the removed person with their id, spellings and
links. Both are single transactions, edit-logged."""

from __future__ import annotations

from dataclasses import dataclass, field

from labeldesk.errors import UserError
from labeldesk.library import editlog, search
from labeldesk.library.connection import transaction
from labeldesk.library.errors import NotFound
from labeldesk.library.people import PERSON_LINKS, releases_of_person


@dataclass
class MergeRecord:
    keep_id: int
    other_id: int
    other_name: str
    other_key: str
    other_names: list[tuple[int, str, str]]  # the removed person's person_names rows: id, name, key
    added_names: list[int]  # person_names rows the merge added to the kept person
    moved: dict[str, list[int]] = field(default_factory=dict)  # link table -> ids of the rows moved


def merge_people_recorded(lib, keep_id: int, other_id: int) -> MergeRecord:
    """Make `other_id` the same person as `keep_id` (see merge_people); returns what moved."""
    if keep_id == other_id:
        raise UserError("cannot merge a person with themselves")
    conn = lib.conn
    with transaction(conn):
        keep = _person_row(conn, keep_id)
        other = _person_row(conn, other_id)
        other_names = [tuple(r) for r in conn.execute(
            "SELECT id, name, key FROM person_names WHERE person_id = ? ORDER BY id", (other_id,))]
        record = MergeRecord(keep_id, other_id, other[0], other[1], other_names, added_names=[])
        for _, name, key in other_names:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO person_names (person_id, name, key) VALUES (?, ?, ?)", (keep_id, name, key))
            if cursor.rowcount:
                record.added_names.append(cursor.lastrowid)
        for table in PERSON_LINKS:
            record.moved[table] = [r[0] for r in conn.execute(
                f"SELECT id FROM {table} WHERE person_id = ? ORDER BY id", (other_id,))]
            conn.execute(f"UPDATE {table} SET person_id = ? WHERE person_id = ?", (keep_id, other_id))
        conn.execute("DELETE FROM people WHERE id = ?", (other_id,))
        search.unindex_person(conn, other_id)
        _reindex(conn, keep_id)
        editlog.record(conn, "merge", "people", keep_id,
                       before={"keep": {"id": keep_id, "name": keep[0]}, "other": {"id": other_id, "name": other[0]},
                               "other_spellings": [n[1] for n in other_names]},
                       after={"id": keep_id, "moved": record.moved})
    return record


def unmerge_people(lib, record: MergeRecord) -> None:
    """Take back a merge: the removed person returns with their id, spellings and every link that
    moved; the spellings the merge added to the kept person are removed again."""
    conn = lib.conn
    with transaction(conn):
        _person_row(conn, record.keep_id)
        if conn.execute("SELECT 1 FROM people WHERE id = ?", (record.other_id,)).fetchone():
            raise UserError(f"cannot take back the merge: person {record.other_id} exists again")
        conn.execute("INSERT INTO people (id, name, key) VALUES (?, ?, ?)",
                     (record.other_id, record.other_name, record.other_key))
        conn.executemany("DELETE FROM person_names WHERE id = ? AND person_id = ?",
                         [(name_id, record.keep_id) for name_id in record.added_names])
        conn.executemany("INSERT INTO person_names (id, person_id, name, key) VALUES (?, ?, ?, ?)",
                         [(name_id, record.other_id, name, key) for name_id, name, key in record.other_names])
        for table, ids in record.moved.items():
            if table not in PERSON_LINKS:
                raise ValueError(f"not a person link table: {table}")
            conn.executemany(f"UPDATE {table} SET person_id = ? WHERE id = ? AND person_id = ?",
                             [(record.other_id, row_id, record.keep_id) for row_id in ids])
        _reindex(conn, record.keep_id, record.other_id)
        editlog.record(conn, "unmerge", "people", record.other_id,
                       before={"id": record.keep_id}, after={"id": record.other_id, "name": record.other_name})


def _person_row(conn, person_id: int) -> tuple[str, str]:
    row = conn.execute("SELECT name, key FROM people WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise NotFound(f"no person with id {person_id}")
    return row[0], row[1]


def _reindex(conn, *person_ids: int) -> None:
    releases: set[int] = set()
    for person_id in person_ids:
        search.index_person(conn, person_id)
        releases.update(releases_of_person(conn, person_id))
    for release_id in sorted(releases):  # release rows list every spelling of their people
        search.index_release(conn, release_id)
