"""Releases: add, read, update and delete whole releases with their tracks, credits and notes.

Every write is one transaction, keeps the search index and the artist sort key (artists_sort.py)
in step and is recorded in the edit log.
The listing functions (summaries for tables) are in listing.py."""

from __future__ import annotations

import sqlite3

from labeldesk.library import editlog, search
from labeldesk.library.artists_sort import artists_sort_key
from labeldesk.library.connection import transaction
from labeldesk.library.errors import NotFound
from labeldesk.library.people import person_id_for
from labeldesk.model import Credit, Note, Release, Span, Track
from labeldesk.model.interchange import release_to_dict
from labeldesk.model.names import name_key

# child rows that are rewritten whole when a release changes (tracks are updated in place so that
# their ids, which audio files point at, survive an edit)
_CHILD_TABLES = ("release_titles", "release_awards", "release_warnings", "release_artists", "credits", "notes")


def add_release(lib, release: Release) -> int:
    """Store a release on its own (not from a document); returns its id and sets `release.id`
    and the ids of its tracks."""
    with transaction(lib.conn) as conn:
        release_id = insert_release(conn, release)
        editlog.record(conn, "add", "releases", release_id, after=release_to_dict(release, with_id=True))
    return release_id


def insert_release(conn: sqlite3.Connection, release: Release, document_id: int | None = None) -> int:
    """Insert a release and everything in it; for use inside a write transaction."""
    now = editlog.now()
    source = release.source
    release_id = conn.execute(
        """INSERT INTO releases (title, subtitle, kind, label_id, catalog_number, barcode, release_date,
               stated_duration, document_id, source_start, source_end, artists_sort, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (release.title, release.subtitle, release.kind, _label_id(conn, release.label), release.catalog_number,
         release.barcode, release.release_date, release.stated_duration, document_id,
         source.start if source else None, source.end if source else None, artists_sort_key(release.artists),
         now, now),
    ).lastrowid
    release.id = release_id
    _write_children(conn, release_id, release, kept_tracks=set())
    search.index_release(conn, release_id)
    return release_id


def get_release(lib, release_id: int) -> Release:
    """The whole release: tracks (with ids), credits, notes, warnings, and its source span with
    the path of the document it was read from. NotFound for an unknown id."""
    conn = lib.conn
    row = conn.execute(
        """SELECT r.id, r.title, r.subtitle, r.kind, l.name, r.catalog_number, r.barcode, r.release_date,
                  r.stated_duration, r.source_start, r.source_end, d.path
           FROM releases r LEFT JOIN labels l ON l.id = r.label_id LEFT JOIN documents d ON d.id = r.document_id
           WHERE r.id = ?""",
        (release_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"no release with id {release_id}")
    release = Release(
        id=row[0], title=row[1], subtitle=row[2], kind=row[3], label=row[4], catalog_number=row[5],
        barcode=row[6], release_date=row[7], stated_duration=row[8],
        source=Span(start=row[9], end=row[10], document=row[11]) if row[9] is not None else None,
    )
    release.alternate_titles = _texts(conn, "release_titles", "title", release_id)
    release.awards = _texts(conn, "release_awards", "text", release_id)
    release.warnings = _texts(conn, "release_warnings", "text", release_id)
    release.artists = [r[0] for r in conn.execute(
        "SELECT credited_as FROM release_artists WHERE release_id = ? ORDER BY seq", (release_id,))]

    tracks: dict[int, Track] = {}
    for t in conn.execute(
        "SELECT id, disc, position, title, duration FROM tracks WHERE release_id = ? ORDER BY seq", (release_id,)
    ):
        tracks[t[0]] = Track(id=t[0], disc=t[1], position=t[2], title=t[3], duration=t[4])
    release.tracks = list(tracks.values())
    for track_id, name in conn.execute(
        """SELECT ta.track_id, ta.credited_as FROM track_artists ta JOIN tracks t ON t.id = ta.track_id
           WHERE t.release_id = ? ORDER BY ta.track_id, ta.seq""",
        (release_id,),
    ):
        tracks[track_id].artists.append(name)
    for track_id, name, role, instrument, scope in conn.execute(
        "SELECT track_id, credited_as, role, instrument, scope FROM credits WHERE release_id = ? ORDER BY seq",
        (release_id,),
    ):
        credit = Credit(name=name, role=role, instrument=instrument, scope=scope)
        (tracks[track_id].credits if track_id is not None else release.credits).append(credit)

    notes: dict[int, Note] = {}
    for n in conn.execute(
        "SELECT id, kind, language, text, place_date FROM notes WHERE release_id = ? ORDER BY seq", (release_id,)
    ):
        notes[n[0]] = Note(kind=n[1], language=n[2], text=n[3], place_date=n[4])
    for note_id, name in conn.execute(
        """SELECT na.note_id, na.credited_as FROM note_authors na JOIN notes n ON n.id = na.note_id
           WHERE n.release_id = ? ORDER BY na.note_id, na.seq""",
        (release_id,),
    ):
        notes[note_id].authors.append(name)
    release.notes = list(notes.values())
    return release


def update_release(lib, release: Release) -> None:
    """Replace the stored release `release.id` with `release` (its source span and document stay).
    Tracks that carry the id of one of this release's tracks are updated in place, others are
    added, and stored tracks left out are removed. Edit-logged; one transaction."""
    if release.id is None:
        raise ValueError("update_release needs a release with an id")
    before = release_to_dict(get_release(lib, release.id), with_id=True)
    release_id = release.id
    with transaction(lib.conn) as conn:
        conn.execute(
            """UPDATE releases SET title = ?, subtitle = ?, kind = ?, label_id = ?, catalog_number = ?,
                   barcode = ?, release_date = ?, stated_duration = ?, artists_sort = ?, updated_at = ?
               WHERE id = ?""",
            (release.title, release.subtitle, release.kind, _label_id(conn, release.label), release.catalog_number,
             release.barcode, release.release_date, release.stated_duration, artists_sort_key(release.artists),
             editlog.now(), release_id),
        )
        stored = {r[0] for r in conn.execute("SELECT id FROM tracks WHERE release_id = ?", (release_id,))}
        kept = {t.id for t in release.tracks if t.id in stored}
        for table in _CHILD_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE release_id = ?", (release_id,))
        conn.execute(
            "DELETE FROM track_artists WHERE track_id IN (SELECT id FROM tracks WHERE release_id = ?)", (release_id,)
        )
        for track_id in stored - kept:
            conn.execute("DELETE FROM tracks WHERE id = ?", (track_id,))
        _write_children(conn, release_id, release, kept_tracks=kept)
        search.index_release(conn, release_id)
        after = release_to_dict(get_release(lib, release_id), with_id=True)
        editlog.record(conn, "update", "releases", release_id, before=before, after=after)


def delete_release(lib, release_id: int) -> None:
    """Remove a release and everything in it (its document and people stay). Edit-logged."""
    before = release_to_dict(get_release(lib, release_id), with_id=True)
    with transaction(lib.conn) as conn:
        conn.execute("DELETE FROM releases WHERE id = ?", (release_id,))
        search.unindex_release(conn, release_id)
        editlog.record(conn, "delete", "releases", release_id, before=before)


# --- writing the parts ---------------------------------------------------------------------------


def _label_id(conn: sqlite3.Connection, name: str | None) -> int | None:
    if not name:
        return None
    conn.execute("INSERT OR IGNORE INTO labels (name, key) VALUES (?, ?)", (name, name_key(name)))
    return conn.execute("SELECT id FROM labels WHERE name = ?", (name,)).fetchone()[0]


def _texts(conn: sqlite3.Connection, table: str, column: str, release_id: int) -> list[str]:
    return [r[0] for r in conn.execute(f"SELECT {column} FROM {table} WHERE release_id = ? ORDER BY seq", (release_id,))]


def _write_children(conn: sqlite3.Connection, release_id: int, release: Release, *, kept_tracks: set[int]) -> None:
    for table, column, values in (
        ("release_titles", "title", release.alternate_titles),
        ("release_awards", "text", release.awards),
        ("release_warnings", "text", release.warnings),
    ):
        conn.executemany(
            f"INSERT INTO {table} (release_id, {column}, seq) VALUES (?, ?, ?)",
            [(release_id, value, seq) for seq, value in enumerate(values)],
        )
    for seq, name in enumerate(release.artists):
        conn.execute(
            "INSERT INTO release_artists (release_id, person_id, credited_as, seq) VALUES (?, ?, ?, ?)",
            (release_id, person_id_for(conn, name), name, seq),
        )
    credit_seq = 0
    for credit in release.credits:
        _insert_credit(conn, release_id, None, credit, credit_seq)
        credit_seq += 1
    for seq, track in enumerate(release.tracks):
        track.id = _write_track(conn, release_id, track, seq, update=track.id in kept_tracks)
        for artist_seq, name in enumerate(track.artists):
            conn.execute(
                "INSERT INTO track_artists (track_id, person_id, credited_as, seq) VALUES (?, ?, ?, ?)",
                (track.id, person_id_for(conn, name), name, artist_seq),
            )
        for credit in track.credits:
            _insert_credit(conn, release_id, track.id, credit, credit_seq)
            credit_seq += 1
    for seq, note in enumerate(release.notes):
        note_id = conn.execute(
            "INSERT INTO notes (release_id, kind, language, text, place_date, seq) VALUES (?, ?, ?, ?, ?, ?)",
            (release_id, note.kind, note.language, note.text, note.place_date, seq),
        ).lastrowid
        for author_seq, name in enumerate(note.authors):
            conn.execute(
                "INSERT INTO note_authors (note_id, person_id, credited_as, seq) VALUES (?, ?, ?, ?)",
                (note_id, person_id_for(conn, name), name, author_seq),
            )


def _write_track(conn: sqlite3.Connection, release_id: int, track: Track, seq: int, *, update: bool) -> int:
    values = (track.disc, track.position, track.title, track.duration, seq)
    if update:
        conn.execute(
            "UPDATE tracks SET disc = ?, position = ?, title = ?, duration = ?, seq = ? WHERE id = ?",
            (*values, track.id),
        )
        return track.id
    return conn.execute(
        "INSERT INTO tracks (release_id, disc, position, title, duration, seq) VALUES (?, ?, ?, ?, ?, ?)",
        (release_id, *values),
    ).lastrowid


def _insert_credit(conn: sqlite3.Connection, release_id: int, track_id: int | None, credit: Credit, seq: int) -> None:
    conn.execute(
        """INSERT INTO credits (release_id, track_id, person_id, credited_as, role, instrument, scope, seq)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        (release_id, track_id, person_id_for(conn, credit.name), credit.name, credit.role, credit.instrument,
         credit.scope, seq),
    )
