"""The front cover as it goes into FLAC and MP3 files, rendered once and shared by every file of a batch.

A batch gives every track the same cover; its FLAC picture block and its ID3 APIC frame are the
same bytes in every file. They are made (and read back, to check them) once per cover, so a file's
own write neither copies nor re-reads the image.
"""

from __future__ import annotations

import hashlib
import io
from functools import lru_cache

from mutagen import id3 as mutagen_id3
from mutagen.flac import Picture
from mutagen.id3 import Encoding, PictureType

from labeldesk.tagging.errors import TaggingError
from labeldesk.tagging.fields import Cover

DESCRIPTION = "Front cover"
_MAX_BLOCK = (1 << 24) - 1
# a few covers at most: one batch has one, and the cache must not keep many images alive
_KEPT = 4


@lru_cache(maxsize=_KEPT)
def flac_picture_block(cover: Cover) -> bytes:
    """A FLAC PICTURE metadata block (header included, not marked last) holding the front cover."""
    from labeldesk.tagging.vorbis import _dimensions

    picture = Picture()
    picture.type = PictureType.COVER_FRONT
    picture.mime = cover.mime
    picture.desc = DESCRIPTION
    picture.data = cover.data
    picture.width, picture.height, picture.depth = _dimensions(cover.data)
    data = picture.write()
    if len(data) > _MAX_BLOCK:
        raise TaggingError(None, "the cover is too large for a FLAC metadata block (over 16 MB)")
    block = bytes([picture.code]) + len(data).to_bytes(3, "big") + data
    back = Picture(block[4:])
    if (back.type, back.mime, back.data) != (PictureType.COVER_FRONT, cover.mime, cover.data):
        raise TaggingError(None, "the cover does not read back as written")
    return block


@lru_cache(maxsize=_KEPT)
def id3_picture_frame(cover: Cover, version: int) -> bytes:
    """An ID3v2.`version` APIC frame (header included) holding the front cover."""
    tags = mutagen_id3.ID3()
    # a description of its own keeps the frame from clashing with another picture's key
    tags.add(mutagen_id3.APIC(encoding=Encoding.UTF8, mime=cover.mime, type=PictureType.COVER_FRONT,
                              desc=DESCRIPTION, data=cover.data))
    if version == 3:
        tags.update_to_v23()
    out = io.BytesIO()
    tags.save(out, v2_version=version, padding=lambda info: 0)
    tag = out.getvalue()
    back = mutagen_id3.ID3(io.BytesIO(tag)).getall("APIC")
    if len(back) != 1 or (back[0].type, back[0].mime, back[0].data) != (PictureType.COVER_FRONT, cover.mime,
                                                                        cover.data):
        raise TaggingError(None, "the cover does not read back as written")
    return tag[10:]


@lru_cache(maxsize=_KEPT)
def digest_after(*pieces: bytes):
    """The SHA-256 state after `pieces` (a tag header and the cover's frame): files that start with
    the same bytes hash them once. Callers copy() it; it is never updated."""
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(piece)
    return digest


def cache_clear() -> None:
    for cached in (flac_picture_block, id3_picture_frame, digest_after):
        cached.cache_clear()
