"""What an export of a library release needs: the release, its attached files by track, its cover."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from labeldesk.export.options import ExportFile
from labeldesk.library import get_release
from labeldesk.library.audio_files import release_files
from labeldesk.library.covers import StoredCover, get_cover
from labeldesk.model.release import Release


@dataclass
class ExportInputs:
    release: Release
    files: list[ExportFile]
    cover: bytes | None
    warnings: list[str] = field(default_factory=list)
    stored_cover: StoredCover | None = None  # the cover as the library keeps it


def export_inputs(lib, release_id: int) -> ExportInputs:
    """The release `release_id` of an open library with the audio files matched to its tracks
    (in running order) and its cover image. NotFound for an unknown id. Files attached to the
    release whose track is gone are left out, with a warning."""
    release = get_release(lib, release_id)
    tracks = {track.id: track for track in release.tracks}
    files: list[ExportFile] = []
    unmatched = 0
    for attached in release_files(lib, release_id):
        if attached.track_id in tracks:
            files.append(ExportFile(tracks[attached.track_id], Path(attached.path)))
        else:
            unmatched += 1
    order = {id(track): index for index, track in enumerate(release.tracks)}
    files.sort(key=lambda f: order[id(f.track)])
    stored = get_cover(lib, release_id)
    warnings = []
    if unmatched:
        warnings.append(f"{unmatched} attached file(s) are not matched to a track and are left out of the export")
    return ExportInputs(release, files, stored.image if stored else None, warnings, stored)
