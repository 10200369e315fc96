"""Schema 7: a library from before gets the place of each release in its document filled from the
order the releases were stored in, keeps a copy of itself as it was, and its documents are then
compared release by release as those imported since are."""

from __future__ import annotations

from pathlib import Path

from old_versions import library_at_version, release_columns

from labeldesk.actions.importing import read_file
from labeldesk.library import get_release, open_library
from labeldesk.library.documents import document_hash, match_document, store_document
from labeldesk.library.migrations import LATEST, backup_path
from labeldesk.model import Document, Release

HARBOUR = Path(__file__).resolve().parents[1] / "fixtures" / "texts" / "harbour-catalogue.txt"
NOW = "2024-01-01T00:00:00+00:00"


def text_less() -> Document:
    return Document(path="catalogue.json", text="", releases=[Release(title="North"), Release(title="South")])


def _make_v6_library(path: Path) -> dict[str, int]:
    """A library as schema 6 wrote it: the harbour catalogue stored with three of its five releases
    (the window let an archivist keep only some), a document without text stored whole, and a
    release added on its own. Returns the document ids."""
    harbour = read_file(HARBOUR)[0]
    ids = {}
    with library_at_version(path, 6) as conn:
        for name, document, kept in (("harbour", harbour, (0, 2, 3)), ("json", text_less(), (0, 1))):
            ids[name] = conn.execute(
                "INSERT INTO documents (path, sha256, text, warnings, imported_at) VALUES (?, ?, ?, '[]', ?)",
                (document.path, document_hash(document), document.text, NOW)).lastrowid
            for index in kept:
                release = document.releases[index]
                span = release.source
                conn.execute(
                    """INSERT INTO releases (title, kind, document_id, source_start, source_end, artists_sort,
                           created_at, updated_at) VALUES (?, 'album', ?, ?, ?, NULL, ?, ?)""",
                    (release.title, ids[name], span.start if span else None, span.end if span else None, NOW, NOW))
        conn.execute("INSERT INTO releases (title, kind, created_at, updated_at) VALUES ('On its own', 'album', ?, ?)",
                     (NOW, NOW))
    return ids


def test_a_version_6_library_gets_the_places_filled_and_its_documents_compared(library_path):
    ids = _make_v6_library(library_path)
    with open_library(library_path) as lib:
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST >= 7
        places = [tuple(r) for r in lib.conn.execute("SELECT title, document_id, source_index FROM releases ORDER BY id")]
        assert places == [("Salt Lantern", ids["harbour"], 0), ("The Last Ferry", ids["harbour"], 1),
                          ("Winter Quay", ids["harbour"], 2), ("North", ids["json"], 0), ("South", ids["json"], 1),
                          ("On its own", None, None)]
        # the text stored in part: its spans tell what is there, whatever the places filled
        harbour = read_file(HARBOUR)[0]
        match = match_document(lib, harbour)
        assert match.document_id == ids["harbour"] and match.missing == [1, 4]
        added = store_document(lib, harbour)
        assert [get_release(lib, i).title for i in added.added_ids] == ["Grey Gulls", "Lighthouse Songs"]
        assert dict(lib.conn.execute("SELECT title, source_index FROM releases WHERE id IN (?, ?)",
                                     added.added_ids)) == {"Grey Gulls": 1, "Lighthouse Songs": 4}
        # the document without text, stored whole, is whole
        assert match_document(lib, text_less()).whole
        assert not store_document(lib, text_less()).added
        assert lib.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    backup = backup_path(library_path, 6)
    assert "source_index" not in release_columns(backup)
    assert "source_index" in release_columns(library_path)


def test_an_empty_version_6_library_is_migrated(library_path):
    with library_at_version(library_path, 6):
        pass
    with open_library(library_path) as lib:
        assert lib.conn.execute("SELECT count(*) FROM releases").fetchone()[0] == 0
        assert lib.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
