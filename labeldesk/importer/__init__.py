"""Text documents -> releases: decoding, segmenting, extracting fields. Pure functions over strings.

    import_text(data, path) -> Document

The document's text (newlines normalised) is kept whole; every release carries the span it was read
from, and every other non-blank passage is listed as skipped with a reason.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager

from labeldesk.importer.decoding import DecodingError, decode_document
from labeldesk.importer.document_context import DocumentContext, collect_companies, collect_labels
from labeldesk.importer.lines import split_lines
from labeldesk.importer.page_sections import footer_labels, page_labels, running_label
from labeldesk.importer.release_builder import build_release
from labeldesk.importer.segmenting import segment
from labeldesk.model import Document, SkippedSpan

__all__ = ["ImporterError", "import_text", "read_text"]

_PREVIEW = 80


class ImporterError(ValueError):
    """The document cannot be read as text (binary, empty, undecodable)."""


def import_text(data: bytes, path: str) -> Document:
    """Decode a document's bytes and read its releases and skipped spans."""
    try:
        text, warnings = decode_document(data)
    except DecodingError as exc:
        raise ImporterError(f"{path}: {exc}") from None
    with _collector_paused():
        document = read_text(text, path)
    document.warnings[:0] = warnings
    return document


@contextmanager
def _collector_paused():
    """Reading builds many small objects that all live until the end and form no cycles; the cyclic garbage
    collector would rescan them again and again, making large documents slower than their size."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_text(text: str, path: str) -> Document:
    """Releases and skipped spans of an already decoded text (newlines normalised to \\n)."""
    lines = split_lines(text)
    segmentation = segment(lines)
    context = DocumentContext(labels=collect_labels(lines), companies=collect_companies(text))
    if len(segmentation.releases) == 1:
        # a page about one release: the label its header, footer or © line names is that release's
        context.page_labels = page_labels(lines, segmentation.releases[0].first)
    elif segmentation.releases:
        # several releases: the label printed on every page, or the one signing the page's footer
        context.page_labels = running_label(lines) or footer_labels(lines)[:1]
    releases = [build_release(lines, block, text, context) for block in segmentation.releases]
    skipped = []
    for first, last, reason in segmentation.skipped:
        start, end = lines[first].start, lines[last].end
        preview = " ".join(text[start:start + _PREVIEW * 2].split())[:_PREVIEW]
        skipped.append(SkippedSpan(start=start, end=end, reason=reason, preview=preview))
    return Document(path=path, text=text, releases=releases, skipped=skipped)
