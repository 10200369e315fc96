"""A library release's cover as exports and tagged files carry it, made once and kept in the library.

Making the player-size JPEG (decode, resample, encode) costs more than copying a whole album, and
the distributor's cover.jpg can cost as much again when the stored image is not already the JPEG a
distributor wants. Both are made the first time an export (or a tag run) needs them and kept beside
the cover (labeldesk.library.covers, cover_renditions); every later export only reads bytes. A new
cover drops them.

    export_cover(lib, release_id, cover_size, player_size) -> ExportCover | None
    player_jpeg(lib, release_id, side=1400) -> Cover | None      the JPEG embedded in audio files
"""

from __future__ import annotations

from labeldesk.export.cover import (
    ExportCover,
    PreparedCover,
    cover_remarks,
    distributor_cover,
    image_dimensions,
    player_cover,
)
from labeldesk.library.covers import (
    CoverRendition,
    StoredCover,
    cover_rendition,
    get_cover,
)
from labeldesk.tagging import Cover

PLAYER = "player"
DISTRIBUTOR = "distributor"
PLAYER_SIDE = 1400


def export_cover(lib, release_id: int, cover_size: int, player_size: int = PLAYER_SIDE,
                 stored: StoredCover | None = None) -> ExportCover | None:
    """The release's covers for an export (cover.jpg at most `cover_size` px a side, the embedded
    one at most `player_size`); None when it has no cover. UserError for an image that cannot be
    used (and then nothing is kept)."""
    if stored is None:
        stored = get_cover(lib, release_id)
        if stored is None:
            return None
    player = _player(lib, release_id, player_size, stored)
    big = cover_rendition(lib, release_id, DISTRIBUTOR, cover_size,
                          lambda s: _rendition(distributor_cover(s.image, cover_size)[0]), stored)
    width, height = (stored.width, stored.height) if stored.width and stored.height else image_dimensions(stored.image)
    return ExportCover(_prepared(player, stored), _prepared(big, stored), tuple(cover_remarks(width, height, cover_size)))


def player_jpeg(lib, release_id: int, side: int = PLAYER_SIDE) -> Cover | None:
    """The release's cover as audio files carry it: a JPEG at most `side` px a side (the same one
    an export embeds); None when the release has no cover."""
    stored = get_cover(lib, release_id)
    if stored is None:
        return None
    return Cover(_player(lib, release_id, side, stored).data(stored), "image/jpeg")


def _player(lib, release_id: int, side: int, stored: StoredCover) -> CoverRendition:
    return cover_rendition(lib, release_id, PLAYER, side, lambda s: _rendition(player_cover(s.image, side)), stored)


def _rendition(prepared: PreparedCover) -> CoverRendition:
    return CoverRendition(prepared.data, prepared.width, prepared.height)


def _prepared(rendition: CoverRendition, stored: StoredCover) -> PreparedCover:
    return PreparedCover(rendition.data(stored), rendition.width, rendition.height)
