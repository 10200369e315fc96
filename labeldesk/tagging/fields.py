"""The neutral shape of what labeldesk writes into a file, whatever the format."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Cover:
    """An embedded front cover: the image bytes and their MIME type."""

    data: bytes
    mime: str = "image/jpeg"

    def __repr__(self) -> str:  # the bytes would flood any log or test report
        return f"Cover({self.mime}, {len(self.data)} bytes, sha256 {self.sha256[:12]})"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


Performer = tuple[str, "str | None"]  # (name, instrument); None when the credit names no instrument


@dataclass
class Fields:
    """Every field labeldesk owns in a file. None or an empty list means "not in the file"."""

    title: str | None = None
    album: str | None = None
    artists: list[str] = field(default_factory=list)
    album_artists: list[str] = field(default_factory=list)
    composers: list[str] = field(default_factory=list)
    lyricists: list[str] = field(default_factory=list)
    conductors: list[str] = field(default_factory=list)
    performers: list[Performer] = field(default_factory=list)
    arrangers: list[str] = field(default_factory=list)
    engineers: list[str] = field(default_factory=list)
    mixers: list[str] = field(default_factory=list)
    producers: list[str] = field(default_factory=list)
    label: str | None = None
    catalog_number: str | None = None
    barcode: str | None = None
    date: str | None = None
    track: tuple[int, int | None] | None = None  # (n, N of the disc)
    disc: tuple[int, int | None] | None = None  # (n, N)
    genre: str | None = None
    release_type: str | None = None
    liner_notes: str | None = None
    liner_notes_language: str | None = None  # ISO 639-1; only ID3 has a place for it
    credits_text: str | None = None
    cover: Cover | None = None

    def get(self, name: str) -> Any:
        return getattr(self, name)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (for `read-tags --json`): the cover as its type, size and hash."""
        data: dict[str, Any] = {}
        for name in FIELD_NAMES:
            value = normalised(self.get(name))
            if name == "performers":
                value = [{"name": n, "instrument": i} for n, i in value]
            elif name == "cover" and value is not None:
                value = {"mime": value.mime, "bytes": len(value.data), "sha256": value.sha256}
            elif isinstance(value, tuple):
                value = list(value)
            data[name] = value
        return data


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Fields))
LIST_FIELDS = frozenset(f.name for f in dataclasses.fields(Fields) if f.default_factory is list)


def normalised(value: Any) -> Any:
    """The value as compared and shown: empty text or lists become None/[], text is stripped of
    surrounding blank lines, performers become tuples."""
    if isinstance(value, str):
        value = value.strip("\r\n")
        return value or None
    if isinstance(value, list):
        return [tuple(v) if isinstance(v, (list, tuple)) else v for v in value if v not in ("", None)]
    return value


def display(value: Any) -> str:
    """One line for a dry-run preview."""
    value = normalised(value)
    if value is None or value == []:
        return "—"
    if isinstance(value, Cover):
        return f"{value.mime}, {len(value.data) // 1024} KB"
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], int):
        return f"{value[0]}/{value[1]}" if value[1] else str(value[0])
    if isinstance(value, list):
        return "; ".join(f"{v[0]} ({v[1]})" if isinstance(v, tuple) and v[1] else
                         (v[0] if isinstance(v, tuple) else str(v)) for v in value)
    text = str(value)
    return text.replace("\n", " ⏎ ")


def parse_number_pair(text: str | None, total: str | None = None) -> tuple[int, int | None] | None:
    """"3/12" or ("3", "12") -> (3, 12); "3" -> (3, None); nothing usable -> None."""
    if not text:
        return None
    head, _, tail = str(text).partition("/")
    try:
        number = int(head.strip())
    except ValueError:
        return None
    total_text = (tail or total or "").strip()
    try:
        count = int(total_text) if total_text else None
    except ValueError:
        count = None
    return number, (count or None)


def number_pair_text(pair: tuple[int, int | None]) -> str:
    return f"{pair[0]}/{pair[1]}" if pair[1] else str(pair[0])


def first(values: list[str] | None) -> str | None:
    for value in values or []:
        if value:
            return value
    return None
