"""The human-readable side files: credits.csv and liner-notes.txt."""

from __future__ import annotations

import csv
import io

from labeldesk.model.release import Note, Release
from labeldesk.model.roles import role_label

CREDIT_COLUMNS = ("role_id", "role", "name", "instrument", "scope", "disc", "track", "track_title")


def credits_csv(release: Release) -> str:
    """Every credit, the release's first, then each track's; track columns empty for release credits."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CREDIT_COLUMNS)
    for credit, track in release.all_credits():
        writer.writerow([
            credit.role,
            role_label(credit.role),
            credit.name,
            credit.instrument or "",
            credit.scope or "",
            track.disc if track else "",
            track.position if track else "",
            track.title if track else "",
        ])
    return out.getvalue()


def signature(note: Note) -> str | None:
    """"— Author, Place Date" (either part may be missing); None for an unsigned note."""
    parts = [" & ".join(a for a in note.authors if a.strip()), (note.place_date or "").strip()]
    parts = [p for p in parts if p]
    return "— " + ", ".join(parts) if parts else None


def note_with_signature(note: Note) -> str:
    text = note.text.strip("\n")
    sign = signature(note)
    return f"{text}\n{sign}" if sign else text


def liner_notes_text(release: Release) -> str:
    """Every note of the release in order, each with its signature, separated by a blank line."""
    heading = release.title + (f" — {release.subtitle}" if release.subtitle else "")
    if release.artists:
        heading = f"{', '.join(release.artists)}: {heading}"
    blocks = [heading] + [note_with_signature(n) for n in release.notes if n.text.strip()]
    return "\n\n".join(blocks) + "\n"
