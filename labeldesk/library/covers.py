"""Cover images kept in the library (the covers table): one per release, stored whole.

The image is checked before it gets here (labeldesk.tagging.cover.check_image); this module only
stores, reads and removes it, edit-logged (by hash and size, never the image bytes).

Renditions (the cover_renditions table) are the cover as files and distributors get it: a JPEG at
most so many px a side, for a purpose ("player": the one embedded in audio files; "distributor":
cover.jpg). They are made once, by whoever first needs one (`cover_rendition` with a `make`
function: this package does no image work), and kept until the cover changes: storing or removing
a cover drops them with it, and one made from other bytes than the current cover is never served.

    cover_rendition(lib, release_id, purpose, side, make) -> CoverRendition | None
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from labeldesk.library import editlog
from labeldesk.library.connection import transaction
from labeldesk.library.errors import NotFound


@dataclass(frozen=True)
class StoredCover:
    image: bytes
    mime: str
    width: int | None = None
    height: int | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.image).hexdigest()


def get_cover(lib, release_id: int) -> StoredCover | None:
    """The release's cover, or None when it has none."""
    row = lib.conn.execute(
        "SELECT image, mime, width, height FROM covers WHERE release_id = ?", (release_id,)
    ).fetchone()
    return StoredCover(bytes(row[0]), row[1], row[2], row[3]) if row else None


def set_cover(lib, release_id: int, cover: StoredCover | None) -> None:
    """Give the release this cover (None removes it). One transaction, edit-logged."""
    with transaction(lib.conn) as conn:
        if conn.execute("SELECT 1 FROM releases WHERE id = ?", (release_id,)).fetchone() is None:
            raise NotFound(f"no release with id {release_id}")
        before = _summary(get_cover(lib, release_id))
        conn.execute("DELETE FROM covers WHERE release_id = ?", (release_id,))
        if cover is not None:
            conn.execute(
                "INSERT INTO covers (release_id, image, mime, width, height, sha256) VALUES (?, ?, ?, ?, ?, ?)",
                (release_id, cover.image, cover.mime, cover.width, cover.height, cover.sha256),
            )
        editlog.record(conn, "update", "covers", release_id, before=before, after=_summary(cover))


@dataclass(frozen=True)
class CoverRendition:
    image: bytes | None  # a JPEG; None when the stored cover itself serves as it is
    width: int
    height: int

    def data(self, stored: StoredCover) -> bytes:
        """The rendition's bytes (the stored cover's, when it serves as it is)."""
        return stored.image if self.image is None else self.image


def get_rendition(lib, release_id: int, purpose: str, side: int) -> CoverRendition | None:
    """The rendition kept for the release's current cover, or None when none is kept."""
    row = lib.conn.execute(
        "SELECT r.image, r.width, r.height FROM cover_renditions r JOIN covers c USING (release_id) "
        "WHERE r.release_id = ? AND r.purpose = ? AND r.side = ? AND r.source_sha256 = c.sha256",
        (release_id, purpose, side),
    ).fetchone()
    if row is None:
        return None
    return CoverRendition(bytes(row[0]) if row[0] is not None else None, row[1], row[2])


def store_rendition(lib, release_id: int, purpose: str, side: int, rendition: CoverRendition,
                    source_sha256: str) -> bool:
    """Keep a rendition made from the cover whose SHA-256 is `source_sha256`; False (and nothing
    kept) when that is no longer the release's cover."""
    with transaction(lib.conn) as conn:
        current = conn.execute("SELECT sha256 FROM covers WHERE release_id = ?", (release_id,)).fetchone()
        if current is None or current[0] != source_sha256:
            return False
        conn.execute(
            "INSERT OR REPLACE INTO cover_renditions (release_id, purpose, side, source_sha256, image, width, height) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (release_id, purpose, side, source_sha256, rendition.image, rendition.width, rendition.height),
        )
    return True


def cover_rendition(lib, release_id: int, purpose: str, side: int,
                    make: Callable[[StoredCover], CoverRendition],
                    stored: StoredCover | None = None) -> CoverRendition | None:
    """The release's cover for `purpose` at most `side` px a side: the one kept, else
    `make(stored cover)`, kept for next time (when the library can be written to). None when the
    release has no cover. `stored`: the cover, when the caller has read it already. What `make`
    raises is raised, and nothing kept."""
    kept = get_rendition(lib, release_id, purpose, side)
    if kept is not None:
        return kept
    if stored is None:
        stored = get_cover(lib, release_id)
        if stored is None:
            return None
    made = make(stored)
    if made.image is not None and made.image == stored.image:
        made = CoverRendition(None, made.width, made.height)  # the same bytes need not be kept twice
    try:
        store_rendition(lib, release_id, purpose, side, made, stored.sha256)
    except sqlite3.OperationalError:
        pass  # a library that cannot be written to (read-only, locked): made again next time
    return made


def _summary(cover: StoredCover | None) -> dict | None:
    if cover is None:
        return None
    return {"sha256": cover.sha256, "mime": cover.mime, "width": cover.width, "height": cover.height,
            "bytes": len(cover.image)}
