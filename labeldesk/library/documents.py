"""Documents: every imported document kept whole (text and hash), with its skipped spans and the
releases read from it. Importing a document that is already stored changes nothing."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from labeldesk.library import editlog
from labeldesk.library.connection import transaction
from labeldesk.library.errors import NotFound
from labeldesk.library.releases import insert_release
from labeldesk.model import Document, SkippedSpan
from labeldesk.model.interchange import release_to_dict


@dataclass
class StoredDocument:
    """The outcome of storing one document."""

    document_id: int
    release_ids: list[int]
    added: bool  # False: the library already held this document, nothing was added


@dataclass
class DocumentRow:
    id: int
    path: str
    sha256: str
    imported_at: str
    releases: int


def document_hash(document: Document) -> str:
    """sha256 of the document's text; for a document known only by its releases (interchange JSON
    without text), of the canonical JSON of those releases."""
    if document.text:
        payload = document.text
    else:
        payload = json.dumps([release_to_dict(r) for r in document.releases],
                             ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def store_document(lib, document: Document) -> StoredDocument:
    """Store a document and its releases in one transaction, unless a document with the same hash
    is already stored: then nothing changes and its release ids are returned."""
    sha = document_hash(document)
    with transaction(lib.conn) as conn:
        row = conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha,)).fetchone()
        if row is not None:
            document.id = row[0]
            return StoredDocument(row[0], _release_ids(conn, row[0]), added=False)
        document_id = conn.execute(
            "INSERT INTO documents (path, sha256, text, warnings, imported_at) VALUES (?, ?, ?, ?, ?)",
            (document.path, sha, document.text, json.dumps(document.warnings, ensure_ascii=False), editlog.now()),
        ).lastrowid
        conn.executemany(
            'INSERT INTO skipped_spans (document_id, start, "end", reason, preview) VALUES (?, ?, ?, ?, ?)',
            [(document_id, s.start, s.end, s.reason, s.preview) for s in document.skipped],
        )
        release_ids = [insert_release(conn, release, document_id) for release in document.releases]
        editlog.record(conn, "import", "documents", document_id,
                       after={"path": document.path, "sha256": sha, "releases": release_ids})
    document.id = document_id
    return StoredDocument(document_id, release_ids, added=True)


def add_document(lib, document: Document) -> list[int]:
    """Store a document (see store_document) and return the ids of its releases."""
    return store_document(lib, document).release_ids


def get_document(lib, document_id: int) -> Document:
    """The stored document: path, whole text, skipped spans, warnings (its releases are not loaded:
    see document_release_ids)."""
    row = lib.conn.execute(
        "SELECT id, path, text, warnings FROM documents WHERE id = ?", (document_id,)
    ).fetchone()
    if row is None:
        raise NotFound(f"no document with id {document_id}")
    skipped = [SkippedSpan(start=s[0], end=s[1], reason=s[2], preview=s[3]) for s in lib.conn.execute(
        'SELECT start, "end", reason, preview FROM skipped_spans WHERE document_id = ? ORDER BY start, id',
        (document_id,))]
    return Document(id=row[0], path=row[1], text=row[2], warnings=json.loads(row[3]), skipped=skipped)


def document_release_ids(lib, document_id: int) -> list[int]:
    return _release_ids(lib.conn, document_id)


def document_rows(lib) -> list[DocumentRow]:
    """Every stored document, oldest first, with the number of releases still read from it."""
    return [DocumentRow(*r) for r in lib.conn.execute(
        """SELECT d.id, d.path, d.sha256, d.imported_at,
                  (SELECT count(*) FROM releases r WHERE r.document_id = d.id)
           FROM documents d ORDER BY d.id""")]


def _release_ids(conn, document_id: int) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM releases WHERE document_id = ? ORDER BY id", (document_id,))]
