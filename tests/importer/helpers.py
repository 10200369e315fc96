"""Helpers for the importer tests: read a text, check the span invariant, pick releases and credits."""

from __future__ import annotations

from labeldesk.importer import import_text
from labeldesk.model import Document, Release


def read(text: str, path: str = "test.txt") -> Document:
    return import_text(text.encode("utf-8"), path)


def only_release(text: str) -> Release:
    document = read(text)
    assert len(document.releases) == 1, [r.title for r in document.releases]
    return document.releases[0]


def credits(release: Release) -> set[tuple]:
    return {(c.name, c.role, c.instrument) for c in release.credits}


def assert_spans_cover(document: Document) -> None:
    """Every non-space character is in exactly one release source or skipped span; spans do not overlap."""
    spans = [(r.source.start, r.source.end) for r in document.releases]
    spans += [(s.start, s.end) for s in document.skipped]
    spans.sort()
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert end <= start, f"overlapping spans ending {end} and starting {start}"
    covered = bytearray(len(document.text))
    for start, end in spans:
        assert 0 <= start <= end <= len(document.text)
        covered[start:end] = b"\x01" * (end - start)
    for i, char in enumerate(document.text):
        if not char.isspace():
            assert covered[i], f"character {i} ({char!r}) is in no span"
