"""Tracklist lines in the layouts catalogue texts use, disc and side headings, footnote legends.

  1. Title 2:03        • 01 – Title – 03:07        01 Title – 04:00        A1 Title (2:03)
  Track 3: Title [1:02:03]        CD 2 / Disc 2 / Side B        * traditional
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from labeldesk.importer.shapes import QUOTE_CHARS, clean_space, is_name
from labeldesk.model import Credit, Track
from labeldesk.model.durations import parse_duration
from labeldesk.importer.folding import fold

_DURATION = r"(?:\d{1,2}:)?\d{1,3}(?::|'|’|′)\d{2}(?:\"|″|”|'')?"
_TRACK = re.compile(
    r"^(?P<bullet>[•·▪◦*\-–—>]\s*)?"
    r"(?:(?:track|piste|pista|traccia|titel|faixa|nummer|sp[åa]r)\s*)?"
    r"(?:(?P<side>face|side|lado|lato|seite|kant|sida|puoli)\s+(?=[A-H]\b))?"
    r"(?:(?:CD|Disc|Disk|Disque|Disco|Dis[ck]o)\s*(?P<disc>\d{1,2})\s*[-–./:]\s*)?"
    r"(?P<pos>\d{1,2}[-.]\d{1,3}(?=[\s.)])|\d{1,3}|[A-H]\d{1,2}|(?<=\s)[A-H](?=\s*:)|[A-H](?=\.\s))"
    r"(?P<sep>\s*[.):]\s*(?:[-–—|]\s*)?|\s*[-–—|]\s*|\s+)"
    r"(?P<rest>\S.*)$", re.I)
_TAIL_DURATION = re.compile(r"(?:\s*[-–—|:.]\s*|\s+)?[(\[]?\s*(?P<dur>" + _DURATION + r")\s*[)\]]?\s*$")
# "[3.45]", "(3.45)": minutes and seconds with a dot, in brackets (or bare at the end of a numbered row)
_DOT_DURATION = re.compile(r"\s*(?:[-–—|]\s*)?(?P<open>[(\[])?\s*(?P<m>\d{1,2})\.(?P<s>[0-5]\d)\s*(?P<close>[)\]])?\s*$")
# Shop-page furniture after a row's duration: "04:12  lyrics  buy track", "03:38 info"
_ROW_CLUTTER = re.compile(r"(?P<keep>" + _DURATION + r")(?:\s+[a-z][a-z\-]*){1,5}\s*$")
_HEAD_DURATION = re.compile(r"^[(\[]?(?P<dur>" + _DURATION + r")[)\]]?\s*[-–—|]?\s+(?P<rest>\S.*)$")
_MARKER = re.compile(r"\s*(?P<marker>\*{1,3}|†|‡|¹|²|³|\(\*\))\s*$")
_FEAT = re.compile(r"\s*[(\[]\s*(?:feat\.?|featuring|ft\.?|with|avec|con)\s+(?P<who>[^)\]]+)[)\]]\s*", re.I)
_DISC = re.compile(r"^(?:CD|Disc|Disk|Disque|Disco|Volume|Vol\.?|P[łl]yta|Skiva|Skive|Plate|Schijf|Disko|"
                   r"Dysk|Volumen)\s*(?P<n>\d{1,2}|one|two|three|four|I{1,3}|IV)\b"
                   r"\s*[:.\-–—]?\s*(?P<title>.{0,60})$", re.I)
_SIDE = re.compile(r"^(?:Side|Face|Lado|Lato|Seite|Kant|Strona|Strana|Sida)\s+(?P<side>[A-H])\b\s*[:.\-–—]?\s*(?P<title>.{0,60})$", re.I)
_LEGEND = re.compile(r"^(?P<marker>\*{1,3}|†|‡|¹|²|³|\(\*\))\s*(?P<meaning>[^*].{0,80})$")
_LEADER_DOTS = re.compile(r"(?:\s+\.{3,}|\.{4,}|\s*…{2,})$")
_STRAY = re.compile(r"^([^\w\s\"“«'‘(]|\d)\s+(?=\w)")
# Columns a row carries beside its title: a film score's cue code ("1M1", "4M5") after the number, a streaming
# page's play count ("1,204,551") before the duration, and its explicit-content mark ("E") set apart by wide gaps
_CUE_CODE = re.compile(r"^\d{1,2}M\d{1,2}[a-z]?\s+(?=\S)")
_PLAY_COUNT = re.compile(r"\s+\d{1,3}(?:[,.\u202f]\d{3})+$")
_DISC_AND_NUMBER = re.compile(r"^\d{1,2}[-.]\d{1,3}$")  # "2-05", "1.12"
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}


@dataclass
class TrackLine:
    position: str
    title: str
    duration: int | None
    disc: int | None = None  # from a "CD2-01" style position
    marker: str | None = None  # footnote marker after the title
    separator: str = ""
    stray: str | None = None  # a stray character between number and title ("11 0 Title")
    artists: list[str] = field(default_factory=list)


def read_track_line(text: str) -> TrackLine | None:
    """A tracklist line; None when the line is not one."""
    text = clean_space(text)
    if len(text) > 200:
        return None
    m = _TRACK.match(text)
    if not m:
        return None
    rest = m.group("rest").strip()
    if m.group("pos").isalpha():
        rest = rest.lstrip(" :")
    if "M" in rest[1:5] and rest[0].isdigit():
        rest = _CUE_CODE.sub("", rest, 1)
    duration = None
    # the durations and furniture these patterns look for sit at the end: search only the tail
    tail = max(0, len(rest) - 28)
    d = _TAIL_DURATION.search(rest, tail)
    if d is None and rest[-1:].islower():
        clutter = _ROW_CLUTTER.search(rest, max(0, len(rest) - 70))
        if clutter and clutter.start() > 0:
            rest = rest[:clutter.end("keep")]
            d = _TAIL_DURATION.search(rest, max(0, len(rest) - 28))
    dot = _DOT_DURATION.search(rest, max(0, len(rest) - 14)) if d is None or d.start() == 0 else None
    if d and d.start() > 0:
        duration = _seconds(d.group("dur"))
        rest = rest[:d.start()].strip()
        if rest[-1:].isdigit() and rest[-4:-3] in ",.\u202f":
            rest = _PLAY_COUNT.sub("", rest)
    elif dot and dot.start() > 0 and bool(dot.group("open")) == bool(dot.group("close")) and \
            (dot.group("open") or m.group("sep").strip() in (".", ")", "-", "–")):
        duration = int(dot.group("m")) * 60 + int(dot.group("s"))
        rest = rest[:dot.start()].strip()
    else:
        h = _HEAD_DURATION.match(rest)
        if h:
            duration = _seconds(h.group("dur"))
            rest = h.group("rest").strip()
    rest = rest.strip(" –—-|")
    if rest.endswith(("...", "……")):  # only such an ending can be a dot leader
        rest = _LEADER_DOTS.sub("", rest)  # the dot leaders to the duration
    rest = rest.rstrip()
    stray = None
    s = _STRAY.match(rest)
    if s and not m.group("sep").strip():
        stray = s.group(1)
        rest = rest[s.end():]
    marker = None
    mk = _MARKER.search(rest, max(0, len(rest) - 8))
    if mk:
        marker = mk.group("marker").strip("()")
        rest = rest[:mk.start()].strip()
    artists: list[str] = []
    feat = _FEAT.search(rest) if "(" in rest or "[" in rest else None
    if feat:
        artists = [a.strip() for a in re.split(r"\s*(?:,|&|\band\b|\bet\b|\by\b)\s*", feat.group("who")) if a.strip()]
        rest = (rest[:feat.start()] + " " + rest[feat.end():]).strip()
    title = rest.strip().strip(QUOTE_CHARS).strip()
    if not title or not any(c.isalpha() for c in title):
        return None
    words = title.split()
    if len(words) > 16 or len(title) > 120:
        return None
    # a sentence is not a title: "12 février 2020, la série…" / "1. Les livreurs, qui …"
    if duration is None and not (title[0].isupper() or title[0].isdigit() or title[0] in QUOTE_CHARS):
        return None
    if duration is None and (re.search(r"[.!?;]$", title) and not title.endswith("...") or title.count(",") > 2):
        return None
    position = m.group("pos").upper()
    if position.isalpha() and m.group("sep").strip() == "." and duration is None:
        return None  # "A. Smith": an initial, unless a duration makes the row a side's track
    if position.isdigit():
        position = str(int(position))
    disc = int(m.group("disc")) if m.group("disc") else None
    if not position.isdigit() and _DISC_AND_NUMBER.match(position):
        disc_s, num = re.split(r"[-.]", position)
        if duration is None and "." in position:
            return None  # "1.5 million" is no track
        disc, position = int(disc_s), str(int(num))
    return TrackLine(position, title, duration, disc, marker, m.group("sep").strip(), stray, artists)


def drop_explicit_mark(line: TrackLine, cells: tuple[str, ...]) -> None:
    """A streaming page's explicit-content column ("2   E   Title   3:05"): the lone "E" cell is no part of the
    title."""
    if len(cells) >= 3 and cells[1] == "E" and line.title.startswith("E "):
        line.title = line.title[2:]


def _seconds(text: str) -> int | None:
    text = text.replace("’", "'").replace("′", "'").replace("”", "").replace("″", "").replace("''", "")
    return parse_duration(text.rstrip('"'))


_UNNUMBERED = re.compile(r"^(?:[•·▪◦*\-–—>]\s*)?(?P<title>[^\W\d_\"“«'‘(].{0,100}?|\d\S*\s+\S.{0,100}?)\s*"
                         r"(?:\.{2,}|…+|\s[-–—|:]\s|\t|\s)\s*[(\[]?(?P<dur>" + _DURATION + r")[)\]]?\s*$")
_BULLET_ITEM = re.compile(r"^[•·▪◦\-–—*>]\s*(?P<title>[^\s•].{0,80})$")


def read_unnumbered_track(text: str) -> TrackLine | None:
    """'Mattina a Procida ........ 2'58', '• The Salt Road — 4:05': a track without a number."""
    text = clean_space(text)
    if not (text[-1:].isdigit() or text[-1:] in ")]\"”″'") and text[:1] not in "•·▪◦-–—*>":
        return None
    m = _UNNUMBERED.match(text)
    if m:
        title = m.group("title").strip(" .–—-|:").strip(QUOTE_CHARS).strip()
        if title and any(c.isalpha() for c in title) and len(title.split()) <= 14:
            return _with_marker(TrackLine("", title, _seconds(m.group("dur"))))
        return None
    m = _BULLET_ITEM.match(text)
    if m:
        title = m.group("title").strip().strip(QUOTE_CHARS).strip()
        if title and len(title.split()) <= 10 and not re.search(r"[.!?;:,]$", title) and \
                (title[0].isupper() or title[0].isdigit()):
            return _with_marker(TrackLine("", title, None, separator="•"))
    return None


