"""Audio files attached to a release's tracks (the audio_files table).

A row remembers the file as it was when attached or last tagged (size, modification time, content
hash), so a later tag run can tell a file that changed on disk behind labeldesk's back. A track has
at most one file and a file belongs to one track: attaching again replaces the old link.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from labeldesk.library import editlog
from labeldesk.library.connection import transaction
from labeldesk.library.errors import NotFound


@dataclass(frozen=True)
class FileState:
    """What a file was like: size in bytes, modification time in nanoseconds, content hash (as
    labeldesk.tagging.fingerprint makes it)."""

    size: int
    mtime_ns: int
    content_hash: str | None = None


@dataclass(frozen=True)
class Attachment:
    """One file to link: the track it is, and what the file is like now."""

    track_id: int
    path: str  # absolute
    format: str
    state: FileState


@dataclass(frozen=True)
class AttachedFile:
    """A stored link, with the track it points at (None when that track was deleted since)."""

    id: int
    release_id: int
    track_id: int | None
    path: str
    format: str | None
    state: FileState
    attached_at: str
    disc: int | None = None
    position: str | None = None
    title: str | None = None


def attach_files(lib, release_id: int, attachments: Iterable[Attachment]) -> list[int]:
    """Link the files to tracks of the release in one transaction; returns the new row ids.

    A file attached before (to any release) and a track that had a file lose their old link.
    NotFound for an unknown release, or a track that is not the release's (then nothing changes)."""
    attachments = list(attachments)
    ids = []
    with transaction(lib.conn) as conn:
        if conn.execute("SELECT 1 FROM releases WHERE id = ?", (release_id,)).fetchone() is None:
            raise NotFound(f"no release with id {release_id}")
        tracks = {row[0] for row in conn.execute("SELECT id FROM tracks WHERE release_id = ?", (release_id,))}
        for item in attachments:
            if item.track_id not in tracks:
                raise NotFound(f"release {release_id} has no track with id {item.track_id}")
        for item in attachments:
            for old in conn.execute("SELECT id, track_id, path FROM audio_files WHERE path = ? OR track_id = ?",
                                    (item.path, item.track_id)).fetchall():
                conn.execute("DELETE FROM audio_files WHERE id = ?", (old[0],))
                editlog.record(conn, "detach", "audio_files", old[0], before={"track_id": old[1], "path": old[2]})
            fp = item.state
            row_id = conn.execute(
                """INSERT INTO audio_files (release_id, track_id, path, format, size, mtime, content_hash, attached_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                (release_id, item.track_id, item.path, item.format, fp.size, _seconds(fp.mtime_ns), fp.content_hash,
                 editlog.now()),
            ).lastrowid
            editlog.record(conn, "attach", "audio_files", row_id,
                           after={"release_id": release_id, "track_id": item.track_id, "path": item.path})
            ids.append(row_id)
    return ids


def release_files(lib, release_id: int) -> list[AttachedFile]:
    """The files attached to the release, in track order (files whose track is gone last)."""
    rows = lib.conn.execute(
        """SELECT a.id, a.release_id, a.track_id, a.path, a.format, a.size, a.mtime, a.content_hash, a.attached_at,
                  t.disc, t.position, t.title
           FROM audio_files a LEFT JOIN tracks t ON t.id = a.track_id
           WHERE a.release_id = ?
           ORDER BY t.seq IS NULL, t.seq, a.id""",
        (release_id,),
    ).fetchall()
    return [_row(r) for r in rows]


def update_states(lib, states: Iterable[tuple[int, FileState]]) -> None:
    """Record what files are like after labeldesk wrote them: (row id, state), one transaction."""
    with transaction(lib.conn) as conn:
        for row_id, fp in states:
            conn.execute("UPDATE audio_files SET size = ?, mtime = ?, content_hash = ? WHERE id = ?",
                         (fp.size, _seconds(fp.mtime_ns), fp.content_hash, row_id))


def _seconds(mtime_ns: int) -> float:
    # the column holds seconds (REAL); a double keeps today's times to well under a microsecond,
    # and the change check takes mtimes that close as the same
    return mtime_ns / 1e9


def _row(r: sqlite3.Row | tuple) -> AttachedFile:
    mtime_ns = round(r[6] * 1e9) if r[6] is not None else -1
    return AttachedFile(id=r[0], release_id=r[1], track_id=r[2], path=r[3], format=r[4],
                        state=FileState(r[5] if r[5] is not None else -1, mtime_ns, r[7]),
                        attached_at=r[8], disc=r[9], position=r[10], title=r[11])
