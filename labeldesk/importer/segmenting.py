"""A document's lines -> release blocks and skipped passages.

A release starts at a heading that is followed (before any prose) by release markers worth at least 2:
a label, catalogue number or barcode line, a soundtrack subtitle or album cue in the heading, a composer
or director line, a date or length line, a tracklist with durations. It runs to the next release's
heading; prose after its last marker stays with it only while it reads as part of the release (music
words, the release's names, or a signed note), so that a press article after the last release is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from labeldesk.importer.catalog_codes import as_code
from labeldesk.importer.credit_reading import LineReading
from labeldesk.importer.classify import ANCHOR_KINDS, FORMAT_TAIL, anchor_weight, classify, is_music_related
from labeldesk.importer.headings import looks_like_heading
from labeldesk.importer.lines import Line
from labeldesk.importer.page_sections import mark_furniture, mark_running_lines, mark_site_header
from labeldesk.importer.signatures import read_signature
from labeldesk.importer.table_rows import mark_table_rows
from labeldesk.importer.works import is_movement
from labeldesk.importer.glyphs import has_full_width_punctuation
from labeldesk.importer.classical_lineup import mark_conductors
from labeldesk.importer.folding import fold

NO_MARKERS = "no release markers (label, composer, tracklist)"
REPEATED_HEADING = "repeated heading"
_MAX_LOOKAHEAD_PARAGRAPHS = 4


@dataclass
class Block:
    first: int  # index of the first line
    last: int  # index of the last line (inclusive)
    heading_end: int = -1  # index of the last line of the release's heading zone


@dataclass
class Segmentation:
    releases: list[Block]
    skipped: list[tuple[int, int, str]]  # (first line, last line, reason)


def segment(lines: list[Line]) -> Segmentation:
    classify_all(lines)
    _mark_wrapped_paragraphs(lines)
    mark_table_rows(lines)
    _mark_programme_times(lines)
    _mark_cast_lists(lines)
    mark_running_lines(lines)
    mark_furniture(lines)
    mark_site_header(lines)
    _mark_original_script_titles(lines)
    _mark_work_headings(lines)
    mark_conductors(lines)
    run_weight = _check_track_runs(lines)
    _mark_signatures(lines)
    starts = _release_starts(lines, run_weight)
    blocks = [b for b in _blocks(lines, starts) if not _event_listing(lines, b)]
    return _with_skipped(lines, blocks)


# A clock time ("19:30", "20.00", "16h00") beside a weekday: a concert or screening in a programme.
_CLOCK = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3])(?::|\.|h)[0-5]\d(?![\d:])")
_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|luned[ìi]|marted[ìi]|mercoled[ìi]|"
    r"gioved[ìi]|venerd[ìi]|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag|zaterdag|zondag|m[åa]ndag|tisdag|tirsdag|onsdag|torsdag|fredag|l[öø]rdag|s[öø]ndag|"
    r"poniedzia[łl]ek|wtorek|[śs]roda|czwartek|pi[ąa]tek|sobota|niedziela|pond[ěe]l[íi]|[úu]ter[ýy]|st[řr]eda|"
    r"[čc]tvrtek|p[áa]tek|ned[ěe]le|segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?\b", re.I)


_STARTS_AT = re.compile(r"^(?:[01]?\d|2[0-3])(?:[:.h]|\s?h\s?)[0-5]\d\s+\S")


def _mark_programme_times(lines: list[Line]) -> None:
    """'19h00  Louise Kerbrat', '20:30 The Quartet': who plays at what time in a programme, no release's
    heading."""
    for line in lines:
        if line.kind == "heading" and _STARTS_AT.match(line.text):
            line.kind, line.data = "other", None


def _is_event_line(line: Line) -> bool:
    return line.kind in ("heading", "other", "prose") and line.words <= 16 and \
        _CLOCK.search(line.text) is not None and _WEEKDAY.search(line.text) is not None


def _event_listing(lines: list[Line], block: Block) -> bool:
    """A concert or screening in a festival programme ("Thursday 3 October, 19:30 — St Aldhelm's Church", its
    performers and works): no tracklist and no catalogue fields, under or beside an event's date and time."""
    body = range(block.first, block.last + 1)
    if any(lines[k].kind in ("track", "disc") or (lines[k].kind == "header" and anchor_weight(lines[k]) >= 2)
           for k in body):
        return False
    near = range(max(0, block.first - 3), block.last + 1)
    return any(_is_event_line(lines[k]) for k in near)


