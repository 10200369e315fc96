"""Opening library files: new, current, older (migrated with a backup), and files that are not libraries."""

from __future__ import annotations

import sqlite3

import pytest

from labeldesk.library import LibraryError, count_releases, credits_of, get_release, open_library, release_rows
from labeldesk.library.migrations import LATEST, backup_path
from labeldesk.library.schema import CATALOGUE


def _version(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_a_new_library_is_made_with_its_folder_at_the_latest_version(tmp_path):
    path = tmp_path / "nested" / "folder" / "library.db"
    with open_library(path) as lib:
        assert lib.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert lib.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert count_releases(lib) == 0
    assert _version(path) == LATEST
    assert not list(tmp_path.glob("nested/folder/*.bak-v*"))


def test_reopening_a_current_library_changes_nothing(library_path):
    open_library(library_path).close()
    open_library(library_path).close()
    assert _version(library_path) == LATEST
    assert not list(library_path.parent.glob("*.bak-v*"))


def _make_v1_library(path) -> None:
    """A library as version 1 wrote it: the catalogue tables, no search index, no media tables."""
    conn = sqlite3.connect(path)
    for statement in CATALOGUE:
        conn.execute(statement)
    conn.executescript("""
        INSERT INTO labels (id, name, key) VALUES (1, 'Plaza Mayor Company Ltd', 'plaza mayor company ltd');
        INSERT INTO people (id, name, key) VALUES (1, 'Jesús Calderón', 'jesus calderon');
        INSERT INTO person_names (person_id, name, key) VALUES (1, 'Jesús Calderón', 'jesus calderon');
        INSERT INTO releases (id, title, subtitle, kind, label_id, created_at, updated_at)
            VALUES (1, 'La Mancha Negra', 'Original Motion Picture Soundtrack', 'soundtrack', 1,
                    '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00');
        INSERT INTO release_artists (release_id, person_id, credited_as, seq) VALUES (1, 1, 'Jesús Calderón', 0);
        INSERT INTO credits (release_id, person_id, credited_as, role, seq) VALUES (1, 1, 'Jesús Calderón', 'composer', 0);
        PRAGMA user_version = 1;
    """)
    conn.commit()
    conn.close()


def test_a_version_1_library_is_migrated_keeping_its_data_and_a_backup(library_path):
    _make_v1_library(library_path)
    with open_library(library_path) as lib:
        release = get_release(lib, 1)
        assert (release.title, release.label, release.artists) == (
            "La Mancha Negra", "Plaza Mayor Company Ltd", ["Jesús Calderón"])
        assert [c.role for c in credits_of(lib, "jesus calderon")] == ["composer"]
        # the new search index was filled from the rows already there
        assert [r.id for r in release_rows(lib, search="mancha")] == [1]
        assert [r.id for r in release_rows(lib, search="calderon")] == [1]
        assert lib.conn.execute("SELECT count(*) FROM audio_files").fetchone()[0] == 0
    assert _version(library_path) == LATEST
    backup = backup_path(library_path, 1)
    assert backup.name == "library.db.bak-v1"
    assert _version(backup) == 1
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT title FROM releases").fetchall() == [("La Mancha Negra",)]
    conn.close()


def test_an_empty_version_0_file_becomes_a_library_without_a_backup(library_path):
    sqlite3.connect(library_path).close()  # an empty database file
    with open_library(library_path) as lib:
        assert count_releases(lib) == 0
    assert _version(library_path) == LATEST
    assert not list(library_path.parent.glob("*.bak-v*"))


def test_another_programs_database_is_refused_untouched(library_path):
    conn = sqlite3.connect(library_path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.commit()
    conn.close()
    before = library_path.read_bytes()
    with pytest.raises(LibraryError, match="not a LabelDesk library"):
        open_library(library_path)
    assert library_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(library_path):
    library_path.write_bytes(b"these are liner notes, not a database\n" * 200)
    before = library_path.read_bytes()
    with pytest.raises(LibraryError, match="not a LabelDesk library"):
        open_library(library_path)
    assert library_path.read_bytes() == before


def test_a_library_from_a_newer_labeldesk_is_refused(library_path):
    open_library(library_path).close()
    conn = sqlite3.connect(library_path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="newer LabelDesk"):
        open_library(library_path)


def test_a_directory_is_not_a_library(tmp_path):
    with pytest.raises(LibraryError, match="is a directory"):
        open_library(tmp_path)