def _with_marker(line: TrackLine) -> TrackLine:
    mk = _MARKER.search(line.title)
    if mk:
        line.marker = mk.group("marker").strip("()")
        line.title = line.title[:mk.start()].strip()
    return line


def read_disc_heading(text: str) -> int | None:
    """'CD 2', 'Disc 2: The Night', 'Side B' -> the disc number (sides A/B are disc 1, C/D disc 2 …)."""
    text = clean_space(text)
    m = _DISC.match(text)
    if m:
        n = m.group("n").lower()
        return int(n) if n.isdigit() else _WORD_NUMBERS.get(n)
    m = _SIDE.match(text)
    if m and _TAIL_DURATION.search(m.group("title")):
        return None  # "Face A : Parapluies (3:24)": the side's one track
    if m:
        return (ord(m.group("side").upper()) - ord("A")) // 2 + 1
    return None


@dataclass
class Legend:
    marker: str
    credits: list[Credit]


_TRADITIONAL = re.compile(r"^(?:trad\.?|traditional|traditionnel(?:le)?|tradicional|tradizionale|traditionell|"
                          r"popular|populaire|folk song|chanson populaire|canci[oó]n popular)\b", re.I)
_LEGEND_ROLES = (
    (re.compile(r"^(?:composed by|music by|musique de|m[uú]sica de|musica di|musik von|compos[ée]e? par)\s+(.+)$",
                re.I), "composer"),
    (re.compile(r"^(?:arr\.?|arranged by|arrangement|arrang[ée]e? par|arreglo de|arreglos de|arrangiato da)\s+(.+)$",
                re.I), "arranger"),
    (re.compile(r"^(?:written by|[ée]crit par|escrita por|scritta da|geschrieben von)\s+(.+)$", re.I), "songwriter"),
    (re.compile(r"^(?:performed by|feat\.?|featuring|interpr[ée]t[ée]e? par|interpretad[ao] por|sung by)\s+(.+)$",
                re.I), "performer"),
)


