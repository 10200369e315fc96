"""MP4 / M4A (AAC and ALAC): iTunes atoms, and com.apple.iTunes freeform atoms where iTunes has none."""

from __future__ import annotations

import re
from collections.abc import Collection

from mutagen.mp4 import AtomDataType, MP4Cover, MP4FreeForm

from labeldesk.tagging.fields import Cover, Fields, first

ATOMS = {
    "title": "©nam", "album": "©alb", "artists": "©ART", "album_artists": "aART", "composers": "©wrt",
    "date": "©day", "genre": "©gen", "liner_notes": "©cmt",
}
FREEFORM_PREFIX = "----:com.apple.iTunes:"
FREEFORM = {
    "lyricists": "LYRICIST", "conductors": "CONDUCTOR", "arrangers": "ARRANGER", "engineers": "ENGINEER",
    "mixers": "MIXER", "producers": "PRODUCER", "label": "LABEL", "catalog_number": "CATALOGNUMBER",
    "barcode": "BARCODE", "release_type": "MusicBrainz Album Type", "credits_text": "CREDITS",
    "performers": "PERFORMER",
}
SUPPORTED = frozenset(list(ATOMS) + list(FREEFORM) + ["track", "disc", "cover"])

_LISTS = {"artists", "album_artists", "composers", "lyricists", "conductors", "arrangers", "engineers",
          "mixers", "producers", "performers"}
_PERFORMER = re.compile(r"^(?P<name>.*\S)\s*\((?P<instrument>[^()]+)\)$")
_COVER_FORMATS = {"image/jpeg": MP4Cover.FORMAT_JPEG, "image/png": MP4Cover.FORMAT_PNG}


def read_fields(audio) -> Fields:
    fields = Fields()
    tags = audio.tags
    if tags is None:
        return fields
    for name, atom in ATOMS.items():
        values = [str(v) for v in tags.get(atom, []) if v]
        setattr(fields, name, values if name in _LISTS else first(values))
    for name, key in FREEFORM.items():
        values = [bytes(v).decode("utf-8", "replace") for v in tags.get(FREEFORM_PREFIX + key, [])]
        values = [v for v in values if v]
        if name == "performers":
            fields.performers = [_performer(v) for v in values]
        else:
            setattr(fields, name, values if name in _LISTS else first(values))
    for name, atom in (("track", "trkn"), ("disc", "disk")):
        pairs = tags.get(atom)
        if pairs and pairs[0][0]:
            number, total = pairs[0]
            setattr(fields, name, (number, total or None))
    covers = tags.get("covr", [])
    if covers:
        cover = covers[0]
        mime = "image/png" if cover.imageformat == MP4Cover.FORMAT_PNG else "image/jpeg"
        fields.cover = Cover(bytes(cover), mime)
    return fields


def apply_fields(audio, fields: Fields, leave_alone: Collection[str] = ()) -> None:
    if audio.tags is None:
        audio.add_tags()
    tags = audio.tags
    owned = SUPPORTED - set(leave_alone)
    for name, atom in ATOMS.items():
        if name in owned:
            value = fields.get(name)
            _set(tags, atom, [v for v in (value if isinstance(value, list) else [value]) if v])
    if "genre" in owned:
        tags.pop("gnre", None)  # the old numeric genre atom would contradict ©gen
    for name, key in FREEFORM.items():
        if name not in owned:
            continue
        value = fields.get(name)
        if name == "performers":
            value = [f"{n} ({i})" if i else n for n, i in value]
        values = [v for v in (value if isinstance(value, list) else [value]) if v]
        _set(tags, FREEFORM_PREFIX + key,
             [MP4FreeForm(v.encode("utf-8"), dataformat=AtomDataType.UTF8) for v in values])
    for name, atom in (("track", "trkn"), ("disc", "disk")):
        if name in owned:
            pair = fields.get(name)
            _set(tags, atom, [(pair[0], pair[1] or 0)] if pair else [])
    if "cover" in owned:
        # covr has no picture types: the first image is the cover, so labeldesk's goes first
        others = list(tags.get("covr", []))[1:]
        new = []
        if fields.cover is not None:
            new = [MP4Cover(fields.cover.data, imageformat=_COVER_FORMATS.get(fields.cover.mime, MP4Cover.FORMAT_JPEG))]
        _set(tags, "covr", new + others if new else others)


def _performer(value: str) -> tuple[str, str | None]:
    match = _PERFORMER.match(value)
    return (match["name"], match["instrument"]) if match else (value, None)


def _set(tags, key: str, values: list) -> None:
    tags.pop(key, None)
    if values:
        tags[key] = values
