"""A release's tracks as the release builder reads them: a title broken over two lines, a credit listed under its
track, credits bound to track positions, and what a track's title carries besides the title (the release's
artist before it, '(X Remix)', '(A / B)' writers after it).

Its own module because these rules read one track at a time, apart from the release-wide reading around them."""

from __future__ import annotations

import re

from labeldesk.importer.credit_scopes import TRACK_SCOPE
from labeldesk.importer.folding import fold
from labeldesk.importer.lines import Line
from labeldesk.importer.shapes import is_name
from labeldesk.importer.tracklist import Legend
from labeldesk.model import Credit


def runs_on_from(before, entry, before_text: str) -> bool:
    """The track line under one ending in a broken word: no number of its own, lower-case, the duration."""
    return bool(before_text.endswith("-") and before_text[-2:-1].isalpha() and before.duration is None
                and not entry.position and entry.duration is not None and entry.title[:1].islower())


def indent_of(line: Line, text: str) -> int:
    return line.start - (text.rfind("\n", 0, line.start) + 1)


def under_track(line: Line, last_track: tuple[str, int], following: Line | None, text: str) -> bool:
    """A credit line right under a track belongs to it when it is indented deeper or the list goes on below it."""
    position, indent = last_track
    if not position or line.blank_before:
        return False
    if indent_of(line, text) > indent:
        return True
    return following is not None and following.kind == "track" and not following.blank_before


def without_stray_bullets(entries: list) -> list:
    """A bulleted list without durations beside a numbered, timed tracklist lists something else (selling
    points, tour dates): its items are no tracks."""
    if not any(line.separator == "•" and line.duration is None for _, line in entries):
        return entries
    if sum(1 for _, line in entries if line.position and line.duration is not None) < 2:
        return entries
    return [(disc, line) for disc, line in entries if not (line.separator == "•" and line.duration is None)]


def merged_legends(legends: list[Legend]) -> list[Legend]:
    by_marker: dict[str, Legend] = {}
    for legend in legends:
        if legend.marker in by_marker:
            by_marker[legend.marker].credits.extend(legend.credits)
        else:
            by_marker[legend.marker] = Legend(legend.marker, list(legend.credits))
    return list(by_marker.values())


def bind_to_tracks(credits: list[Credit], tracks: list) -> list[Credit]:
    """Credits scoped to track positions ("Track 3 remixed by X") move onto those tracks."""
    kept: list[Credit] = []
    for credit in credits:
        if credit.scope and credit.scope.startswith(TRACK_SCOPE):
            positions = credit.scope[len(TRACK_SCOPE):].split(",")
            bound = [t for t in tracks if t.position in positions]
            for track in bound:
                track.credits.append(Credit(credit.name, credit.role, credit.instrument, None))
            if not bound:
                kept.append(Credit(credit.name, credit.role, credit.instrument, None))
        else:
            kept.append(credit)
    return kept


def strip_release_artist(tracks: list, artists: list[str]) -> None:
    """'A1. Halvard Kessel - Pressure Ridges' on Halvard Kessel's own EP: the release's artist printed before
    every title is no part of it; a different name there ("Halvard Kessel & Ro Sander") is that track's."""
    plain = [t for t in tracks if not t.artists]
    if len(plain) < 2:
        return
    own = {fold(a) for a in artists}
    pairs = [re.split(r"\s+[-–—]\s+", t.title, maxsplit=1) for t in plain]
    if any(len(p) != 2 for p in pairs):
        return
    lead = [fold(p[0]) for p in pairs]
    # every title opens with the release's artist, alone or beside others
    if not all(any(name in x for name in own) for x in lead) or not any(x in own for x in lead):
        return
    for track, (who, title) in zip(plain, pairs):
        track.title = title.strip()
        if fold(who) not in own:
            track.artists = [n for n in re.split(r"\s+(?:&|and|feat\.?|ft\.?|x|with)\s+|,\s*", who) if n]


_REMIX = re.compile(r"\((?P<who>[^()]{2,60}?)\s+(?:remix|re-?mix|rework|dub\s+mix)\)", re.I)


_WRITERS = re.compile(r"\s*\((?P<names>[^()]{5,120}?/[^()]{3,120}?)\)\s*$")


def writers_in_title(track) -> None:
    """'Beira-Rio (Marina Quaresma / Otávio Brandão)': the song's writers after its title."""
    m = _WRITERS.search(track.title)
    if not m:
        return
    names = [n.strip() for n in m.group("names").split("/")]
    if not all(is_name(n, allow_single=False) for n in names):
        return
    track.title = track.title[:m.start()].rstrip()
    known = {(fold(c.name), c.role) for c in track.credits}
    track.credits.extend(Credit(n, "songwriter") for n in names if (fold(n), "songwriter") not in known)


def remixers(title: str, have: list[Credit]) -> list[Credit]:
    """'Pressure Ridges (Nimue Osei Remix)': the remixer, credited on the track."""
    m = _REMIX.search(title)
    if not m or not is_name(m.group("who")):
        return []
    name = m.group("who").strip()
    if any(c.role == "remixer" and fold(c.name) == fold(name) for c in have):
        return []
    return [Credit(name, "remixer")]
