"""Cover images kept in the library (the covers table): one per release, stored whole.

The image is checked before it gets here (labeldesk.tagging.cover.check_image); this module only
stores, reads and removes it, edit-logged (by hash and size, never the image bytes)."""

from __future__ import annotations

import hashlib
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


def _summary(cover: StoredCover | None) -> dict | None:
    if cover is None:
        return None
    return {"sha256": cover.sha256, "mime": cover.mime, "width": cover.width, "height": cover.height,
            "bytes": len(cover.image)}
