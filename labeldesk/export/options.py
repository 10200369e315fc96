"""What an export is asked to do and what it gives back."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from labeldesk.export.naming import DEFAULT_TEMPLATE
from labeldesk.model.release import Track

Party = tuple[str, str]  # (DDEX party id "PADPIDA…", name)


@dataclass(frozen=True)
class ExportOptions:
    template: str = DEFAULT_TEMPLATE
    cover_size: int = 3000  # cover.jpg for the distributor, px on each side
    player_cover_size: int = 1400  # the cover embedded in every file
    ddex: bool = True
    force: bool = False  # replace an existing export folder (only once the new one is complete)
    sync: bool = False  # every file on disk before the folder appears: whole even after a power cut
    sender: Party | None = None  # who sends the DDEX message
    recipient: Party | None = None  # the distributor or shop it is for


@dataclass(frozen=True)
class ExportFile:
    """One audio file to export: the track it holds and where the original is."""

    track: Track
    source_path: Path


@dataclass(frozen=True)
class ExportedFile:
    track: Track
    source_path: Path
    path: Path  # inside the final export folder
    size: int
    sha256: str
    duration: float | None  # seconds, from the file where it tells, else the track's
    isrc: str | None


@dataclass
class ExportResult:
    folder: Path
    files: list[ExportedFile] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cover_size: tuple[int, int] | None = None  # of cover.jpg; None when the release has no cover
    ddex: bool = False  # whether ddex.xml was written

    @property
    def ddex_path(self) -> Path | None:
        return self.folder / "ddex.xml" if self.ddex else None