# Kinds whose readings are later changed in place (a track's position is filled in): read afresh every time.
_UNSHARED = frozenset({"track", "legend"})


def classify_all(lines: list[Line]) -> None:
    """Classifies every line; a line printed again (a label line, a signature, a credit) is read once."""
    seen: dict[str, tuple[str, object, str]] = {}
    # one search over the whole text tells whether any line may hold full-width punctuation (Japanese pages)
    wide = has_full_width_punctuation("\n".join(line.text for line in lines))
    for line in lines:
        printed = line.text
        known = seen.get(printed)
        if known is not None:
            line.kind, line.data, line.text = known
            continue
        classify(line, wide)
        if line.kind not in _UNSHARED:
            seen[printed] = (line.kind, line.data, line.text)


def _mark_wrapped_paragraphs(lines: list[Line]) -> None:
    """A paragraph wrapped at a fixed width: its first line, a sentence's worth of words running on into a line
    that goes on in lower case, is prose, not a heading ("Kvarteto vzniklo v roce 1991 na olomoucké" / "a od")."""
    for k in range(len(lines) - 1):
        line = lines[k]
        if line.kind != "heading" or line.words < 6:
            continue
        following = lines[k + 1]
        if following.kind == "prose" and not following.blank_before and following.text[:1].islower() and \
                sum(1 for w in line.text.split() if w[:1].islower()) >= 2:
            line.kind, line.data = "prose", None


def _mark_work_headings(lines: list[Line]) -> None:
    """A heading between two tracks whose numbering runs on ("5 Ankunft" / "Sinfonie Nr. 2" / "6 I. Langsam")
    names a work within the tracklist, not a new release."""
    composers: set[str] = set()
    for k in range(0, len(lines) - 1):
        line = lines[k]
        if line.kind == "credit" and line.data.credits and line.data.credits[0].role == "composer":
            composers.add(fold(line.data.credits[0].name))
        if line.kind != "heading" or (line.data is not None and line.data.strength >= 2):
            continue
        before, after = lines[k - 1], lines[k + 1]
        if k > 0 and before.kind == "track" and after.kind == "track" and \
                _runs_on(before.data.position, after.data.position):
            if fold(line.text.strip()) in composers:
                # "Vojtěch Hrubý" again between two tracks: the composer named over the works above, now over
                # the pieces below
                line.kind, line.data = "workcomposer", line.text.strip()
                continue
            line.kind = "work"
        elif after.kind == "track" and _WORK_NUMBER.search(line.text):
            line.kind = "work"  # "Requiem des marins, op. 42" over its movements: a work, not a release
        elif after.kind == "track" and not after.blank_before and is_movement(after.data.title):
            line.kind = "work"  # "Suite rural (1923)" over "7. I. Preludi": a work of the programme
        else:
            continue
        if k > 0 and not line.blank_before:
            _mark_work_composer(lines[k - 1])


def _mark_work_composer(line: Line) -> None:
    """'Núria Castellet (1968)' or 'Núria Castellet' right over a work: the composer of the works below."""
    from labeldesk.importer.shapes import is_name

    if line.kind == "credit" and len(line.data.credits) == 1 and line.data.credits[0].role == "composer":
        line.kind, line.data = "workcomposer", line.data.credits[0].name
    elif line.kind == "heading" and is_name(line.text, allow_single=False):
        line.kind, line.data = "workcomposer", line.text


