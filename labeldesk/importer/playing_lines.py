"""Performer credits written as a sentence: "<name> <verb of playing> <instrument> <on> <track list>" —
"X plays guitar on 1, 3 and 5", "X toca guitarra portuguesa nas faixas 1, 3 e 5", "X gra na gitarze w utworach
1, 3 i 5 oraz na mandolinie w utworze 7", "Ο X παίζει σαντούρι στα 1M1 και 7M4". The track list is the credit's
scope, as printed.

Its own module because the sentence is read around its verb (a small table per language), not split at a key."""

from __future__ import annotations

import re

from labeldesk.importer.shapes import clean_space, is_name
from labeldesk.model import Credit
from labeldesk.model.instruments import instrument_name, is_known_instrument

# verbs of playing, third person (singular and plural)
_VERBS = ("plays", "play", "toca", "tocam", "gra", "grają", "hraje", "hrají", "παίζει", "παίζουν", "spielt",
          "spielen", "joue", "jouent", "suona", "suonano", "speelt", "spelen", "spelar", "spiller", "soittaa",
          "çalıyor", "çalar", "tañe")
# what stands between the instrument and the track list ("on tracks", "nas faixas", "w utworach", "στα")
_ON = (r"on\s+tracks?|on|in\s+tracks?|nas\s+faixas|na\s+faixa|nos\s+temas|em|w\s+utworach|w\s+utworze|στα|στο|στις|"
       r"auf|in|sur\s+les\s+titres|sur\s+le\s+titre|sur|nei\s+brani|nel\s+brano|sui\s+brani|en\s+los\s+temas|"
       r"en\s+el\s+tema|en|op|v\s+skladbách|ve\s+skladbě|på|kappaleissa|kappaleessa")
_AND = r"(?:and|e|i|y|και|und|et|en|och|og|ja|ve|a|oraz|&)"
_ITEM = r"[A-Z]?\d{1,2}(?:M\d{1,2})?[a-z]?"
_LIST = _ITEM + r"(?:\s*,\s*" + _ITEM + r")*(?:\s+" + _AND + r"\s+" + _ITEM + r")?"
_VERB_RE = "|".join(re.escape(v) for v in _VERBS)
_SENTENCE = re.compile(
    r"^(?:(?:Ο|Η|Οι|O|A)\s+)?(?P<name>[^\W\d_][\w'’.\- ]{2,50}?)\s+(?P<verb>" + _VERB_RE + r")\s+"
    r"(?:na\s+|on\s+the\s+|the\s+|de\s+|du\s+|la\s+|le\s+)?(?P<instr>[^\W\d_][^\W\d_ \-]*(?:[ \-][^\W\d_]+){0,2}?)\s+"
    r"(?:" + _ON + r")\s+(?P<tracks>" + _LIST + r")(?P<more>.*)$", re.I)
_MORE = re.compile(r"^\s*,?\s+" + _AND + r"\s+(?:na\s+|on\s+the\s+|the\s+)?(?P<instr>[^\W\d_]+(?:[ \-][^\W\d_]+){0,2}?)\s+"
                   r"(?:" + _ON + r")\s+(?P<tracks>" + _LIST + r")(?P<more>.*)$", re.I)
# Polish and Czech put the instrument after "na" in the locative: "na gitarze", "na mandolinie", "na trąbce"
_LOCATIVE_ENDINGS = (("rze", "ra"), ("nie", "na"), ("le", "la"), ("ce", "ka"), ("dze", "ga"), ("ach", "a"),
                     ("cie", "ta"), ("ě", "a"), ("e", "a"))


def read_playing_sentence(text: str) -> list[Credit] | None:
    """Performer credits scoped to the tracks the sentence lists; None when the line is not such a sentence."""
    credits: list[Credit] = []
    for clause in re.split(r"\s*;\s*", clean_space(text).rstrip(". ")):
        found = _clause(clause)
        if found is None:
            return None
        credits.extend(found)
    return credits or None


def may_be_playing_sentence(text: str, folded_words: frozenset[str] = frozenset(v.casefold() for v in _VERBS)) -> bool:
    """Cheap: a line of at most a few clauses with a verb of playing among its words."""
    return len(text) <= 300 and any(w in folded_words for w in text.casefold().split())


def _clause(clause: str) -> list[Credit] | None:
    m = _SENTENCE.match(clause)
    if not m or not is_name(m.group("name").strip(), allow_single=False):
        return None
    name = m.group("name").strip()
    credits: list[Credit] = []
    while m:
        instrument = _instrument(m.group("instr"))
        if instrument is None:
            return None
        credits.append(Credit(name, "performer", instrument, m.group("tracks").strip()))
        more = m.group("more").strip()
        if not more:
            return credits
        m = _MORE.match(" " + more)
    return None


def _instrument(words: str) -> str | None:
    words = words.strip()
    if is_known_instrument(words):
        return instrument_name(words)
    lowered = words.lower()
    for ending, nominative in _LOCATIVE_ENDINGS:
        if lowered.endswith(ending):
            base = lowered[: -len(ending)] + nominative
            if is_known_instrument(base):
                return instrument_name(base)
    return None
