"""Credit and header lines in any of the supported languages -> credits and release fields.

Four shapes are read:
  "Orquestaciones: Pablo Olivas"            role words, colon, names
  "duduk, temir komuz: Sandro Friedrich"    instruments, colon, names (one performer credit per instrument)
  "guitar recorded by Stefano Rocchi"       [scope] participle(s) + by-word + names [+ at <studio>]
  "Director Anna Zayas & Omar Calva"        a header noun, then names or a value ("Label X", "Cat. No. X")
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from labeldesk.importer import role_words as rw
from labeldesk.importer.dates import parse_date
from labeldesk.importer.shapes import QUOTE_CHARS, clean_space, is_name, split_names, strip_quotes
from labeldesk.model import Credit
from labeldesk.model.durations import parse_duration
from labeldesk.model.instruments import instrument_name, is_known_instrument
from labeldesk.importer.folding import fold

PSEUDO_ROLES = ("label", "catalog_number", "barcode", "release_date", "length", "artist")
# Header nouns that may be followed directly by names or a value, without colon or by-word.
HEADER_NOUNS = frozenset({
    "director", "directors", "directed", "realisateur", "realisatrice", "realisation", "regie", "regia", "regista",
    "direccion", "directora", "diretor", "diretora", "composer", "composers", "compositeur", "compositrice",
    "compositor", "compositora", "compositore", "komponist", "komponistin", "conductor", "producer", "producers",
    "with", "avec", "con", "mit", "com", "starring", "cast", "label", "record label", "sello", "etichetta",
    "artist", "artiste", "artista", "with special guest", "with special guests", "special guest", "special guests",
    "featuring", "feat.", "guest", "guests", "avec la participation de",
    "cat. no.", "cat. no", "cat no", "cat no.", "cat.", "cat#", "cat. #", "catalog number", "catalogue number",
    "catalog no", "catalogue no", "catalog no.", "catalogue no.", "catalog #", "catalogue #", "ref.", "reference",
    "numero de catalogue", "numero de catalogo", "referencia", "numero di catalogo", "katalognummer", "katalog-nr.",
    "bestellnummer", "best.-nr.", "ean", "upc", "ean/upc", "upc/ean", "ean-13", "barcode", "bar code", "gtin",
    "code-barres", "codigo de barras", "codice a barre", "strichcode", "release date", "released", "released on",
    "out", "out on", "date de sortie", "sortie", "parution", "fecha de lanzamiento", "fecha de salida",
    "fecha de publicacion", "lanzamiento", "data di uscita", "uscita", "erscheinungsdatum", "erscheint am",
    "veroffentlichung", "vo", "data de lancamento", "lancamento", "length", "total length", "total time",
    "running time", "total running time", "duration", "duree", "duree totale", "duracion", "duracion total",
    "durata", "durata totale", "gesamtlange", "gesamtspielzeit", "spielzeit", "laufzeit", "duracao", "duracao total",
})
_HEADER_FIRST_WORDS = frozenset(k.split(" ")[0] for k in HEADER_NOUNS) | frozenset(
    k.split(" ")[0] for k, v in rw.ROLE_PHRASES.items() if v == (rw.IGNORE,))
_ENSEMBLE_HINT = re.compile(r"(?i)orch|orqu|philh|filarm|sinf|symph|banda|band\b|kapelle|choir|chor|ch[oœ]eur|coro|"
                            r"ensemble|quart|quint|sext|trio|consort|camerata|collecti")
_ENSEMBLE_ROLE = (
    (re.compile(r"\b(?:choir|chorus|ch(?:oe|œ)urs?|coros?|chor(?:e|us)?|cor[ao]l|kammerchor|vocal ensemble)\b", re.I),
     "choir"),
    (re.compile(r"\b(?:orchestr\w*|orquest\w*|philharmoni\w*|filarm\w*|sinf[oó]ni\w*|symphon\w*|banda\b|"
                r"big band|staatskapelle|kapelle)", re.I), "orchestra"),
    (re.compile(r"\b(?:ensemble|quartet\w*|quatuor|cuarteto|quintet\w*|quintette|sextet\w*|trio|consort|"
                r"sinfonietta|camerata|collective|collectif)\b", re.I), "ensemble"),
)
_ARTICLE = re.compile(r"^(?:(?:the|la|le|les|el|los|las|il|lo|i|gli|die|der|das|den|o|os|a|as)\s+|l['’]\s*)(?=\S)", re.I)
_BULLET = re.compile(r"^[•·▪◦\-–—*>]+\s*")
_COLON = re.compile(r"\s*:\s+|\s+:\s*|:$")
_PARENS = re.compile(r"\s*\(([^()]*)\)")
_SONG = re.compile(r"^(?P<word>[^\W\d_][\w ]{1,20}?)\s*:?\s*[“\"«„‘](?P<title>[^“”\"«»„]+)[”“\"»’]\s*[,.:–—-]?\s*(?P<rest>.*)$")
_BY_WORD = re.compile(r"\b(?:by|por|par|da|dalla|dal|di|von|vom|door|pela|pelo|de)\s+", re.I)
_PLACE_SPLIT = re.compile(r"\s+(?:at|in|en|au|aux|à|a|al|presso|bei|im|nos|no|na|em)\s+(?=[\w“\"«]*[A-ZÀ-Ý“\"«])")


@dataclass
class LineReading:
    """What one credit or header line says."""

    credits: list[Credit] = field(default_factory=list)
    fields: dict[str, object] = field(default_factory=dict)  # label, catalog_number, barcode, release_date, length, artist
    song: str | None = None  # 'Canción "X"': the song the following lines are about
    ignored: bool = False  # a recognised non-credit line ("Thanks: …")
    legends: dict[str, list[Credit]] = field(default_factory=dict)  # ", except † by X": credits per marker

    def __bool__(self) -> bool:
        return bool(self.credits or self.fields or self.song or self.ignored)


@lru_cache(maxsize=8192)
def lookup_roles(label: str) -> tuple[str, ...] | None:
    """Role ids for a credit label ("Fotos de la grabación", "Mixing & Mastering"); None when it names no role."""
    key = fold(_BULLET.sub("", label)).strip(" .:-–—")
    key = re.sub(r"\s+", " ", key)
    if not key:
        return None
    if key in rw.ROLE_PHRASES:
        return rw.ROLE_PHRASES[key]
    words = key.split(" ")
    # "Mixing & Mastering", "Orchestrations and conducting" -> each part
    parts = [p.strip() for p in re.split(r"\s*(?:,|&|/|\+|\band\b|\bet\b|\by\b|\be\b|\bund\b)\s*", key) if p.strip()]
    if len(parts) > 1 and all(p in rw.ROLE_PHRASES for p in parts):
        roles: list[str] = []
        for p in parts:
            roles.extend(r for r in rw.ROLE_PHRASES[p] if r not in roles)
        return tuple(roles)
    # the longest role phrase the label starts with, else the longest it contains as whole words
    best: tuple[str, ...] | None = None
    best_len = 0
    for size in range(min(len(words), 6), 0, -1):
        for start in range(0, len(words) - size + 1):
            phrase = " ".join(words[start:start + size])
            if phrase in rw.ROLE_PHRASES and size > best_len:
                best, best_len = rw.ROLE_PHRASES[phrase], size
        if best:
            break
    return best


@lru_cache(maxsize=4096)
def _is_instrument_list(label: str) -> tuple[str, ...] | None:
    parts = [p.strip() for p in re.split(r"\s*(?:,|&|/|\+|\band\b|\bet\b|\by\b|\bund\b)\s*", label) if p.strip()]
    if not parts or len(parts) > 8:
        return None
    known = sum(1 for p in parts if is_known_instrument(p))
    for p in parts:
        words = p.split()
        if len(words) > 3 or any(c.isdigit() for c in p):
            return None
        if not is_known_instrument(p) and not (p == p.lower() or (known and len(words) == 1)):
            return None
    return tuple(instrument_name(p) for p in parts)


def ensemble_role(name: str) -> str | None:
    for pattern, role_id in _ENSEMBLE_ROLE:
        if pattern.search(name):
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
    protected = _PARENS.sub(lambda m: " (" + m.group(1).replace(",", "\x01").replace("&", "\x02") + ")", text)
    for part in split_names(protected):
        part = part.replace("\x01", ",").replace("\x02", "&")
        instrument = None
        m = re.search(r"\(([^()]*)\)\s*$", part)
        if m:
            instrument = m.group(1).strip()
            part = part[:m.start()].strip()
        part = strip_quotes(part)
        if ensemble_role(part):
            part = _ARTICLE.sub("", part) if not is_name(part) else part
            if part and part[0].isupper():
                found.append((part, "\x00"))
                continue
            return ()
        if not is_name(part):
            return ()
        found.append((part, instrument))
    return tuple(found)


def read_place(text: str) -> str | None:
    """'lo Studio Ferrante' -> 'Studio Ferrante': a studio or venue name, capitalised, not a sentence."""
    text = strip_quotes(clean_space(text).strip(" .,;"))
    text = _ARTICLE.sub("", text) if _ARTICLE.match(text) and len(text.split()) > 1 else text
    text = re.sub(r"\s*\([^()]*\)$", "", text).strip()
    if not text or not text[0].isupper() or len(text) > 60 or len(text.split()) > 7:
        return None
    if re.search(r"[!?;:]\s|\.\s+[a-z]", text):
        return None
    return text


def _credits_for(names: list[tuple[str, str | None]], roles: tuple[str, ...], scope: str | None) -> list[Credit]:
    credits: list[Credit] = []
    for role_id in roles:
        if role_id.startswith("performer:"):
            instrument = role_id.split(":", 1)[1]
            credits.extend(Credit(name, "performer", instrument, scope) for name, extra in names
                           if not (extra or "").startswith("\x00"))
    roles = tuple(r for r in roles if not r.startswith("performer:"))
    for name, extra in names:
        if extra is not None and extra.startswith("\x00"):
            credits.append(Credit(name, ensemble_role(name + " " + extra[1:]) or "ensemble", None, scope))
            continue
        for role_id in roles:
            if role_id in (rw.IGNORE, *PSEUDO_ROLES):
                continue
            if role_id == "performer" and extra:
                for instrument in re.split(r"\s*(?:,|&|/|\band\b|\bet\b|\by\b|\bund\b)\s*", extra):
                    if instrument.strip():
                        credits.append(Credit(name, "performer", instrument_name(instrument), scope))
            else:
                credits.append(Credit(name, role_id, None, scope))
    return credits


def _pseudo_fields(roles: tuple[str, ...], value: str) -> dict[str, object] | None:
    value = clean_space(value).strip(" .;,")
    out: dict[str, object] = {}
    for role_id in roles:
        if role_id == "label":
            label = strip_quotes(value)
            if not label or len(label) > 80 or not (label[0].isupper() or label[0].isdigit()):
                return None
            out["label"] = label
        elif role_id == "catalog_number":
            if not value or len(value) > 30 or not any(c.isdigit() for c in value):
                return None
            out["catalog_number"] = value
        elif role_id == "barcode":
            digits = re.sub(r"[\s-]", "", value)
            if not digits.isdigit() or not 8 <= len(digits) <= 14:
                return None
            out["barcode"] = digits
        elif role_id == "release_date":
            date = parse_date(value)
            if not date or len(value) > 40:
                return None
            out["release_date"] = date
        elif role_id == "length":
            seconds = parse_duration(value.replace("’", "'").replace("′", "'"))
            if seconds is None:
                return None
            out["length"] = seconds
        elif role_id == "artist":
            names = read_names(value)
            if not names:
                return None
            out["artist"] = [n for n, _ in names]
    return out


_EXCEPT = re.compile(r",?\s*\b(?:except|excepted|sauf|excepto|salvo|menos|tranne|eccetto|au(?:ss|ß)er|exceto)\b\s*"
                     r"(?P<marker>\*{1,3}|†|‡|¹|²|³)?(?:\s*(?:\(|:)?\s*(?:by|de|par|por|di|da|von)\s+(?P<names>.+?))?"
                     r"\)?\s*\.?$", re.I)


def _exceptions(text: str, roles: tuple[str, ...] | None) -> tuple[str, dict[str, list[Credit]]]:
    """'Marla Okafor, except † by Desmond Pryce' -> ('Marla Okafor', {'†': [Desmond Pryce credits]})."""
    m = _EXCEPT.search(text)
    if not m or m.start() == 0:
        return text, {}
    legends: dict[str, list[Credit]] = {}
    if m.group("marker") and m.group("names") and roles:
        names = read_names(m.group("names"))
        if names:
            legends[m.group("marker")] = _credits_for(names, roles, None)
    return text[:m.start()].strip(" ,"), legends


def _scope_of(words: str) -> tuple[bool, str | None]:
    """(acceptable, scope) for the words before a participle: "guitar" -> scope; "music" -> whole release."""
    words = clean_space(words).strip(" ,:;-–—")
    if not words:
        return True, None
    key = fold(words)
    if key in rw.WHOLE_RELEASE_WORDS or fold(_ARTICLE.sub("", words)) in rw.WHOLE_RELEASE_WORDS:
        return True, None
    if len(words.split()) <= 3 and (is_known_instrument(words) or words == words.lower()) \
            and not any(c.isdigit() for c in words):
        return True, instrument_name(words)
    q = re.match(r"^[“\"«„](.+)[”“\"»]$", words)
    if q:
        return True, q.group(1)
    t = _TRACK_SCOPE.match(words)
    if t:
        return True, TRACK_SCOPE + ",".join(re.findall(r"[A-H]?\d+", t.group("numbers")))
    return False, None


# "Track 3 remixed by X": a credit bound to tracks by position; the scope holds the positions.
TRACK_SCOPE = "\x01track:"
_TRACK_SCOPE = re.compile(r"^(?:tracks?|pistes?|pistas?|tracce|traccia|titel|titres?|faixas?|brani|brano|nos?\.?)\s+"
                          r"(?P<numbers>[A-H]?\d+(?:\s*(?:,|&|and|et|y|e|und|-)\s*[A-H]?\d+)*)$", re.I)


def _read_by_clause(clause: str, scope: str | None) -> list[Credit] | None:
    """'music mixed by X at Y' -> credits; None when the clause is not of that shape."""
    for m in _BY_WORD.finditer(clause):
        before = clause[:m.start()].strip()
        after = clause[m.end():].strip()
        if not before or not after:
            continue
        chosen = None
        for roles, scope_words in (_participle_roles(before), _phrase_roles(before, m.group(0).strip())):
            if roles is None:
                continue
            ok, own_scope = _scope_of(scope_words)
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
            parts = _PLACE_SPLIT.split(after, maxsplit=1)
            if len(parts) == 2:
                after, place = parts[0], strip_quotes(parts[1].strip(" .,"))
        else:
            parts = _PLACE_SPLIT.split(after, maxsplit=1)
            if len(parts) == 2 and read_names(parts[0]):
                after = parts[0]
        after, legends = _exceptions(after, roles)
        names = read_names(after)
        if not names:
            continue
        credits = _credits_for(names, roles, own_scope or scope)
        if ensemble:
            credits.insert(0, Credit(ensemble, ensemble_role(ensemble) or "ensemble", None, own_scope or scope))
        for marker, marked in legends.items():
            credits.extend(Credit(c.name, c.role, c.instrument, "\x00" + marker) for c in marked)
        if place and place[:1].isupper():
            for role_id in roles:
                if role_id in rw.PLACE_ROLE:
                    credits.append(Credit(place, rw.PLACE_ROLE[role_id], None, own_scope or scope))
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


def _split_clauses(text: str) -> list[str]:
    """'Performed by X orchestra, conducted by A and B' -> two clauses (a comma starts a clause only when
    what follows is itself a by-clause)."""
    segments = re.split(r"\s*[,;]\s+|\s+[–—]\s+", text)
    clauses: list[str] = []
    for seg in segments:
        if clauses and _read_by_clause(seg, None) is None:
            clauses[-1] = clauses[-1] + ", " + seg
        else:
            clauses.append(seg)
    return clauses


def read_credit_line(text: str, scope: str | None = None) -> LineReading | None:
    """What a credit or header line says; None when the line is not one."""
    text = _BULLET.sub("", clean_space(text))
    if not text or len(text) > 220:
        return None
    song = _SONG.match(text)
    if song and fold(song.group("word")) in {fold(w) for w in rw.SONG_WORDS}:
        reading = LineReading(song=song.group("title").strip())
        rest = song.group("rest").strip()
        if rest:
            inner = read_credit_line(rest, reading.song)
            if inner:
                reading.credits = inner.credits
        return reading
    colon = _colon_form(text, scope) if ":" in text else None
    if colon is not None:
        return colon
    if len(text) <= 200 and _BY_WORD.search(text):
        whole = _read_by_clause(text, scope)
        if whole:
            return _with_marked(whole)
        credits: list[Credit] = []
        clauses = _split_clauses(text) if ("," in text or ";" in text or " – " in text or " — " in text) else []
        for clause in clauses:
            found = _read_by_clause(clause, scope)
            if found is None:
                credits = []
                break
            if any(c.role in ("orchestra", "ensemble", "choir") for c in credits):
                found = [Credit(c.name, "conductor", c.instrument, c.scope) if c.role == "film_director" else c
                         for c in found]
            credits.extend(found)
        if credits:
            return _with_marked(credits)
    first = fold(text.split(" ", 1)[0]).rstrip(":")
    if first in _HEADER_FIRST_WORDS:
        found = _header_form(text)
        if found:
            return found
    if first in rw.PLACE_PARTICIPLES:
        return _place_line(text)
    if _ENSEMBLE_HINT.search(text):
        return _ensemble_line(text)
    return None


def _with_marked(credits: list[Credit]) -> LineReading:
    """Credits whose scope is a footnote marker go to the reading's legends."""
    reading = LineReading()
    for c in credits:
        if c.scope and c.scope.startswith("\x00"):
            reading.legends.setdefault(c.scope[1:], []).append(Credit(c.name, c.role, c.instrument, None))
        else:
            reading.credits.append(c)
    return reading