def read_legend(text: str) -> Legend | None:
    """'* traditional' -> a composer credit "Traditional" for the tracks marked '*'; '* with vocals by X',
    '* paroles : X ; musique : Y' -> the credits those say."""
    text = clean_space(text)
    if text[:1] not in "*†‡¹²³(":
        return None
    m = _LEGEND.match(text)
    if not m:
        return None
    from labeldesk.importer.credit_lines import read_credit_line

    meaning = m.group("meaning").strip(" .:=–-")
    marker = m.group("marker").strip("()")
    if _TRADITIONAL.match(meaning):
        return Legend(marker, [Credit("Traditional", "composer")])
    credits: list[Credit] = []
    for part in re.split(r"\s*;\s*|\s*/\s*", meaning):
        part = re.sub(r"^(?:with|avec|con|mit|com|feat\.?|featuring)\s+", "", part.strip(), flags=re.I)
        reading = read_credit_line(part) if part else None
        if reading and reading.credits:
            credits.extend(reading.credits)
    if credits:
        return Legend(marker, credits)
    for pattern, role_id in _LEGEND_ROLES:
        r = pattern.match(meaning)
        if r:
            names = [n.strip(" .") for n in re.split(r"\s*(?:,|&|\band\b|\bet\b|\by\b)\s*", r.group(1))]
            names = [n for n in names if is_name(n)]
            return Legend(marker, [Credit(n, role_id) for n in names])
    if len(meaning.split()) <= 8:
        return Legend(marker, [])
    return None


