"""Scores the releases an importer read from one document against the expected entries for it.

Both sides are release dicts in the interchange shape (formats/import-output.md). A document's score is the
mean of its measures, each between 0 and 1:

- releases: F1 of paired releases (paired by title, else by shared names and track titles);
- fields: exact agreement (after folding case, accents, quotes and spaces) of title, subtitle, kind, label,
  catalogue number, barcode, release date and stated duration;
- F1 for artists, alternate titles, awards, credits (name, role, instrument; release and track credits
  together), what each scoped or track-bound credit is attached to, tracks (disc, title, duration, in order)
  and track artists;
- note text: F1 over five-word shingles, so a note cut at a slightly different place still mostly counts;
- note details: for every expected note, whether the note found for it has the same authors, kind,
  language and place/date.

A measure with nothing expected and nothing read is left out of the mean.

A document with no expected release scores 1 when none was read and 0 otherwise.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field

from labeldesk.model.names import fold, name_key

FIELDS = ("title", "subtitle", "kind", "label", "catalog_number", "barcode", "release_date", "stated_duration")
SHINGLE = 5
PAIRING_THRESHOLD = 0.5


def norm(value) -> str:
    """Folded text without punctuation: the form in which two readings of a value count as equal."""
    if value is None:
        return ""
    return re.sub(r"[^\w]+", " ", fold(str(value))).strip()


class Tally:
    """True positives, false positives and false negatives of one set-valued measure."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add_counts(self, expected: Counter, actual: Counter) -> tuple[Counter, Counter]:
        common = expected & actual
        self.tp += sum(common.values())
        self.fp += sum((actual - common).values())
        self.fn += sum((expected - common).values())
        return expected - common, actual - common

    def add_ordered(self, expected: list, actual: list) -> None:
        matched = common_subsequence_length(expected, actual)
        self.tp += matched
        self.fp += len(actual) - matched
        self.fn += len(expected) - matched

    def f1(self) -> float:
        if not (self.tp or self.fp or self.fn):
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


class Ratio:
    """Share of checks that held."""

    def __init__(self) -> None:
        self.good = self.total = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.good += bool(ok)

    def value(self) -> float:
        return self.good / self.total if self.total else 1.0


def common_subsequence_length(a: list, b: list) -> int:
    """Length of the longest common subsequence: order-aware matching where one missing item shifts nothing."""
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def shingles(text: str | None) -> set[tuple[str, ...]]:
    words = norm(text).split()
    if len(words) < SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _similarity(a: str | None, b: str | None) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b)).ratio()


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _names(release: dict) -> set[str]:
    names = {name_key(a) for a in release.get("artists") or []}
    names |= {name_key(c.get("name")) for c, _ in _credits_with_tracks(release)}
    return names


def _track_titles(release: dict) -> set[str]:
    return {norm(t.get("title")) for t in release.get("tracks") or []}


