"""Festival selections, prizes and nominations: one entry per award, as printed."""

from __future__ import annotations

import re

from labeldesk.importer.shapes import clean_space

_AWARD_START = re.compile(
    r"^(?:official\s+selection|selection|s[ée]lection|selecci[oó]n|selezione|selected|selecionado|auswahl|"
    r"winner|won|lauréat|laur[ée]ate?|prix|prize|award|awards|nomination|nominations|nominated|nominee|"
    r"nomin[ée]e?|nommé|premio|premios|preis|gewinner|ganador|vincitore|vencedor|grand\s+prix|best(?![.\-])|meilleur|"
    r"nagroda|nagrody|wyr[óo][żz]nienie|nominacja|ocen[ěe]n[íi]|cena\s+(?:za|poroty)|pr[êe]mio|melhor|indicado|"
    r"b[äa]sta|nominerad|nominert|vinnare|vinner|"
    r"meilleure|mejor|miglior|migliore|beste[rs]?|golden|silver|bronze|honou?rable\s+mention|special\s+mention|"
    r"mention|jury\s+prize|palme|ours|lion|leone|c[ée]sar|oscars?|goya|emmy|grammy|bafta|david\s+di\s+donatello|"
    r"shortlisted|finalist|finaliste|"
    # Greek, Turkish and Finnish: "Βραβείο Καλύτερης Μουσικής", "Επίσημη Επιλογή", "En İyi Müzik Ödülü", "Palkinto"
    r"βραβε[ίι]\w*|επ[ίι]σημη\s+επιλογ[ήη]|υποψ[ήη]φι\w*|en\s+iyi|ödül\w*|palkinto\w*|ehdokas)\b", re.I)
_AWARD_WORD = re.compile(r"\b(?:festival|awards?|prix|prize|premio|preis|nominations?|s[ée]lection|selecci[oó]n|"
                         r"selezione|winner|lauréat|festiwal|festiwalu|nagroda|festivalen)\b", re.I)
# a second award run into the line after a year: "… 2020 Prix Comedy European Awards"
_RUN_ON = re.compile(r"(?<=\b(?:19|20)\d\d)\s+(?=(?:official\s+selection|s[ée]lection|selecci[oó]n|selezione|"
                     r"prix|prize|award|winner|nomination|nominated|premio|preis|grand\s+prix|best|meilleur|"
                     r"meilleure|mejor|miglior|golden)\b)", re.I)
_LIST_SEPARATORS = re.compile(r"\s+[•|·]\s+|\s*;\s+")
# "… Film Festival 2024 / Best Original Score – …": a slash after a year starts the next award
_SLASHED = re.compile(r"(?<=\b(?:19|20)\d\d)\s+/\s+")


# searched in the lower-cased line: a case-blind pattern is many times slower
_HINT = re.compile(r"nagrod|wyróżn|wyrozn|nominac|ocenění|prêmio|premio|melhor|bästa|nominer|vinn|select|sélect|seleç|selez|auswahl|win|won|laur|prix|priz|award|nomin|nommé|premi|preis|"
                   r"gewinn|ganad|vincit|vence|best|meilleur|mejor|miglior|beste|golden|silver|bronze|mention|"
                   r"jury|palme|ours|lion|leone|césar|cesar|oscar|goya|emmy|grammy|bafta|donatello|shortlist|"
                   r"finalist|festival|βραβε|επιλογ|υποψ|ödül|en iyi|palkint|ehdok")


_PRICE = re.compile(r"\d\s?(?:€|\$|£|EUR\b|CHF\b|zł|Kč|kr\b|TL\b)|[€$£]\s?\d")


def read_award_line(text: str) -> list[str] | None:
    """The awards a line names, or None when it is not an award line."""
    text = clean_space(text)
    if not text or len(text) > 160 or text.count(" ") > 20 or not _HINT.search(text.lower()):
        return None
    if text.endswith(".") and not text.endswith("..."):
        return None
    if _PRICE.search(text):
        return None  # "Prix / Price : 24 € (LP)": what it costs
    starts = bool(_AWARD_START.match(text.lstrip("•*-– ")))
    if not starts and not (_AWARD_WORD.search(text) and text.count(" ") <= 8 and text[:1].isupper()
                           and not re.search(r"\b(?:is|est|es|è|ist|was|will|sera|has|a été)\b", text, re.I)):
        return None
    awards: list[str] = []
    for part in _LIST_SEPARATORS.split(text.lstrip("•*-– ")):
        for piece in _SLASHED.split(part):
            awards.extend(p.strip(" ,") for p in _RUN_ON.split(piece) if p.strip(" ,"))
    return awards or None
