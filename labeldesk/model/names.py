"""Keys for comparing names and search text: case-, accent-, quote- and space-insensitive."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT = str.maketrans({
    "’": "'", "‘": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-",
})
_SPACE = re.compile(r"\s+")
_NOT_NAME = re.compile(r"[^\w' -]")


def fold(text: str | None) -> str:
    """Lower-case, accent-free text with typographic quotes and dashes made plain."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCT))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # letters that do not decompose into base + accent
    stripped = stripped.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    stripped = stripped.replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE").replace("đ", "d")
    return _SPACE.sub(" ", stripped).strip().casefold()


# the same few names and titles are keyed over and over (every track of a release compares its
# credits' scopes with every title); strings are immutable, so their keys can be kept
@lru_cache(maxsize=8192)
def name_key(name: str | None) -> str:
    """The key under which two spellings count as the same name ("Jesús Calderón" = "jesus  calderon")."""
    return _NOT_NAME.sub("", fold(name)).strip()


def tidy(text: str | None) -> str:
    """Text with runs of white space folded to one space and trimmed."""
    return _SPACE.sub(" ", text or "").strip()
