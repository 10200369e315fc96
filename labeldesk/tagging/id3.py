"""ID3v2 (MP3, and the ID3 chunk of WAV and AIFF): fields <-> frames, following Picard's mapping."""

from __future__ import annotations

from collections.abc import Collection

from mutagen import id3
from mutagen.id3 import Encoding, PictureType

from labeldesk.tagging.fields import Cover, Fields, first, number_pair_text, parse_number_pair
from labeldesk.tagging.languages import to_639_1, to_639_2

# field -> the plain text frame that carries it (several strings for several values)
TEXT_FRAMES = {
    "title": "TIT2", "album": "TALB", "artists": "TPE1", "album_artists": "TPE2", "composers": "TCOM",
    "lyricists": "TEXT", "conductors": "TPE3", "label": "TPUB", "date": "TDRC", "genre": "TCON",
}
# field -> TXXX description
TXXX_FIELDS = {
    "catalog_number": "CATALOGNUMBER", "barcode": "BARCODE", "release_type": "MusicBrainz Album Type",
    "credits_text": "CREDITS",
}
# field -> the TIPL role (involved people); other roles in a TIPL frame are not ours and stay
TIPL_ROLES = {"arrangers": "arranger", "engineers": "engineer", "mixers": "mix", "producers": "producer"}
# TMCL role for a performer credited without an instrument (Picard writes the same)
NO_INSTRUMENT = ""
# ID3v2.3 has one IPLS frame for both lists (mutagen reads it as TIPL); a role that is none of
# these involvements is a performer's instrument
INVOLVEMENTS = {"arranger", "engineer", "mix", "producer", "dj-mix"}

SUPPORTED = frozenset(
    list(TEXT_FRAMES) + list(TXXX_FIELDS) + list(TIPL_ROLES)
    + ["performers", "track", "disc", "liner_notes", "liner_notes_language", "cover"]
)


def read_fields(audio) -> Fields:
    """The fields in the ID3 tag of an MP3, WAV or AIFF file loaded by mutagen."""
    fields = Fields()
    tags = audio.tags
    if tags is None:
        return fields
    for name, frame_id in TEXT_FRAMES.items():
        frame = tags.get(frame_id)
        if frame is None:
            continue
        values = frame.genres if frame_id == "TCON" else [str(v) for v in frame.text]
        values = [v for v in values if v]
        setattr(fields, name, values if name in _LISTS else first(values))
    for name, desc in TXXX_FIELDS.items():
        frame = _find_txxx(tags, desc)
        if frame is not None:
            setattr(fields, name, first([str(v) for v in frame.text]))
    for frame in tags.getall("TMCL"):
        for role, person in frame.people:
            fields.performers.append((person, role or None))
    for frame in tags.getall("TIPL"):
        for role, person in frame.people:
            for name, tipl_role in TIPL_ROLES.items():
                if role.casefold() == tipl_role:
                    getattr(fields, name).append(person)
            if _is_v23_performer(tags, role):
                fields.performers.append((person, role or None))
    if "TRCK" in tags:
        fields.track = parse_number_pair(str(tags["TRCK"]))
    if "TPOS" in tags:
        fields.disc = parse_number_pair(str(tags["TPOS"]))
    comment = next((f for f in tags.getall("COMM") if f.desc == ""), None)
    if comment is not None:
        fields.liner_notes = "\n".join(str(v) for v in comment.text) or None
        fields.liner_notes_language = to_639_1(comment.lang)
    picture = next((f for f in tags.getall("APIC") if f.type == PictureType.COVER_FRONT), None)
    if picture is not None:
        fields.cover = Cover(bytes(picture.data), picture.mime or "image/jpeg")
    return fields


_LISTS = {"artists", "album_artists", "composers", "lyricists", "conductors"}


def apply_fields(audio, fields: Fields, leave_alone: Collection[str] = ()) -> None:
    """Set every owned frame from `fields`; owned frames without a value are removed."""
    if audio.tags is None:
        audio.add_tags()
    tags = audio.tags
    owned = SUPPORTED - set(leave_alone)
    wanted = frame_descriptions(fields, owned, kept_involvements(tags, owned))
    remove_owned(tags, owned)
    for description in wanted:
        tags.add(make_frame(description))
    if "cover" in owned:
        _apply_cover(tags, fields.cover)


# A frame to write is first described by a plain, hashable tuple: ("text", frame id, values),
# ("txxx", description, value), ("TMCL", people), ("TIPL", people) or ("COMM", language, text).
# Files of one release share most of their frames; the tuple lets each distinct frame be made,
# rendered and read back once (labeldesk.tagging.id3_frames).
FrameDescription = tuple


