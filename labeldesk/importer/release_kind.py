"""A release's kind (album, EP, single, compilation, soundtrack) from what its heading, format line, credits and
tracks say, and the 'Various Artists' names that mark a compilation.

Its own module because the kind is decided from the whole release, after its heading and tracks are read."""

from __future__ import annotations

import re

from labeldesk.importer.folding import fold
from labeldesk.importer.headings import is_soundtrack_subtitle
from labeldesk.importer.lines import Line
from labeldesk.model import Credit


VARIOUS = re.compile(r"^(?:various(?:\s+artists)?|v\.?\s?a\.?|artistes\s+divers|varios\s+artistas|artisti\s+vari|"
                      r"verschiedene(?:\s+k[üu]nstler)?|v[áa]rios\s+artistas)$", re.I)


# "Format: 12\" EP / Digital", "Formato: CD single": the kind a format line states.
_FORMAT_LINE = re.compile(r"^(?:formats?|formato|formatos|formaat|format[ey]|no[śs]nik|nosi[čc]|utgave|utgåva)\s*:"
                          r"(?P<value>.*)$", re.I)


_FORMAT_KIND = re.compile(r"\b(?P<kind>ep|single|maxi-single|maxi|mini-album|lp|album)\b", re.I)


def format_kind(release_lines: list[Line]) -> str | None:
    for line in release_lines:
        m = _FORMAT_LINE.match(line.text) if line.kind in ("other", "header", "chrome") else None
        if m:
            kind = _FORMAT_KIND.search(m.group("value"))
            if kind:
                word = kind.group("kind").lower()
                return {"maxi": "single", "maxi-single": "single", "lp": "album", "mini-album": "ep"}.get(word, word)
    return None


def release_kind(hint: str | None, subtitle: str | None, credits: list[Credit], artists: list[str],
                  tracks: list) -> str:
    if hint in ("ep", "single", "compilation"):
        return hint
    if any(VARIOUS.match(a) for a in artists):
        return "compilation"  # an "LP" of various artists is a compilation on an LP
    if hint == "album":
        return hint
    if hint == "soundtrack" or (subtitle and is_soundtrack_subtitle(subtitle)):
        return "soundtrack"
    if any(c.role in ("film_director", "cast", "screenwriter") for c in credits):
        return "soundtrack"
    track_artists = {fold(a) for t in tracks for a in t.artists}
    # guests featured on a few tracks do not make a compilation: most tracks name their own artist
    if len(track_artists) >= 3 and 2 * sum(1 for t in tracks if t.artists) >= len(tracks):
        return "compilation"
    return "album"