# A work's number in a catalogue of works: "op. 42", "BWV 1007", "K. 626", "D 960", "Hob. XVI:52", "RV 580".
_WORK_NUMBER = re.compile(r"(?:,\s*|\s)(?:op(?:us)?\.?|BWV|KV|K\.|D\.|Hob\.|RV|HWV|WoO|Sz\.|L\.)\s*[\dIVXL]+[a-z]?"
                          r"(?:[:/.]\s*\d+)?(?:\s*(?:no\.?|nr\.?|n[°º])\s*\d+)?\s*$", re.I)


def _runs_on(previous: str, following: str) -> bool:
    if previous.isdigit() and following.isdigit():
        return int(following) == int(previous) + 1
    if previous[:1].isalpha() and following[:1].isalpha() and previous[1:].isdigit() and following[1:].isdigit():
        return previous[0] == following[0] and int(following[1:]) == int(previous[1:]) + 1 or \
            ord(following[0]) == ord(previous[0]) + 1 and following[1:] == "1"
    return False


def _check_track_runs(lines: list[Line]) -> dict[int, float]:
    """Track lines without durations count only in runs of two or more; a run's marker weight."""
    weights: dict[int, float] = {}
    i, n = 0, len(lines)
    while i < n:
        if lines[i].kind not in ("track", "disc", "legend"):
            i += 1
            continue
        j = i
        while j + 1 < n and lines[j + 1].kind in ("track", "disc", "legend") and lines[j + 1].blank_before <= 2:
            j += 1
        tracks = [k for k in range(i, j + 1) if lines[k].kind == "track"]
        timed = sum(1 for k in tracks if lines[k].data.duration is not None)
        if len(tracks) == 1 and timed == 0:
            _demote(lines[tracks[0]])
        elif not tracks:
            for k in range(i, j + 1):
                if lines[k].kind == "disc":
                    _demote(lines[k])
        if tracks:
            weights[tracks[0]] = 2 if timed >= 2 else (1 if len(tracks) >= 3 else 0)
            if timed < 2 and _listed_under_heading(lines, tracks):
                weights[tracks[0]] = 2
        i = j + 1
    return weights


def _listed_under_heading(lines: list[Line], tracks: list[int]) -> bool:
    """Four or more tracks numbered 1, 2, 3 … right under a heading (no prose between): a release's tracklist
    printed without durations under its title."""
    first = tracks[0]
    if len(tracks) < 4 or first == 0 or lines[first - 1].kind != "heading" or lines[first].blank_before > 2:
        return False
    positions = [lines[k].data.position for k in tracks]
    return positions[0] == "1" and all(_runs_on(a, b) for a, b in zip(positions, positions[1:]))


def _demote(line: Line) -> None:
    from labeldesk.importer.headings import parse_heading

    if looks_like_heading(line.text):
        line.kind, line.data = "heading", parse_heading(line.text)
    else:
        line.kind, line.data = "prose", None


def _mark_signatures(lines: list[Line]) -> None:
    """A name-shaped line under prose (or above a place-and-date line) signs the note above it."""
    for i, line in enumerate(lines):
        dashed = line.kind == "prose" and line.text[:1] in "—–-~" and line.words <= 12
        if line.kind not in ("heading", "credit") and not dashed:
            continue
        prev = lines[i - 1] if i > 0 else None
        if prev is not None and prev.kind == "chrome" and i > 1 and _heads_release(lines[i - 2]):
            prev = lines[i - 2]  # "TRB 0117-2 CD" boxed off from the heading by a rule
        n = i + 1
        while n < len(lines) and lines[n].kind == "chrome":
            n += 1
        nxt = lines[n] if n < len(lines) else None
        after_prose = prev is not None and prev.kind == "prose"
        before_place = nxt is not None and nxt.kind == "placedate"
        if not (after_prose or before_place):
            continue
        alone = nxt is None or nxt.blank_before > 0 or nxt.kind != "credit"
        if line.kind == "credit" and not line.text.startswith(("(", "—", "–", "-")) and \
                not (after_prose and (_credit_is_signature(line) or (alone and _player_signs(line)))):
            continue
        if nxt is not None and (n > i + 1 or nxt.blank_before <= 2) and anchor_weight(nxt) >= 2 and \
                nxt.kind in ("header", "credit"):
            continue
        if line.kind == "heading" and line.data is not None and line.data.strength >= 2:
            continue
        signature = read_signature(line.text)
        if signature is not None:
            line.kind, line.data = "signature", signature


