"""Which audio format a file is, told from its content (never its name), and the adapter for it."""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from types import ModuleType

from mutagen.aiff import AIFF
from mutagen.flac import FLAC
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis
from mutagen.wave import WAVE

from labeldesk.tagging import id3, mp4, vorbis
from labeldesk.tagging.errors import TaggingError


@dataclass(frozen=True)
class Format:
    name: str  # "mp3", "flac", "ogg", "opus", "m4a", "wav", "aiff"
    description: str
    mutagen_class: type
    family: ModuleType  # the tag adapter: id3, vorbis or mp4

    @property
    def uses_id3(self) -> bool:
        return self.family is id3


FORMATS = {f.name: f for f in (
    Format("mp3", "MP3", MP3, id3),
    Format("flac", "FLAC", FLAC, vorbis),
    Format("ogg", "Ogg Vorbis", OggVorbis, vorbis),
    Format("opus", "Opus", OggOpus, vorbis),
    Format("m4a", "MPEG-4 audio (AAC or ALAC)", MP4, mp4),
    Format("wav", "WAV", WAVE, id3),
    Format("aiff", "AIFF", AIFF, id3),
)}

_HEAD = 64


def id3_size(head: bytes) -> int:
    """Length of an ID3v2 tag starting at head[0], header and footer included."""
    size = 0
    for byte in head[6:10]:
        size = (size << 7) | (byte & 0x7F)
    return 10 + size + (10 if head[5] & 0x10 else 0)


def sniff(path: str | os.PathLike[str]) -> Format:
    """The format of the file at `path`, from its first bytes; TaggingError when it is not one of ours."""
    try:
        with open(path, "rb") as f:
            head = f.read(_HEAD)
            if head[:3] == b"ID3" and len(head) >= 10:
                # an ID3 tag in front of FLAC data happens; what follows the tag decides
                f.seek(id3_size(head))
                if f.read(4) == b"fLaC":
                    return FORMATS["flac"]
                return FORMATS["mp3"]  # mutagen then finds (or fails to find) the MPEG frames
    except OSError as exc:
        raise TaggingError(path, exc.strerror or str(exc)) from None
    if head[:4] == b"fLaC":
        return FORMATS["flac"]
    if head[:4] == b"OggS":
        if head[28:35] == b"\x01vorbis":
            return FORMATS["ogg"]
        if head[28:36] == b"OpusHead":
            return FORMATS["opus"]
        raise TaggingError(path, "an Ogg file, but neither Vorbis nor Opus")
    if head[4:8] == b"ftyp":
        return FORMATS["m4a"]
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return FORMATS["wav"]
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return FORMATS["aiff"]
    if len(head) >= 4 and _is_mpeg_sync(head) and _plausible_mpeg_header(head):
        return FORMATS["mp3"]
    if not head:
        raise TaggingError(path, "the file is empty")
    raise TaggingError(path, "not an audio file labeldesk can tag (MP3, FLAC, Ogg Vorbis, Opus, M4A, WAV, AIFF)")


def _is_mpeg_sync(data: bytes) -> bool:
    return data[0] == 0xFF and data[1] & 0xE0 == 0xE0


def _plausible_mpeg_header(head: bytes) -> bool:
    (word,) = struct.unpack(">I", head[:4])
    version, layer = (word >> 19) & 3, (word >> 17) & 3
    bitrate, rate = (word >> 12) & 0xF, (word >> 10) & 3
    return version != 1 and layer != 0 and bitrate not in (0, 0xF) and rate != 3
