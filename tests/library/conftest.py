"""Fixtures the library tests share."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from labeldesk.library import add_document
from labeldesk.model.interchange import documents_from_json

RELEASE_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"


@pytest.fixture
def filled(library):
    """The library holding the releases of two fixture files (one with the documents' text)."""
    for name in ("documents-with-text.json", "releases-only.json"):
        path = RELEASE_FIXTURES / name
        for document in documents_from_json(json.loads(path.read_text(encoding="utf-8")), str(path)):
            add_document(library, document)
    return library
