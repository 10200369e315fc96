"""Where a release was read: its document's text and the span, with the document's warnings."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from labeldesk.library.errors import NotFound


@dataclass
class ReleaseSource:
    document_id: int | None
    path: str | None
    text: str  # the whole document ("" when the release came without one)
    start: int | None
    end: int | None
    document_warnings: list[str] = field(default_factory=list)


def release_source(lib, release_id: int) -> ReleaseSource:
    """The document a release was read from and its span in it. NotFound for an unknown id."""
    row = lib.conn.execute(
        """SELECT d.id, d.path, d.text, r.source_start, r.source_end, d.warnings
           FROM releases r LEFT JOIN documents d ON d.id = r.document_id WHERE r.id = ?""",
        (release_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"no release with id {release_id}")
    warnings = json.loads(row[5]) if row[5] else []
    return ReleaseSource(row[0], row[1], row[2] or "", row[3], row[4], warnings)
