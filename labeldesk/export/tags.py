"""Tagging the exported copies.

The staging folder is private until the one rename that publishes it, so its copies need none of
the crash safety a write to a user's own file needs (a temporary file, fsync, read-back, rename):
each copy is made once and then tagged where it lies, through the tagging package's format
adapters (labeldesk.tagging.formats: which mutagen class and which adapter; the adapter's
apply_fields: which frames, keys and atoms). A WAV file is copied with its RIFF INFO list already
rewritten (labeldesk.tagging.riff_info), so that it, too, is copied once.

    placed = place_copy(source, copy, fields)    the copy, loaded, every field but the cover applied
    finish_copy(placed, cover) -> CopyInfo       the cover applied, the tags saved; length and ISRC

The two steps let the copies be made and loaded while the embedded cover is still being made.
"""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from labeldesk.errors import UserError
from labeldesk.export.audioinfo import isrc_of_tags
from labeldesk.tagging import Cover, Fields, TaggingError
from labeldesk.tagging import riff_info
from labeldesk.tagging.formats import Format, sniff

ID3_VERSION = 4


@dataclass(frozen=True)
class CopyInfo:
    """What the copy tells of itself: length in seconds and ISRC, None where it does not."""

    duration: float | None
    isrc: str | None


@dataclass
class PlacedCopy:
    path: Path
    fmt: Format
    audio: object  # the copy as mutagen loaded it, every field but the cover applied
    fields: Fields
    info: CopyInfo


def place_copy(source: Path, copy: Path, fields: Fields) -> PlacedCopy:
    """Copy `source` to `copy` (a new file in the private staging folder), load it and apply every
    field but the cover. The source's format is told from its content; what is not audio labeldesk
    tags is refused before anything is copied."""
    try:
        fmt = sniff(source)
    except TaggingError as exc:
        if not source.exists():
            raise UserError(f"missing source file: {source}") from None
        raise UserError(str(exc)) from None
    try:
        if fmt.name == "wav":
            with open(source, "rb") as src, open(copy, "xb+") as dst:
                riff_info.copy_with_info(src, dst, riff_info.info_values(fields))
        else:
            shutil.copyfile(source, copy)  # sendfile: the bytes never pass through Python
    except FileNotFoundError:
        raise UserError(f"missing source file: {source}") from None
    except riff_info.RiffError as exc:
        raise UserError(f"{source}: {exc}") from None
    except OSError as exc:
        raise UserError(f"cannot copy {source} into the export folder: {exc.strerror or exc}") from None
    with _one_line(copy, fmt):
        audio = fmt.mutagen_class(copy)
        info = CopyInfo(_length(audio), isrc_of_tags(audio.tags))  # tagging keeps both as they are
        fmt.family.apply_fields(audio, fields, leave_alone={"cover"})
    return PlacedCopy(copy, fmt, audio, fields, info)


def finish_copy(placed: PlacedCopy, cover: Cover | None) -> CopyInfo:
    """Apply the cover (None: no front cover) and write the tags into the copy, in place."""
    fmt, copy = placed.fmt, placed.path
    placed.fields.cover = cover
    with _one_line(copy, fmt):
        fmt.family.apply_fields(placed.audio, placed.fields, leave_alone=fmt.family.SUPPORTED - {"cover"})
        if fmt.uses_id3:
            # several values stay several values (v23_sep=None), as the tagging package writes them
            placed.audio.save(copy, v2_version=ID3_VERSION, v23_sep=None)
        else:
            placed.audio.save(copy)
    placed.audio = None  # the tags of many files need not stay in memory
    return placed.info


@contextmanager
def _one_line(copy: Path, fmt: Format):
    """mutagen on odd data fails in many ways; the user gets one line naming the file."""
    try:
        yield
    except Exception as exc:
        cause = _os_error(exc)
        if cause is not None:
            raise UserError(f"cannot write {copy.name} in the export folder: {cause.strerror or cause}") from None
        raise UserError(f"cannot tag {copy.name} ({fmt.description}): {type(exc).__name__}: {exc}") from None


def _os_error(exc: BaseException | None) -> OSError | None:
    """The OSError behind an error: mutagen re-raises a failed read or write as its own error."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, OSError):
            return exc
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return None


def _length(audio) -> float | None:
    length = getattr(audio.info, "length", None)
    return round(length, 3) if length else None
