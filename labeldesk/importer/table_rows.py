"""Rows of a table set in columns with runs of spaces, as PDF and web pages are copied to text:

    Skład                       Instrument                  Płyty          <- a header row: column words, no title
    Bronisław Hajduk            kontrabas                   CD1, CD3       <- a credit: name, instrument, scope
    프로듀서        한지훈                                                  <- a credit: key, names

A header row is never a release's heading; a row whose cells read as a credit ("key: names" or "name – what they
play", with a last cell naming the discs or tracks) is a credit line.
"""

from __future__ import annotations

from labeldesk.importer.credit_lines import read_credit_line
from labeldesk.importer.credit_reading import LineReading
from labeldesk.importer.folding import fold
from labeldesk.importer.lines import Line
from labeldesk.importer.performer_lines import reverse_performer_line
from labeldesk.model import Credit

# A scope cell that names the whole release ("wszystkie", "all"): no scope.
_ALL = frozenset(fold(w) for w in (
    "all", "alle", "tous", "toutes", "todos", "todas", "tutti", "tutte", "wszystkie", "všechny", "kaikki", "hepsi",
    "όλα", "전체", "全曲", "allt", "alla", "tots", "totes", "-", "–"))


def mark_table_rows(lines: list[Line]) -> None:
    """Header rows become "other"; rows that read as credits or as a release's fields become credit or header
    lines."""
    for k, line in enumerate(lines):
        if len(line.cells) < 2 or line.kind not in ("heading", "prose", "other"):
            continue
        reading = _row_credits(line.cells)
        if reading is not None:
            line.kind, line.data = ("credit" if reading.credits else "header"), reading
        elif line.kind == "heading" and _header_row(line.cells) and (len(line.cells) >= 3 or _row_follows(lines, k)):
            line.kind, line.data = "other", None


def _row_follows(lines: list[Line], k: int) -> bool:
    """Another row of columns right under the line: the line heads a table ("HERON   ISLAND" alone is a title
    spaced out)."""
    return k + 1 < len(lines) and not lines[k + 1].blank_before and len(lines[k + 1].cells) >= 2


def _header_row(cells: tuple[str, ...]) -> bool:
    """'번호  곡명  재생수  길이', 'Funkcja  Osoba': short column words, no figures."""
    return all(len(c.split()) <= 2 and not any(ch.isdigit() for ch in c) for c in cells)


def _row_credits(cells: tuple[str, ...]) -> LineReading | None:
    if len(cells) > 3:
        return None
    first, second = cells[0], cells[1]
    scope = cells[2] if len(cells) == 3 and fold(cells[2]) not in _ALL else None
    for form in (f"{first}: {second}", f"{first} – {second}"):
        reading = read_credit_line(form)
        if reading is None and form[len(first)] != ":":
            played = reverse_performer_line(form)  # "Bronisław Hajduk   kontrabas": a name, then what they play
            reading = LineReading(credits=played) if played else None
        if reading is not None and reading.fields and not reading.credits and len(cells) == 2:
            return reading  # "발매일      2023.11.21", "레이블      달무리 레코즈": a field by its key
        if reading is not None and reading.credits and not reading.fields:
            if scope:
                reading = LineReading(credits=[Credit(c.name, c.role, c.instrument, c.scope or scope)
                                               for c in reading.credits])
            return reading
    return None