def _player_signs(line: Line) -> bool:
    """'真鍋ひより (Vo / Key)' alone under a note: a band member signs with what they play."""
    return bool(re.match(r"^[^,:–—()]+\s*\([^()\d]{1,30}\)$", line.text)) and \
        all(c.role == "performer" for c in line.data.credits)


def _credit_is_signature(line: Line) -> bool:
    """'Andre Matthias, composer' under prose reads as a credit line too; it signs the prose."""
    return bool(re.match(r"^[^,:–—]+(?:,|\s[–—-]\s)\s*[^\W\d_]", line.text)) and ":" not in line.text


def _release_starts(lines: list[Line], run_weight: dict[int, float]) -> list[tuple[int, int]]:
    """(first line, last heading line) of every release."""
    starts: list[tuple[int, int]] = []
    i, n = 0, len(lines)
    while i < n:
        if lines[i].kind != "heading":
            i += 1
            continue
        # a plain heading inside a release's block of credit lines is part of that block
        prev = lines[i - 1] if i > 0 else None
        if prev is not None and prev.kind == "chrome" and i > 1 and _heads_release(lines[i - 2]):
            prev = lines[i - 2]  # "TRB 0117-2 CD" boxed off from the heading by a rule
        if starts and prev is not None and prev.kind in ("credit", "header", "song", "award") and \
                anchor_weight(lines[i]) < 2 and not _heads_release(prev):
            i += 1
            continue
        j = i
        while j + 1 < n and lines[j + 1].kind in ("heading", "chrome") and lines[j + 1].blank_before <= 3:
            j += 1
        while j > i and lines[j].kind == "chrome":
            j -= 1
        if sum(1 for k in range(i, j + 1) if _catalogue_entry(lines[k])) >= 3:
            i = j + 1  # a list of the label's releases, one line each: a back catalogue, no release's own page
            continue
        score = sum(anchor_weight(lines[k]) for k in range(i, j + 1))
        if prev is not None and _heads_release(prev) and lines[i].blank_before <= 3:
            score += anchor_weight(prev)  # "MS-LP 113" printed over the heading numbers this release
        marked = score >= 2
        k = j + 1
        while k < n and lines[k].kind not in ("prose", "signature", "leadin"):
            if lines[k].kind == "heading" and anchor_weight(lines[k]) >= 2 and score >= 2:
                break  # the next release's heading
            if score >= 2 and k + 1 < n and lines[k].blank_before and lines[k + 1].kind == "heading" and \
                    (_heads_release(lines[k]) or (lines[k].kind == "heading" and _own_markers(lines, k + 1))):
                break  # "HLR 042" over the next release's heading
            weight = anchor_weight(lines[k])
            score += weight + run_weight.get(k, 0)
            if weight >= 1 or (not starts and run_weight.get(k, 0) >= 2):
                marked = True
            k += 1
        if score >= 2 and marked:
            # a kicker right above the heading ("Nieuw op Duinroos Records") belongs to the release
            top = i
            if top > 0 and (_ensemble_name(lines[top - 1]) or _composer_with_dates(lines[top - 1])) and \
                    lines[top].blank_before <= 1:
                top -= 1  # the ensemble's name, or the composer with their years, printed over the title
            top = top - 1 if top > 0 and _heads_release(lines[top - 1]) and lines[top].blank_before <= 3 else top
            if top > 1 and lines[top - 1].kind == "chrome" and _heads_release(lines[top - 2]) and \
                    lines[top].blank_before <= 3:
                top -= 2  # the number boxed off from the heading by a rule
            top, j = _own_group(lines, top, j, k)
            starts.append((top, j))
            i = j + 1
            # the rest of this block belongs to the release just found
            while i < k and lines[i].kind != "heading" or (i < k and anchor_weight(lines[i]) < 2):
                i += 1
            continue
        i = j + 1
    # markers before the first heading-led release: a release without a heading
    first = starts[0][0] if starts else len(lines)
    for k in range(first):
        strong = (lines[k].kind == "header" and anchor_weight(lines[k]) >= 2) or run_weight.get(k, 0) >= 2
        if strong:
            s = k
            while s > 0 and k - s < 6 and lines[s - 1].kind not in ("prose", "signature", "leadin", "placedate"):
                s -= 1
            starts.insert(0, (s, s - 1 if lines[s].kind != "heading" else s))
            break
    if starts and starts[0][1] < starts[0][0]:
        above = _heading_above(lines, starts[0][0], starts[1][0] if len(starts) > 1 else n)
        if above is not None:
            starts[0] = above
    return starts


