"""What an export of a library release needs: the release, its attached files by track, its cover."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from labeldesk.export.options import ExportFile
from labeldesk.library import get_release
from labeldesk.model.release import Release


@dataclass
class ExportInputs:
    release: Release
    files: list[ExportFile]
    cover: bytes | None
    warnings: list[str] = field(default_factory=list)


def export_inputs(lib, release_id: int) -> ExportInputs:
    """The release `release_id` of an open library with the audio files matched to its tracks
    (in running order) and its cover image. NotFound for an unknown id. Files attached to the
    release but not matched to a track are left out, with a warning."""
    release = get_release(lib, release_id)
    tracks = {track.id: track for track in release.tracks}
    files: list[ExportFile] = []
    unmatched = 0
    rows = lib.conn.execute(
        "SELECT track_id, path FROM audio_files WHERE release_id = ? ORDER BY id", (release_id,)
    ).fetchall()
    for track_id, path in rows:
        if track_id in tracks:
            files.append(ExportFile(tracks[track_id], Path(path)))
        else:
            unmatched += 1
    order = {id(track): index for index, track in enumerate(release.tracks)}
    files.sort(key=lambda f: order[id(f.track)])
    cover_row = lib.conn.execute("SELECT image FROM covers WHERE release_id = ?", (release_id,)).fetchone()
    warnings = []
    if unmatched:
        warnings.append(f"{unmatched} attached file(s) are not matched to a track and are left out of the export")
    return ExportInputs(release, files, bytes(cover_row[0]) if cover_row else None, warnings)