_PLACE_LINE = re.compile(r"^(?P<part>[^\W\d_]+)\b(?P<middle>[^.;:]{0,40}?)\s+(?:at|in|au|aux|à|en|presso|nel|nello|nella|"
                         r"no|na|em|im|in der|in dem|bei)\s+(?P<place>[^,;]+?)\.?$", re.I)


def _place_line(text: str) -> LineReading | None:
    """'Recorded at Kingsgate Hall', 'Registrato presso lo Studio Ferrante', 'Recorded March 2–3, 2021 at X'."""
    m = _PLACE_LINE.match(text)
    if not m:
        return None
    role_id = rw.PLACE_PARTICIPLES.get(fold(m.group("part")))
    if role_id is None:
        return None
    middle = m.group("middle").strip(" ,")
    if middle and not re.search(r"\d", middle) and fold(middle) not in ("live", "en vivo", "en direct", "dal vivo"):
        return None
    place = read_place(m.group("place"))
    return LineReading(credits=[Credit(place, role_id)]) if place else None


def _ensemble_line(text: str) -> LineReading | None:
    """'Sinfonietta Nordheim', 'Kammerchor St. Aurel (Einstudierung: Benedikt Aurich)'."""
    m = re.match(r"^(?P<name>[^()]+?)\s*(?:\((?P<inner>[^()]+)\))?$", text)
    if not m:
        return None
    name = m.group("name").strip()
    role_id = ensemble_role(name)
    if role_id is None or not read_place(name) or not all(w[:1].isupper() or fold(w) in _ENSEMBLE_SMALL
                                                          for w in name.split()):
        return None
    credits = [Credit(name, role_id)]
    if m.group("inner"):
        inner = read_credit_line(m.group("inner"))
        if not inner or not inner.credits:
            return None
        credits.extend(inner.credits)
    return LineReading(credits=credits)


