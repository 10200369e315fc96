"""Documents: every imported document kept whole (text and hash), with its skipped spans and the
releases read from it. A document is stored once; importing it again adds only the releases read
from it that the library does not hold (left out before, or deleted since), and changes nothing
when it holds them all."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from labeldesk.library import editlog
from labeldesk.library.connection import transaction
from labeldesk.library.errors import NotFound
from labeldesk.library.release_matching import match_releases, stored_releases
from labeldesk.library.releases import insert_release
from labeldesk.model import Document, SkippedSpan
from labeldesk.model.interchange import release_to_dict


@dataclass
class StoredDocument:
    """The outcome of storing one document."""

    document_id: int
    added_ids: list[int]  # the releases stored now, in the document's order
    present_ids: list[int]  # the releases read from it that the library held already, in its order
    new_document: bool  # the document itself was stored now (it was not in the library)
    held_ids: list[int] = field(default_factory=list)  # added and present together, in the document's order

    @property
    def added(self) -> bool:
        """Something was stored: the document, or releases of it the library did not hold yet.
        False: the library held all of it already, and nothing changed."""
        return self.new_document or bool(self.added_ids)

    @property
    def release_ids(self) -> list[int]:
        """The releases stored now; when nothing was added, those the library held already."""
        return self.added_ids if self.added else self.present_ids


@dataclass(frozen=True)
class DocumentMatch:
    """What the library holds of a document read now: the stored document with the same hash,
    and which of the releases read from it now the library keeps from it (see release_matching)."""

    document_id: int | None  # None: the library does not hold this document
    present: dict[int, int]  # index in document.releases -> id of the release the library keeps
    release_count: int  # how many releases were read from it now

    @property
    def stored(self) -> bool:
        return self.document_id is not None

    @property
    def missing(self) -> list[int]:
        """Indexes of the releases read now that the library does not hold (all, when the
        document is not stored)."""
        return [i for i in range(self.release_count) if i not in self.present]

    @property
    def whole(self) -> bool:
        """The library holds the document and every release read from it: importing adds nothing."""
        return self.stored and not self.missing

    @property
    def partly(self) -> bool:
        """The library holds the document but not every release read from it now."""
        return self.stored and bool(self.missing)


@dataclass(frozen=True)
class ChosenReleases:
    """A document with the releases to store from it: indexes into document.releases (None: all).
    Releases the library holds already are never stored twice, chosen or not; an empty choice
    keeps only the document's text (one in which no release was found)."""

    document: Document
    indexes: tuple[int, ...] | None = None


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


def match_document(lib, document: Document) -> DocumentMatch:
    """Compare a document read now with what the library holds of it (stores nothing)."""
    return _match(lib.conn, document, document_hash(document))


def store_document(lib, document: Document | ChosenReleases) -> StoredDocument:
    """Store a document and those of its releases that the library does not hold yet (of the
    chosen ones, given a ChosenReleases), in one transaction. A document already stored is kept
    as it is (its text, path and skipped passages) and gets only the releases missing from it, so
    that releases left out before, or deleted since, can be imported later; when none is missing
    nothing changes at all."""
    chosen = document if isinstance(document, ChosenReleases) else ChosenReleases(document)
    document = chosen.document
    wanted = range(len(document.releases)) if chosen.indexes is None else chosen.indexes
    sha = document_hash(document)  # of the whole document as read, whatever part of it is chosen
    with transaction(lib.conn) as conn:
        match = _match(conn, document, sha)
        present_ids = [match.present[i] for i in sorted(match.present)]
        to_add = [i for i in sorted(set(wanted)) if i not in match.present]
        if match.stored and not to_add:
            document.id = match.document_id
            return StoredDocument(match.document_id, [], present_ids, new_document=False, held_ids=present_ids)
        if match.stored:
            document_id = match.document_id
        else:
            document_id = _insert_document(conn, document, sha)
        added: dict[int, int] = {}
        for index in to_add:
            release_id = insert_release(conn, document.releases[index], document_id)
            conn.execute("UPDATE releases SET source_index = ? WHERE id = ?", (index, release_id))
            added[index] = release_id
        added_ids = list(added.values())
        held = {**match.present, **added}
        after = {"path": document.path, "sha256": sha, "releases": added_ids}
        before = None
        if match.stored:  # releases added to a document stored before
            before = {"path": document.path, "sha256": sha, "releases": present_ids}
            after["releases"] = present_ids + added_ids
        editlog.record(conn, "import", "documents", document_id, before=before, after=after)
    document.id = document_id
    return StoredDocument(document_id, added_ids, present_ids, new_document=not match.stored,
                          held_ids=[held[i] for i in sorted(held)])


def add_document(lib, document: Document | ChosenReleases) -> list[int]:
    """Store a document (see store_document) and return the ids of the releases stored now, or,
    when nothing was added, of those the library held already."""
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


def _match(conn, document: Document, sha: str) -> DocumentMatch:
    row = conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha,)).fetchone()
    if row is None:
        return DocumentMatch(None, {}, len(document.releases))
    present = match_releases(document.releases, stored_releases(conn, row[0]))
    return DocumentMatch(row[0], present, len(document.releases))


def _insert_document(conn, document: Document, sha: str) -> int:
    document_id = conn.execute(
        "INSERT INTO documents (path, sha256, text, warnings, imported_at) VALUES (?, ?, ?, ?, ?)",
        (document.path, sha, document.text, json.dumps(document.warnings, ensure_ascii=False), editlog.now()),
    ).lastrowid
    conn.executemany(
        'INSERT INTO skipped_spans (document_id, start, "end", reason, preview) VALUES (?, ?, ?, ?, ?)',
        [(document_id, s.start, s.end, s.reason, s.preview) for s in document.skipped],
    )
    return document_id


def _release_ids(conn, document_id: int) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM releases WHERE document_id = ? ORDER BY id", (document_id,))]