def pair_releases(expected: list[dict], actual: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """(pairs, expected releases not found, releases read that were not expected), best pairs first."""
    candidates = []
    for i, e in enumerate(expected):
        for j, a in enumerate(actual):
            title = _similarity(e.get("title"), a.get("title"))
            overlap = max(_jaccard(_names(e), _names(a)), _jaccard(_track_titles(e), _track_titles(a)))
            strength = title if title >= 0.8 else max(title * 0.6, overlap * 0.8)
            if strength >= PAIRING_THRESHOLD:
                candidates.append((strength, i, j))
    pairs, used_e, used_a = [], set(), set()
    for _, i, j in sorted(candidates, key=lambda c: -c[0]):
        if i not in used_e and j not in used_a:
            used_e.add(i)
            used_a.add(j)
            pairs.append((expected[i], actual[j]))
    missing = [e for i, e in enumerate(expected) if i not in used_e]
    extra = [a for j, a in enumerate(actual) if j not in used_a]
    return pairs, missing, extra


def _credits_with_tracks(release: dict) -> list[tuple[dict, dict | None]]:
    pairs = [(c, None) for c in release.get("credits") or []]
    for track in release.get("tracks") or []:
        pairs.extend((c, track) for c in track.get("credits") or [])
    return pairs


def _credit_key(credit: dict) -> tuple[str, str, str]:
    return (name_key(credit.get("name")), credit.get("role") or "", norm(credit.get("instrument")))


def _attachment_keys(release: dict) -> Counter:
    """Credits limited to a part of the release, keyed with that part: a track's title or the credit's scope."""
    keys = Counter()
    for credit, track in _credits_with_tracks(release):
        part = norm(track.get("title")) if track is not None else norm(credit.get("scope"))
        if part:
            keys[_credit_key(credit) + (part,)] += 1
    return keys


def _track_keys(release: dict) -> list[tuple]:
    return [(t.get("disc") or 1, norm(t.get("title")), t.get("duration")) for t in release.get("tracks") or []]


def _track_artist_keys(release: dict) -> Counter:
    return Counter((t.get("disc") or 1, norm(t.get("title")), name_key(a))
                   for t in release.get("tracks") or [] for a in t.get("artists") or [])


@dataclass
class DocumentScore:
    score: float
    parts: dict[str, float] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    pairs: list[tuple[dict, dict]] = field(default_factory=list)


def score_document(expected: list[dict], actual: list[dict]) -> DocumentScore:
    """How well `actual` (releases read from one document) reproduces `expected`."""
    if not expected:
        if not actual:
            return DocumentScore(1.0, {"releases": 1.0})
        titles = ", ".join(repr(a.get("title")) for a in actual)
        return DocumentScore(0.0, {"releases": 0.0}, [f"no release expected, read {len(actual)}: {titles}"])

    pairs, missing, extra = pair_releases(expected, actual)
    misses = [f"release not found: {e.get('title')!r}" for e in missing]
    misses += [f"release not expected: {a.get('title')!r}" for a in extra]

    releases = Tally()
    releases.tp, releases.fn, releases.fp = len(pairs), len(missing), len(extra)
    fields = Ratio()
    sets = {k: Tally() for k in ("artists", "alternate titles", "awards", "credits", "credit attachment",
                                 "track artists")}
    tracks, note_text, note_details = Tally(), Tally(), Ratio()

    for e, a in pairs + [(e, {}) for e in missing] + [({}, a) for a in extra]:
        label = (e or a).get("title")
        if e:
            for name in FIELDS:
                want, got = e.get(name), a.get(name)
                ok = bool(a) and (want == got if name == "stated_duration" else norm(want) == norm(got))
                fields.add(ok)
                if a and not ok:
                    misses.append(f"{label}: {name} {want!r} read as {got!r}")

        def counted(values, key=norm):
            return Counter(key(v) for v in values or [])

        for measure, name, key in (("artists", "artists", name_key), ("alternate titles", "alternate_titles", norm),
                                   ("awards", "awards", norm)):
            lost, added = sets[measure].add_counts(counted(e.get(name), key), counted(a.get(name), key))
            if a and e:
                misses += [f"{label}: {measure[:-1]} missed: {k!r}" for k in lost.elements()]
                misses += [f"{label}: {measure[:-1]} not expected: {k!r}" for k in added.elements()]

        lost, added = sets["credits"].add_counts(
            Counter(_credit_key(c) for c, _ in _credits_with_tracks(e)),
            Counter(_credit_key(c) for c, _ in _credits_with_tracks(a)))
        if a and e:
            misses += [f"{label}: credit missed: {k}" for k in lost.elements()]
            misses += [f"{label}: credit not expected: {k}" for k in added.elements()]
        lost, added = sets["credit attachment"].add_counts(_attachment_keys(e), _attachment_keys(a))
        if a and e:
            misses += [f"{label}: credit limited to a part missed: {k}" for k in lost.elements()]
            misses += [f"{label}: credit limited to a part not expected: {k}" for k in added.elements()]
        lost, added = sets["track artists"].add_counts(_track_artist_keys(e), _track_artist_keys(a))
        if a and e:
            misses += [f"{label}: track artist missed: {k}" for k in lost.elements()]

        want_tracks, got_tracks = _track_keys(e), _track_keys(a)
        tracks.add_ordered(want_tracks, got_tracks)
        if a and e and want_tracks != got_tracks:
            got_set = Counter(got_tracks)
            misses += [f"{label}: track missed or misread: {k}" for k in want_tracks if not got_set[k]]
            want_set = Counter(want_tracks)
            misses += [f"{label}: track not expected: {k}" for k in got_tracks if not want_set[k]]

        want_notes, got_notes = e.get("notes") or [], a.get("notes") or []
        want_sh = [shingles(n.get("text")) for n in want_notes]
        got_sh = [shingles(n.get("text")) for n in got_notes]
        want_all = set().union(*want_sh) if want_sh else set()
        got_all = set().union(*got_sh) if got_sh else set()
        note_text.tp += len(want_all & got_all)
        note_text.fn += len(want_all - got_all)
        note_text.fp += len(got_all - want_all)
        for note, sh in zip(want_notes, want_sh):
            best = max(range(len(got_notes)), key=lambda i: len(sh & got_sh[i]), default=None)
            found = got_notes[best] if best is not None and sh and len(sh & got_sh[best]) >= 0.5 * len(sh) else None
            start = note.get("text", "")[:50]
            if found is None:
                for _ in range(4):
                    note_details.add(False)
                if a:
                    misses.append(f"{label}: note not found: {start!r}")
                continue
            checks = {
                "authors": sorted(name_key(x) for x in note.get("authors") or [])
                == sorted(name_key(x) for x in found.get("authors") or []),
                "kind": note.get("kind") == found.get("kind"),
                "language": note.get("language") == found.get("language"),
                "place_date": norm(note.get("place_date")) == norm(found.get("place_date")),
            }
            for what, ok in checks.items():
                note_details.add(ok)
                if not ok:
                    misses.append(f"{label}: note {start!r}: {what} {note.get(what)!r} read as {found.get(what)!r}")
        for note, sh in zip(got_notes, got_sh):
            if a and e and sh and len(sh & want_all) < 0.5 * len(sh):
                misses.append(f"{label}: note not expected: {note.get('text', '')[:50]!r}")

    parts = {"releases": releases.f1(), "fields": fields.value()}
    # a measure with nothing expected and nothing read says nothing about the reading: leave it out
    tallies = dict(sets, **{"tracks": tracks, "note text": note_text})
    parts.update({k: v.f1() for k, v in tallies.items() if v.tp or v.fp or v.fn})
    if note_details.total:
        parts["note details"] = note_details.value()
    return DocumentScore(sum(parts.values()) / len(parts), parts, misses, pairs)


def warnings_missing(expected_release: dict, actual_release: dict | None) -> list[str]:
    """The expected warnings ("a|b" = either substring) that no warning of the release read contains."""
    said = [w.lower() for w in (actual_release or {}).get("warnings") or []]
    return [want for want in expected_release.get("expect_warnings") or []
            if not any(alt in w for alt in want.lower().split("|") for w in said)]
