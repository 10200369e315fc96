"""Shared test helpers: where the fixtures are, and a fresh library file per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # GUI tests never need a display

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
RELEASE_FIXTURES = FIXTURES / "releases"
SHARED = TESTS.parent.parent / "shared"  # ../shared beside the checkout, when present
GOLD = SHARED / "corpus" / "gold"


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.db"


@pytest.fixture
def library(library_path: Path):
    """A new, empty library in a real SQLite file, closed after the test."""
    from labeldesk.library import open_library

    lib = open_library(library_path)
    yield lib
    lib.close()
