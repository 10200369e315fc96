"""Numbered schema migrations. `PRAGMA user_version` holds the number of the last step applied.

Each step runs in one transaction together with the new version number, so a library is always at
one whole version. Before an existing library is migrated, a copy of it is left beside it
(`library.db.bak-v<old version>`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from labeldesk.library import schema
from labeldesk.library.artists_sort import refill_artists_sort
from labeldesk.library.errors import LibraryError
from labeldesk.library.release_matching import fill_source_index


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: list[str]
    # fills new structures from the rows already there (runs inside the step's transaction)
    fill: Callable[[sqlite3.Connection], None] | None = field(default=None)


def _fill_search(conn: sqlite3.Connection) -> None:
    from labeldesk.library.search import rebuild_search_index

    rebuild_search_index(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "catalogue", schema.CATALOGUE),
    Migration(2, "full-text search", schema.SEARCH, fill=_fill_search),
    Migration(3, "audio files and covers", schema.MEDIA),
    Migration(4, "cover renditions", schema.COVER_RENDITIONS),
    Migration(5, "content hash of attached files", schema.CONTENT_HASH),
    Migration(6, "artist sort key on releases", schema.ARTISTS_SORT, fill=refill_artists_sort),
    Migration(7, "place of a release in its document", schema.SOURCE_INDEX, fill=fill_source_index),
)
LATEST = MIGRATIONS[-1].version


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.bak-v{version}")


def migrate(conn: sqlite3.Connection, path: Path, *, existed: bool) -> None:
    """Bring the database on `conn` (the file at `path`) to the latest schema version."""
    version = schema_version(conn)
    if version > LATEST:
        raise LibraryError(
            f"{path}: this library was written by a newer LabelDesk (schema {version}; this one knows up to {LATEST})"
        )
    if version == LATEST:
        return
    if version == 0 and _has_tables(conn):
        raise LibraryError(f"{path}: not a LabelDesk library (it holds other tables)")
    if existed and version > 0:
        _back_up(conn, backup_path(path, version))
    for step in MIGRATIONS:
        if step.version > version:
            _apply(conn, step, path)


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def _back_up(conn: sqlite3.Connection, target: Path) -> None:
    # the backup API copies a consistent image, WAL content included
    copy = sqlite3.connect(str(target))
    try:
        conn.backup(copy)
    finally:
        copy.close()


def _apply(conn: sqlite3.Connection, step: Migration, path: Path) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in step.statements:
            conn.execute(statement)
        if step.fill is not None:
            step.fill(conn)
        conn.execute(f"PRAGMA user_version = {step.version:d}")
        conn.commit()
    except sqlite3.Error as exc:
        conn.rollback()
        raise LibraryError(f"{path}: could not update the library to schema {step.version} ({exc})") from exc
