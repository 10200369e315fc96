"""A name spelled two ways in one release ("Anna Zayas" / "Ana Zayas"): worth a person's look."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from labeldesk.importer.folding import fold
from labeldesk.importer.shapes import strip_accents

_WORDS_BEFORE = re.compile(r"(?<![\w'’\-])[A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+)?\s+$")


def name_variants(names: list[str], text: str) -> list[tuple[str, str]]:
    """(credited spelling, other spelling) pairs: same surname, a first name or accents that differ a little."""
    credited = {n for n in names if len(n.split()) >= 2}
    seen: set[tuple[str, str]] = set()
    pairs: list[tuple[str, str]] = []
    others = set(names)
    surnames = {fold(n.split()[-1]) for n in credited}
    if not surnames:
        return []
    # only the capitalised words printed before a credited surname (as credited, or without its accents); a
    # surname printed nowhere but inside its credited names needs no search
    lowered = text.lower()
    by_surname: dict[str, list[str]] = {}
    for n in credited:
        by_surname.setdefault(fold(n.split()[-1]), []).append(n)
    spellings: set[str] = set()
    for group in by_surname.values():
        forms = {n.split()[-1].lower() for n in group}
        forms |= {strip_accents(f) for f in forms}
        if sum(lowered.count(f) for f in forms) > sum(lowered.count(n.lower()) for n in group):
            spellings |= forms
    for spelling in spellings:
        at = lowered.find(spelling)
        while at >= 0:
            end = at + len(spelling)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                before = _WORDS_BEFORE.search(text, max(0, at - 60), at)
                surname = text[at:end]
                if before and fold(surname) in surnames:
                    words = before.group(0).split() + [surname]
                    others.update(" ".join(words[i:]) for i in range(len(words) - 1))
            at = lowered.find(spelling, end)
    by_last: dict[str, list[str]] = {}
    for other in others:
        by_last.setdefault(fold(other.split()[-1]), []).append(other)
    for name in sorted(credited):
        parts = name.split()
        for other in by_last.get(fold(parts[-1]), []):
            other_parts = other.split()
            if other == name or len(other_parts) != len(parts):
                continue
            if fold(other) == fold(name):
                similar = True  # accents or case only
            else:
                similar = all(_close(fold(a), fold(b)) for a, b in zip(parts[:-1], other_parts[:-1]))
            if not similar or other.isupper() or name.isupper():
                continue
            key = tuple(sorted((name, other)))
            if key not in seen:
                seen.add(key)  # type: ignore[arg-type]
                pairs.append((name, other))
    return pairs


@lru_cache(maxsize=4096)
def _close(a: str, b: str) -> bool:
    """Two spellings of one first name: same initial, nearly the same letters ("anna" / "ana")."""
    if a == b:
        return True
    if a[:1] != b[:1] or abs(len(a) - len(b)) > 2:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.75
