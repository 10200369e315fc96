"""The key of a credit line -> role ids: 'Orquestaciones', 'Mixing & Mastering', 'Mixed By, Recorded By', or a list
of instruments ('duduk, temir komuz', 'Saxophone [Tenor]').

Its own module because every credit shape (colon, dash, by-clause, header noun) asks the same question of the
words before the names; the role vocabulary itself is in role_words."""

from __future__ import annotations

import re
from functools import lru_cache

from labeldesk.importer import role_words as rw
from labeldesk.importer.folding import fold
from labeldesk.importer.shapes import BULLET
from labeldesk.model.instruments import instrument_name, is_known_instrument

# Keys that name the release's own fields (label, number, date …), not anyone's role.
PSEUDO_ROLES = ("label", "catalog_number", "barcode", "release_date", "length", "artist", "alternate_title", "release_title")


@lru_cache(maxsize=8192)
def lookup_roles(label: str) -> tuple[str, ...] | None:
    """Role ids for a credit label ("Fotos de la grabación", "Mixing & Mastering"); None when it names no role."""
    key = fold(BULLET.sub("", label)).strip(" .:-–—")
    key = re.sub(r"\s+", " ", key)
    if not key:
        return None
    if key in rw.ROLE_PHRASES:
        return rw.ROLE_PHRASES[key]
    words = key.split(" ")
    # "Mixing & Mastering", "Orchestrations and conducting" -> each part
    parts = [p.strip() for p in re.split(r"\s*(?:,|&|/|\+|・|\band\b|\bet\b|\by\b|\be\b|\bund\b|\bi\b|\ben\b|\boch\b|\bog\b)\s*", key) if p.strip()]
    joined = _joined_roles(parts)
    if joined is not None:
        return joined
    if len(parts) > 1 and all(is_known_instrument(p) for p in parts):
        # "Guitarra eléctrica y coros": instruments and voices, even when one word also names a role
        return tuple("performer:" + instrument_name(p) for p in parts)
    # the longest role phrase the label starts with, else the longest it contains as whole words
    best: tuple[str, ...] | None = None
    best_len = 0
    for size in range(min(len(words), 6), 0, -1):
        for start in range(0, len(words) - size + 1):
            phrase = " ".join(words[start:start + size])
            if phrase in rw.ROLE_PHRASES and size > best_len:
                best, best_len = rw.ROLE_PHRASES[phrase], size
        if best:
            break
    return best


@lru_cache(maxsize=4096)
def is_instrument_list(label: str) -> tuple[str, ...] | None:
    parts = [p.strip() for p in re.split(r"\s*(?:,|&|/|\+|\band\b|\bet\b|\by\b|\be\b(?!-)|\bund\b|\bi\b|\ben\b|\boch\b|\bog\b)\s*", label) if p.strip()]
    if not parts or len(parts) > 8:
        return None
    known = sum(1 for p in parts if is_known_instrument(p))
    for p in parts:
        words = p.split()
        if len(words) > 3 or any(c.isdigit() for c in p):
            return None
        # an unknown lower-case word may be a rare instrument; a word of a script without capitals must be known
        # ("장르", genre, is no instrument)
        if not is_known_instrument(p) and not ((p == p.lower() and p != p.upper()) or (known and len(words) == 1)):
            return None
    return tuple(instrument_name(p) for p in parts)


_QUALIFIER = re.compile(r"^(?P<what>[^\[\]]+?)\s*\[(?P<how>[^\[\]]+)\]$")


_JOINED_ROLES = re.compile(r"\s*(?:,|&|/|\+|\band\b|\bet\b|\by\b|\be\b|\bund\b|\bi\b|\ben\b|\boch\b|\bog\b)\s*")


def exact_roles(label: str) -> tuple[str, ...] | None:
    """Role ids of a label that is nothing but role words ("Mixed By, Recorded By"); None otherwise."""
    key = re.sub(r"\s*\[[^\[\]]*\]", "", fold(label)).strip(" .:")
    key = key.replace("-by", " by")  # a record database's "Written-By"
    if key in rw.ROLE_PHRASES:
        return rw.ROLE_PHRASES[key]
    return _joined_roles([p for p in _JOINED_ROLES.split(key) if p])


def _joined_roles(parts: list[str]) -> tuple[str, ...] | None:
    """The roles of a key joined from role phrases ("Mixing & Mastering"), each role once; None unless every
    one of two or more parts is a role phrase."""
    if len(parts) > 1 and all(p in rw.ROLE_PHRASES for p in parts):
        roles: list[str] = []
        for p in parts:
            roles.extend(r for r in rw.ROLE_PHRASES[p] if r not in roles)
        return _in_music_company(tuple(roles))
    return None


_SONGWRITING = frozenset({"composer", "lyricist", "songwriter", "arranger"})


def _in_music_company(roles: tuple[str, ...]) -> tuple[str, ...]:
    """'Paroles / Musique / Réalisation': beside song-writing roles, "réalisation" is the record's production."""
    if "film_director" in roles and _SONGWRITING & set(roles):
        return tuple(dict.fromkeys("producer" if r == "film_director" else r for r in roles))
    return roles


def instrument_label(label: str) -> tuple[str, ...] | None:
    """'Saxophone [Tenor]', 'Electric Piano, Synthesizer' -> the instruments; None when not instruments."""
    parts = []
    for part in re.split(r"\s*,\s*|\s+&\s+|\s+/\s+", label):
        q = _QUALIFIER.match(part)
        parts.append(f"{q.group('how')} {q.group('what')}" if q else part)
    if not all(is_known_instrument(p) for p in parts if p):
        return None
    return tuple(instrument_name(p) for p in parts if p)
