"""What one credit or header line says: the credits, release fields, song and footnote legends read from it.

Its own module because the line classifier, the segmenter and the release builder pass readings around
without needing the rules that make them."""

from __future__ import annotations

from dataclasses import dataclass, field

from labeldesk.model import Credit


@dataclass
class LineReading:
    """What one credit or header line says."""

    credits: list[Credit] = field(default_factory=list)
    fields: dict[str, object] = field(default_factory=dict)  # label, catalog_number, barcode, release_date, length, artist
    song: str | None = None  # 'Canción "X"': the song the following lines are about
    ignored: bool = False  # a recognised non-credit line ("Thanks: …")
    legends: dict[str, list[Credit]] = field(default_factory=dict)  # ", except † by X": credits per marker

    def __bool__(self) -> bool:
        return bool(self.credits or self.fields or self.song or self.ignored)

    def add(self, other: LineReading) -> None:
        """Another part of the same line read on its own: its credits and legends added, a field kept from the
        first part that states it."""
        self.credits.extend(other.credits)
        for key, value in other.fields.items():
            self.fields.setdefault(key, value)
        self.legends.update(other.legends)
