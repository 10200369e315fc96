"""The shapes of things in catalogue texts: person names, name lists, quotes, title casing."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from labeldesk.importer.cjk import has_cjk, is_cjk_name
from labeldesk.importer.folding import fold

# Lower-case words that may sit inside a name ("Pedro López de la Torre", "Ludwig van Beethoven").
NAME_PARTICLES = frozenset({
    "de", "del", "della", "delle", "dei", "der", "den", "des", "di", "da", "das", "do", "dos", "du", "la", "le",
    "van", "von", "zu", "ten", "ter", "y", "bin", "ibn", "al", "el", "d'", "e", "st.", "mc", "af", "av",
    "i",  # Catalan double surnames: "Joaquim Rovira i Pla"
})
# Function words: never the first or last word of a name.
FUNCTION_WORDS = frozenset(fold(w) for w in (
    "the", "a", "an", "and", "or", "but", "for", "with", "by", "of", "in", "on", "at", "to", "this", "that", "these",
    "le", "la", "les", "un", "une", "des", "et", "ou", "avec", "pour", "par", "dans", "sur", "ce", "cette",
    "el", "los", "las", "uno", "una", "y", "o", "con", "para", "por", "en", "este", "esta", "il", "lo", "gli",
    "e", "per", "nel", "der", "die", "das", "ein", "eine", "und", "mit", "für", "von", "im", "os", "as",
    "um", "uma", "com", "em", "no", "na", "i", "je", "yo", "io", "ich", "eu", "we", "nous", "elle", "he", "she",
    "they", "it", "his", "her", "my", "our", "their", "mon", "ma", "mes", "notre", "nos", "mi", "mis", "nuestro",
    "mio", "mein", "meine", "all", "de", "du", "del", "di", "da",
))
# Words that open headings and phrases, never a name's first word.
NOT_NAMES = FUNCTION_WORDS | frozenset(fold(w) for w in (
    "music", "musique", "label", "thanks", "merci", "gracias", "grazie", "danke", "album", "soundtrack",
    "original", "track", "tracks", "disc", "cd", "side", "new", "release", "director", "composer", "producer",
    "film", "orchestra", "studio", "festival", "prix", "award", "awards", "selection", "sélection", "nomination",
    "records", "ltd", "inc", "company", "rights", "photos", "photo", "design", "cover", "length", "total",
    "chapter", "episode", "saison", "season", "version", "remix", "bonus", "live", "intro", "dear", "chers",
    "querido", "caro", "liebe", "hello", "bonjour", "hola", "ciao", "hallo", "lundi", "mardi", "mercredi",
    "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "interview", "entretien", "exposé", "article", "synopsis", "tracklist", "credits",
))

# Given names that are also small words elsewhere ("Per" is Italian for "for"), when capitalised before a surname.
_GIVEN_NAMES = frozenset({"Per", "Bo", "Jan", "Lo", "Do", "Em", "Al", "Del", "Van", "Ole", "Mon"})
_UPPER_START = re.compile(r"^[^\W\d_]")
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’\-.]*|[A-ZÀ-ÖØ-Þ]\.|[A-Z]\.[A-Z]\.?)$", re.UNICODE)
_INITIAL = re.compile(r"^[^\W\d_]\.$")

QUOTE_OPEN = "“\"«„‘‹‚"
QUOTE_CLOSE = "”\"»“’›‘"
QUOTE_CHARS = "“”\"«»„‘’‹›‚"
# a list bullet or dash at a line's start ("• Mixing: X", "– guitar recorded by Y")
BULLET = re.compile(r"^[•·▪◦\-–—*>]+\s*")
_QUOTED = re.compile(r"[“\"«„]\s*([^“”\"«»„\n]{1,90}?)\s*[”“\"»]")


def clean_space(text: str) -> str:
    """One space between words; no-break and other exotic spaces made plain."""
    # str.isprintable() is False for every space but the plain one: tidy text passes at C speed
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ").split())


def is_upper_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def is_capitalized(word: str) -> bool:
    word = word.lstrip(QUOTE_CHARS + "(")
    return bool(word) and word[0].isalpha() and word[0].isupper()


def strip_quotes(text: str) -> str:
    return text.strip().strip(QUOTE_CHARS + " ").strip()


@lru_cache(maxsize=1 << 14)
def is_name(text: str, max_words: int = 5, allow_single: bool = True) -> bool:
    """True when the text has the shape of a person's (or ensemble's) name: capitalised words, particles
    inside, no digits, no sentence punctuation."""
    text = clean_space(text)
    if not text or len(text) > 60 or any(c.isdigit() for c in text):
        return False
    if has_cjk(text):
        return is_cjk_name(text)  # '真鍋ひより', '森永 拓': no capitals to go by
    if _SENTENCE_PUNCT.search(_INITIALS.sub(r"\1 ", text).rstrip(".")):
        return False
    words = text.split()
    if len(words) > max_words or (len(words) == 1 and not allow_single):
        return False
    if (fold(words[0]) in NOT_NAMES and not (words[0] in _GIVEN_NAMES and len(words) > 1)) or \
            fold(words[-1]) in FUNCTION_WORDS:
        return False
    capitals = 0
    for i, word in enumerate(words):
        w = fold(word)
        if w in NAME_PARTICLES and 0 < i < len(words) - 1:
            continue
        if _ELIDED.match(w) and len(word) > 2:
            rest = word[2:]
            if rest[:1].isupper():
                capitals += 1
                continue
        if not _UPPER_START.match(word) or not word[0].isupper():
            return False
        if _INITIAL.match(word):
            capitals += 1
            continue
        if not all(c.isalpha() or c in "'’-." for c in word):
            return False
        capitals += 1
    return capitals >= 1


_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\+|/|\s(?:and|y|et|e|und|og|och)\s)\s*")
_SENTENCE_PUNCT = re.compile(r"[.!?;:]\s|[,;:!?«»“”\"()\[\]/]")
_INITIALS = re.compile(r"\b([A-ZÀ-Ý])\.\s")
_ELIDED = re.compile(r"^(?:d|l|o|mc|mac)['’]")


def split_names(text: str) -> list[str]:
    """'A, B & C', 'A and B', 'A y B', 'A et B' -> the names; keeps each name's own spelling."""
    text = clean_space(text).strip(" .;,")
    parts = _NAME_SEPARATORS.split(text)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def quoted_phrases(text: str) -> list[tuple[int, str]]:
    """(offset, phrase) for every short quoted phrase: “X”, "X", «X», „X“ (also with mismatched quotes)."""
    return [(m.start(1), m.group(1).strip()) for m in _QUOTED.finditer(text)]


def title_case(text: str) -> str:
    """A sensible title casing for an ALL-CAPS heading: first letter of each word up, short words down."""
    small = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "de", "la", "le", "les", "du",
             "des", "et", "el", "los", "las", "y", "del", "di", "da", "della", "il", "e", "von", "der", "und", "a",
             "se", "en", "au", "aux", "un", "une"}
    words = text.lower().split(" ")
    out = []
    for i, word in enumerate(words):
        if i > 0 and word in small:
            out.append(word)
        else:
            out.append(_cap(word))
    return " ".join(out)


def _cap(word: str) -> str:
    for i, c in enumerate(word):
        if c.isalpha():
            rest = word[i + 1:]
            # d'angoulême, l'album -> D'Angoulême
            rest = re.sub(r"(['’])(\w)", lambda m: m.group(1) + m.group(2).upper(), rest) if i == 0 and \
                re.match(r"^\w['’]\w", word) else rest
            return word[:i] + c.upper() + rest
    return word


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def accent_count(text: str) -> int:
    return sum(1 for c in text if ord(c) > 127 and c.isalpha())
