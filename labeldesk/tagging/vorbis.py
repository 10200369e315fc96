"""Vorbis comments (FLAC, Ogg Vorbis, Opus): several values are several keys, never one joined string."""

from __future__ import annotations

import base64
import re
from collections.abc import Collection

from mutagen.flac import FLAC, Picture
from mutagen.id3 import PictureType

from labeldesk.tagging.fields import Cover, Fields, first, parse_number_pair

# field -> key, one value per key occurrence
KEYS = {
    "title": "TITLE", "album": "ALBUM", "artists": "ARTIST", "album_artists": "ALBUMARTIST",
    "composers": "COMPOSER", "lyricists": "LYRICIST", "conductors": "CONDUCTOR", "arrangers": "ARRANGER",
    "engineers": "ENGINEER", "mixers": "MIXER", "producers": "PRODUCER", "label": "LABEL",
    "catalog_number": "CATALOGNUMBER", "barcode": "BARCODE", "date": "DATE", "genre": "GENRE",
    "release_type": "RELEASETYPE", "liner_notes": "COMMENT", "credits_text": "CREDITS",
}
TRACK_KEYS = ("TRACKNUMBER", "TRACKTOTAL", "TOTALTRACKS")
DISC_KEYS = ("DISCNUMBER", "DISCTOTAL", "TOTALDISCS")
PICTURE_KEY = "METADATA_BLOCK_PICTURE"  # Ogg and Opus: a base64 FLAC picture block

SUPPORTED = frozenset(list(KEYS) + ["performers", "track", "disc", "cover"])

_PERFORMER = re.compile(r"^(?P<name>.*\S)\s*\((?P<instrument>[^()]+)\)$")


def read_fields(audio) -> Fields:
    fields = Fields()
    tags = audio.tags
    if tags is not None:
        values_of = _grouped(tags)
        for name, key in KEYS.items():
            values = [v for v in values_of.get(key, ()) if v]
            if name in _LISTS:
                setattr(fields, name, values)
            else:
                setattr(fields, name, first(values))
        for value in values_of.get("PERFORMER", ()):
            match = _PERFORMER.match(value)
            fields.performers.append((match["name"], match["instrument"]) if match else (value, None))
        fields.track = _pair(values_of, *TRACK_KEYS)
        fields.disc = _pair(values_of, *DISC_KEYS)
    picture = next((p for p in _pictures(audio) if p.type == PictureType.COVER_FRONT), None)
    if picture is not None:
        fields.cover = Cover(bytes(picture.data), picture.mime or "image/jpeg")
    return fields


def _grouped(tags) -> dict[str, list[str]]:
    """Every key's values, in one pass over the comment (mutagen searches the whole comment for each
    key asked for); keys are case-insensitive, so upper-cased."""
    grouped: dict[str, list[str]] = {}
    for key, value in tags:
        grouped.setdefault(key.upper(), []).append(value)
    return grouped


_LISTS = {"artists", "album_artists", "composers", "lyricists", "conductors", "arrangers", "engineers",
          "mixers", "producers"}


def apply_fields(audio, fields: Fields, leave_alone: Collection[str] = ()) -> None:
    """Set every owned key from `fields`; owned keys without a value are removed. Other keys stay
    where they are; the owned ones follow them, in KEYS order."""
    if audio.tags is None:
        audio.add_tags()
    tags = audio.tags
    owned = SUPPORTED - set(leave_alone)
    replaced: set[str] = set()
    ours: list[tuple[str, str]] = []
    for name, key in KEYS.items():
        if name in owned:
            value = fields.get(name)
            replaced.add(key)
            ours += [(key, v) for v in (value if isinstance(value, list) else [value]) if v]
    if "performers" in owned:
        replaced.add("PERFORMER")
        ours += [("PERFORMER", f"{n} ({i})" if i else n) for n, i in fields.performers]
    for name, (number_key, total_key, other_total_key) in (("track", TRACK_KEYS), ("disc", DISC_KEYS)):
        if name not in owned:
            continue
        pair = fields.get(name)
        replaced.update((number_key, total_key, other_total_key))
        if pair:
            ours.append((number_key, str(pair[0])))
            if pair[1]:
                ours += [(total_key, str(pair[1])), (other_total_key, str(pair[1]))]
    # one new list rather than a delete and an append per key (each a search of the whole comment)
    tags[:] = [(k, v) for k, v in tags if k.upper() not in replaced] + ours
    if "cover" in owned:
        _apply_cover(audio, fields.cover)


def _apply_cover(audio, cover: Cover | None) -> None:
    new = None
    if cover is not None:
        new = Picture()
        new.type = PictureType.COVER_FRONT
        new.mime = cover.mime
        new.desc = "Front cover"
        new.data = cover.data
        new.width, new.height, new.depth = _dimensions(cover.data)
    if isinstance(audio, FLAC):
        # native PICTURE blocks, written after the VORBIS_COMMENT block; other picture types stay
        audio.metadata_blocks = [b for b in audio.metadata_blocks
                                 if not (isinstance(b, Picture) and b.type == PictureType.COVER_FRONT)]
        if new is not None:
            audio.add_picture(new)
        return
    kept = [v for v in audio.tags.get(PICTURE_KEY, []) if (_decode(v) or Picture()).type != PictureType.COVER_FRONT]
    if new is not None:
        kept.append(base64.b64encode(new.write()).decode("ascii"))
    _set(audio.tags, PICTURE_KEY, kept)


def _pictures(audio) -> list[Picture]:
    if isinstance(audio, FLAC):
        return list(audio.pictures)
    if audio.tags is None:
        return []
    return [p for p in (_decode(v) for v in audio.tags.get(PICTURE_KEY, [])) if p is not None]


def _decode(value: str) -> Picture | None:
    try:
        return Picture(base64.b64decode(value))
    except Exception:  # a damaged foreign picture is left in place and not read
        return None


def _dimensions(data: bytes) -> tuple[int, int, int]:
    from labeldesk.tagging.cover import image_size

    size = image_size(data)
    return (size[0], size[1], 24) if size else (0, 0, 0)


def _set(tags, key: str, values: list[str]) -> None:
    if key in tags:
        del tags[key]
    if values:
        tags[key] = values


def _pair(values_of: dict[str, list[str]], number_key: str, total_key: str, other_total_key: str):
    total = first(values_of.get(total_key, [])) or first(values_of.get(other_total_key, []))
    return parse_number_pair(first(values_of.get(number_key, [])), total)