_ENSEMBLE_SMALL = frozenset({"de", "del", "della", "di", "du", "des", "der", "la", "le", "of", "the", "et", "and",
                             "y", "e", "und", "da", "do", "dos", "das", "st.", "san", "santa"})


def _colon_form(text: str, scope: str | None) -> LineReading | None:
    m = _COLON.search(text)
    if not m or m.start() == 0:
        return None
    left, right = text[:m.start()].strip(), text[m.end():].strip()
    if len(left) > 50 or len(left.split()) > 6:
        return None
    scope_m = re.match(r"^(?P<what>.+?)\s+(?:en|in|on|sur|dans|su|auf|em|no|na|for|pour|para|per|fur)\s+"
                       r"[«“\"„](?P<song>[^»”\"“]+)[»”\"“]$", left)
    if scope_m:
        left, scope = scope_m.group("what"), scope_m.group("song").strip()
    roles = lookup_roles(left)
    if roles == (rw.IGNORE,):
        return LineReading(ignored=True)
    if not right:
        return None
    right, legends = _exceptions(right, roles)
    if roles and set(roles) <= rw.PLACE_ROLES:
        place = read_place(right)
        return LineReading(credits=[Credit(place, r, None, scope) for r in roles]) if place else None
    if roles:
        pseudo = tuple(r for r in roles if r in PSEUDO_ROLES)
        if pseudo:
            fields = _pseudo_fields(pseudo, right)
            return LineReading(fields=fields) if fields else None
        names = read_names(right)
        if not names:
            return None
        return LineReading(credits=_credits_for(names, roles, scope), legends=legends)
    instruments = _is_instrument_list(left)
    if instruments:
        names = read_names(right)
        if not names:
            return None
        credits = [Credit(name, "performer", instrument, scope) for name, _ in names for instrument in instruments]
        return LineReading(credits=credits)
    return None


