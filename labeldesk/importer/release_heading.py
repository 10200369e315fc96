"""How the heading lines of a release block read together: 'ARTIST' above 'Title', a title above its subtitle
('… von X' naming the composer), 'Vol. 2: Subtitle', a translation in quotes under the title, and a site's name
printed over its navigation bar (no heading of the release).

Its own module because these rules compare heading lines with each other, after each has been parsed alone
(headings.py)."""

from __future__ import annotations

import re

from labeldesk.importer.folding import fold, name_key
from labeldesk.importer.headings import Heading
from labeldesk.importer.lines import Line
from labeldesk.importer.page_sections import NAV_WORDS
from labeldesk.importer.shapes import QUOTE_CHARS, is_name
from labeldesk.model import Credit


VOLUME = re.compile(r"^(?P<title>.*\b(?:Vol\.?|Volume|Part|Partie|Teil|Parte|Chapter|Chapitre|Cap[ií]tulo)\s*\d+\w?)"
                     r"\s*(?::|\s[–—-])\s+(?P<subtitle>.+)$", re.I)


_BY_NAME = re.compile(r"\b(?:by|von|de|di|par|of|da|door)\s+(?P<name>[A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+){1,3})$")


def second_line(headings: list[Heading], texts: list[str], title: str | None, subtitle: str | None,
                 credits: list[Credit], mentions=None) -> tuple[str | None, str | None, list[Credit], list[str]]:
    """A heading printed over two lines: 'ARTIST' above 'Title', or 'Title' above a subtitle
    ('Kantaten und Lieder von Friederike Albrecht', whose 'von X' names the composer)."""
    if title is None:
        return title, subtitle, [], []
    pairs = list(zip(headings, texts))
    at = next((i for i, (h, _) in enumerate(pairs) if h.title and fold(h.title) == fold(title)), None)
    if at is None or at + 1 >= len(pairs):
        return title, subtitle, [], []
    first = pairs[at][0]
    second, second_text = pairs[at + 1]
    if not second.title or second.subtitle or second.artists or second.artist_candidate or second.credits \
            or fold(second.title) == fold(title) or second.alternate_titles:
        return title, subtitle, [], []
    credited = {name_key(c.name) for c in credits}
    if not first.artists and name_key(first.title) in credited:
        return second.title, subtitle, [], [first.title or ""]
    if name_key(second.title) in credited and is_name(second.title, allow_single=False):
        return title, subtitle, [], [second.title]  # "CANÇONS DEL PORT" over "Marina Coll": title, then artist
    if mentions is not None and is_name(second.title, allow_single=False) and \
            not is_name(title, allow_single=False) and mentions(second.title) >= 2:
        # "Faros apagados" over "Niebla Temprana", whom the notes name again: title, then artist
        return title, subtitle, [], [second.title]
    if subtitle:
        return title, subtitle, [], []
    found: list[Credit] = []
    by = _BY_NAME.search(second_text)
    if by:
        found.append(Credit(by.group("name"), "composer"))
    return title, second_text, found, []


_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ]")


def latin_readings(title: str | None, heading_texts: list[str], subtitle: str | None) -> list[str]:
    """'Η ΚΟΡΗ ΤΟΥ ΜΕΛΙΣΣΟΚΟΜΟΥ' over 'I Kori tou Melissokomou · The Beekeeper's Daughter', '밤의 정원' over
    'Bamui Jeongwon': a title in another script, then its romanisation and translation in Latin letters on the
    next heading line — alternate titles, not a subtitle."""
    if not title or _LATIN_LETTER.search(title):
        return []
    at = next((i for i, t in enumerate(heading_texts) if fold(t) == fold(title)), None)
    if at is None or at + 1 >= len(heading_texts):
        return []
    under = heading_texts[at + 1].strip()
    letters = [c for c in under if c.isalpha()]
    if not letters or not all(_LATIN_LETTER.match(c) for c in letters) or len(under.split()) > 12:
        return []
    return [p.strip() for p in re.split(r"\s+[·/|]\s+", under) if p.strip()]


def wholly_quoted(text: str) -> bool:
    text = text.strip()
    return len(text) > 2 and text[0] in QUOTE_CHARS and text[-1] in QUOTE_CHARS and \
        not any(c in QUOTE_CHARS for c in text[1:-1])


def over_navigation(lines: list[Line], line: Line) -> bool:
    """The line right over a navigation bar: the site's name."""
    following = lines[line.index + 1] if line.index + 1 < len(lines) else None
    if following is None or following.kind != "chrome" or following.blank_before:
        return False
    first = fold(following.text.split(None, 1)[0]) if following.text.split() else ""
    return first in NAV_WORDS
