"""Spelling titles and names as the text spells them: ALL-CAPS headings re-cased, the better-accented
form of an alternate title, and a release title inferred from a quoted title in its notes."""

from __future__ import annotations

import re
from collections import Counter

from labeldesk.importer.shapes import accent_count, clean_space, is_upper_word, quoted_phrases, title_case
from labeldesk.importer.folding import fold

_WORD = re.compile(r"[\w'’\-]+")
_TITLE_CUES = re.compile(
    r"(?:soundtrack|score|music|album|record|film|movie|documentary|series|play|bande originale|b\.?o\.?|musique|"
    r"banda sonora|m[uú]sica|pel[ií]cula|colonna sonora|musiche|film|soundtrack|filmmusik|"
    # a signature's role over the work: "directora y guionista de «X»", "composer of “X”"
    r"director|directora|directeur|r[ée]alisat(?:eur|rice)|regista|regisseur(?:in)?|guionista|screenwriter|"
    r"sc[ée]nariste|sceneggiat(?:ore|rice)|composer|compositeur|compositrice|compositora?|compositore|"
    r"komponist(?:in)?|cut|montage)\s+(?:of|for|to|de|du|"
    r"de la|del|di|della|zu|zum|for the film|du film|)\s*$", re.I)


class TextIndex:
    """Words of a passage with their offsets, for finding a phrase however it is cased or accented."""

    def __init__(self, text: str):
        self.text = text
        self._words: list[tuple[str, int, int]] | None = None
        self._by_word: dict[str, list[int]] = {}

    @property
    def words(self) -> list[tuple[str, int, int]]:
        # built on first use: most releases never need it
        if self._words is None:
            self._words = [(fold(m.group(0)), m.start(), m.end()) for m in _WORD.finditer(self.text)]
            for i, (w, _, _) in enumerate(self._words):
                self._by_word.setdefault(w, []).append(i)
        return self._words

    @property
    def by_word(self) -> dict[str, list[int]]:
        self.words  # noqa: B018 - builds the index
        return self._by_word

    def spellings(self, phrase: str) -> list[str]:
        """Every spelling of the phrase in the text (same words, any case or accents), in order."""
        target = [fold(m.group(0)) for m in _WORD.finditer(phrase)]
        if not target:
            return []
        found = []
        for i in self.by_word.get(target[0], []):
            j = i + len(target)
            if j > len(self.words) or [w for w, _, _ in self.words[i:j]] != target:
                continue
            start, end = self.words[i][1], self.words[j - 1][2]
            form = self.text[start:end]
            if re.search(r"[^\w'’\-\s]", form):
                continue
            found.append(clean_space(form))
        return found

    def count(self, phrase: str) -> int:
        return len(self.spellings(phrase))


def is_all_caps(text: str) -> bool:
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return bool(words) and all(is_upper_word(w) for w in words) and sum(len(w) for w in words) > 3


def recase(phrase: str, index: TextIndex) -> str:
    """An ALL-CAPS phrase as the text spells it elsewhere (the commonest mixed-case form), else title-cased."""
    if not is_all_caps(phrase):
        return phrase
    forms = [f for f in index.spellings(phrase) if not is_all_caps(f)]
    if forms:
        counts = Counter(forms)
        best = max(counts.values())
        return next(f for f in forms if counts[f] == best)
    # "LES JOURS BLANCS" printed elsewhere as "des Jours blancs": the text's spelling after the article
    first, _, rest = phrase.partition(" ")
    if rest and fold(first) in _ARTICLES:
        rest_forms = [f for f in index.spellings(rest) if not is_all_caps(f)]
        if rest_forms:
            counts = Counter(rest_forms)
            best = max(counts.values())
            return first.capitalize() + " " + next(f for f in rest_forms if counts[f] == best)
    return title_case(phrase)


_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l", "un", "une", "el", "los", "las", "il", "lo", "gli",
                       "i", "der", "die", "das", "o", "os", "as"})


def best_accents(phrase: str, index: TextIndex) -> str:
    """The text's spelling of the phrase with the most accents ("a se" -> "a sé"), keeping the phrase's case."""
    forms = index.spellings(phrase)
    better = [f for f in forms if accent_count(f) > accent_count(phrase) and not is_all_caps(f)]
    if not better:
        return phrase
    return max(better, key=accent_count)


def infer_title(text: str, track_titles: list[str], excluded: set[str]) -> str | None:
    """The release title a text names in quotes when no heading states it: the quoted title-like phrase
    that recurs most, matches a track, or follows "the soundtrack of" and the like."""
    candidates: dict[str, list[object]] = {}
    tracks = {_key(t) for t in track_titles}
    for offset, phrase in quoted_phrases(text):
        phrase = phrase.strip(" .,;:!?")
        if not _title_like(phrase) or _key(phrase) in excluded:
            continue
        key = _key(phrase)
        entry = candidates.setdefault(key, [phrase, 0.0, offset])
        entry[1] = float(entry[1]) + 1  # type: ignore[arg-type]
        if "," not in phrase and "!" not in phrase and "," in str(entry[0]):
            entry[0] = phrase
        if _TITLE_CUES.search(text[max(0, offset - 40):offset - 1]):
            entry[1] = float(entry[1]) + 1  # type: ignore[arg-type]
    if not candidates:
        return None
    for key, entry in candidates.items():
        if key in tracks:
            entry[1] = float(entry[1]) + 2  # type: ignore[arg-type]
    best = max(candidates.values(), key=lambda e: (e[1], -int(e[2])))  # type: ignore[arg-type]
    return str(best[0])


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def _title_like(phrase: str) -> bool:
    words = phrase.split()
    if not words or len(words) > 8 or len(phrase) > 70:
        return False
    if re.search(r"[.;:?]\s", phrase) or not phrase[0].isupper():
        return False
    long_words = [w for w in words if len(w) >= 4]
    capitalised = [w for w in long_words if w[0].isupper()]
    # title case in English; a short title in sentence case elsewhere ("Las redes vacías", "Terra de garbí")
    return not long_words or len(capitalised) * 2 >= len(long_words) or len(words) <= 4