def build_tracks(entries: list[tuple[int, TrackLine]], legends: list[Legend]) -> tuple[list[Track], list[str]]:
    """Tracks in running order from (disc, line) pairs; warnings about odd numbering."""
    warnings: list[str] = []
    tracks: list[Track] = []
    legend_by_marker = {lg.marker: lg for lg in legends}
    separators = [t.separator for _, t in entries if t.separator]
    usual = max(set(separators), key=separators.count) if separators else ""
    previous: dict[int, int] = {}
    counters: dict[int, int] = {}
    for disc, line in entries:
        disc = line.disc or disc
        counters[disc] = counters.get(disc, 0) + 1
        if not line.position:
            line.position = str(counters[disc])
            previous[disc] = counters[disc]
            credits = list(legend_by_marker[line.marker].credits) if line.marker in legend_by_marker else []
            tracks.append(Track(position=line.position, title=line.title, disc=disc, duration=line.duration,
                                artists=list(line.artists), credits=credits))
            continue
        if line.stray is not None:
            warnings.append(f"odd track numbering: '{line.position} {line.stray} {line.title}' read as track "
                            f"{line.position} '{line.title}'" + (f" (the list uses '{usual}')" if usual else ""))
        if line.position.isdigit():
            number = int(line.position)
            last = previous.get(disc)
            if last is not None and number != last + 1:
                warnings.append(f"odd track numbering: track {number} follows track {last}"
                                + (f" on disc {disc}" if disc > 1 else ""))
            elif last is None and number != 1 and not (disc > 1 and number > 1):
                warnings.append(f"odd track numbering: the list starts at {number}")
            previous[disc] = number
        credits = list(legend_by_marker[line.marker].credits) if line.marker in legend_by_marker else []
        tracks.append(Track(position=line.position, title=line.title, disc=disc, duration=line.duration,
                            artists=list(line.artists), credits=credits))
    return tracks, warnings


def split_track_artists(titles: list[str]) -> list[tuple[str, str | None]]:
    """'Title – Artist' or 'Artist – Title' on a compilation -> (title, artist) for each track. The side
    whose values recur (an artist with two tracks) or look more like names is the artist; else the
    title comes first."""
    parts = [re.split(r"\s+[-–—]\s+|\s+/\s+", t, maxsplit=1) for t in titles]
    pairs = [(p[0].strip(), p[1].strip()) if len(p) == 2 else None for p in parts]
    usable = [p for p in pairs if p]
    if len(usable) < max(1, len(titles) // 2):
        return [(t, None) for t in titles]
    left = [fold(a) for a, _ in usable]
    right = [fold(b) for _, b in usable]
    left_score = (len(left) - len(set(left))) * 2 + sum(0.5 for a, _ in usable if is_name(a))
    right_score = (len(right) - len(set(right))) * 2 + sum(0.5 for _, b in usable if is_name(b))
    artist_first = left_score > right_score
    out: list[tuple[str, str | None]] = []
    for title, pair in zip(titles, pairs):
        if pair is None:
            out.append((title, None))
        elif artist_first:
            out.append((pair[1].strip(QUOTE_CHARS), pair[0]))
        else:
            out.append((pair[0].strip(QUOTE_CHARS), pair[1]))
    return out


def total_seconds(tracks: list[Track]) -> int | None:
    if not tracks or any(t.duration is None for t in tracks):
        return None
    return sum(t.duration or 0 for t in tracks)


def fold_title(title: str) -> str:
    return fold(title)
