"""The names part of a credit line -> (name, what) pairs, and those pairs with their roles -> credits.

'A (violin), B & C' reads as three names, the first with its instrument; an ensemble ('the BBC Singers',
'“Banda Sinfónica de Jaén” orchestra') is marked with a leading \\x00 in place of an instrument, so that
credits_for() credits it as the orchestra, choir or ensemble it is. Its own module because every credit shape
ends in the same list of names."""

from __future__ import annotations

import re
from functools import lru_cache

from labeldesk.importer import role_words as rw
from labeldesk.importer.folding import fold
from labeldesk.importer.performer_scope import split_scope
from labeldesk.importer.role_keys import PSEUDO_ROLES
from labeldesk.importer.shapes import clean_space, is_name, split_names, strip_quotes
from labeldesk.model import Credit
from labeldesk.model.instruments import instrument_name, is_known_instrument


_ENSEMBLE_ROLE = (
    # searched in the lower-cased name
    (re.compile(r"\b(?:choir|chorus|ch(?:oe|œ)urs?|coros?|chor(?:e|us)?|cor[ao]l|kammerchor|vocal ensemble|kör|kor|"
                r"koor|kammerkor|\w+chor|ch[óo]r|sbor|p[ěe]vecký sbor|\w*k[öo]r|χορωδ[ίι]\w*|koro|kuoro)\b"), "choir"),
    (re.compile(r"\b(?:orchestr\w*|orquest\w*|philharmoni\w*|filarm\w*|filharmoni\w*|sinf[oó]ni\w*|symphon\w*|banda\b|"
                r"big band|staatskapelle|kapelle|orkest\w*|orkester\w*|orkestern|orkestret|orkiestr\w*|"
                r"\w+orchester\b|\w+orkester\b|ορχ[ήη]στρα\w*|orkestra\w*|orkesteri\w*)"), "orchestra"),
    (re.compile(r"\b(?:ensemble|quartet\w*|quatuor|cuarteto|quintet\w*|quintette|sextet\w*|trio|consort|"
                r"sinfonietta|camerata|collective|collectif|kwartet|kwintet|sextet|kvartett|kvintett|sekstet|"
                r"quartett|quintett|sextett|quartetto|quintetto|sestetto|quarteto|quinteto|sexteto|\w+ensemble|"
                r"soubor|zesp[óo][łl]|kwartet|kwintet|conjunto)\b"),
     "ensemble"),
)


ARTICLE = re.compile(r"^(?:(?:the|la|le|les|el|los|las|il|lo|i|gli|die|der|das|den|o|os|a|as)\s+|l['’]\s*)(?=\S)", re.I)


_PARENS = re.compile(r"\s*\(([^()]*)\)")


@lru_cache(maxsize=8192)
def ensemble_role(name: str) -> str | None:
    low = name.lower()
    for pattern, role_id in _ENSEMBLE_ROLE:
        if pattern.search(low):
            return role_id
    return None


def read_names(text: str) -> list[tuple[str, str | None]]:
    """'A (violin), B & C' -> [(A, violin), (B, None), (C, None)]; [] when any part is not a name."""
    return list(_read_names(text))


@lru_cache(maxsize=8192)
def _read_names(text: str) -> tuple[tuple[str, str | None], ...]:
    text = clean_space(text).strip(" .;,")
    if not text:
        return ()
    # "the “Banda Sinfónica de Jaén” orchestra": the quoted ensemble name
    quoted = re.match(r"^(?:the\s+|la\s+|el\s+|le\s+|l['’]\s*|il\s+|die\s+|der\s+|das\s+|o\s+|a\s+)?[“\"«„]([^“”\"«»]+)[”“\"»]\s*(\w+)?$",
                      text, re.I)
    if quoted:
        return ((quoted.group(1).strip(), "\x00" + (quoted.group(2) or "")),)
    found: list[tuple[str, str | None]] = []
    # keep "Name (instr, instr)" together while splitting the list
    protected = _PARENS.sub(lambda m: " (" + m.group(1).replace(",", "\x01").replace("&", "\x02")
                            .replace("/", "\x03") + ")", text)
    for part in split_names(protected):
        part = part.replace("\x01", ",").replace("\x02", "&").replace("\x03", "/")
        instrument = None
        m = re.search(r"\(([^()]*)\)\s*$", part)
        if m:
            instrument = m.group(1).strip()
            part = part[:m.start()].strip()
        part = strip_quotes(part)
        if ensemble_role(part):
            part = ARTICLE.sub("", part) if not is_name(part) else part
            if part and part[0].isupper() and _ensemble_shaped(part):
                found.append((part, "\x00"))
                continue
            return ()
        if not is_name(part):
            return ()
        found.append((part, instrument))
    return tuple(found)


def _ensemble_shaped(name: str) -> bool:
    """'Orchestra da Camera del Lario', 'the BBC Singers': capitalised words and the small words of names."""
    words = name.split()
    return len(words) <= 9 and all(w[:1].isupper() or w[:1].isdigit() or fold(w) in ENSEMBLE_SMALL
                                   or fold(w).startswith(("d'", "l'", "dell'")) for w in words)


INSTRUMENT_SPLIT = re.compile(r"\s*(?:,|&|/|\band\b|\bet\b|\by\b|\bund\b|\bi\b|\ben\b|\boch\b|\bog\b|(?<=\s)e(?=\s))\s*")


# Roles under which an ensemble's name is credited as the ensemble it is ("Performed by the X Orchestra").
_PERFORMING = frozenset({"performer", "orchestra", "choir", "ensemble", "conductor", "cast"})


def credits_for(names: list[tuple[str, str | None]], roles: tuple[str, ...], scope: str | None) -> list[Credit]:
    credits: list[Credit] = []
    for role_id in roles:
        if role_id.startswith("performer:"):
            instrument = role_id.split(":", 1)[1]
            credits.extend(Credit(name, "performer", instrument, scope) for name, extra in names
                           if not (extra or "").startswith("\x00"))
    roles = tuple(r for r in roles if not r.startswith("performer:"))
    performing = not roles or bool(set(roles) & _PERFORMING)
    for name, extra in names:
        if extra is not None and extra.startswith("\x00") and performing:
            credits.append(Credit(name, ensemble_role(name + " " + extra[1:]) or "ensemble", None, scope))
            continue
        for role_id in roles:
            if role_id in (rw.IGNORE, *PSEUDO_ROLES):
                continue
            if role_id == "cast" and extra and all(is_known_instrument(i) for i in INSTRUMENT_SPLIT.split(extra)
                                                   if i.strip()):
                role_id = "performer"  # "Avec X (accordéon)": a musician, not an actor
            if role_id == "performer" and extra:
                played, own_scope = split_scope(extra)
                for instrument in INSTRUMENT_SPLIT.split(played):
                    if instrument.strip():
                        credits.append(Credit(name, "performer", instrument_name(instrument), own_scope or scope))
            else:
                credits.append(Credit(name, role_id, None, scope))
    return credits


ENSEMBLE_SMALL = frozenset({"de", "del", "della", "di", "du", "des", "der", "la", "le", "of", "the", "et", "and",
                             "y", "e", "und", "da", "do", "dos", "das", "st.", "san", "santa", "dei", "degli",
                             "delle", "dello", "van", "het", "en", "i", "och", "og", "for", "für", "fur", "zu",
                             "am", "im", "les", "los", "las", "el", "il", "lo", "a", "al", "au", "aux"})
