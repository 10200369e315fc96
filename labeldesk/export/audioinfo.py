"""What an export reads back from an audio file: its length and, when tagged, its ISRC."""

from __future__ import annotations

import re
from pathlib import Path

import mutagen

_ISRC = re.compile(r"^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$")


def read_audio_info(path: Path) -> tuple[float | None, str | None]:
    """(duration in seconds, ISRC) of a file; None for what the file does not tell."""
    try:
        audio = mutagen.File(path)
    except (mutagen.MutagenError, OSError):
        return None, None
    if audio is None:
        return None, None
    length = getattr(audio.info, "length", None) or None
    return (round(length, 3) if length else None), isrc_of_tags(audio.tags)


def normalise_isrc(text: str | None) -> str | None:
    """"GB-AYE-12-00001" -> "GBAYE1200001"; None unless it has the ISRC shape."""
    if not text:
        return None
    compact = re.sub(r"[\s-]", "", text).upper()
    return compact if _ISRC.match(compact) else None


def isrc_of_tags(tags) -> str | None:
    """The ISRC in a file's tags as mutagen loaded them (ID3 TSRC, Vorbis ISRC, MP4 freeform)."""
    if not tags:
        return None
    for key in ("TSRC", "ISRC", "isrc", "----:com.apple.iTunes:ISRC"):
        try:
            value = tags.get(key)
        except (KeyError, ValueError, TypeError):
            continue
        if value is None:
            continue
        text = _first_text(value)
        if text:
            return normalise_isrc(text)
    return None


def _first_text(value) -> str | None:
    if hasattr(value, "text"):  # an ID3 frame
        value = value.text
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    if isinstance(value, bytes):  # an MP4 freeform atom
        value = value.decode("utf-8", errors="replace")
    return str(value) if value is not None else None
