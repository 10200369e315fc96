"""Durations as people write them: seconds <-> "m:ss" / "h:mm:ss"."""

from __future__ import annotations

import re

_CLOCK = re.compile(r"^\s*(?:(\d+):)?(\d{1,3})[:'′](\d{2})(?:\"|″)?\s*$")


def format_duration(seconds: int | None) -> str:
    if seconds is None:
        return ""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


def parse_duration(text: str) -> int | None:
    """Seconds for "2:03", "02:03", "2'03", "1:02:03"; None when the text is not a duration."""
    match = _CLOCK.match(text.strip("() "))
    if not match:
        return None
    hours, minutes, secs = match.groups()
    if int(secs) >= 60:
        return None
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(secs)
