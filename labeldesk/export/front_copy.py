"""Tagged copies of FLAC and MP3 files made in one pass: the new tag region, then the audio.

These formats keep all their tags in front of the audio (labeldesk.tagging.front tells which files
do). Their copy is written as the new tag region, rendered in memory from the source's own tags
with the release's fields applied, followed by the source's audio copied by the kernel
(labeldesk.export.kernel_copy): the audio is never moved again to make room for a cover, and is
hashed once, block by block as it lands in the copy.

What all the files of an export share is made once: the cover's picture block and ID3 frame
(labeldesk.tagging.cover_frames), each distinct ID3 frame (labeldesk.tagging.id3_frames), and in
MP3, whose cover frame comes first, the hash of a tag header and the cover frame.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from labeldesk.errors import UserError
from labeldesk.export.audioinfo import isrc_of_tags
from labeldesk.export.copies import CopyInfo, MadeCopy, length_of, one_line
from labeldesk.export.kernel_copy import copy_hashing
from labeldesk.tagging import (
    Cover,
    Fields,
    cover_frames,
    front,
    id3,
    id3_frames,
    vorbis,
)
from labeldesk.tagging.formats import Format

PAGE = 4096
SPARE = 2048  # room left in the tags (padding) for a later edit without moving the audio
_STREAMINFO_END = 4 + 4 + 34  # "fLaC", the STREAMINFO header, its 34 bytes
_PADDING, _LAST = 1, 0x80


def layout_for_copy(source: Path, fmt: Format) -> front.Layout | None:
    """The source's tag region when it is a file this module copies (FLAC or MP3 with every tag
    in front), else None."""
    if fmt.name not in ("flac", "mp3"):
        return None
    try:
        return front.layout_of(str(source), fmt)
    except OSError:
        return None  # the general way says what is wrong with the file


def front_copy(source: Path, copy: Path, fmt: Format, layout: front.Layout, fields: Fields,
               cover: Callable[[], Cover | None]) -> MadeCopy:
    """Write `copy` (a new file in the private staging folder): the source's tags with `fields`
    and the front cover `cover()` (asked for once the rest of the tags are made: it may still be
    in the making), then the source's audio."""
    with one_line(copy, fmt):
        audio = front.load(str(source), fmt, layout)
        info = CopyInfo(length_of(audio), isrc_of_tags(audio.tags))  # the copy keeps both as they are
        if fmt.name == "flac":
            pieces = _flac_pieces(layout, audio, fields, cover())
        else:
            pieces = _mp3_pieces(audio, fields, cover())
    size, digest = _write(source, copy, pieces, layout.audio_start)
    return MadeCopy(info, size, digest)


@dataclass
class _Pieces:
    """The new tag region."""

    parts: list  # bytes-like, one after another from the start of the file
    digest: object  # the hash state after the first `hashed` parts
    hashed: int


def _flac_pieces(layout: front.Layout, audio, fields: Fields, cover: Cover | None) -> _Pieces:
    """"fLaC", STREAMINFO, the other blocks with the fields applied, padding, then the cover's
    picture block last (where the tagging package keeps it, so that a later tag run finds it)."""
    vorbis.apply_fields(audio, fields, leave_alone={"cover"})
    region = layout.region
    head = region[:4] + bytes([region[4] & 0x7F]) + region[5:_STREAMINFO_END]
    blocks = front.flac_blocks(audio, drop_front_covers=True)
    used = len(head) + len(blocks) + 4
    padding = -(-(used + SPARE) // PAGE) * PAGE - used
    parts = [head, blocks, bytes([_PADDING | (0 if cover else _LAST)]) + padding.to_bytes(3, "big"), bytes(padding)]
    if cover is not None:
        block = cover_frames.flac_picture_block(cover)
        parts += [bytes([block[0] | _LAST]), memoryview(block)[1:]]
    return _Pieces(parts, hashlib.sha256(), 0)


def _mp3_pieces(audio, fields: Fields, cover: Cover | None) -> _Pieces:
    """An ID3v2.4 tag: the cover frame first, then the source's frames that are not labeldesk's,
    then labeldesk's (each distinct one rendered once for all files), then padding. The padding
    rounds the frames after the cover to whole pages, so the files of a release start with the
    same header and cover frame, hashed once."""
    tags = audio.tags
    owned = id3.SUPPORTED
    wanted = id3.frame_descriptions(fields, owned, id3.kept_involvements(tags, owned))
    id3.remove_owned(tags, owned)  # the front cover too
    frames = [front.id3_tag(audio, id3_frames.VERSION)[10:]] if len(tags) or getattr(tags, "unknown_frames", None) else []
    frames += [id3_frames.rendered(description) for description in wanted]
    rest = b"".join(frames)
    picture = cover_frames.id3_picture_frame(cover, id3_frames.VERSION) if cover is not None else b""
    room = -(-(len(rest) + SPARE) // PAGE) * PAGE
    header = id3_frames.header(len(picture) + room)
    return _Pieces([header, picture, rest, bytes(room - len(rest))], cover_frames.digest_after(header, picture).copy(), 2)


def _write(source: Path, copy: Path, pieces: _Pieces, audio_start: int) -> tuple[int, str]:
    """Write the pieces and the source's audio into the new file `copy`; its size and SHA-256."""
    try:
        src = os.open(source, os.O_RDONLY)
    except FileNotFoundError:
        raise UserError(f"missing source file: {source}") from None
    except OSError as exc:
        raise UserError(f"cannot read {source}: {exc.strerror or exc}") from None
    try:
        length = os.fstat(src).st_size - audio_start
        try:
            dst = os.open(copy, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
        except OSError as exc:
            raise UserError(f"cannot write {copy.name} in the export folder: {exc.strerror or exc}") from None
        try:
            at = _write_parts(dst, pieces.parts)
            digest = pieces.digest
            for part in pieces.parts[pieces.hashed:]:
                digest.update(part)
            if copy_hashing(src, dst, audio_start, at, length, digest) != length:
                raise UserError(f"{source} changed while it was being copied")
            return at + length, digest.hexdigest()
        except OSError as exc:
            raise UserError(f"cannot write {copy.name} in the export folder: {exc.strerror or exc}") from None
        finally:
            os.close(dst)
    finally:
        os.close(src)


def _write_parts(fd: int, parts: list, at: int = 0) -> int:
    """Write the parts one after another from `at`; where they end."""
    for part in parts:
        view = memoryview(part)
        while view:
            done = os.pwrite(fd, view, at)
            view, at = view[done:], at + done
    return at
