"""By-clauses: '[scope] participle(s) + by-word + names [+ at <studio>]' in any of the supported languages
('guitar recorded by Stefano Rocchi', 'music mixed by X at Y', 'Performed by X orchestra, conducted by A and
B').

Its own module because this shape is read from the by-word outwards (participles and role phrases before it,
names and a place after it) rather than by splitting at a key, and a line may hold several such clauses."""

from __future__ import annotations

import re

from labeldesk.importer import role_words as rw
from labeldesk.importer.credit_names import credits_for, ensemble_role, read_names
from labeldesk.importer.credit_places import PLACE_SPLIT, place_credits, read_place, studio_name
from labeldesk.importer.credit_scopes import exceptions, scope_of, split_legends
from labeldesk.importer.folding import fold
from labeldesk.importer.role_keys import PSEUDO_ROLES
from labeldesk.importer.shapes import strip_quotes
from labeldesk.model import Credit
from labeldesk.model.instruments import instrument_name, instrument_words, is_known_instrument


BY_WORD = re.compile(r"\b(?:(?:by|por|par|da|dalla|dal|dai|dagli|dalle|di|von|vom|door|pela|pelo|de|av|af|per)\s+|"
                      r"dall['’]\s*)", re.I)


def read_by_clause(clause: str, scope: str | None) -> list[Credit] | None:
    """'music mixed by X at Y' -> credits; None when the clause is not of that shape."""
    for m in BY_WORD.finditer(clause):
        before = clause[:m.start()].strip()
        after = clause[m.end():].strip()
        if not before or not after:
            continue
        chosen = None
        place_before = None
        # "Recorded at Kelp House, Saltcoats by Ewan Drummelsay": the place between participle and by-word
        at = PLACE_SPLIT.split(before, maxsplit=1)
        if len(at) == 2:
            lead_roles, lead_words = _participle_roles(at[0])
            if lead_roles and not lead_words and any(r in rw.PLACE_ROLE for r in lead_roles):
                place_before = studio_name(at[1])
                if place_before:
                    before = at[0]
        for roles, scope_words in (_participle_roles(before), _phrase_roles(before, m.group(0).strip())):
            if roles is None:
                continue
            ok, own_scope = scope_of(scope_words)
            if ok:
                chosen = roles, own_scope
                break
            if chosen is None:
                chosen = False
        ensemble = None
        if chosen is False or chosen is None:
            # "Orchestra Sinfonica X diretta da Y", "Piano by X", "Guitarra de Paco"
            lead_roles, lead_words = _participle_roles(before)
            if lead_roles and ensemble_role(lead_words) and read_place(lead_words) and \
                    not any(fold(w) in ("by", "par", "por", "von", "door", "pela", "pelo") or _is_participle(w)
                            for w in lead_words.split()):
                ensemble = read_place(lead_words)
                chosen = tuple("conductor" if r == "film_director" else r for r in lead_roles), None
            elif is_known_instrument(before) and len(before.split()) <= 3 and \
                    fold(m.group(0).strip()) in ("by", "par", "por", "de", "di", "von", "da"):
                chosen = ("performer:" + instrument_name(before),), None
        if chosen is None:
            continue
        if chosen is False:
            return None
        roles, own_scope = chosen
        place = None
        if any(r in rw.PLACE_ROLE for r in roles):
            parts = PLACE_SPLIT.split(after, maxsplit=1)
            if len(parts) == 2:
                after, place = parts[0], studio_name(strip_quotes(parts[1].strip(" .,")))
            elif place_before:
                place = place_before
        else:
            parts = PLACE_SPLIT.split(after, maxsplit=1)
            if len(parts) == 2 and read_names(parts[0]):
                after = parts[0]
        after, legends = exceptions(after, roles)
        names = read_names(after)
        if not names:
            continue
        credits = credits_for(names, roles, own_scope or scope)
        if ensemble:
            credits.insert(0, Credit(ensemble, ensemble_role(ensemble) or "ensemble", None, own_scope or scope))
        legends, scoped = split_legends(legends)
        credits.extend(scoped)
        for marker, marked in legends.items():
            credits.extend(Credit(c.name, c.role, c.instrument, "\x00" + marker) for c in marked)
        if place and place[:1].isupper() and re.search(r"[^\W\d_]", place):
            credits.extend(place_credits(place, roles, own_scope or scope))
        return credits
    return None


