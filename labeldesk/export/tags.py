"""Tagged copies of the exported files.

The staging folder is private until the one rename that publishes it, so its copies need none of
the crash safety a write to a user's own file needs (a temporary file, fsync, read-back, rename).

    make_copy(source, copy, fields, cover) -> MadeCopy     the copy, tagged, with its size and SHA-256

FLAC and MP3 files that keep their tags in front of the audio (most) are written in one pass
(labeldesk.export.front_copy). Any other file is copied once and tagged where it lies, through the
tagging package's format adapters (labeldesk.tagging.formats: which mutagen class and which
adapter; the adapter's apply_fields: which frames, keys and atoms); a WAV file is copied with its
RIFF INFO list already rewritten (labeldesk.tagging.riff_info), so that it, too, is copied once.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from labeldesk.errors import UserError
from labeldesk.export.audioinfo import isrc_of_tags
from labeldesk.export.copies import CopyInfo, MadeCopy, length_of, one_line
from labeldesk.export.front_copy import front_copy, layout_for_copy
from labeldesk.tagging import Cover, Fields, TaggingError, riff_info
from labeldesk.tagging.filecopy import hash_file_range
from labeldesk.tagging.formats import Format, sniff

ID3_VERSION = 4


def make_copy(source: Path, copy: Path, fields: Fields, cover: Callable[[], Cover | None]) -> MadeCopy:
    """Make `copy` (a new file in the private staging folder) of `source` with `fields` and the
    front cover `cover()` (None: no front cover; asked for as late as possible, since it may still
    be in the making). The source's format is told from its content; what is not audio labeldesk
    tags is refused before anything is copied. UserError (one line) for any failure."""
    fmt = _format_of(source)
    layout = layout_for_copy(source, fmt)
    if layout is not None:
        return front_copy(source, copy, fmt, layout, fields, cover)
    audio, info = _place(source, copy, fmt, fields)
    fields.cover = cover()
    with one_line(copy, fmt):
        fmt.family.apply_fields(audio, fields, leave_alone=fmt.family.SUPPORTED - {"cover"})
        if fmt.uses_id3:
            # several values stay several values (v23_sep=None), as the tagging package writes them
            audio.save(copy, v2_version=ID3_VERSION, v23_sep=None)
        else:
            audio.save(copy)
    del audio  # the tags of many files need not stay in memory
    size, digest = _size_and_hash(copy)
    return MadeCopy(info, size, digest)


def _format_of(source: Path) -> Format:
    try:
        return sniff(source)
    except TaggingError as exc:
        if not source.exists():
            raise UserError(f"missing source file: {source}") from None
        raise UserError(str(exc)) from None


def _place(source: Path, copy: Path, fmt: Format, fields: Fields):
    """Copy `source` to `copy`, load it and apply every field but the cover."""
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
    with one_line(copy, fmt):
        audio = fmt.mutagen_class(copy)
        info = CopyInfo(length_of(audio), isrc_of_tags(audio.tags))  # tagging keeps both as they are
        fmt.family.apply_fields(audio, fields, leave_alone={"cover"})
    return audio, info


def _size_and_hash(copy: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    try:
        fd = os.open(copy, os.O_RDONLY)
        try:
            size = hash_file_range(fd, 0, digest)
        finally:
            os.close(fd)
    except OSError as exc:
        raise UserError(f"cannot read back {copy.name}: {exc.strerror or exc}") from None
    return size, digest.hexdigest()
