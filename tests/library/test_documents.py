"""Documents are kept whole, and storing one twice adds nothing."""

from __future__ import annotations

import json
from pathlib import Path

from labeldesk.library import (
    add_document,
    count_releases,
    document_hash,
    document_release_ids,
    document_rows,
    get_document,
    store_document,
)
from labeldesk.model import Document, Release
from labeldesk.model.interchange import documents_from_json

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"


def _document(name: str) -> Document:
    path = FIXTURES / name
    return documents_from_json(json.loads(path.read_text(encoding="utf-8")), str(path))[0]


def test_the_text_and_skipped_spans_are_kept(library):
    document = _document("documents-with-text.json")
    stored = store_document(library, document)
    again = get_document(library, stored.document_id)
    assert again.text == document.text and again.path == "brightwater-spring.txt"
    assert [(s.start, s.end, s.reason) for s in again.skipped] == [(s.start, s.end, s.reason) for s in document.skipped]
    assert document_release_ids(library, stored.document_id) == stored.release_ids
    row = document_rows(library)[0]
    assert (row.path, row.releases, row.sha256) == ("brightwater-spring.txt", 2, document_hash(document))


def test_storing_the_same_document_twice_adds_nothing(library):
    first = store_document(library, _document("documents-with-text.json"))
    dump = list(library.conn.iterdump())
    second = store_document(library, _document("documents-with-text.json"))
    assert first.added and not second.added
    assert second.release_ids == first.release_ids
    assert list(library.conn.iterdump()) == dump


def test_a_document_without_text_is_known_by_its_releases(library):
    ids = add_document(library, _document("releases-only.json"))
    assert add_document(library, _document("releases-only.json")) == ids
    other = Document(path="other.json", text="", releases=[Release(title="Something else")])
    assert add_document(library, other) != ids
    assert count_releases(library) == 2


def test_hash_is_of_the_text_when_there_is_one():
    a = Document(path="a.txt", text="same words", releases=[Release(title="A")])
    b = Document(path="b.txt", text="same words", releases=[Release(title="B")])
    assert document_hash(a) == document_hash(b)
    assert document_hash(Document(path="a", text="", releases=[Release(title="A")])) != document_hash(
        Document(path="a", text="", releases=[Release(title="B")]))