# Headings over a list of actors and the parts they play.
_CAST_HEADS = frozenset(("starring", "cast", "the cast", "original cast", "principal cast", "besetzung", "darsteller",
                         "mit", "reparto", "elenco", "interpreti", "distribution", "avec", "rollen", "i rollerna",
                         "obsada", "met", "with", "sprecher", "die sprecher", "voices", "voix", "voces"))
_PLAYS_PART = re.compile(r"^(?P<name>[^()]{3,60}?)\s*(?:\((?P<part>[^()]{2,50})\)|"
                         r"\s(?:as|als|como|come|dans le r[ôo]le de)\s(?P<as>.{2,50}))$")


def _mark_cast_lists(lines: list[Line]) -> None:
    """'Starring' over 'Delphine Acre (Maren Holloway)', 'Jonah Petrie (Captain Ezra Vane)': the cast, each with
    the part they play."""
    from labeldesk.importer.shapes import is_name
    from labeldesk.model import Credit

    for k, line in enumerate(lines[:-1]):
        # the word count first: folding every paragraph of a long document only to compare it with a heading
        # of a word or two is most of this pass's time
        if line.words > 3 or fold(line.text).strip(" :") not in _CAST_HEADS:
            continue
        j = k + 1
        while j < len(lines) and not (j > k + 1 and lines[j].blank_before) and lines[j].kind in ("prose", "heading",
                                                                                                  "other"):
            m = _PLAYS_PART.match(lines[j].text)
            if not m or not is_name(m.group("name").strip(), allow_single=False):
                break
            lines[j].kind = "credit"
            lines[j].data = LineReading(credits=[Credit(m.group("name").strip(), "cast")])
            j += 1
        if j > k + 1:
            line.kind, line.data = "other", None


def _mark_original_script_titles(lines: list[Line]) -> None:
    """'風の便り' right under 'Kaze no Tayori': a title in its original script, printed with the romanized one,
    is part of the heading, not a sentence."""
    from labeldesk.importer.headings import parse_heading

    for k in range(1, len(lines)):
        line = lines[k]
        if line.kind == "prose" and not line.blank_before and lines[k - 1].kind == "heading" and \
                len(line.text) <= 40 and is_other_script(line.text):
            line.kind, line.data = "heading", parse_heading(line.text)


def is_other_script(text: str) -> bool:
    """Letters, none of them Latin, and no sentence's end: a title in Japanese, Chinese, Greek, Cyrillic …"""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) and \
        not text.rstrip().endswith((".", "。", "!", "?"))


def _catalogue_entry(line: Line) -> bool:
    """'HLR-007 Fenna Holt – Harbour Songs (2015)': a heading that starts with a catalogue number and goes on."""
    if line.kind != "heading":
        return False
    words = line.text.split()
    return len(words) >= 3 and (as_code(words[0]) is not None or as_code(" ".join(words[:2])) is not None)


def _composer_with_dates(line: Line) -> bool:
    """'ILSE MARWEN (1911-1987)' alone on its line: the composer a classical release is of."""
    return line.kind == "credit" and len(line.data.credits) == 1 and line.data.credits[0].role == "composer" and \
        re.search(r"\((?:\*\s*)?(?:1[5-9]|20)\d\d\s*[–-]\s*(?:(?:1[5-9]|20)\d\d)?\)$", line.text) is not None


