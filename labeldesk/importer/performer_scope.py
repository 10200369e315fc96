"""The part of a release a performer's line limits them to, written after the instruments:

  Trompete auf „Nordwest & Nebel“     voz em "Ventania"     Trumpet on M3, M7     sång (spår 4)     voce (B2)

A song named in quotes gives its title; track positions give the positions as printed ("M3, M7", "spår 4"),
as a line-up's "(tracks 3, 6)" does.
"""

from __future__ import annotations

import re

_POSITIONS = r"(?:(?:tracks?|pistes?|pistas?|tracce|traccia|titel|nummers?|sp[åa]r|faixas?|nos?\.?|nr\.?|#)\s*:?\s*)?" \
             r"[A-HM]?\d{1,2}(?:\s*(?:,|&|and|et|y|e|und|en|och|og|i|-|–)\s*[A-HM]?\d{1,2})*"
_ON = r"(?:on|in|auf|bei|p[åa]|em|en|sur|dans|su|op|no|na|nel|nella|w|v|för|for|pour|para|per)"
_QUOTED = r"[“\"„«‚‘](?P<title>[^“”\"„«»]{1,80})[”“\"»‘’]"
_SIDE_POSITIONS = r"[A-HM]\d{1,2}(?:\s*(?:,|&|and|et|y|e|und|en|och|og|i|-|–)\s*[A-HM]\d{1,2})*"
_WORDED_POSITIONS = r"(?:tracks?|pistes?|pistas?|tracce|traccia|titel|nummers?|sp[åa]r|faixas?|nos?\.?|nr\.?|#)\s*:?\s*" \
                    r"[A-HM]?\d{1,2}(?:\s*(?:,|&|and|et|y|e|und|en|och|og|i|-|–)\s*[A-HM]?\d{1,2})*"
# a bare number in brackets may count players ("violin (2)"): positions in brackets need a side letter or a word
_IN_PARENS = re.compile(r"\s*\((?P<where>" + _WORDED_POSITIONS + "|" + _SIDE_POSITIONS + r")\)\s*$", re.I)
_ON_TITLE = re.compile(r"\s+" + _ON + r"\s+" + _QUOTED + r"\s*$", re.I)
_ON_POSITIONS = re.compile(r"\s+" + _ON + r"\s+(?P<where>" + _POSITIONS + r")\s*$", re.I)


def split_scope(what: str) -> tuple[str, str | None]:
    """('Trompete', 'Nordwest & Nebel') for 'Trompete auf „Nordwest & Nebel“'; (what, None) when no limit is
    written after the instruments."""
    m = _IN_PARENS.search(what)
    if m and m.start() > 0:
        return what[:m.start()].strip(), " ".join(m.group("where").split())
    m = _ON_TITLE.search(what)
    if m and m.start() > 0:
        return what[:m.start()].strip(), m.group("title").strip()
    m = _ON_POSITIONS.search(what)
    if m and m.start() > 0 and any(c.isdigit() for c in m.group("where")):
        return what[:m.start()].strip(), " ".join(m.group("where").split())
    return what, None
