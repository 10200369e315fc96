"""Which of a release's candidate titles the whole page names as its title.

Pages repeat a release's title where they name what they are about: in quotes in the prose («X», „X“, “X”, 『X』,
"X"), as the last item of a breadcrumb or page title ("Home › Catalogue › X"), after a buying verb ("Buy X").
A heading the page repeats that way is the title; a heading it never repeats (a site's section word, a line of
table columns, the artist's name) is not, whatever its place in the layout. A title printed letter-spaced
("H O D I N Y") is the word its letters spell.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from labeldesk.importer.folding import fold

_QUOTED = re.compile(r"«\s*([^«»\n]{1,120}?)\s*»|„([^„“”\n]{1,120})[“”]|“([^“”\n]{1,120})”|『([^『』\n]{1,120})』|"
                     r"「([^「」\n]{1,120})」|\"([^\"\n]{1,120})\"|‘([^‘’\n]{1,120})’|‹([^‹›\n]{1,120})›")
_CRUMB = re.compile(r"\s+[›»>/|·]\s+")
_BUY = re.compile(r"(?i)\b(?:buy|kup|koupit|comprar|acheter|kaufen|compra|koop|köp|osta|satın al)\s+(.{2,80})$")


@lru_cache(maxsize=8)
def _named_titles(text: str) -> Counter:
    """Folded phrases the page names as titles: quoted, last in a breadcrumb, after 'Buy'."""
    named: Counter = Counter()
    for m in _QUOTED.finditer(text):
        phrase = next(g for g in m.groups() if g is not None)
        named[fold(phrase).strip(" .,")] += 1
    for line in text.split("\n"):
        line = line.strip()
        if not line or len(line) > 200:
            continue
        items = [i for i in _CRUMB.split(line) if i.strip()]
        if len(items) >= 3:
            named[fold(items[-1]).strip()] += 1
            # "Releases › Artist — Title": the title after the artist
            tail = re.split(r"\s+[–—-]\s+", items[-1])
            if len(tail) == 2:
                named[fold(tail[1]).strip()] += 1
        buy = _BUY.search(line)
        if buy:
            named[fold(buy.group(1)).strip(" .")] += 1
    return named


def page_mentions(title: str, text: str) -> int:
    """How often the page names `title` as a title, beyond its heading."""
    key = fold(unspaced(title)).strip(" .")
    if not key:
        return 0
    named = _named_titles(text)
    return named.get(key, 0) + sum(count for phrase, count in named.items()
                                   if phrase != key and phrase.startswith(key + " (feat"))


def unspaced(title: str) -> str:
    """'H O D I N Y' -> 'HODINY': letters printed apart for show."""
    parts = title.split(" ")
    if len(parts) >= 3 and all(len(p) == 1 and p.isalpha() for p in parts):
        return "".join(parts)
    return title


def named_title(titles: list[str], text: str, unlikely: set[str]) -> str | None:
    """The one candidate the page names as a title more often than any other; None when the page does not tell.
    `unlikely` (folded) are candidates that are a track's title or a credited name: they win only on more
    evidence than the rest."""
    if len(titles) < 2:
        return None
    scored = []
    for title in titles:
        score = page_mentions(title, text)
        if fold(unspaced(title)) in unlikely:
            score -= 1
        scored.append((score, title))
    best = max(s for s, _ in scored)
    winners = [t for s, t in scored if s == best]
    if best >= 1 and len(winners) == 1:
        return unspaced(winners[0])
    return None