def _ensemble_name(line: Line) -> bool:
    """'THE GLASSWORKS QUARTET' alone on its line: the artist printed between a heading and the title."""
    return line.kind == "credit" and len(line.data.credits) == 1 and line.data.credits[0].name == line.text.strip() \
        and line.data.credits[0].role in ("ensemble", "orchestra", "choir")


def _own_group(lines: list[Line], top: int, j: int, k: int) -> tuple[int, int]:
    """A catalogue's headings ("NEUHEITEN HERBST 2022") over a release printed as artist, title and identifier
    line with a blank line between: the release starts at its own group, right over its identifiers."""
    m = next((x for x in range(j + 1, k) if lines[x].kind == "header" and anchor_weight(lines[x]) >= 2), None)
    if m is None or lines[m - 1].kind != "heading" or m - 1 <= j or lines[m].blank_before:
        return top, j
    t = m - 1
    while t - 1 > j and not lines[t].blank_before and lines[t - 1].kind in ("heading", "credit") and \
            lines[t - 1].words <= 6:
        t -= 1
    if not lines[t].blank_before:
        return top, j
    return t, m - 1


def _own_markers(lines: list[Line], k: int) -> bool:
    """The lines right under a heading hold a label, catalogue number or barcode of their own."""
    while k < len(lines) and lines[k].kind == "heading":
        k += 1
    return k < len(lines) and lines[k].kind == "header" and anchor_weight(lines[k]) >= 2


def _heads_release(line: Line) -> bool:
    """A kicker ("Nieuw op X") or a catalogue number alone ("HLR 041"), or followed by the edition's format ("MDZ 041 ·
    3 CD · box"), printed right over a release's heading."""
    if line.kind == "kicker":
        return True
    return line.kind == "header" and set(line.data.fields) == {"catalog_number"} and \
        (line.words <= 3 or (line.words <= 6 and _SERIES_LINE.search(line.text) is not None) or
         (line.words <= 8 and FORMAT_TAIL.search(line.text) is not None) or
         (line.words <= 12 and " · " in line.text and line.text.startswith(str(line.data.fields["catalog_number"]))))


# "LAMPLIGHT ARCHIVE SERIES · LAS-019": a series and its number over the release
_SERIES_LINE = re.compile(r"(?i)\b(?:series|s[ée]rie|serien?|reihe|collection|collana|colecci[óo]n|cole[çc][ãa]o)\b")


def _heading_above(lines: list[Line], first: int, limit: int) -> tuple[int, int] | None:
    """A release found by its markers alone, below a title and the prose that presents it (a press release:
    title, artists, two paragraphs, a quote, then the tracklist): the title's lines start the release."""
    k = first - 1
    prose: list[str] = []
    while k >= 0 and lines[k].kind in ("prose", "signature", "placedate", "leadin", "chrome", "header", "credit",
                                       "award", "song", "other"):
        if lines[k].kind == "prose":
            prose.append(lines[k].text)
        k -= 1
    if k < 0 or not prose or lines[k].kind not in ("heading", "kicker"):
        return None
    end = k
    top = k
    while top > 0 and lines[top - 1].kind in ("heading", "kicker", "chrome", "placedate") and \
            lines[top].blank_before <= 3:
        top -= 1
    while top < end and lines[top].kind in ("chrome", "placedate"):
        top += 1
    block_words = set(re.findall(r"\w+", fold(" ".join(prose + [lines[x].text for x in range(first, limit)]))))
    named = False
    for x in range(top, end + 1):
        if lines[x].kind != "heading":
            continue
        title = getattr(lines[x].data, "title", None) or lines[x].text
        title_words = re.findall(r"\w+", fold(title))
        if title_words and all(w in block_words for w in title_words):
            named = True
    if not named:
        return None
    names = _release_words(lines, first, limit - 1)
    if not all(_related(text, names) for text in prose):
        return None
    return top, end


