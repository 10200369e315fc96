"""The domain: releases, tracks, credits, notes, people, documents; roles and name keys. Standard library only."""

from labeldesk.model.release import (
    NOTE_KINDS,
    RELEASE_KINDS,
    Credit,
    Document,
    Note,
    Person,
    Release,
    SkippedSpan,
    Span,
    Track,
)

__all__ = [
    "NOTE_KINDS", "RELEASE_KINDS", "Credit", "Document", "Note", "Person", "Release", "SkippedSpan", "Span", "Track",
]
