"""Files whose tags all sit in front of the audio: FLAC (metadata blocks) and MP3 (an ID3v2 tag, none
at the end). Their new tag region is rendered in memory and checked there, then written:

- in place, when one small write can switch the file from the old tags to the new ones, so that a
  process killed at any moment leaves either the old file or the new one (a write that stays within
  one memory page is never cut short by a kill; a longer one can be, between pages);
- otherwise into a copy (new tag region, then the audio), renamed over the file (and, when the
  write is to be durable, synced to disk first).

FLAC in place: the new blocks go into padding, where no reader looks, and the 4-byte header of the
first block after STREAMINFO is then rewritten to make them the ones read: either as the first of
the new blocks (when they were written into padding at the front) or as a padding block spanning the
old blocks (when they were written into padding at the back). The front cover's PICTURE block comes
last, after the padding, and stays where it is while the cover stays the same: only the blocks in
front of it (the comment, mostly) are written anew. A copy gets padding as large as those blocks
plus room to spare, so the next write finds the space it needs; a file without that room (one made
by another program, say) is given it through a copy first.
MP3 in place: only when the new tag has the old one's size and every byte that differs lies within
one page.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Collection
from dataclasses import dataclass
from types import SimpleNamespace

from mutagen import id3 as mutagen_id3
from mutagen.flac import FLAC, Padding, Picture
from mutagen.id3 import Encoding, PictureType
from mutagen.mp3 import MPEGInfo

from labeldesk.tagging import cover_frames, filecopy, id3, id3_frames, vorbis
from labeldesk.tagging.errors import TaggingError
from labeldesk.tagging.fields import Cover, Fields
from labeldesk.tagging.beside import copy_beside
from labeldesk.tagging.fingerprint import content_digest, content_hash_value
from labeldesk.tagging.formats import FORMATS, Format, id3_size

PAGE = 4096  # the unit a kill cannot split (the kernel checks for a fatal signal between pages)
SPARE = 16 * 1024  # an MP3 tag's padding; in FLAC, room kept beyond two sets of blocks
_STREAMINFO_END = 4 + 4 + 34  # "fLaC", the STREAMINFO header, its 34 bytes
_PADDING, _LAST, _MAX_BLOCK = 1, 0x80, (1 << 24) - 1


@dataclass
class Block:
    offset: int  # of its 4-byte header
    code: int
    length: int  # of its data

    @property
    def data_start(self) -> int:
        return self.offset + 4

    @property
    def end(self) -> int:
        return self.offset + 4 + self.length


@dataclass
class Layout:
    """Where the tag region of a file ends and its audio starts; for FLAC, its metadata blocks."""

    audio_start: int
    blocks: list[Block]  # FLAC only: every block after STREAMINFO
    region: bytes  # every byte before the audio: FLAC's "fLaC" and metadata blocks, MP3's ID3v2 tag


def layout_of(path: str, fmt: Format) -> Layout | None:
    """The front tag region, or None when the file is not one this module writes (an ID3 tag in
    front of FLAC, tags at the end of an MP3, an unusual layout): those take the general way."""
    with open(path, "rb") as f:
        head = f.read(10)
        if fmt.name == "mp3":
            end = 0  # no tag yet: the new one goes in front of the audio
            if head[:3] == b"ID3":
                if len(head) < 10 or head[3] not in (3, 4) or head[5] & 0xF0:
                    return None  # an old version, or unsynchronised/extended/footer flags
                end = id3_size(head)
            size = f.seek(0, 2)
            for tail_at, marker in ((size - 128, b"TAG"), (size - 32, b"APETAGEX")):
                if tail_at >= end:
                    f.seek(tail_at)
                    if f.read(len(marker)) == marker:
                        return None
            if end > size:
                return None
            f.seek(0)
            return Layout(end, [], f.read(end))
        if fmt.name != "flac" or len(head) < 5 or head[:4] != b"fLaC" or head[4] & 0x7F != 0:
            return None
        f.seek(0)
        streaminfo = f.read(_STREAMINFO_END)
        if len(streaminfo) < _STREAMINFO_END or int.from_bytes(streaminfo[5:8], "big") != 34:
            return None
        blocks: list[Block] = []
        position, last = _STREAMINFO_END, bool(streaminfo[4] & _LAST)
        while not last:
            f.seek(position)
            header = f.read(4)
            if len(header) < 4:
                return None
            block = Block(position, header[0] & 0x7F, int.from_bytes(header[1:4], "big"))
            blocks.append(block)
            last, position = bool(header[0] & _LAST), block.end
        f.seek(0)
        region = f.read(position)  # read once: parsed from here, and hashed from here after a write
        if len(region) < position:
            return None
        return Layout(position, blocks, region)


# --- rendering and checking --------------------------------------------------------------------------


def flac_blocks(audio: FLAC, drop_front_covers: bool = False) -> bytes:
    """Every metadata block but STREAMINFO and padding (and front covers, when asked), with
    headers, none marked last."""
    out = bytearray()
    for block in audio.metadata_blocks[1:]:
        if isinstance(block, Padding):
            continue
        if drop_front_covers and isinstance(block, Picture) and block.type == PictureType.COVER_FRONT:
            continue
        data = block.write()
        if len(data) > _MAX_BLOCK:
            raise TaggingError(None, "a metadata block is too large for FLAC (a cover over 16 MB?)")
        out += bytes([block.code]) + len(data).to_bytes(3, "big") + data
    return bytes(out)


def _padding_block(length: int, last: bool = True) -> bytes:
    return bytes([_PADDING | (_LAST if last else 0)]) + length.to_bytes(3, "big")


def id3_tag(audio, id3_version: int) -> bytes:
    """The ID3v2 tag mutagen makes of `audio.tags`, without padding."""
    if id3_version == 3:
        audio.tags.update_to_v23()  # TMCL and TIPL become one IPLS frame, TDRC becomes TYER
    out = io.BytesIO()
    # several values stay several values in ID3v2.3 too (NUL-separated, not joined with "/")
    audio.tags.save(out, v2_version=id3_version, v23_sep=None, padding=lambda info: 0)
    return out.getvalue()


def check(path: str, fmt: Format, head: bytes, fields: Fields, names: Collection[str]) -> None:
    """Read the rendered tag region back (in memory) as a reader would; it must hold `fields`."""
    try:
        if fmt.name == "flac":
            found = vorbis.read_fields(FLAC(io.BytesIO(head)))
        else:
            found = id3.read_fields(SimpleNamespace(tags=mutagen_id3.ID3(io.BytesIO(head))))
    except Exception as exc:
        raise TaggingError(path, f"the new tags do not read back ({type(exc).__name__}: {exc}); "
                                 "the file was left as it was") from None
    _check_fields(path, found, fields, names)


# --- writing ------------------------------------------------------------------------------------------


@dataclass
class Written:
    in_place: bool  # False: through a copy renamed over the file (the directory holds the change)
    content_hash: str | None  # of the whole file as written, when asked for (labeldesk.tagging.fingerprint)


def load(path: str, fmt: Format, layout: Layout, cover: Cover | None = None, id3_version: int = 4):
    """The file's tags as mutagen reads them, parsed from the region already in memory.

    When the file holds the very picture block or frame `cover` would be written as (the last
    FLAC block, the first ID3 frame: where labeldesk puts it), the tags are read without it and it
    is put back from `cover`: the image is neither copied nor parsed again. The MPEG audio is still
    checked to be there, as mutagen's MP3 does."""
    if fmt.name == "flac":
        return _load_flac(layout, cover)
    region, same_cover = _without_cover_frame(layout.region, cover)
    tags = _id3_tags(region, shared=id3_version == 4) if region else mutagen_id3.ID3()
    if same_cover:
        tags.add(mutagen_id3.APIC(encoding=Encoding.UTF8, mime=cover.mime, type=PictureType.COVER_FRONT,
                                  desc=cover_frames.DESCRIPTION, data=cover.data))
    with open(path, "rb") as f:
        info = MPEGInfo(f, layout.audio_start)  # refuses a file without MPEG audio
    return SimpleNamespace(tags=tags, info=info)


