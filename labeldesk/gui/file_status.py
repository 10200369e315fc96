"""Whether each attached file's tags agree with the library: in sync, differs, missing, changed on
disk (since labeldesk attached or last wrote it), or unreadable. Runs in the background (it reads
every file); no Qt here."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from labeldesk.library.audio_files import AttachedFile

IN_SYNC, DIFFERS, MISSING, CHANGED_ON_DISK, UNREADABLE = "in sync", "differs", "missing", "changed on disk", "unreadable"

_FIELD_LABELS = {"album_artists": "Album artists", "catalog_number": "Catalogue number", "track": "Track number",
                 "disc": "Disc number", "liner_notes_language": "Liner notes language", "credits_text": "Credits (as text)"}


def field_label(name: str) -> str:
    """A tag field's name as people read it ("album_artists" -> "Album artists")."""
    return _FIELD_LABELS.get(name) or name.replace("_", " ").capitalize()


@dataclass
class FileStatus:
    file: AttachedFile
    status: str
    changes: list[tuple[str, object, object]] = field(default_factory=list)  # (field, in the file, in the library)
    message: str = ""

    @property
    def words(self) -> str:
        if self.status == DIFFERS:
            count = len(self.changes)
            return f"differs ({count} field{'' if count == 1 else 's'})"
        return self.status


def file_statuses(library, release_id: int, progress=None, cancel=None) -> list[FileStatus]:
    """One status per attached file, in track order; an empty list for a release without files."""
    from labeldesk.actions.audio import preview_tags
    from labeldesk.library.audio_files import release_files

    if not release_files(library, release_id):
        return []
    if cancel is not None and cancel.is_set():
        return []
    statuses = []
    for preview in preview_tags(library, release_id):
        attached = preview.file
        if not os.path.exists(attached.path):
            statuses.append(FileStatus(attached, MISSING, message="the file is not there any more"))
        elif preview.error:
            statuses.append(FileStatus(attached, UNREADABLE, message=preview.error))
        elif preview.changed_on_disk:
            statuses.append(FileStatus(attached, CHANGED_ON_DISK, preview.changes,
                                       "changed since labeldesk attached or last tagged it"))
        elif preview.changes:
            statuses.append(FileStatus(attached, DIFFERS, preview.changes))
        else:
            statuses.append(FileStatus(attached, IN_SYNC))
    if progress:
        progress(len(statuses), len(statuses))
    return statuses
