"""Names of the exported folder and files: safe on Windows, macOS and Linux, never a path.

A file-name template is parsed here, never evaluated: only the whitelisted field names and plain
width/fill/alignment format specs are accepted, so a title or a template cannot reach attributes,
indexes or anything else of the running program.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from labeldesk.errors import UserError
from labeldesk.model.release import Release, Track

DEFAULT_TEMPLATE = "{disc}-{track:02} {title}"
MAX_COMPONENT_BYTES = 120

# Characters that Windows refuses in a name (and "/" everywhere); control characters separately.
_FORBIDDEN = set('\\/:*?"<>|')
# Device names Windows reserves, with or without an extension, in any case.
_RESERVED = (
    {"con", "prn", "aux", "nul", "conin$", "conout$", "clock$"}
    | {f"com{d}" for d in "0123456789¹²³"}
    | {f"lpt{d}" for d in "0123456789¹²³"}
)

TEMPLATE_FIELDS = {
    "disc": "disc number",
    "discs": "number of discs",
    "track": "track number on its disc",
    "tracks": "number of tracks on the disc",
    "position": "track position as printed (1, A1 …)",
    "title": "track title",
    "artist": "track artists (the release's unless the track has its own)",
    "album": "release title",
    "album_artist": "release artists",
    "year": "release year",
    "date": "release date",
    "label": "label",
    "catalog_number": "catalogue number",
    "barcode": "barcode",
}
# fill+align, optional zero, a width of at most two digits: enough for "02" or ">3", nothing more.
_SPEC = re.compile(r"^(?:[^{}]?[<>^=])?0?[0-9]{0,2}$")


def safe_component(text: str, max_bytes: int = MAX_COMPONENT_BYTES, fallback: str = "untitled") -> str:
    """One path component made safe everywhere: no separators, reserved names, dots or controls."""
    text = unicodedata.normalize("NFC", text or "")
    cleaned = "".join(
        "_" if ch in _FORBIDDEN else " " if unicodedata.category(ch) == "Cc" else ch for ch in text
    )
    cleaned = re.sub(r"\s+", " ", cleaned)
    # a leading dot hides the file on Unix and makes ".." possible; trailing dots and spaces
    # are dropped silently by Windows
    cleaned = cleaned.strip(" .")
    cleaned = _cut_utf8(cleaned, max_bytes).rstrip(" .")
    if not cleaned:
        cleaned = fallback
    if cleaned.split(".", 1)[0].rstrip(" ").casefold() in _RESERVED:
        cleaned = _cut_utf8("_" + cleaned, max_bytes).rstrip(" .")
    return cleaned


def safe_file_name(stem: str, extension: str, max_bytes: int = MAX_COMPONENT_BYTES) -> str:
    """A safe stem plus the extension kept as it is (".flac"), the whole within max_bytes."""
    extension = safe_extension(extension)
    stem = safe_component(stem, max_bytes - len(extension.encode("utf-8")))
    return stem + extension


def safe_extension(extension: str) -> str:
    clean = "".join(ch for ch in extension.lstrip(".") if ch.isalnum())[:10]
    return "." + clean if clean else ""


def unique_name(name: str, taken: set[str]) -> str:
    """name, or "name (2)", "name (3)" … so that no two names in a folder differ only by case."""
    stem, dot, ext = name.rpartition(".") if "." in name else (name, "", "")
    suffix = dot + ext
    candidate = name
    number = 2
    while candidate.casefold() in taken:
        tail = f" ({number})"
        room = MAX_COMPONENT_BYTES - len((tail + suffix).encode("utf-8"))
        candidate = _cut_utf8(stem, room).rstrip(" .") + tail + suffix
        number += 1
    taken.add(candidate.casefold())
    return candidate


def folder_name(release: Release) -> str:
    """"<release artists> - <title> (<year>)", made safe."""
    title = release.title or "Untitled"
    artists = ", ".join(a for a in release.artists if a.strip())
    name = f"{artists} - {title}" if artists else title
    if release.year:
        name += f" ({release.year})"
    return safe_component(name)


def inside(root: Path, name: str) -> Path:
    """root/name, refused unless `name` is one plain path component: a direct child of root. (No
    symlink can lead elsewhere: the export writes only into a folder it has just made, and
    creates each file there with O_EXCL.)"""
    if name in ("", ".", "..") or any(separator in name for separator in ("/", "\\", "\0")):
        raise UserError(f"refused to write outside the export folder: {name!r}")
    return root / name


@dataclass(frozen=True)
class FileNameTemplate:
    """A parsed file-name template: literal text and whitelisted fields with plain format specs."""

    text: str
    parts: tuple[tuple[str, str | None, str], ...]  # (literal, field or None, format spec)

    @classmethod
    def parse(cls, text: str) -> "FileNameTemplate":
        if not text or not text.strip():
            raise UserError("the file-name template is empty")
        parts = []
        try:
            parsed = list(string.Formatter().parse(text))
        except ValueError as exc:
            raise UserError(f"file-name template {text!r}: {exc}") from None
        for literal, field, spec, conversion in parsed:
            if field is None:
                parts.append((literal, None, ""))
                continue
            if field not in TEMPLATE_FIELDS:
                known = ", ".join(TEMPLATE_FIELDS)
                raise UserError(f"file-name template {text!r}: unknown field {{{field}}} (known: {known})")
            if conversion is not None:
                raise UserError(f"file-name template {text!r}: conversions such as !{conversion} are not allowed")
            if not _SPEC.match(spec or ""):
                raise UserError(f"file-name template {text!r}: format {spec!r} of {{{field}}} is not allowed")
            parts.append((literal, field, spec or ""))
        if not any(field for _, field, _ in parts):
            raise UserError(f"file-name template {text!r} names no field: every file would get the same name")
        return cls(text, tuple(parts))

    def render(self, values: dict[str, object], single_disc: bool) -> str:
        """The template filled in. On a single-disc release {disc} and the separator after it vanish."""
        out: list[str] = []
        drop_separator = False
        for literal, field, spec in self.parts:
            if drop_separator:
                literal = literal.lstrip(" -_.")
                drop_separator = False
            out.append(literal)
            if field is None:
                continue
            if field == "disc" and single_disc:
                drop_separator = True
                continue
            value = values.get(field)
            if value is None:
                value = ""
            try:
                out.append(format(value, spec))
            except ValueError:  # a spec meant for numbers on a text value: the value as it is
                out.append(str(value))
        return "".join(out)


def template_values(release: Release, track: Track) -> dict[str, object]:
    """The fields a file-name template may use, for one track of a release."""
    disc_tracks = [t for t in release.tracks if t.disc == track.disc]
    return {
        "disc": track.disc,
        "discs": release.disc_count,
        "track": track_number(release, track),
        "tracks": len(disc_tracks),
        "position": track.position,
        "title": track.title,
        "artist": ", ".join(track.artists or release.artists),
        "album": release.title,
        "album_artist": ", ".join(release.artists),
        "year": release.year,
        "date": release.release_date,
        "label": release.label,
        "catalog_number": release.catalog_number,
        "barcode": release.barcode,
    }


def track_number(release: Release, track: Track) -> int:
    """The printed position when it is a number, else the track's running number on its disc."""
    if track.position.strip().isdigit():
        return int(track.position)
    disc_tracks = [t for t in release.tracks if t.disc == track.disc]
    for index, candidate in enumerate(disc_tracks, start=1):
        if candidate is track:
            return index
    return 0


def _cut_utf8(text: str, max_bytes: int) -> str:
    """text shortened to at most max_bytes of UTF-8, never inside a character."""
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    return encoded[: max(max_bytes, 0)].decode("utf-8", errors="ignore")
