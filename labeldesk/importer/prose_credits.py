"""Credits stated in a label's blurb: "réalisé par X avec A, B et C", "la musique composée par X",
"la chanson de Nina Simone, I Wish I Knew…", "X présente la bande originale"."""

from __future__ import annotations

import re

from labeldesk.importer.shapes import clean_space, is_name
from labeldesk.model import Credit

_NAME = r"[A-ZÀ-Ý][\w'’\-]+(?:\s+(?:de\s+la\s+|de\s+|da\s+|di\s+|del\s+|van\s+|von\s+|le\s+|la\s+|du\s+)?[A-ZÀ-Ý][\w'’\-]+){0,3}"
_LIST = _NAME + r"(?:\s*,\s*" + _NAME + r")*(?:\s+(?:et|and|y|e|und)\s+" + _NAME + r")?"
_DIRECTED = re.compile(
    r"\b(?:r[ée]alis[ée]e?|directed|dirigid[ao]|dirett[ao]|diretto|inszeniert|gedreht|realizad[ao])\s+"
    r"(?:par|by|por|da|von|pelo|pela)\s+(?P<name>" + _NAME + r")"
    r"(?:\s*,?\s+(?:avec|with|con|mit|com|starring)\s+(?P<cast>" + _LIST + r"))?")
_STARRING = re.compile(r"\b(?:starring|mettant en vedette|protagonizada por|interpretata da|mit den schauspielern)\s+"
                       r"(?P<cast>" + _LIST + r")")
_COMPOSED = re.compile(
    r"\b(?:compos[ée]e?s?|composed|compuest[ao]|compost[ao]|komponiert|composta)\s+(?:par|by|por|da|von|pelo|pela)\s+"
    r"(?P<name>" + _NAME + r")"
    r"|\b(?:musique|music|m[uú]sica|musiche|musik)\s+(?:originale?\s+)?(?:de|by|di|von|do|da)\s+(?P<name2>" + _NAME + r")")
# "nach dem Roman von X", "based on the novel by X", "d'après le roman de X", "na podstawie powieści X":
# the author of the book the work is drawn from
_BASED_ON = re.compile(
    r"\b(?i:nach\s+(?:dem|der|den)\s+(?:gleichnamigen\s+)?(?:roman|erz[äa]hlung|buch|theaterst[üu]ck|novelle)|"
    r"based\s+on\s+(?:the|a)\s+(?:\w+\s+)?(?:novel|book|story|play|memoir)|"
    r"d['’]apr[èe]s\s+(?:le|la|l['’])\s*(?:roman|nouvelle|livre|pi[èe]ce|r[ée]cit)|"
    r"basad[ao]\s+en\s+(?:la|el)\s+(?:novela|libro|obra|relato)|tratt[ao]\s+dal\s+(?:romanzo|libro|racconto)|"
    r"baseado\s+n[oa]\s+(?:romance|livro|conto)|na\s+podstawie\s+(?:powie[śs]ci|ksi[ąa][żz]ki|opowiadania)|"
    r"podle\s+(?:romanu|knihy|povídky|povidky)|efter\s+romanen|etter\s+romanen|basert\s+p[åa]\s+romanen)"
    r"\s+(?i:von|by|of|de|di|av|af)?\s*(?P<name>" + _NAME + r")")
_SONG = re.compile(
    r"\b(?:la\s+chanson|the\s+song|la\s+canci[oó]n|la\s+canzone|das\s+lied|a\s+can[çc][ãa]o)\s+"
    r"(?:(?:de|by|of|di|von|do|da)\s+(?P<name>" + _NAME + r")\s*,\s*(?P<title>[^.\n]{2,80})"
    r"|[“\"«]\s*(?P<title2>[^”\"»]{2,80})\s*[”\"»]\s+(?:de|by|di|von|do|da|interpr[ée]t[ée]e par|performed by)\s+"
    r"(?P<name2>" + _NAME + r"))")
_PRESENTS = re.compile(r"^(?P<label>[A-ZÀ-Ý][\w&'’.\-]*(?:\s+[A-ZÀ-Ý0-9][\w&'’.\-]*){0,5})\s+"
                       r"(?:pr[ée]sente|presents|presenta|pr[äa]sentiert|apresenta|is proud to present|"
                       r"est fier de pr[ée]senter|se complace en presentar)\b")


def credits_from_blurb(text: str) -> list[Credit]:
    credits: list[Credit] = []
    text = clean_space(text)
    for m in _DIRECTED.finditer(text):
        if is_name(m.group("name")):
            credits.append(Credit(m.group("name"), "film_director"))
        if m.group("cast"):
            credits.extend(Credit(n, "cast") for n in _names(m.group("cast")))
    for m in _STARRING.finditer(text):
        credits.extend(Credit(n, "cast") for n in _names(m.group("cast")))
    for m in _COMPOSED.finditer(text):
        name = m.group("name") or m.group("name2")
        if is_name(name):
            credits.append(Credit(name, "composer"))
    for m in _BASED_ON.finditer(text):
        if is_name(m.group("name")):
            credits.append(Credit(m.group("name"), "original_author"))
    for m in _SONG.finditer(text):
        name = m.group("name") or m.group("name2")
        title = (m.group("title") or m.group("title2") or "").strip(" .,;")
        if is_name(name):
            credits.append(Credit(name, "performer", None, title or None))
    return credits


def label_from_blurb(text: str) -> str | None:
    m = _PRESENTS.match(clean_space(text))
    return m.group("label") if m else None


def _names(text: str) -> list[str]:
    parts = re.split(r"\s*,\s*|\s+(?:et|and|y|e|und)\s+", text)
    return [p.strip() for p in parts if is_name(p.strip())]