def _load_flac(layout: Layout, cover: Cover | None) -> FLAC:
    kept_at = _kept_from(layout, cover_frames.flac_picture_block(cover)) if cover is not None else None
    if kept_at is None:
        return FLAC(io.BytesIO(layout.region))
    trimmed = bytearray(layout.region[:kept_at])  # the picture and any padding after it left out
    before = [b for b in layout.blocks if b.end <= kept_at]
    trimmed[before[-1].offset if before else 4] |= _LAST  # the block before the picture ends the metadata now
    audio = FLAC(io.BytesIO(trimmed))
    picture = Picture()
    picture.type, picture.mime, picture.desc = PictureType.COVER_FRONT, cover.mime, cover_frames.DESCRIPTION
    picture.data = cover.data
    audio.metadata_blocks.append(picture)
    return audio


# frames that may come from the cache of frames read once: text and a few plain others. Not
# pictures, chapters and the like, which mutagen adjusts after reading a whole tag; it rewrites a
# genre's text too, but reads the same genres from either, and labeldesk rewrites the genre itself.
_PLAIN_FRAMES = frozenset({"COMM", "PRIV", "UFID", "WXXX"})


def _id3_tags(region: bytes, shared: bool) -> mutagen_id3.ID3:
    """The tag in `region`. An ID3v2.4 tag of plain frames is read frame by frame, each distinct
    frame parsed once (id3_frames) — then its frames are shared, so only when `shared` (nothing
    will change them: an ID3v2.3 write converts frames in place); anything else by mutagen whole."""
    ends = id3_frames.frame_ends(region, 10, len(region)) if shared and region[3] == 4 and region[5] == 0 else None
    if ends:
        tags = mutagen_id3.ID3()
        start = 10
        for end in ends:
            frame_id = region[start:start + 4].decode("ascii")
            if not (frame_id[0] == "T" or frame_id in _PLAIN_FRAMES):
                break
            frames = id3_frames.parsed(region[start:end])
            if len(frames) != 1 or frames[0].HashKey in tags:
                break
            tags.add(frames[0])
            start = end
        else:
            return tags
    return mutagen_id3.ID3(io.BytesIO(region))


