"""fold() for the importer: the model's name folding, remembered for the short strings (words, names,
labels) the importer folds over and over."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from labeldesk.model.names import fold as _fold
from labeldesk.model.names import name_key as _name_key

_cached = lru_cache(maxsize=1 << 16)(_fold)
_cached_key = lru_cache(maxsize=1 << 14)(_name_key)


_PUNCT = str.maketrans({
    "’": "'", "‘": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-",
})
_LETTERS = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE", "œ": "oe",
                          "Œ": "OE", "đ": "d"})


class _CharFolds(dict):
    """Each character's folded form, worked out the first time the character is met: decomposition works
    character by character, so folding a passage is translating it through this table."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isascii():
            value = char.lower()
        else:
            decomposed = unicodedata.normalize("NFKD", char.translate(_PUNCT))
            value = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LETTERS).casefold()
        self[code] = value
        return value


_CHAR_FOLDS = _CharFolds()


def fold(text: str | None) -> str:
    """Lower-case, accent-free text with typographic quotes and dashes made plain (as
    labeldesk.model.names.fold; long passages take a faster road to the same result)."""
    if not text:
        return ""
    if len(text) <= 80:
        return _cached(text)
    return " ".join(text.translate(_CHAR_FOLDS).split())


def name_key(name: str | None) -> str:
    """The key under which two spellings count as the same name (labeldesk.model.names.name_key)."""
    if name is not None and len(name) <= 80:
        return _cached_key(name)
    return _name_key(name)
