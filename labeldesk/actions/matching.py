"""Which audio file is which track of a release.

Matching goes by the strongest evidence first: the track number in the file's tags, then the number
in its file name ("03 Title.flac", "1-03 Title.flac"), then the similarity of its title to a track
title, then its duration. A stage that finds two candidates for one place matches neither and says
so. By-order matching pairs files sorted by name with tracks in running order.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from labeldesk.model.names import fold
from labeldesk.model.release import Release, Track
from labeldesk.tagging import AudioFile, TaggingError, read_file
from labeldesk.tagging.mapping import track_number

BY_TAG, BY_FILE_NAME, BY_TITLE, BY_DURATION, BY_ORDER = "tag", "file name", "title", "duration", "order"

TITLE_THRESHOLD = 0.8  # similarity a title needs to count
TITLE_MARGIN = 0.1  # how much better than the runner-up it must be
DURATION_TOLERANCE = 2.0  # seconds

# "03 Title", "03. Title", "03 - Title", "1-03 Title", "1.03 Title", "CD1-03 Title", "Disc 2 - 05 …"
_NUMBERED_NAME = re.compile(
    r"^\s*(?:(?:cd|disc|disk)\s*(?P<disc_word>\d{1,2})\s*[-_. ]\s*|(?P<disc>\d{1,2})\s*[-.]\s*(?=\d))?"
    r"(?P<number>\d{1,3})(?!\d)\s*(?:[-_.)]\s*)?(?P<rest>.*)$",
    re.IGNORECASE,
)


@dataclass
class Pair:
    path: str
    track: Track
    method: str  # BY_TAG, BY_FILE_NAME, BY_TITLE, BY_DURATION or BY_ORDER


@dataclass
class Matching:
    pairs: list[Pair] = field(default_factory=list)
    unmatched_files: list[str] = field(default_factory=list)
    unmatched_tracks: list[Track] = field(default_factory=list)
    ambiguities: list[str] = field(default_factory=list)  # what could not be decided, in words
    unreadable: dict[str, str] = field(default_factory=dict)  # path -> why it could not be read

    @property
    def complete(self) -> bool:
        """Every track has a file and every file a track, with nothing left undecided."""
        return not (self.unmatched_files or self.unmatched_tracks or self.ambiguities or self.unreadable)

    @property
    def ambiguous(self) -> bool:
        return bool(self.ambiguities)

    def track_for(self, path: str) -> Track | None:
        return next((p.track for p in self.pairs if p.path == path), None)


@dataclass
class _Candidate:
    path: str
    number: tuple[int | None, int] | None = None  # (disc or None, number) from tags
    name_number: tuple[int | None, int] | None = None  # from the file name
    title: str | None = None
    name_title: str = ""
    duration: float | None = None


Reader = Callable[[str], AudioFile]


def match_files(release: Release, paths: Iterable[str | os.PathLike[str]], reader: Reader = read_file) -> Matching:
    """Match audio files to the release's tracks; see the module text for the order of evidence."""
    result = Matching()
    candidates = []
    for path in map(os.fspath, paths):
        try:
            candidates.append(_candidate(path, reader(path)))
        except TaggingError as exc:
            result.unreadable[path] = exc.reason
    tracks = list(release.tracks)
    numbers = {id(t): (t.disc, track_number(release, t)[0]) for t in tracks}
    multi_disc = release.disc_count > 1
    doubts: list[tuple[set[str], str]] = []  # (files concerned, what could not be decided)

    def by_number(attr: str, method: str) -> None:
        wanted: dict[int, list[_Candidate]] = {}
        for cand in candidates:
            key = getattr(cand, attr)
            if key is None:
                continue
            disc, number = key
            if disc is None:
                if multi_disc:
                    continue  # "05" alone does not say which disc
                disc = 1
            track = next((t for t in tracks if numbers[id(t)] == (disc, number)), None)
            if track is not None:
                wanted.setdefault(id(track), []).append(cand)
        for track in list(tracks):
            claims = wanted.get(id(track), [])
            if len(claims) == 1:
                _pair(result, candidates, tracks, claims[0], track, method)
            elif len(claims) > 1:
                doubts.append(({c.path for c in claims},
                               f"{len(claims)} files say they are track {_label(track)} by {method}: "
                               + ", ".join(Path(c.path).name for c in claims)))
                for cand in claims:
                    setattr(cand, attr, None)  # let later evidence decide

    by_number("number", BY_TAG)
    by_number("name_number", BY_FILE_NAME)
    _match_titles(result, candidates, tracks, doubts)
    _match_durations(result, candidates, tracks, doubts)
    result.unmatched_files = [c.path for c in candidates]
    result.unmatched_tracks = tracks
    # a doubt that later evidence settled for every file it concerned is no longer one
    matched = {p.path for p in result.pairs}
    result.ambiguities = list(dict.fromkeys(m for paths, m in doubts if not paths <= matched))
    result.pairs.sort(key=lambda p: release.tracks.index(p.track))
    return result


