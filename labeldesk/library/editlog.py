"""The edit log: who changed what, when, with the row's state before and after (JSON)."""

from __future__ import annotations

import getpass
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any


@dataclass
class EditLogEntry:
    id: int
    at: str
    who: str
    action: str
    table: str
    row_id: int | None
    before: Any
    after: Any


def now() -> str:
    """The current time, UTC, ISO 8601 to the second: the library's timestamp format."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def current_user() -> str:
    """The operating-system user name ("unknown" where the system cannot tell)."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment or the password database
        return "unknown"


def record(conn: sqlite3.Connection, action: str, table: str, row_id: int | None,
           before: Any = None, after: Any = None) -> None:
    """Add one entry; call it inside the transaction that makes the change."""
    conn.execute(
        "INSERT INTO edit_log (at, who, action, table_name, row_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (now(), current_user(), action, table, row_id, _dump(before), _dump(after)),
    )


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def edit_log(lib, table: str | None = None, row_id: int | None = None, limit: int = 100) -> list[EditLogEntry]:
    """The newest entries first, optionally only those of one table (and row)."""
    sql = "SELECT id, at, who, action, table_name, row_id, before, after FROM edit_log"
    where, params = [], []
    if table is not None:
        where.append("table_name = ?")
        params.append(table)
    if row_id is not None:
        where.append("row_id = ?")
        params.append(row_id)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT ?"
    params.append(limit)
    return [
        EditLogEntry(id=r[0], at=r[1], who=r[2], action=r[3], table=r[4], row_id=r[5],
                     before=json.loads(r[6]) if r[6] is not None else None,
                     after=json.loads(r[7]) if r[7] is not None else None)
        for r in lib.conn.execute(sql, params)
    ]
