"""Text documents -> releases: decoding, segmenting, extracting fields. Pure functions over strings."""

from __future__ import annotations

from labeldesk.model import Document


class ImporterError(ValueError):
    """The document cannot be read as text (binary, empty, undecodable)."""


def import_text(data: bytes, path: str) -> Document:
    """Decode a document's bytes and read its releases and skipped spans."""
    raise ImporterError(f"{path}: reading text documents is not available yet; import interchange JSON instead")
