"""Tagging an exported copy through the tagging package: the release's fields, the player cover."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path

from labeldesk.model.release import Release, Track
from labeldesk.tagging import Cover, write
from labeldesk.tagging.mapping import fields_for_track

# (copy to tag, release, track, embedded cover or None); raises a UserError when it cannot
TagWriter = Callable[[Path, Release, Track, "Cover | None"], None]

# The export folder appears by one rename once complete, so syncing the folder after every file
# buys nothing; skip it where the tagging package lets us.
_WRITE_OPTIONS = {"sync_directory": False} if "sync_directory" in inspect.signature(write).parameters else {}


def tag_copy(path: Path, release: Release, track: Track, cover: Cover | None) -> None:
    """Write every field labeldesk owns into the exported copy (never into an original)."""
    write(path, fields_for_track(release, track, cover), skip_unchanged=False, **_WRITE_OPTIONS)