def frame_descriptions(fields: Fields, owned: Collection[str],
                       kept_people: list[tuple[str, str]] | None) -> list[FrameDescription]:
    """The frames the owned fields become (the cover apart), in writing order. `kept_people` are
    the involvements of a TIPL frame that are not ours (kept_involvements)."""
    out: list[FrameDescription] = []
    for name, frame_id in TEXT_FRAMES.items():
        if name in owned:
            value = fields.get(name)
            values = tuple(v for v in (value if isinstance(value, list) else [value]) if v)
            if values:
                out.append(("text", frame_id, values))
    for name, desc in TXXX_FIELDS.items():
        if name in owned and fields.get(name):
            out.append(("txxx", desc, fields.get(name)))
    if "performers" in owned and fields.performers:
        out.append(("TMCL", tuple((instrument or NO_INSTRUMENT, name) for name, instrument in fields.performers)))
    if kept_people is not None:
        people = tuple(kept_people) + tuple((role, person) for name, role in TIPL_ROLES.items() if name in owned
                                            for person in fields.get(name))
        if people:
            out.append(("TIPL", people))
    for name, frame_id in (("track", "TRCK"), ("disc", "TPOS")):
        if name in owned and fields.get(name):
            out.append(("text", frame_id, (number_pair_text(fields.get(name)),)))
    if "liner_notes" in owned and fields.liner_notes:
        out.append(("COMM", to_639_2(fields.liner_notes_language), fields.liner_notes))
    return out


def make_frame(description: FrameDescription) -> id3.Frame:
    kind = description[0]
    if kind == "text":
        return getattr(id3, description[1])(encoding=Encoding.UTF8, text=list(description[2]))
    if kind == "txxx":
        return id3.TXXX(encoding=Encoding.UTF8, desc=description[1], text=[description[2]])
    if kind in ("TMCL", "TIPL"):
        return getattr(id3, kind)(encoding=Encoding.UTF8, people=[list(pair) for pair in description[1]])
    if kind == "COMM":
        return id3.COMM(encoding=Encoding.UTF8, lang=description[1], desc="", text=[description[2]])
    raise ValueError(f"not a frame description: {description!r}")


def kept_involvements(tags: id3.ID3, owned: Collection[str]) -> list[tuple[str, str]] | None:
    """The (role, person) pairs of the TIPL frame that stay as they are (roles not ours); None when
    the TIPL frame is not touched at all."""
    ours = {role for name, role in TIPL_ROLES.items() if name in owned}
    if not ours and "performers" not in owned:
        return None
    return [(role, person) for frame in tags.getall("TIPL") for role, person in frame.people
            if role.casefold() not in ours and not ("performers" in owned and _is_v23_performer(tags, role))]


def remove_owned(tags: id3.ID3, owned: Collection[str]) -> None:
    """Remove every frame that holds an owned field (and the TIPL frame when it is rebuilt)."""
    for name, frame_id in TEXT_FRAMES.items():
        if name in owned:
            tags.delall(frame_id)
    for name, desc in TXXX_FIELDS.items():
        if name in owned:
            while (frame := _find_txxx(tags, desc)) is not None:
                tags.delall(frame.HashKey)
    if "performers" in owned:
        tags.delall("TMCL")
    if "performers" in owned or any(name in owned for name in TIPL_ROLES):
        tags.delall("TIPL")
    for name, frame_id in (("track", "TRCK"), ("disc", "TPOS")):
        if name in owned:
            tags.delall(frame_id)
    if "liner_notes" in owned:
        for frame in [f for f in tags.getall("COMM") if f.desc == ""]:
            tags.delall(frame.HashKey)
    if "cover" in owned:
        for frame in [f for f in tags.getall("APIC") if f.type == PictureType.COVER_FRONT]:
            tags.delall(frame.HashKey)


def _apply_cover(tags: id3.ID3, cover: Cover | None) -> None:
    for frame in [f for f in tags.getall("APIC") if f.type == PictureType.COVER_FRONT]:
        tags.delall(frame.HashKey)
    if cover is not None:
        # a description of its own keeps the frame from clashing with another picture's key
        tags.add(id3.APIC(encoding=Encoding.UTF8, mime=cover.mime, type=PictureType.COVER_FRONT,
                          desc="Front cover", data=cover.data))


def _is_v23_performer(tags: id3.ID3, role: str) -> bool:
    return tags.version < (2, 4, 0) and role.casefold() not in INVOLVEMENTS


def _find_txxx(tags: id3.ID3, desc: str) -> id3.TXXX | None:
    wanted = desc.casefold()
    return next((f for f in tags.getall("TXXX") if f.desc.casefold() == wanted), None)