def match_by_order(release: Release, paths: Iterable[str | os.PathLike[str]]) -> Matching:
    """Files sorted by name (numbers in names sorted as numbers) against tracks in running order."""
    files = sorted(map(os.fspath, paths), key=_natural_key)
    result = Matching()
    for path, track in zip(files, release.tracks):
        result.pairs.append(Pair(path, track, BY_ORDER))
    result.unmatched_files = files[len(release.tracks):]
    result.unmatched_tracks = list(release.tracks[len(files):])
    return result


def _candidate(path: str, audio: AudioFile) -> _Candidate:
    fields = audio.fields
    cand = _Candidate(path, title=fields.title, duration=audio.duration)
    if fields.track:
        cand.number = (fields.disc[0] if fields.disc else None, fields.track[0])
    stem = Path(path).stem
    match = _NUMBERED_NAME.match(stem)
    if match:
        disc = match["disc_word"] or match["disc"]
        cand.name_number = (int(disc) if disc else None, int(match["number"]))
        cand.name_title = match["rest"].strip(" -_.")
    else:
        cand.name_title = stem
    return cand


def _pair(result: Matching, candidates: list[_Candidate], tracks: list[Track], cand: _Candidate,
          track: Track, method: str) -> None:
    result.pairs.append(Pair(cand.path, track, method))
    candidates.remove(cand)
    tracks.remove(track)


def _similarity(a: str, b: str) -> float:
    a, b = _title_key(a), _title_key(b)
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b).ratio()


def _title_key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", fold(text)).strip()


def _match_titles(result: Matching, candidates: list[_Candidate], tracks: list[Track],
                  doubts: list[tuple[set[str], str]]) -> None:
    while True:
        best = None
        for cand in candidates:
            titles = [t for t in (cand.title, cand.name_title) if t]
            if not titles:
                continue
            scores = sorted(((max(_similarity(x, t.title) for x in titles), i) for i, t in enumerate(tracks)),
                            reverse=True)
            if not scores or scores[0][0] < TITLE_THRESHOLD:
                continue
            runner_up = scores[1][0] if len(scores) > 1 else 0.0
            if scores[0][0] - runner_up < TITLE_MARGIN:
                doubts.append(({cand.path}, f"{Path(cand.path).name}: its title fits {_label(tracks[scores[0][1]])} "
                                            f"and {_label(tracks[scores[1][1]])} about equally"))
                continue
            if best is None or scores[0][0] > best[0]:
                best = (scores[0][0], cand, tracks[scores[0][1]])
        if best is None:
            return
        _pair(result, candidates, tracks, best[1], best[2], BY_TITLE)


def _match_durations(result: Matching, candidates: list[_Candidate], tracks: list[Track],
                     doubts: list[tuple[set[str], str]]) -> None:
    for cand in list(candidates):
        if cand.duration is None:
            continue
        close = [t for t in tracks if t.duration is not None and abs(t.duration - cand.duration) <= DURATION_TOLERANCE]
        rivals = []
        if len(close) == 1:
            rivals = [c for c in candidates if c is not cand and c.duration is not None
                      and abs(close[0].duration - c.duration) <= DURATION_TOLERANCE]
            if not rivals:
                _pair(result, candidates, tracks, cand, close[0], BY_DURATION)
                continue
        if close:
            doubts.append(({cand.path}, f"{Path(cand.path).name}: its length fits more than one place"
                                        + (": " + ", ".join(_label(t) for t in close) if len(close) > 1 else
                                           f" ({_label(close[0])} and another file)")))


def _label(track: Track) -> str:
    return f"{track.disc}-{track.position} “{track.title}”" if track.disc > 1 else f"{track.position} “{track.title}”"


def _natural_key(path: str) -> list:
    return [(0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
            for part in re.split(r"(\d+)", Path(path).name)]
