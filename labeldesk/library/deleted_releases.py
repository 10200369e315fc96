"""Deleting releases with a record of every row that went with them, so that a deletion can be
taken back exactly.

delete_release (releases.py) is the one-way delete. delete_releases_recorded deletes several
releases the same way (edit-logged, one transaction) and returns a DeletedRelease for each: the
stored rows of the release, its tracks, credits, notes, cover and attached-file links, copied whole.
restore_releases(records) puts them back in one transaction under the ids they had, so that
whatever still names those ids (an undo history, a merge record, a file's link to its track) stays
true; a row whose id was given to a row added since comes back under a new one (and the caller is
told when that happened to a release itself).

Rows are copied column by column as the tables hold them now (the column names come from the rows
read), so a column renamed by a later migration needs no change here.

    summarise_releases(lib, ids) -> DeletionSummary   what a deletion would take, for a question
    delete_releases_recorded(lib, ids) -> [DeletedRelease]
    restore_releases(lib, records) -> Restored         the ids the releases have now
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from labeldesk.library import editlog, search
from labeldesk.library.artists_sort import refill_artists_sort
from labeldesk.library.connection import transaction
from labeldesk.library.errors import NotFound
from labeldesk.library.people import PERSON_LINKS, person_id_for
from labeldesk.library.releases import get_release
from labeldesk.model.interchange import release_to_dict

# Every table holding rows of a release, parents before children (the order they are put back in),
# with the query that reads one release's rows. A table added later whose rows go with a release
# (through a foreign key ending in releases) must be added here; tests/library checks that none is
# missing.
PARTS: tuple[tuple[str, str], ...] = (
    ("releases", "SELECT * FROM releases WHERE id = ?"),
    ("release_titles", "SELECT * FROM release_titles WHERE release_id = ? ORDER BY id"),
    ("release_awards", "SELECT * FROM release_awards WHERE release_id = ? ORDER BY id"),
    ("release_warnings", "SELECT * FROM release_warnings WHERE release_id = ? ORDER BY id"),
    ("release_artists", "SELECT * FROM release_artists WHERE release_id = ? ORDER BY id"),
    ("tracks", "SELECT * FROM tracks WHERE release_id = ? ORDER BY id"),
    ("track_artists", ("SELECT ta.* FROM track_artists ta JOIN tracks t ON t.id = ta.track_id "
                       "WHERE t.release_id = ? ORDER BY ta.id")),
    ("credits", "SELECT * FROM credits WHERE release_id = ? ORDER BY id"),
    ("notes", "SELECT * FROM notes WHERE release_id = ? ORDER BY id"),
    ("note_authors", ("SELECT na.* FROM note_authors na JOIN notes n ON n.id = na.note_id "
                      "WHERE n.release_id = ? ORDER BY na.id")),
    ("covers", "SELECT * FROM covers WHERE release_id = ?"),
    ("cover_renditions", "SELECT * FROM cover_renditions WHERE release_id = ? ORDER BY rowid"),
    ("audio_files", "SELECT * FROM audio_files WHERE release_id = ? ORDER BY id"),
)
@dataclass(frozen=True)
class TableRows:
    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]


@dataclass
class DeletedRelease:
    """A deleted release as it was stored: every row of it, table by table."""

    release_id: int
    title: str
    parts: list[TableRows] = field(default_factory=list)

    def rows_of(self, table: str) -> TableRows | None:
        return next((p for p in self.parts if p.table == table), None)


@dataclass(frozen=True)
class DeletionSummary:
    """What deleting some releases takes with them (counts), to say before it is done."""

    titles: list[str]
    tracks: int
    credits: int
    notes: int
    covers: int
    files: int

    def contents(self) -> str:
        """'12 tracks, 30 credits, 2 notes, the cover and 12 attached-file links'; '' when none."""
        def count(n: int, word: str) -> str | None:
            return f"{n} {word}{'' if n == 1 else 's'}" if n else None

        cover = None
        if self.covers:
            cover = "the cover" if len(self.titles) == 1 else count(self.covers, "cover")
        parts = [p for p in (count(self.tracks, "track"), count(self.credits, "credit"), count(self.notes, "note"),
                             cover, count(self.files, "attached-file link")) if p]
        if len(parts) > 1:
            return ", ".join(parts[:-1]) + " and " + parts[-1]
        return parts[0] if parts else ""


def summarise_releases(lib, release_ids: Iterable[int]) -> DeletionSummary:
    """Titles and counts of what goes with these releases. NotFound for an unknown id."""
    conn = lib.conn
    ids = list(dict.fromkeys(release_ids))
    titles = []
    for release_id in ids:
        row = conn.execute("SELECT title FROM releases WHERE id = ?", (release_id,)).fetchone()
        if row is None:
            raise NotFound(f"no release with id {release_id}")
        titles.append(row[0])

    def total(table: str) -> int:
        marks = ", ".join("?" * len(ids))
        return conn.execute(f"SELECT count(*) FROM {table} WHERE release_id IN ({marks})", ids).fetchone()[0] if ids else 0

    return DeletionSummary(titles, total("tracks"), total("credits"), total("notes"), total("covers"),
                           total("audio_files"))


def delete_releases_recorded(lib, release_ids: Iterable[int]) -> list[DeletedRelease]:
    """Delete the releases (as delete_release does: their documents and people stay), all in one
    transaction, and return what each was. NotFound for an unknown id, and then nothing is deleted."""
    records = []
    with transaction(lib.conn) as conn:
        for release_id in dict.fromkeys(release_ids):
            before = get_release(lib, release_id)  # NotFound rolls every deletion back
            record = DeletedRelease(release_id, before.title)
            for table, query in PARTS:
                cursor = conn.execute(query, (release_id,))
                columns = tuple(d[0] for d in cursor.description)
                record.parts.append(TableRows(table, columns, tuple(tuple(r) for r in cursor.fetchall())))
            conn.execute("DELETE FROM releases WHERE id = ?", (release_id,))  # the rest cascades
            search.unindex_release(conn, release_id)
            editlog.record(conn, "delete", "releases", release_id, before=release_to_dict(before, with_id=True))
            records.append(record)
    return records


@dataclass
class Restored:
    """What restore_releases did: the id each release has now (in the order of the records), the
    releases whose own id had been taken since (old id -> new), and the files left with the
    release they were attached to since."""

    release_ids: list[int]
    new_ids: dict[int, int]
    files_kept_elsewhere: list[str]


def restore_releases(lib, records: Iterable[DeletedRelease]) -> Restored:
    """Put deleted releases back in one transaction, edit-logged ("restore"), and in the search
    index again: every row under the id it had, where that id is still free.

    Rows added since may hold some of those ids (SQLite gives the highest id again): such a row of
    the release comes back under a new id, and what names it within the release (a credit its
    track, a file link its track) follows. A release whose own id was taken comes back under a new
    one too (see `Restored.new_ids`): whatever outside names the old id now names another release.
    A file attached to another release since keeps that link (the later choice stands). A person
    merged into another since is found again by the credited name."""
    records = list(records)
    restored = Restored([], {}, [])
    with transaction(lib.conn) as conn:
        for record in records:
            new_ids: dict[str, dict[int, int]] = {}
            for part in record.parts:
                if part.table == "audio_files":
                    restored.files_kept_elsewhere += _files_attached_since(conn, part)
                _put_back(conn, part, new_ids)
            release_id = new_ids["releases"][record.release_id]
            restored.release_ids.append(release_id)
            if release_id != record.release_id:
                restored.new_ids[record.release_id] = release_id
            refill_artists_sort(conn, [release_id])  # from the artist rows put back, whatever the copied row held
            search.index_release(conn, release_id)
            after = release_to_dict(get_release(lib, release_id), with_id=True)
            before = {"id": record.release_id} if release_id != record.release_id else None
            editlog.record(conn, "restore", "releases", release_id, before=before, after=after)
    return restored


# a column naming a row of the release -> the table of that row
_LINKS = {"release_id": "releases", "track_id": "tracks", "note_id": "notes"}


def _put_back(conn: sqlite3.Connection, part: TableRows, new_ids: dict[str, dict[int, int]]) -> None:
    """Insert the rows of one table, each under its old id when that is free; `new_ids` (table ->
    old id -> id now) is read for the rows they name and filled with their own."""
    columns = part.columns
    own = "id" if "id" in columns else None
    links = [(at, _LINKS[c]) for at, c in enumerate(columns) if c in _LINKS and c != own]
    person_at = columns.index("person_id") if part.table in PERSON_LINKS else None
    path_at = columns.index("path") if part.table == "audio_files" else None
    names = ", ".join(f'"{c}"' for c in columns)
    insert = f"INSERT INTO {part.table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    mapping = new_ids.setdefault(part.table, {})
    for row in part.rows:
        values = list(row)
        for at, table in links:
            if values[at] is not None:
                values[at] = new_ids[table].get(values[at], values[at])
        if person_at is not None:
            values[person_at] = _living_person(conn, values[person_at], values[columns.index("credited_as")])
        if path_at is not None and conn.execute(
                "SELECT 1 FROM audio_files WHERE path = ?", (values[path_at],)).fetchone():
            continue  # attached to another release since: that link stands
        if own is not None:
            old = values[columns.index(own)]
            if conn.execute(f"SELECT 1 FROM {part.table} WHERE id = ?", (old,)).fetchone():
                values[columns.index(own)] = None  # taken since: SQLite gives a new one
            mapping[old] = conn.execute(insert, values).lastrowid
        else:
            conn.execute(insert, values)


def _living_person(conn: sqlite3.Connection, person_id: int, credited_as: str) -> int:
    # a person merged into another since (outside an undo history) is gone: the credited name goes
    # to whoever carries it now, as an import would
    if conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone():
        return person_id
    return person_id_for(conn, credited_as)


def _files_attached_since(conn: sqlite3.Connection, part: TableRows) -> list[str]:
    path_at = part.columns.index("path")
    return [row[path_at] for row in part.rows
            if conn.execute("SELECT 1 FROM audio_files WHERE path = ?", (row[path_at],)).fetchone()]
