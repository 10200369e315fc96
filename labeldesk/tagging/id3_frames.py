"""ID3v2.4 frames made, rendered and read back once per distinct frame, then reused.

The files of one release share most of their frames (album, artists, credits, notes); only a few
differ from track to track (title, number). Making a mutagen frame, rendering it and parsing it
back costs far more than the file's own writing; here each distinct frame pays that once. What is
cached is bytes (the rendered frame) and frames read back from bytes, so the result is the same
as rendering and reading the whole tag every time.
"""

from __future__ import annotations

import io
from functools import lru_cache
from types import SimpleNamespace

from mutagen import id3 as mutagen_id3

from labeldesk.tagging.fields import Fields
from labeldesk.tagging.id3 import FrameDescription, make_frame, read_fields

VERSION = 4  # ID3v2.3 goes the general way: its conversion joins frames (TMCL and TIPL into IPLS)
_KEPT = 1024  # frames; a release's shared ones stay, each track's own pass through
_LARGEST_KEPT = 64 * 1024  # bytes; a bigger frame (someone's picture) is read back, not kept


def header(size: int) -> bytes:
    """An ID3v2.4 tag header for `size` bytes of frames and padding."""
    return b"ID3\x04\x00\x00" + bytes((size >> shift) & 0x7F for shift in (21, 14, 7, 0))


def rendered(description: FrameDescription) -> bytes:
    """The frame as it is written (header included)."""
    try:
        return _rendered(description)
    except TypeError:  # a value that cannot be a cache key; render it anyway
        return _render(description)


@lru_cache(maxsize=_KEPT)
def _rendered(description: FrameDescription) -> bytes:
    return _render(description)


def _render(description: FrameDescription) -> bytes:
    tags = mutagen_id3.ID3()
    tags.add(make_frame(description))
    out = io.BytesIO()
    tags.save(out, v2_version=VERSION, padding=lambda info: 0)
    return out.getvalue()[10:]


def read_back(frames: list[bytes]) -> Fields:
    """The fields a reader finds in a tag made of `frames` (each the bytes of one or more frames)."""
    tags = mutagen_id3.ID3()
    for chunk in frames:
        for frame in parsed(chunk):
            tags.add(frame)
    return read_fields(SimpleNamespace(tags=tags))


def parsed(chunk: bytes) -> tuple:
    """The frames in `chunk` (the bytes of ID3v2.4 frames) as mutagen reads them. The same bytes
    give the same frame objects: they are shared, and must only be read."""
    return _parsed(chunk) if len(chunk) <= _LARGEST_KEPT else _parse(chunk)


@lru_cache(maxsize=_KEPT)
def _parsed(chunk: bytes) -> tuple:
    # shared between files and threads: only ever read (read_fields), never changed
    return _parse(chunk)


def _parse(chunk: bytes) -> tuple:
    return tuple(mutagen_id3.ID3(io.BytesIO(header(len(chunk)) + chunk)).values())


def cache_clear() -> None:
    _rendered.cache_clear()
    _parsed.cache_clear()


def frame_ends(data: bytes, start: int, end: int) -> list[int] | None:
    """Where each ID3v2.4 frame from `start` ends, read from the frame headers up to `end` or the
    padding (a zero byte where a frame would start); None when a header is not a frame's, or a
    frame runs past `end`."""
    ends = []
    at = start
    while at < end and data[at] != 0:
        frame_id = data[at:at + 4]
        if len(frame_id) < 4 or not all(48 <= c <= 57 or 65 <= c <= 90 for c in frame_id):
            return None
        at += 10 + _syncsafe(data[at + 4:at + 8])
        if at > end:
            return None
        ends.append(at)
    return ends


def _syncsafe(data: bytes) -> int:
    value = 0
    for byte in data:
        value = (value << 7) | (byte & 0x7F)
    return value
