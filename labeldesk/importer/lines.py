"""A document's non-blank lines with their offsets, and the blank lines between them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from labeldesk.importer.glyphs import unescape_entities
from labeldesk.importer.shapes import clean_space


@dataclass(slots=True)
class Line:
    index: int  # position among the non-blank lines
    start: int  # offset of the first non-space character in the document text
    end: int  # offset just after the last non-space character
    text: str  # the line with its spaces tidied (no-break spaces made plain)
    blank_before: int  # blank lines between this line and the previous non-blank one
    kind: str = "prose"  # set by labeldesk.importer.classify
    data: Any = None
    repeated: bool = False  # the first copy of a heading printed twice
    cells: tuple[str, ...] = ()  # the columns of a row aligned with runs of spaces ("Skład   Instrument   Płyty")

    @property
    def words(self) -> int:
        return self.text.count(" ") + 1


_COLUMN_GAP = re.compile(r"\s{3,}")


def split_lines(text: str) -> list[Line]:
    """Every non-blank line of the text (newlines already normalised to \\n)."""
    lines: list[Line] = []
    pos = 0
    blank = 0
    length = len(text)
    while pos <= length:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = length
        raw = text[pos:nl]
        stripped = raw.strip()
        if stripped.startswith(("| ", "|\t")) and "|" not in stripped[1:]:
            # a table's left border in a scanned booklet ("|  2   Heron Island …  11:37"): not part of the line
            stripped = stripped[1:].strip()
            raw = raw.replace("|", " ", 1)
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            trail = len(raw.rstrip())
            line = Line(len(lines), pos + lead, pos + trail, clean_space(unescape_entities(stripped)), blank)
            if "   " in stripped:
                line.cells = tuple(clean_space(unescape_entities(c)) for c in _COLUMN_GAP.split(stripped))
            lines.append(line)
            blank = 0
        else:
            blank += 1
        pos = nl + 1
    return lines