def _without_cover_frame(region: bytes, cover: Cover | None) -> tuple[bytes, bool]:
    if cover is None or len(region) < 20 or region[3] not in (3, 4):
        return region, False
    frame = cover_frames.id3_picture_frame(cover, region[3])
    if not region.startswith(frame, 10):
        return region, False
    size = len(region) - 10 - len(frame)
    return region[:6] + bytes((size >> shift) & 0x7F for shift in (21, 14, 7, 0)) + region[10 + len(frame):], True


def write_front(path: str, st: os.stat_result, fmt: Format, layout: Layout, audio, fields: Fields,
                leave_alone: Collection[str], id3_version: int, *, durable: bool = False,
                want_hash: bool = False) -> Written:
    """Write `fields` into the file (`audio` is the file as loaded), in place when one small write
    can switch it, else through a copy renamed over it.

    The front cover is not rendered nor read back here: the same block or frame, made and checked
    once for the cover (cover_frames), goes into every file. `durable` syncs what was written to
    disk before the switch or the rename; `want_hash` gives the new file's content hash, from the
    bytes as they are written and the audio as it is copied, without reading the file again."""
    names = set(fmt.family.SUPPORTED) - set(leave_alone)
    ours = fields.cover if "cover" in names else None  # the cover this write puts in, rendered once
    checked = names - {"cover"} if ours is not None else names
    if fmt.name == "flac":
        return _write_flac(path, st, layout, audio, fields, names, checked, ours, durable, want_hash)
    if id3_version == 4:
        rest = b"".join(_id3_frames(path, audio, fields, names, checked))
        _check_framing(rest)
    else:
        rest = _id3v23_frames(path, fmt, audio, fields, names, checked)
    cover = cover_frames.id3_picture_frame(ours, id3_version) if ours is not None else b""
    used = len(cover) + len(rest)
    region = layout.region
    if 10 + used <= len(region):  # the old tag's room: in place, if one page is all that changes
        header = _id3_header(id3_version, len(region) - 10)
        new = b"".join([header, cover, rest, bytes(len(region) - 10 - used)])
        if _one_page_write(path, st, region, new, durable):
            if not want_hash:
                return Written(True, None)
            return Written(True, _hash_of(path, [new], layout.audio_start))
    # the padding rounded up: the tags of one release's files mostly have one size
    total = 10 + len(cover) + -(-(len(rest) + SPARE) // PAGE) * PAGE
    header = _id3_header(id3_version, total - 10)
    digest = _copy_with_head(path, st, [header, cover, rest, total - 10 - used], layout.audio_start,
                             durable=durable, want_hash=want_hash)
    return Written(False, digest)


def _id3_header(version: int, size: int) -> bytes:
    return b"ID3" + bytes([version, 0, 0]) + bytes((size >> shift) & 0x7F for shift in (21, 14, 7, 0))


def _check_framing(frames: bytes) -> None:
    """ID3v2.4 frames read back one by one: they must also be framed as one run of frames."""
    ends = id3_frames.frame_ends(frames, 0, len(frames))
    if ends is None or (ends[-1] if ends else 0) != len(frames):
        raise TaggingError(None, "the new tag is not framed as it should be; the file was left as it was")


def _write_flac(path: str, st: os.stat_result, layout: Layout, audio: FLAC, fields: Fields, names: set[str],
                checked: set[str], ours: Cover | None, durable: bool, want_hash: bool) -> Written:
    vorbis.apply_fields(audio, fields, (vorbis.SUPPORTED - names) | {"cover"})
    head = layout.region[:4] + bytes([layout.region[4] & 0x7F]) + layout.region[5:_STREAMINFO_END]
    blocks = flac_blocks(audio, drop_front_covers="cover" in names)
    check(path, FORMATS["flac"], head + blocks + _padding_block(0), fields, checked)
    tail = cover_frames.flac_picture_block(ours) if ours is not None else b""
    written = _flac_in_place(path, st, layout, blocks, tail, durable, want_hash)
    if written is not None:
        return written
    room = len(blocks) + 2 * SPARE
    digest = _copy_with_head(path, st, [head + blocks + _padding_block(room, last=not tail), room, *_as_last(tail)],
                             layout.audio_start, durable=durable, want_hash=want_hash)
    return Written(False, digest)


def _id3_frames(path: str, audio, fields: Fields, names: set[str], checked: set[str]) -> list[bytes]:
    """The frames of the new ID3v2.4 tag but the cover: the file's own frames that are not
    labeldesk's, rendered by mutagen, then labeldesk's, each rendered and read back once per
    distinct frame (id3_frames); the whole read back as fields, which must be `fields`."""
    tags = audio.tags
    wanted = id3.frame_descriptions(fields, names, id3.kept_involvements(tags, names))
    id3.remove_owned(tags, names)
    frames = [id3_tag(audio, 4)[10:]] if len(tags) or getattr(tags, "unknown_frames", None) else []
    frames += [id3_frames.rendered(description) for description in wanted]
    _check_fields(path, id3_frames.read_back(frames), fields, checked)
    return frames


def _id3v23_frames(path: str, fmt: Format, audio, fields: Fields, names: set[str], checked: set[str]) -> bytes:
    """The frames of the new ID3v2.3 tag but the cover, rendered and read back whole by mutagen."""
    id3.apply_fields(audio, fields, (id3.SUPPORTED - names) | {"cover"})
    if "cover" in names:
        for frame in [f for f in audio.tags.getall("APIC") if f.type == PictureType.COVER_FRONT]:
            audio.tags.delall(frame.HashKey)
    tag = id3_tag(audio, 3)
    check(path, fmt, tag, fields, checked)
    return tag[10:]


def _check_fields(path: str, found: Fields, fields: Fields, names: Collection[str]) -> None:
    from labeldesk.tagging.files import _differences

    wrong = _differences(found, fields, names)
    if wrong:
        raise TaggingError(path, "the tags did not read back as written ("
                           + ", ".join(name for name, _, _ in wrong) + "); the file was left as it was")


def _unchanged_since(path: str, st: os.stat_result) -> None:
    now = os.stat(path)
    if (now.st_size, now.st_mtime_ns) != (st.st_size, st.st_mtime_ns):
        raise TaggingError(path, "the file changed while it was being tagged; nothing was written")


def _hash_of(path: str, pieces: list, audio_start: int) -> str:
    """The content hash of the file whose bytes before `audio_start` are `pieces`, as just
    written: its audio read once."""
    digest = content_digest()
    for piece in pieces:
        digest.update(piece)
    fd = os.open(path, os.O_RDONLY)
    try:
        filecopy.hash_file_range(fd, audio_start, digest)
    finally:
        os.close(fd)
    return content_hash_value(digest)


def _as_last(block: bytes) -> list[bytes | memoryview]:
    """A block as the last one (its header's top bit set), in two pieces rather than one copy."""
    if not block:
        return []
    return [bytes([block[0] | _LAST]), memoryview(block)[1:]]


def _kept_from(layout: Layout, tail: bytes) -> int | None:
    """Where the blocks an in-place write leaves as they are begin: the file's last blocks, when
    they are `tail` (the cover's picture block), with nothing but padding after it; the audio when
    there is no `tail`. None when the file does not end with `tail`."""
    if not tail:
        return layout.audio_start
    real = [b for b in layout.blocks if b.code != _PADDING]
    if not real or real[-1].end - real[-1].offset != len(tail):
        return None
    block = real[-1]
    if layout.region[block.offset] & 0x7F != tail[0] or not layout.region.startswith(memoryview(tail)[1:],
                                                                                      block.offset + 1):
        return None
    return block.offset


def _flac_in_place(path: str, st: os.stat_result, layout: Layout, blocks: bytes, tail: bytes, durable: bool,
                   want_hash: bool) -> Written | None:
    """Switch the file to `blocks` followed by `tail` in place, when it ends with `tail` already and
    has the room; None otherwise (a copy then lays the file out afresh)."""
    end = _kept_from(layout, tail)
    if end is None or not blocks:
        return None
    before = [b for b in layout.blocks if b.end <= end]  # the blocks in front of what is kept
    # only while the file keeps room for the write after this one (the two sets of blocks side by
    # side); otherwise the copy lays the file out afresh with that room
    if not before or end - _STREAMINFO_END < 2 * len(blocks) + SPARE:
        return None
    first, last = before[0], before[-1]
    last_flag = not tail  # the padding after the new blocks ends the metadata unless blocks are kept after it
    # new blocks at the front: all but the first header written into the first block's padding,
    # then that header; a padding block after them covers the rest up to what is kept
    if first.code == _PADDING and len(blocks) <= first.length:
        tail_at = first.offset + len(blocks)
        rest = end - tail_at - 4
        if rest > _MAX_BLOCK:
            return None
        writes = ((first.data_start, blocks[4:] + _padding_block(rest, last=last_flag)), (first.offset, blocks[:4]),
                  (tail_at + 4, end))
    # new blocks at the back: written into the last padding block; the old ones become padding
    elif last.code == _PADDING and last is not first and len(blocks) + 4 <= last.length:
        at = last.data_start
        skip = at - first.data_start
        if skip > _MAX_BLOCK:
            return None
        writes = ((at, blocks + _padding_block(last.end - (at + len(blocks)) - 4, last=last_flag)),
                  (first.offset, _padding_block(skip, last=False)), (first.data_start, at))
    else:
        return None
    body, commit, dead = writes
    _switch(path, st, body, commit, dead, durable)
    if not want_hash:
        return Written(True, None)
    region = bytearray(layout.region)  # the file's region as it is now: the same three writes on it
    for offset, data in (body, commit):
        region[offset:offset + len(data)] = data
    region[dead[0]:dead[1]] = bytes(max(0, dead[1] - dead[0]))
    return Written(True, _hash_of(path, [region], layout.audio_start))


def _switch(path: str, st: os.stat_result, body: tuple[int, bytes], commit: tuple[int, bytes],
            dead: tuple[int, int], durable: bool) -> None:
    """Write `body` where no reader looks, then the one small write that makes it the file's tags,
    then clear what is no longer read (padding is zeros)."""
    _unchanged_since(path, st)
    fd = os.open(path, os.O_WRONLY)
    try:
        _pwrite_all(fd, body[1], body[0])
        if durable:
            os.fsync(fd)  # the new blocks are on disk before the write that makes them the ones read
        _pwrite_all(fd, commit[1], commit[0])  # 4 bytes within one page: the file switches here
        start, end = dead
        if end > start:
            _pwrite_all(fd, bytes(end - start), start)
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)


