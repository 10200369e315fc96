"""Telling which releases read from a document the library holds already.

A document is known by its hash (documents.py). When the same document is read again, each release
the importer reads from it now is paired with a release the library keeps from that document:

- Releases with a span (every release read from a text) are the same when they were read from the
  same passage of the same text: their spans overlap by at least half of the shorter one. The span
  is the one thing about a release that neither the archivist's edits (a corrected title) nor a
  small change in how the importer draws a block's edges moves; an exact match is the usual case.
- Releases without a span (interchange JSON without text, whose hash covers every release) are the
  same when they hold the same place in the document (`releases.source_index`).

Only releases still in the library count: a deleted release leaves no row behind, so it is missing
and can be imported again; a restored one has its row, span and place back.

    stored_releases(conn, document_id) -> [StoredRelease]
    match_releases(read, stored) -> {index in read: release id}
    fill_source_index(conn)                   the schema 7 fill for releases stored before
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from labeldesk.model import Release


@dataclass(frozen=True)
class StoredRelease:
    """What the library keeps of where a release came from in its document."""

    release_id: int
    start: int | None  # its span, when it has one
    end: int | None
    index: int | None  # its place among the releases read from the document

    @property
    def has_span(self) -> bool:
        return self.start is not None and self.end is not None


def stored_releases(conn: sqlite3.Connection, document_id: int) -> list[StoredRelease]:
    """The releases the library holds from a document, in the order they were stored."""
    return [StoredRelease(*row) for row in conn.execute(
        "SELECT id, source_start, source_end, source_index FROM releases WHERE document_id = ? ORDER BY id",
        (document_id,))]


def match_releases(read: Sequence[Release], stored: Sequence[StoredRelease]) -> dict[int, int]:
    """Pair the releases read now (by their index in `read`) with stored releases, one to one.
    Where several could pair, the closest pairs win: equal spans, then the widest overlap."""
    candidates: list[tuple[int, int, int, int]] = []  # (exact, overlap, read index, release id)
    with_span = sorted((s for s in stored if s.has_span), key=lambda s: s.start)
    starts = [s.start for s in with_span]
    longest = max((s.end - s.start for s in with_span), default=0)
    by_index = {s.index: s.release_id for s in stored if not s.has_span and s.index is not None}
    for i, release in enumerate(read):
        span = release.source
        if span is None:
            if i in by_index:
                candidates.append((1, 0, i, by_index[i]))
            continue
        # spans starting before this one ends, and not so far before that they end before it starts
        for at in range(bisect.bisect_left(starts, span.end), 0, -1):
            other = with_span[at - 1]
            if other.start + longest <= span.start:
                break
            if (other.start, other.end) == (span.start, span.end):
                candidates.append((1, span.end - span.start, i, other.release_id))
            elif _same_passage(span.start, span.end, other.start, other.end):
                candidates.append((0, min(span.end, other.end) - max(span.start, other.start), i, other.release_id))
        if span.start == span.end:  # an empty span (bisect looks left of it): only an equal one pairs
            candidates += [(1, 0, i, s.release_id) for s in with_span if (s.start, s.end) == (span.start, span.end)]
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _exact, _overlap, i, release_id in sorted(candidates, key=lambda c: (-c[0], -c[1], c[2], c[3])):
        if i not in pairs and release_id not in taken:
            pairs[i] = release_id
            taken.add(release_id)
    return pairs


def _same_passage(start: int, end: int, other_start: int, other_end: int) -> bool:
    overlap = min(end, other_end) - max(start, other_start)
    shorter = min(end - start, other_end - other_start)
    return overlap > 0 and 2 * overlap >= shorter


def fill_source_index(conn: sqlite3.Connection) -> None:
    """Give every release read from a document its place among that document's releases, in the
    order they were stored (the order they were read in)."""
    conn.execute(
        """UPDATE releases SET source_index = (
               SELECT count(*) FROM releases earlier
               WHERE earlier.document_id = releases.document_id AND earlier.id < releases.id)
           WHERE document_id IS NOT NULL""")
