"""A name spelled two ways in one release ("Anna Zayas" / "Ana Zayas"): worth a person's look."""

from __future__ import annotations

import difflib
import re

from labeldesk.importer.folding import fold

_CANDIDATE = re.compile(r"\b[A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+){1,2}\b")


def name_variants(names: list[str], text: str) -> list[tuple[str, str]]:
    """(credited spelling, other spelling) pairs: same surname, a first name or accents that differ a little."""
    credited = {n for n in names if len(n.split()) >= 2}
    seen: set[tuple[str, str]] = set()
    pairs: list[tuple[str, str]] = []
    others = set(names)
    surnames = {fold(n.split()[-1]) for n in credited}
    if not surnames:
        return []
    for m in _CANDIDATE.finditer(text):
        words = m.group(0).split()
        if fold(words[-1]) not in surnames:
            continue
        others.update(" ".join(words[i:]) for i in range(len(words) - 1))
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


def _close(a: str, b: str) -> bool:
    """Two spellings of one first name: same initial, nearly the same letters ("anna" / "ana")."""
    if a == b:
        return True
    if a[:1] != b[:1] or abs(len(a) - len(b)) > 2:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.75