def _blocks(lines: list[Line], starts: list[tuple[int, int]]) -> list[Block]:
    blocks: list[Block] = []
    for number, (first, heading_end) in enumerate(starts):
        limit = starts[number + 1][0] - 1 if number + 1 < len(starts) else len(lines) - 1
        last_anchor = max([heading_end, first] + [k for k in range(first, limit + 1) if lines[k].kind in ANCHOR_KINDS])
        last = _keep_related_tail(lines, first, last_anchor, limit)
        # a heading printed twice: the first copy is skipped
        while first < heading_end and any(fold(lines[first].text) == fold(lines[k].text)
                                          for k in range(first + 1, heading_end + 1)):
            first += 1
            lines[first - 1].repeated = True
        blocks.append(Block(first, last, heading_end))
    return blocks


def _keep_related_tail(lines: list[Line], first: int, last_anchor: int, limit: int) -> int:
    """The last line of the release: prose after its last marker stays while it belongs to the release."""
    names = _release_words(lines, first, last_anchor)
    last = last_anchor
    k = last_anchor + 1
    while k <= limit:
        line = lines[k]
        if line.kind in ("heading", "chrome"):
            break
        if line.kind == "leadin":
            last = k
            k += 1
            continue
        # one paragraph: prose lines without a blank line between them
        end = k
        while end + 1 <= limit and lines[end + 1].kind == "prose" and lines[end + 1].blank_before == 0:
            end += 1
        text = " ".join(lines[x].text for x in range(k, end + 1))
        if _related(text, names) or _signed_soon(lines, end + 1, limit):
            last = end
            k = end + 1
            while k <= limit and lines[k].kind in ("signature", "placedate"):
                last = k
                k += 1
            continue
        break
    return last


def _signed_soon(lines: list[Line], k: int, limit: int) -> bool:
    """A signature under the next few paragraphs: they are one signed note."""
    paragraphs = 0
    while k <= limit and paragraphs <= _MAX_LOOKAHEAD_PARAGRAPHS:
        if lines[k].kind == "signature":
            return True
        if lines[k].kind != "prose":
            return False
        if lines[k].blank_before:
            paragraphs += 1
        k += 1
    return False


def _release_words(lines: list[Line], first: int, last: int) -> set[str]:
    """Surnames and title words of the release, to recognise prose about it."""
    words: set[str] = set()
    for k in range(first, last + 1):
        line = lines[k]
        if line.kind in ("credit", "signature") and line.data is not None:
            credits = getattr(line.data, "credits", None) or []
            names = [c.name for c in credits] + list(getattr(line.data, "names", []) or [])
            for name in names:
                parts = fold(name).split()
                if parts and len(parts[-1]) > 3:
                    words.add(parts[-1])
        if line.kind == "heading":
            words.update(w for w in re.findall(r"\w+", fold(line.text)) if len(w) > 4)
    return words - {"original", "motion", "picture", "soundtrack", "bande", "originale", "album"}


def _related(text: str, names: set[str]) -> bool:
    if is_music_related(text):
        return True
    words = set(re.findall(r"\w+", fold(text)))
    return bool(words & names)


def _with_skipped(lines: list[Line], blocks: list[Block]) -> Segmentation:
    owner: list[str | None] = [NO_MARKERS] * len(lines)
    for block in blocks:
        for k in range(block.first, block.last + 1):
            owner[k] = None
    for k, line in enumerate(lines):
        if line.repeated and owner[k] is not None:
            owner[k] = REPEATED_HEADING
    skipped: list[tuple[int, int, str]] = []
    for k, reason in enumerate(owner):
        if reason is None:
            continue
        if skipped and skipped[-1][1] == k - 1 and skipped[-1][2] == reason:
            skipped[-1] = (skipped[-1][0], k, reason)
        else:
            skipped.append((k, k, reason))
    return Segmentation(blocks, skipped)


def is_signature(text: str) -> bool:
    return read_signature(text) is not None
