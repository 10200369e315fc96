"""Opening a library file: one SQLite database (WAL mode, foreign keys on), migrated on open."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from labeldesk.library.errors import LibraryError
from labeldesk.library.migrations import migrate


class Library:
    """An open library: `db` is the sqlite-utils Database, `conn` its sqlite3 connection.

    One Library belongs to one thread; a background job opens its own with `open_library(path)`
    (WAL lets readers and one writer work side by side)."""

    def __init__(self, path: Path, db: sqlite_utils.Database):
        self.path = path
        self.db = db

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Library({str(self.path)!r})"


def open_library(path: str | Path) -> Library:
    """Open (creating it and its folder when missing) the library at `path`, migrated to the
    current schema. Raises LibraryError when the file is not a LabelDesk library or is newer
    than this LabelDesk understands."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise LibraryError(f"{path}: is a directory, not a library file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        existed = path.exists() and path.stat().st_size > 0
        conn = sqlite3.connect(str(path), timeout=10)
    except OSError as exc:
        raise LibraryError(f"{path}: cannot open the library ({exc.strerror or exc})") from exc
    except sqlite3.Error as exc:
        raise LibraryError(f"{path}: cannot open the library ({exc})") from exc
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        migrate(conn, path, existed=existed)  # refuses a file that is not ours before writing to it
        # WAL: the GUI reads while a background job writes (set outside any transaction)
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError as exc:  # locked, read-only, disk full…
        conn.close()
        raise LibraryError(f"{path}: cannot open the library ({exc})") from exc
    except sqlite3.DatabaseError as exc:  # not an SQLite file at all
        conn.close()
        raise LibraryError(f"{path}: not a LabelDesk library ({exc})") from exc
    except BaseException:
        conn.close()
        raise
    return Library(path, sqlite_utils.Database(conn, execute_plugins=False))


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: taken with BEGIN IMMEDIATE (so a read-then-write cannot race
    another writer), committed on success, rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    with conn:  # commit or roll back
        yield conn
