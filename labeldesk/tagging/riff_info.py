"""The RIFF INFO list of a WAV file (INAM, IPRD, IART …), for players that read nothing else.

mutagen does not write INFO, so the file is rebuilt chunk by chunk while it is copied: the INFO
list is replaced where it was (or put before the audio data), every other chunk is copied as it is,
and the RIFF size is set to what was written.
"""

from __future__ import annotations

import struct
from collections.abc import Collection

from labeldesk.tagging.fields import Fields
from labeldesk.tagging.filecopy import copy_range

# INFO id -> the field it shows; several values are joined, since an INFO item holds one string
INFO_FIELDS = {
    "INAM": "title", "IPRD": "album", "IART": "artists", "IMUS": "composers", "ICMT": "liner_notes",
    "IGNR": "genre", "ICRD": "date", "ITRK": "track",
}


# A CSET chunk (code page 65001) says the INFO text is UTF-8; without it readers such as
# exiftool take it for Latin-1.
UTF8_CSET = struct.pack("<4sI4H", b"CSET", 8, 65001, 0, 0, 0)


class RiffError(ValueError):
    pass


def info_values(fields: Fields, leave_alone: Collection[str] = ()) -> dict[str, str | None]:
    """The INFO items labeldesk owns -> their new text (None: remove the item)."""
    values: dict[str, str | None] = {}
    for info_id, name in INFO_FIELDS.items():
        if name in leave_alone:
            continue
        value = fields.get(name)
        if isinstance(value, list):
            value = "; ".join(v for v in value if v)
        elif isinstance(value, tuple):
            value = str(value[0])
        values[info_id] = value or None
    return values


def _chunks(f, size: int):
    """(id, header offset, data size) of each top-level chunk; the RIFF form is checked first."""
    f.seek(0)
    header = f.read(12)
    if len(header) < 12 or header[:4] != b"RIFF" or header[8:12] != b"WAVE":
        raise RiffError("not a RIFF WAVE file")
    riff_end = min(size, 8 + struct.unpack("<I", header[4:8])[0])
    offset = 12
    while offset + 8 <= riff_end:
        f.seek(offset)
        chunk_id, chunk_size = struct.unpack("<4sI", f.read(8))
        if offset + 8 + chunk_size > size:
            # a truncated or never-finished file: anything appended would land "inside" this chunk
            raise RiffError(f"the file is truncated: its {chunk_id.decode('latin-1')!r} chunk runs past the end")
        yield chunk_id, offset, chunk_size
        offset += 8 + chunk_size + (chunk_size & 1)


def _parse_info(data: bytes) -> list[tuple[bytes, bytes]]:
    items, offset = [], 4  # after the b"INFO" form type
    while offset + 8 <= len(data):
        item_id, item_size = struct.unpack("<4sI", data[offset:offset + 8])
        items.append((item_id, data[offset + 8:offset + 8 + item_size]))
        offset += 8 + item_size + (item_size & 1)
    return items


def _build_info(items: list[tuple[bytes, bytes]]) -> bytes:
    body = b"INFO"
    for item_id, value in items:
        body += struct.pack("<4sI", item_id, len(value)) + value + (b"\0" if len(value) & 1 else b"")
    return struct.pack("<4sI", b"LIST", len(body)) + body


def read_info(path) -> dict[str, str]:
    """The INFO items of a WAV file, as text."""
    with open(path, "rb") as f:
        size = f.seek(0, 2)
        for chunk_id, offset, chunk_size in _chunks(f, size):
            if chunk_id == b"LIST":
                f.seek(offset + 8)
                data = f.read(chunk_size)
                if data[:4] == b"INFO":
                    return {i.decode("latin-1"): v.rstrip(b"\0").decode("utf-8", "replace")
                            for i, v in _parse_info(data)}
    return {}


def copy_with_info(src, dst, values: dict[str, str | None]) -> None:
    """Write `src` (a WAV file open for reading) into `dst` with its INFO items set from `values`."""
    size = src.seek(0, 2)
    chunks = list(_chunks(src, size))
    existing: list[tuple[bytes, bytes]] = []
    info_at = None
    for index, (chunk_id, offset, chunk_size) in enumerate(chunks):
        if chunk_id == b"LIST":
            src.seek(offset + 8)
            data = src.read(chunk_size)
            if data[:4] == b"INFO":
                existing.extend(_parse_info(data))
                info_at = index if info_at is None else info_at
    if info_at is None:
        info_at = next((i for i, c in enumerate(chunks) if c[0] == b"data"), len(chunks))
    owned = {k.encode("latin-1") for k in values}
    items = [(i, v) for i, v in existing if i not in owned]
    items += [(k.encode("latin-1"), v.encode("utf-8") + b"\0") for k, v in values.items() if v]
    info = UTF8_CSET + _build_info(items) if items else b""

    dst.write(b"RIFF\0\0\0\0WAVE")
    for index, (chunk_id, offset, chunk_size) in enumerate(chunks):
        if index == info_at:
            dst.write(info)
        if chunk_id == b"CSET" or (chunk_id == b"LIST" and _is_info(src, offset)):
            continue  # both are written anew, together, where the INFO list goes
        length = 8 + chunk_size + (chunk_size & 1)
        copy_range(src, dst, offset, min(length, size - offset))
        if chunk_size & 1 and offset + length > size:
            dst.write(b"\0")  # a missing pad byte at the very end
    if info_at == len(chunks):
        dst.write(info)
    riff_size = dst.tell() - 8
    dst.seek(4)
    dst.write(struct.pack("<I", riff_size))
    dst.seek(0, 2)


def _is_info(f, offset: int) -> bool:
    f.seek(offset + 8)
    return f.read(4) == b"INFO"
