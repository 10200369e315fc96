"""What a credit applies to, when not the whole release: an instrument or song before a participle ('guitar
recorded by X'), track positions ('Track 3 remixed by X', 'Yara Mensink (tracks 3, 6)'), and exceptions
('…, except † by Y', 'except “Zandpad” by Y') that become footnote legends or song-scoped credits.

Scope markers live in Credit.scope until the release builder resolves them: TRACK_SCOPE + positions binds a
credit to tracks, a leading \\x00 + marker to a footnote legend, TITLE_KEY + title to a song. Its own module so
that those conventions are read and written in one place."""

from __future__ import annotations

import re

from labeldesk.importer import role_words as rw
from labeldesk.importer.credit_names import ARTICLE, credits_for, read_names
from labeldesk.importer.credit_reading import LineReading
from labeldesk.importer.folding import fold
from labeldesk.importer.shapes import clean_space
from labeldesk.model import Credit
from labeldesk.model.instruments import instrument_name, is_known_instrument


_EXCEPT = re.compile(r",?\s*\b(?:except|excepted|sauf|excepto|salvo|menos|tranne|eccetto|au(?:ss|ß)er|exceto|"
                     r"behalve|utom|undtagen|unntatt|excepte)\b\s*(?:for\s+)?"
                     r"(?:(?P<marker>\*{1,3}|†|‡|¹|²|³)|[“\"«„‘](?P<title>[^”\"»“’]{1,80})[”\"»“’])?"
                     r"(?:\s*(?:\(|:)?\s*(?:by|de|par|por|di|da|von|door|av|af)\s+(?P<names>.+?))?"
                     r"\)?\s*\.?$", re.I)


# legends keyed by a song title rather than a footnote marker start with this character
TITLE_KEY = "\x02"


def exceptions(text: str, roles: tuple[str, ...] | None) -> tuple[str, dict[str, list[Credit]]]:
    """'Marla Okafor, except † by Desmond Pryce' -> ('Marla Okafor', {'†': [Desmond Pryce credits]});
    'X except “Zandpad” by Y' -> ('X', {TITLE_KEY + 'Zandpad': [Y credits]})."""
    m = _EXCEPT.search(text)
    if not m or m.start() == 0:
        return text, {}
    legends: dict[str, list[Credit]] = {}
    key = m.group("marker") or (TITLE_KEY + m.group("title").strip() if m.group("title") else None)
    if key and m.group("names") and roles:
        names = read_names(m.group("names"))
        if names:
            legends[key] = credits_for(names, roles, None)
    return text[:m.start()].strip(" ,"), legends


def split_legends(legends: dict[str, list[Credit]]) -> tuple[dict[str, list[Credit]], list[Credit]]:
    """Footnote legends, and the credits an exception gives to one named song."""
    kept: dict[str, list[Credit]] = {}
    scoped: list[Credit] = []
    for key, credits in legends.items():
        if key.startswith(TITLE_KEY):
            scoped.extend(Credit(c.name, c.role, c.instrument, key[1:]) for c in credits)
        else:
            kept[key] = credits
    return kept, scoped


def scope_of(words: str) -> tuple[bool, str | None]:
    """(acceptable, scope) for the words before a participle: "guitar" -> scope; "music" -> whole release."""
    words = clean_space(words).strip(" ,:;-–—")
    if not words:
        return True, None
    key = fold(words)
    if key in rw.WHOLE_RELEASE_WORDS or fold(ARTICLE.sub("", words)) in rw.WHOLE_RELEASE_WORDS:
        return True, None
    if len(words.split()) <= 3 and (is_known_instrument(words) or words == words.lower()) \
            and not any(c.isdigit() for c in words):
        return True, instrument_name(words)
    q = re.match(r"^[“\"«„](.+)[”“\"»]$", words)
    if q:
        return True, q.group(1)
    t = _TRACK_SCOPE.match(words)
    if t:
        return True, TRACK_SCOPE + ",".join(re.findall(r"[A-H]?\d+", t.group("numbers")))
    return False, None


# "Track 3 remixed by X": a credit bound to tracks by position; the scope holds the positions.
TRACK_SCOPE = "\x01track:"


_TRACK_SCOPE = re.compile(r"^(?:tracks?|pistes?|pistas?|tracce|traccia|titel|titres?|faixas?|brani|brano|nos?\.?)\s+"
                          r"(?P<numbers>[A-H]?\d+(?:\s*(?:,|&|and|et|y|e|und|-)\s*[A-H]?\d+)*)$", re.I)


def with_marked(credits: list[Credit]) -> LineReading:
    """Credits whose scope is a footnote marker go to the reading's legends."""
    reading = LineReading()
    for c in credits:
        if c.scope and c.scope.startswith("\x00"):
            reading.legends.setdefault(c.scope[1:], []).append(Credit(c.name, c.role, c.instrument, None))
        else:
            reading.credits.append(c)
    return reading


_TRACK_LIST_SCOPE = re.compile(r"\s*\((?P<scope>(?:tracks?|pistes?|pistas?|tracce|titel|nummers?|sp[åa]r|nos?\.?|faixas?|utwory?|kappaleet|트랙|曲)\s*:?\s+"
                               r"[A-H]?\d+(?:\s*(?:,|&|and|et|y|e|und|en|-|–)\s*[A-H]?\d+)*)\)\s*$", re.I)


def trailing_scope(value: str) -> tuple[str, str | None]:
    """'Yara Mensink (tracks 3, 6)' -> ('Yara Mensink', 'tracks 3, 6')."""
    m = _TRACK_LIST_SCOPE.search(value)
    if m and m.start() > 0:
        return value[:m.start()].strip(), m.group("scope")
    return value, None