def _header_form(text: str) -> LineReading | None:
    words = text.split(" ")
    folded = [fold(w) for w in words[:4]]
    for size in range(min(4, len(words) - 1), 0, -1):
        key = " ".join(folded[:size]).rstrip(":")
        if rw.ROLE_PHRASES.get(key) == (rw.IGNORE,) and size >= 2:
            return LineReading(ignored=True)
        if key not in HEADER_NOUNS or key not in rw.ROLE_PHRASES:
            continue
        rest = " ".join(words[size:]).lstrip(":–—- ").strip()
        if not rest:
            return None
        roles = rw.ROLE_PHRASES[key]
        pseudo = tuple(r for r in roles if r in PSEUDO_ROLES)
        if pseudo:
            fields = _pseudo_fields(pseudo, rest)
            return LineReading(fields=fields) if fields else None
        names = read_names(rest)
        if not names:
            return None
        return LineReading(credits=_credits_for(names, roles, None))
    return None


def reverse_performer_line(text: str) -> list[Credit] | None:
    """'Sandro Friedrich – duduk, temir komuz' / 'Sandro Friedrich (duduk)' -> performer credits."""
    if not any(c in text for c in "–—-:(") or len(text) > 120:
        return None
    text = _BULLET.sub("", clean_space(text))
    m = re.match(r"^(?P<name>[^–—:(]+?)\s*(?:[–—:]|\s-\s)\s*(?P<what>[^–—]+)$", text) or \
        re.match(r"^(?P<name>[^(]+?)\s*\((?P<what>[^()]+)\)$", text)
    if not m or not is_name(m.group("name"), allow_single=False):
        return None
    what = m.group("what").strip(" .")
    instruments = _is_instrument_list(what)
    if instruments and all(is_known_instrument(p) for p in re.split(r"\s*(?:,|&|/|\band\b|\bet\b|\by\b)\s*", what)
                           if p.strip()):
        return [Credit(m.group("name").strip(), "performer", i, None) for i in instruments]
    return None


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", text)


QUOTES = QUOTE_CHARS