def _phrase_roles(before: str, by_word: str) -> tuple[tuple[str, ...] | None, str]:
    """A whole role phrase ending in the by-word: "Music by", "A film by", "Musique de"."""
    words = before.split(" ")
    folded = [fold(w).strip(",") for w in words]
    for start in range(0, len(words)):
        phrase = " ".join(folded[start:] + [fold(by_word)])
        if phrase in rw.ROLE_PHRASES and rw.ROLE_PHRASES[phrase] != (rw.IGNORE,):
            return rw.ROLE_PHRASES[phrase], " ".join(words[:start])
    if len(words) <= 5 and " ".join(folded) in rw.ROLE_PHRASES and fold(by_word) in ("by", "por", "par", "von"):
        roles = rw.ROLE_PHRASES[" ".join(folded)]
        if roles != (rw.IGNORE,) and not set(roles) & set(PSEUDO_ROLES):
            return roles, ""
    return None, before


def _is_participle(word: str) -> bool:
    """A participle of the tables; "Orchestre" (a noun) is not "orchestré"."""
    plain = word.lower().strip(",")
    key = fold(plain)
    return key in rw.PARTICIPLES and rw.ACCENTED.get(key, plain) == plain


def _participle_roles(before: str) -> tuple[tuple[str, ...] | None, str]:
    """Participles joined by conjunctions, read from the end: "mezclada y editada", "recorded, mixed and
    mastered"; with the words left in front of them."""
    words = before.split(" ")
    folded = [fold(w).strip(",") for w in words]
    roles: list[str] = []
    i = len(words) - 1
    while i >= 0:
        w = folded[i]
        if not _is_participle(words[i]):
            break
        role_id = rw.PARTICIPLES[w]
        if role_id == "performer" and is_known_instrument(w):
            role_id = "performer:" + instrument_name(w)
        if role_id not in roles:
            roles.insert(0, role_id)
        i -= 1
        if i >= 0 and folded[i] in rw.CONJUNCTIONS:
            i -= 1
            continue
        if i >= 0 and words[i].endswith(","):
            continue
        break
    if not roles:
        return None, before
    if "songwriter" in roles and "film_director" in roles:
        roles = ["screenwriter" if r == "songwriter" else r for r in roles]
    return tuple(roles), " ".join(words[: i + 1])


CONJ_PARTICIPLE = re.compile(r"\s+(?:and|ed|e|et|y|und|en|och|og|i|&)\s+(?P<word>[^\W\d_]+)")


def split_clauses(text: str) -> list[str]:
    """'Performed by X orchestra, conducted by A and B' -> two clauses (a comma starts a clause only when
    what follows is itself a by-clause)."""
    segments = []
    for seg in re.split(r"\s*[,;]\s+|\s+[–—]\s+", text):
        # "composte e dirette da X ed eseguite dall'Orchestra Y": a new participle after the names opens a clause
        start = 0
        for m in CONJ_PARTICIPLE.finditer(seg):
            if _is_participle(m.group("word")) and BY_WORD.search(seg, start, m.start()):
                segments.append(seg[start:m.start()])
                start = m.start("word")
        segments.append(seg[start:])
    clauses: list[str] = []
    for seg in segments:
        if clauses and read_by_clause(seg, None) is None:
            clauses[-1] = clauses[-1] + ", " + seg
        else:
            clauses.append(seg)
    return clauses


_SMALL_WORDS = frozenset(rw.BY_WORDS) | frozenset(rw.CONJUNCTIONS) | frozenset(rw.AT_WORDS) | frozenset(
    "the a an le la les l el los las il lo gli i die der das den dem des de het o os as un une una uno ein eine "
    "of du del della dello dei degli delle do dos das van von vom zu zum zur with avec con mit com".split())


# Words that can make a by-clause a credit: the role phrases' and participles' own words, instruments
_ROLE_CUE_WORDS = (frozenset(w for phrase, ids in rw.ROLE_PHRASES.items() if ids != (rw.IGNORE,)
                             for w in phrase.replace("-", " ").split()) |
                   frozenset(rw.PARTICIPLES) | instrument_words() | frozenset(rw.WHOLE_RELEASE_WORDS)) - _SMALL_WORDS


_CUE_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def may_name_roles(text: str) -> bool:
    """Cheap: does any word of the line belong to a role phrase, a participle or an instrument?"""
    return any(w in _ROLE_CUE_WORDS for w in _CUE_TOKEN.findall(fold(text)))
