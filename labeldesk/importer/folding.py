"""fold() for the importer: the model's name folding, remembered for the short strings (words, names,
labels) the importer folds over and over."""

from __future__ import annotations

import re
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
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_LETTERS = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE", "œ": "oe",
                          "Œ": "OE", "đ": "d"})
_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Lower-case, accent-free text with typographic quotes and dashes made plain (as
    labeldesk.model.names.fold; long passages take a faster road to the same result)."""
    if not text:
        return ""
    if len(text) <= 80:
        return _cached(text)
    decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCT))
    stripped = _COMBINING.sub("", decomposed).translate(_LETTERS)
    return _SPACES.sub(" ", stripped).strip().casefold()


def name_key(name: str | None) -> str:
    """The key under which two spellings count as the same name (labeldesk.model.names.name_key)."""
    if name is not None and len(name) <= 80:
        return _cached_key(name)
    return _name_key(name)
