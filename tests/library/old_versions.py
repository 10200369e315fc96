"""Libraries as an older LabelDesk wrote them, for the migration tests: the schema steps up to a
version, applied straight to a new SQLite file, with the test's own rows in them."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

from labeldesk.library.migrations import MIGRATIONS


@contextmanager
def library_at_version(path: Path, version: int):
    """A connection to a new library at schema `version`; the test adds its rows, and the file is
    committed and closed at the end of the block."""
    conn = sqlite3.connect(path)
    try:
        for step in MIGRATIONS[:version]:
            for statement in step.statements:
                conn.execute(statement)
            if step.fill is not None:
                step.fill(conn)
        yield conn
        conn.execute(f"PRAGMA user_version = {version:d}")
        conn.commit()
    finally:
        conn.close()


def release_columns(path: Path) -> list[str]:
    """The columns of the releases table in the library file at `path`."""
    conn = sqlite3.connect(path)
    try:
        return [row[1] for row in conn.execute("PRAGMA table_info(releases)")]
    finally:
        conn.close()
