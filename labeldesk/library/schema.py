"""The library's tables, as the SQL of each numbered migration. Never edit a released step:
add a new one (see migrations.py)."""

from __future__ import annotations

# 1: the catalogue. Every "seq" column keeps the order the source gave; every foreign key and every
# column the release list sorts on has an index.
CATALOGUE = [
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL DEFAULT '',
        warnings TEXT NOT NULL DEFAULT '[]',
        imported_at TEXT NOT NULL
    )""",
    """CREATE TABLE skipped_spans (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        preview TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX skipped_spans_document ON skipped_spans(document_id)",
    """CREATE TABLE labels (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        key TEXT NOT NULL
    )""",
    "CREATE INDEX labels_key ON labels(key)",
    """CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        key TEXT NOT NULL
    )""",
    "CREATE INDEX people_key ON people(key)",
    "CREATE INDEX people_name ON people(name COLLATE NOCASE)",
    """CREATE TABLE person_names (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        key TEXT NOT NULL,
        UNIQUE (person_id, name)
    )""",
    "CREATE INDEX person_names_key ON person_names(key)",
    """CREATE TABLE releases (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        subtitle TEXT,
        kind TEXT NOT NULL DEFAULT 'album',
        label_id INTEGER REFERENCES labels(id) ON DELETE SET NULL,
        catalog_number TEXT,
        barcode TEXT,
        release_date TEXT,
        stated_duration INTEGER,
        document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
        source_start INTEGER,
        source_end INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX releases_title ON releases(title COLLATE NOCASE)",
    "CREATE INDEX releases_label ON releases(label_id)",
    "CREATE INDEX releases_kind ON releases(kind)",
    "CREATE INDEX releases_date ON releases(release_date)",
    "CREATE INDEX releases_document ON releases(document_id)",
    "CREATE INDEX releases_catalog_number ON releases(catalog_number)",
    "CREATE INDEX releases_barcode ON releases(barcode)",
    """CREATE TABLE release_titles (
        id INTEGER PRIMARY KEY,
        release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        seq INTEGER NOT NULL
    )""",
    "CREATE INDEX release_titles_release ON release_titles(release_id, seq)",
    """CREATE TABLE release_awards (
        id INTEGER PRIMARY KEY,
        release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        seq INTEGER NOT NULL
    )""",
    "CREATE INDEX release_awards_release ON release_awards(release_id, seq)",
    """CREATE TABLE release_warnings (
        id INTEGER PRIMARY KEY,
        release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        seq INTEGER NOT NULL
    )""",
    "CREATE INDEX release_warnings_release ON release_warnings(release_id, seq)",
    """CREATE TABLE release_artists (
        id INTEGER PRIMARY KEY,
        release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        credited_as TEXT NOT NULL,
        seq INTEGER NOT NULL
    )""",
    "CREATE INDEX release_artists_release ON release_artists(release_id, seq)",
    "CREATE INDEX release_artists_person ON release_artists(person_id)",
    """CREATE TABLE tracks (
        id INTEGER PRIMARY KEY,
        release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        disc INTEGER NOT NULL DEFAULT 1,
        position TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        duration INTEGER,
        seq INTEGER NOT NULL
    )""",
    "CREATE INDEX tracks_release ON tracks(release_id, seq)",
    """CREATE TABLE track_artists (
        id INTEGER PRIMARY KEY,
        track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        credited_as TEXT NOT NULL,
        seq INTEGER NOT NULL
    )""",
    "CREATE INDEX track_artists_track ON track_artists(track_id, seq)",
    "CREATE INDEX track_artists_person ON track_artists(person_id)",
    """CREATE TABLE credits (
        id INTEGER PRIMARY KEY,
        release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        track_id INTEGER REFERENCES tracks(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        credited_as TEXT NOT NULL,
        role TEXT NOT NULL,
        instrument TEXT,
        scope TEXT,
        seq INTEGER NOT NULL
    )""",
    "CREATE INDEX credits_release ON credits(release_id, seq)",
    "CREATE INDEX credits_track ON credits(track_id)",
    "CREATE INDEX credits_person ON credits(person_id)",
    "CREATE INDEX credits_role ON credits(role)",
    """CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'description',
        language TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        place_date TEXT,
        seq INTEGER NOT NULL
    )""",
    "CREATE INDEX notes_release ON notes(release_id, seq)",
    """CREATE TABLE note_authors (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        credited_as TEXT NOT NULL,
        seq INTEGER NOT NULL
    )""",
    "CREATE INDEX note_authors_note ON note_authors(note_id, seq)",
    "CREATE INDEX note_authors_person ON note_authors(person_id)",
    """CREATE TABLE edit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_id INTEGER,
        before TEXT,
        after TEXT
    )""",
    "CREATE INDEX edit_log_row ON edit_log(table_name, row_id)",
    "CREATE INDEX edit_log_at ON edit_log(at)",
]

# 2: full-text search. Rows hold folded text (labeldesk.model.names.fold); the rowid is the
# release's or the person's id.
SEARCH = [
    """CREATE VIRTUAL TABLE release_search USING fts5(
        titles, people, notes, other, tokenize = 'unicode61 remove_diacritics 2'
    )""",
    """CREATE VIRTUAL TABLE people_search USING fts5(
        names, tokenize = 'unicode61 remove_diacritics 2'
    )""",
]

# 3: audio files attached to releases (and to tracks, once matched) and cover images.
MEDIA = [
    """CREATE TABLE audio_files (
        id INTEGER PRIMARY KEY,
        release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        track_id INTEGER REFERENCES tracks(id) ON DELETE SET NULL,
        path TEXT NOT NULL UNIQUE,
        format TEXT,
        size INTEGER,
        mtime REAL,
        sha256 TEXT,
        attached_at TEXT NOT NULL
    )""",
    "CREATE INDEX audio_files_release ON audio_files(release_id)",
    "CREATE INDEX audio_files_track ON audio_files(track_id)",
    "CREATE INDEX audio_files_sha256 ON audio_files(sha256)",
    """CREATE TABLE covers (
        release_id INTEGER PRIMARY KEY REFERENCES releases(id) ON DELETE CASCADE,
        image BLOB NOT NULL,
        mime TEXT NOT NULL,
        width INTEGER,
        height INTEGER,
        sha256 TEXT NOT NULL
    )""",
]

# 4: the cover as exports and players want it (a JPEG at most so many px a side), made once from the
# stored cover and kept until the cover changes (a cache: never edit-logged). `image` NULL: the
# stored cover itself serves as it is (already such a JPEG, and known to decode).
COVER_RENDITIONS = [
    """CREATE TABLE cover_renditions (
        release_id INTEGER NOT NULL REFERENCES covers(release_id) ON DELETE CASCADE,
        purpose TEXT NOT NULL,
        side INTEGER NOT NULL,
        source_sha256 TEXT NOT NULL,
        image BLOB,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        PRIMARY KEY (release_id, purpose, side)
    )""",
]

# 5: an attached file's hash names its algorithm (labeldesk.tagging.fingerprint); the SHA-256
# values already stored stay as they are and are still checked as SHA-256.
CONTENT_HASH = [
    "DROP INDEX audio_files_sha256",
    "ALTER TABLE audio_files RENAME COLUMN sha256 TO content_hash",
    "CREATE INDEX audio_files_content_hash ON audio_files(content_hash)",
]

# 6: the Artists column's sort key kept on the release row, so that sorting 100,000 releases by
# artist is a walk down an index instead of a lookup per release and a sort. It holds the first
# artist as credited (the lowest seq, exactly as release_artists has it), NULL for a release
# without artists; it is compared COLLATE NOCASE, as the list compared the name it looked up.
# The code that writes a release's artists writes it in the same statement as the release row
# (see artists_sort.py); the migration fills it for the releases already stored.
ARTISTS_SORT = [
    "ALTER TABLE releases ADD COLUMN artists_sort TEXT",
    "CREATE INDEX releases_artists_sort ON releases(artists_sort COLLATE NOCASE)",
]

# 7: a release's place among the releases read from its document (0 for the first), so that a
# document imported again can be compared release by release with what the library holds of it
# (see release_matching.py). Releases read from a text are told apart by their span; this place is
# what tells apart the releases of a document that has no text and no spans (interchange JSON).
# NULL for a release not read from a document. The migration fills it from the order the releases
# of each document were stored in: exact for a document stored whole, and for one stored in part
# before (whose releases all have spans, or whose hash was of the part kept) it is not needed.
SOURCE_INDEX = [
    "ALTER TABLE releases ADD COLUMN source_index INTEGER",
]