def _one_page_write(path: str, st: os.stat_result, old: bytes, new: bytes, durable: bool = False) -> bool:
    """Write `new` over `old` (same length, at the start of the file) if all that differs lies in one page."""
    if len(old) != len(new):
        return False
    page = memoryview(new)
    differing = [at for at in range(0, len(old), PAGE) if not old.startswith(page[at:at + PAGE], at)]
    if len(differing) > 1:
        return False
    if differing:
        at = differing[0]
        _unchanged_since(path, st)
        fd = os.open(path, os.O_WRONLY)
        try:
            _pwrite_all(fd, new[at:at + PAGE], at)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
    return True


def _pwrite_all(fd: int, data: bytes, offset: int) -> None:
    view = memoryview(data)
    while view:
        done = os.pwrite(fd, view, offset)
        view, offset = view[done:], offset + done


def _copy_with_head(path: str, st: os.stat_result, pieces: list, audio_start: int, *,
                    durable: bool = False, want_hash: bool = False) -> str | None:
    """A copy made of the new tag region (`pieces`: bytes, or a number of zero bytes) and the file's
    audio, renamed over the file; returns the copy's content hash when `want_hash`.

    Zeros are left unwritten, a hole the file system reads as zeros without storing them.
    `durable` syncs the copy to disk before the rename; without it a kill of the process still
    leaves the old file or the new one (the rename is atomic), and ext4 (auto_da_alloc) writes a file
    renamed over another out before the rename itself."""
    from labeldesk.tagging import files  # the module's own names, so that tests can reach each step

    with copy_beside(path) as (fd, temp):
        digest = content_digest() if want_hash else None
        with os.fdopen(fd, "r+b") as out, open(path, "rb") as src:
            for piece in pieces:
                if isinstance(piece, int):
                    out.seek(piece, os.SEEK_CUR)
                else:
                    out.write(piece)
                if digest is not None:
                    if isinstance(piece, int):
                        filecopy.hash_zeros(digest, piece)
                    else:
                        digest.update(piece)
            at = out.tell()
            expected = st.st_size - audio_start
            if digest is not None:
                copied = files.copy_hashing(src, out, audio_start, digest)
            else:
                copied = files.copy_range(src, out, audio_start)
            if copied != expected:
                raise TaggingError(path, "the audio could not be copied whole; the file was left as it was")
            out.truncate(at + expected)  # a hole stays part of the file even with no audio after it
            out.flush()
            os.fchmod(out.fileno(), stat.S_IMODE(st.st_mode))
            if durable:
                os.fsync(out.fileno())
        _unchanged_since(path, st)
        os.replace(temp, path)
    return content_hash_value(digest) if digest is not None else None


__all__ = ["Layout", "Written", "layout_of", "load", "write_front"]
