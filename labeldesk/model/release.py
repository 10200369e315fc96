"""The domain objects: plain dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field

RELEASE_KINDS = ("soundtrack", "album", "single", "ep", "compilation", "other")
NOTE_KINDS = ("liner_note", "synopsis", "review", "description")


@dataclass
class Credit:
    name: str
    role: str  # an id from the role vocabulary (labeldesk.model.roles)
    instrument: str | None = None  # lower-case English, only for performers
    scope: str | None = None  # the part of the release the credit is limited to


@dataclass
class Track:
    position: str
    title: str
    disc: int = 1
    duration: int | None = None  # seconds
    artists: list[str] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    id: int | None = None


@dataclass
class Note:
    text: str
    kind: str = "description"
    authors: list[str] = field(default_factory=list)
    language: str = "en"
    place_date: str | None = None


@dataclass
class Span:
    """Where a release (or a skipped passage) was read: character offsets in a document."""

    start: int
    end: int
    document: str | None = None


@dataclass
class Release:
    title: str
    subtitle: str | None = None
    alternate_titles: list[str] = field(default_factory=list)
    kind: str = "album"
    artists: list[str] = field(default_factory=list)
    label: str | None = None
    catalog_number: str | None = None
    barcode: str | None = None
    release_date: str | None = None
    credits: list[Credit] = field(default_factory=list)
    tracks: list[Track] = field(default_factory=list)
    stated_duration: int | None = None
    awards: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: Span | None = None
    id: int | None = None

    def all_credits(self) -> list[tuple[Credit, Track | None]]:
        """Release credits, then every track credit with its track."""
        pairs: list[tuple[Credit, Track | None]] = [(c, None) for c in self.credits]
        for track in self.tracks:
            pairs.extend((c, track) for c in track.credits)
        return pairs

    @property
    def disc_count(self) -> int:
        return max((t.disc for t in self.tracks), default=1)

    @property
    def year(self) -> str | None:
        return self.release_date[:4] if self.release_date else None


@dataclass
class SkippedSpan:
    start: int
    end: int
    reason: str
    preview: str = ""


@dataclass
class Document:
    """A text document as imported: the whole text, and what was read out of it."""

    path: str
    text: str
    releases: list[Release] = field(default_factory=list)
    skipped: list[SkippedSpan] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # decoding and other document-level remarks
    id: int | None = None


@dataclass
class Person:
    name: str
    spellings: list[str] = field(default_factory=list)  # every form the person was credited under
    id: int | None = None
