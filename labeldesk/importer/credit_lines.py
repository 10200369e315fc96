"""Credit and header lines in any of the supported languages -> credits and release fields.

Four shapes are read:
  "Orquestaciones: Pablo Olivas"            role words, colon, names
  "duduk, temir komuz: Sandro Friedrich"    instruments, colon, names (one performer credit per instrument)
  "guitar recorded by Stefano Rocchi"       [scope] participle(s) + by-word + names [+ at <studio>]
  "Director Anna Zayas & Omar Calva"        a header noun, then names or a value ("Label X", "Cat. No. X")
"""

from __future__ import annotations

import re

from labeldesk.importer import role_words as rw
from labeldesk.importer.by_clauses import BY_WORD, CONJ_PARTICIPLE, may_name_roles, read_by_clause, split_clauses
from labeldesk.importer.cjk import release_line_date
from labeldesk.importer.credit_names import ENSEMBLE_SMALL, credits_for, ensemble_role, read_names
from labeldesk.importer.credit_places import (
    PLACE_SPLIT, person_and_place, place_beside_date, places_in_brackets, read_place, studio_name,
)
from labeldesk.importer.credit_reading import LineReading
from labeldesk.importer.credit_scopes import exceptions, split_legends, trailing_scope, with_marked
from labeldesk.importer.folding import fold
from labeldesk.importer.header_lines import HEADER_FIRST_WORDS, header_form
from labeldesk.importer.instrument_roles import instrument_lead
from labeldesk.importer.performer_lines import reverse_performer_line
from labeldesk.importer.release_fields import RELEASE_LEAD_WORDS, out_on_date, pseudo_fields, release_statement
from labeldesk.importer.role_keys import PSEUDO_ROLES, exact_roles, instrument_label, is_instrument_list, lookup_roles
from labeldesk.importer.shapes import BULLET, QUOTE_CHARS, clean_space, is_name, strip_quotes
from labeldesk.model import Credit

_ENSEMBLE_HINT = re.compile(r"orch|orqu|philh|filarm|filharm|sinf|symph|banda|band\b|kapelle|choir|chor|ch[oœ]eur|coro|"
                            r"ensemble|quart|quint|sext|trio|consort|camerata|collecti|kwart|kvart|kvint|orkest|"
                            r"kor\b|koor|cor\b|cobla|orkiest|ch[óo]r|sbor|soubor|zesp[óo][łl]|conjunto")
_COLON = re.compile(r"\s*:\s+|\s+:\s*|:$")
_SONG = re.compile(r"^(?P<word>[^\W\d_][\w ]{1,20}?)\s*:?\s*[“\"«„‘](?P<title>[^“”\"«»„]+)[”“\"»’]\s*[,.:–—-]?\s*(?P<rest>.*)$")


_LIFE_DATES = re.compile(r"^(?P<name>[^()\d]{3,60}?)\s*\((?:(?:\*|b\.|born|n[ée]e?|geb\.|nac\.|nato|nata)\s*)?"
                         r"(?:1[5-9]|20)\d\d(?:\s*[–—-]\s*(?:(?:1[5-9]|20)\d\d)?)?\)$")


_SONG_WORDS = frozenset(fold(w) for w in rw.SONG_WORDS)
_QUOTE_HINT = re.compile(r"[“\"«„‘]")


def read_credit_line(text: str, scope: str | None = None) -> LineReading | None:
    """What a credit or header line says; None when the line is not one."""
    text = BULLET.sub("", clean_space(text))
    if not text or len(text) > 220:
        return None
    song = _SONG.match(text) if _QUOTE_HINT.search(text) else None
    if song and fold(song.group("word")) in _SONG_WORDS:
        reading = LineReading(song=song.group("title").strip())
        rest = song.group("rest").strip()
        if rest:
            inner = read_credit_line(rest, reading.song)
            if inner:
                reading.credits = inner.credits
        return reading
    if fold(text.split(" ", 1)[0]) in RELEASE_LEAD_WORDS:
        stated = release_statement(text)
        if stated is not None:
            return stated
    if "年" in text:
        cjk_date = release_line_date(text)
        if cjk_date:
            return LineReading(fields={"release_date": cjk_date})  # "2024年9月18日 (水) 発売"
    out_on = out_on_date(text) if len(text) <= 90 else None
    if out_on is not None:
        return out_on
    if ". " in text:
        sentences = _SENTENCE.split(text.rstrip(". "))
        if len(sentences) > 1:
            # "Recorded at X by A. Mixed by B. Artwork by C.": every sentence a credit, or the line is prose
            return _sentences(sentences, scope)
    if ":" in text and "," in text:
        led = _ensemble_and_leader(text, scope)
        if led is not None:
            return led
    colon = _colon_form(text, scope) if ":" in text else None
    if colon is not None:
        return colon
    if " – " in text or " — " in text or " - " in text:
        dashed = _dash_form(text, scope)
        if dashed is not None:
            return dashed
    if len(text) <= 200 and BY_WORD.search(text) and may_name_roles(text):
        whole = read_by_clause(text, scope)
        if whole:
            return with_marked(whole)
        credits: list[Credit] = []
        clauses = split_clauses(text) if ("," in text or ";" in text or " – " in text or " — " in text
                                          or CONJ_PARTICIPLE.search(text)) else []
        # "“Canción del faro” performed by X, lyrics by Y": the song the line opens with is every clause's
        song = _OPENING_SONG.match(text)
        for clause in clauses:
            found = read_by_clause(clause, scope or (song.group("title").strip() if song else None))
            if found is None:
                credits = []
                break
            if any(c.role in ("orchestra", "ensemble", "choir") for c in credits):
                found = [Credit(c.name, "conductor", c.instrument, c.scope) if c.role == "film_director" else c
                         for c in found]
            credits.extend(found)
        if credits:
            return with_marked(credits)
    life = _LIFE_DATES.match(text)
    if life and is_name(life.group("name"), allow_single=False):
        # "Wendelin Strobach (1871–1933)" over a work list: the composer
        return LineReading(credits=[Credit(life.group("name").strip(), "composer", None, scope)])
    first = fold(text.split(" ", 1)[0]).rstrip(":")
    if first in HEADER_FIRST_WORDS:
        found = header_form(text)
        if found:
            return found
    if first in rw.PLACE_PARTICIPLES:
        return _place_line(text)
    if _ENSEMBLE_HINT.search(text.lower()):
        return _ensemble_line(text)
    return None


# a sentence ends after a lower-case word that is no abbreviation ("Drummelsay. Mixed by"; not "Ref. DT-2209")
_SENTENCE = re.compile(r"(?<=[a-zß-ÿ]{3})(?<!feat)(?<!incl)(?<!prod)(?<!orch)(?<!arr)(?<!comp)(?<!perc)(?<!voc)"
                       r"(?<!keyb)(?<!bros)\.\s+(?=[A-ZÀ-Ý][^\W\d_])")


_OPENING_SONG = re.compile(r"^[“\"«„](?P<title>[^“”\"«»„]{1,80})[”“\"»]\s")


def _sentences(sentences: list[str], scope: str | None) -> LineReading | None:
    merged = LineReading()
    for sentence in sentences:
        reading = read_credit_line(sentence, scope)
        if not reading or reading.song or not (reading.credits or reading.fields or reading.ignored):
            return None
        merged.credits.extend(reading.credits)
        for key, value in reading.fields.items():
            merged.fields.setdefault(key, value)
        merged.legends.update(reading.legends)
    return merged


_PLACE_LINE = re.compile(r"^(?P<part>[^\W\d_]+)\b(?P<middle>[^.;:]{0,40}?)(?:\s+(?:at|in|au|aux|à|en|presso|nel|nello|"
                         r"nella|no|na|em|im|in der|in dem|bei|i|op|på|als|al)\s+|\s+(?:a|à|de|dans|nell|all)\s*l['’]\s*)"
                         r"(?P<place>[^;]+?)\.?$", re.I)


def _place_line(text: str) -> LineReading | None:
    """'Recorded at Kingsgate Hall', 'Registrato presso lo Studio Ferrante', 'Recorded March 2–3, 2021 at X'."""
    m = _PLACE_LINE.match(text)
    if not m:
        return None
    role_id = rw.PLACE_PARTICIPLES.get(fold(m.group("part")))
    if role_id is None or re.search(r"[.!?]\s+[A-ZÀ-Ý]", m.group("place")):
        return None  # a sentence goes on after the place: a note that opens with where it was recorded
    middle = m.group("middle").strip(" ,")
    if middle and not re.search(r"\d", middle) and fold(middle) not in ("live", "en vivo", "en direct", "dal vivo"):
        return None
    place = studio_name(m.group("place"))
    return LineReading(credits=[Credit(place, role_id)]) if place else None


def _ensemble_line(text: str) -> LineReading | None:
    """'Sinfonietta Nordheim', 'Kammerchor St. Aurel (Einstudierung: Benedikt Aurich)'."""
    m = re.match(r"^(?P<name>[^()]+?)\s*(?:\((?P<inner>[^()]+)\))?$", text)
    if not m:
        return None
    name = m.group("name").strip()
    role_id = ensemble_role(name)
    # 'Orkiestra Kameralna „Passacaglia”': a quoted name after the ensemble's kind
    bare = " ".join(w.strip(QUOTE_CHARS) for w in name.split())
    if role_id is None or not read_place(bare) or not all(w.strip(QUOTE_CHARS)[:1].isupper() or
                                                          fold(w) in ENSEMBLE_SMALL for w in name.split()):
        return None
    credits = [Credit(name, role_id)]
    if m.group("inner"):
        inner = read_credit_line(m.group("inner"))
        if not inner or not inner.credits:
            return None
        credits.extend(inner.credits)
    return LineReading(credits=credits)


def _colon_form(text: str, scope: str | None, single: bool = False) -> LineReading | None:
    m = _COLON.search(text)
    if not m or m.start() == 0:
        return None
    if not single and _PART_SEPARATOR.search(text):
        parts = _parts_read(_PART_SEPARATOR.split(text), scope)
        if parts is not None:
            return parts  # "Label: Pylon Records · Cat. No.: PYL 007 · Released 3 March 2023"
    if not single and text.count(":") >= 2:
        several = _several_keys(text, scope)
        if several is not None:
            return several
    left, right = text[:m.start()].strip(), text[m.end():].strip()
    if len(left) > 50 or len(left.split()) > 6:
        return None
    scope_m = re.match(r"^(?P<what>.+?)\s+(?:en|in|on|sur|dans|su|auf|em|no|na|for|pour|para|per|fur|de|di|del|of|"
                       r"von|van|av|af|do|da)\s+"
                       r"[«“\"„](?P<song>[^»”\"“]+)[»”\"“]$", left)
    if scope_m:
        left, scope = scope_m.group("what"), scope_m.group("song").strip()
    led = instrument_lead(left, rw.ROLE_PHRASES)
    if led is not None:
        left, scope = led[0], scope or led[1]  # "String arrangements: X": arranged for the strings
    roles = lookup_roles(left)
    if roles == (rw.IGNORE,):
        return LineReading(ignored=True)
    if not right:
        return None
    right, legends = exceptions(right, roles)
    if roles:
        reading = _keyed_value(roles, right, scope, legends)
        if reading is None and set(roles) <= _GUEST_ROLES:
            # "Gast: Timo Wendland – Trompete auf „Nordwest & Nebel“": the guest's own performer line
            performers = reverse_performer_line(right)
            if performers:
                return LineReading(credits=performers)
        if reading is None and set(roles) & rw.PLACE_ROLE.keys():
            reading = person_and_place(roles, right, scope)
            if reading is not None:
                return reading
            # "Aufnahme: 14.–17. März 2022, Stadthalle Brunsleben": where, beside when
            place = place_beside_date(right)
            if place:
                return LineReading(credits=[Credit(place, rw.PLACE_ROLE[r], None, scope) for r in roles
                                            if r in rw.PLACE_ROLE])
        return reading
    instruments = is_instrument_list(left) or instrument_label(left)
    if instruments:
        right, own_scope = trailing_scope(right)
        names = read_names(right)
        if not names:
            return None
        credits = [Credit(name, "performer", instrument, own_scope or scope) for name, _ in names
                   for instrument in instruments]
        return LineReading(credits=credits)
    return None


_PART_SEPARATOR = re.compile(r"\s+[·•|]\s+")


def _parts_read(parts: list[str], scope: str | None) -> LineReading | None:
    """Every part of a dotted line read on its own, merged; None when a part reads as nothing."""
    merged = LineReading()
    for part in parts:
        reading = read_credit_line(part, scope)
        if not reading or reading.song:
            return None
        merged.credits.extend(reading.credits)
        for key, value in reading.fields.items():
            merged.fields.setdefault(key, value)
        merged.legends.update(reading.legends)
    if not merged.credits and not merged.fields:
        return None
    return merged


def _several_keys(text: str, scope: str | None) -> LineReading | None:
    """'Format: CD  Label: Ombra Records  Cat. No.: OMB 12': several keyed fields on one line."""
    colons = [m for m in re.finditer(r":\s+", text)]
    if len(colons) < 2:
        return None
    pieces: list[str] = []
    start = 0
    for m in colons[1:]:
        before = text[start:m.start()]
        words = before.split(" ")
        cut = None
        for size in range(min(4, len(words) - 1), 0, -1):
            key = " ".join(words[-size:])
            if exact_roles(key) or instrument_label(key):
                cut = len(before) - len(key)
                break
        if cut is None:
            return None
        pieces.append(text[start:start + cut].strip())
        start = start + cut
    pieces.append(text[start:].strip())
    merged = LineReading()
    for piece in pieces:
        reading = _colon_form(piece, scope, single=True)
        if reading is None:
            return None
        merged.credits.extend(reading.credits)
        for key, value in reading.fields.items():
            merged.fields.setdefault(key, value)
        merged.legends.update(reading.legends)
    if not merged.credits and not merged.fields:
        return LineReading(ignored=True)
    return merged


_DASH = re.compile(r"\s+[–—-]\s+")


def _dash_form(text: str, scope: str | None) -> LineReading | None:
    """Record-database credits: 'Bass – Ruud Okkerse', 'Mixed By, Recorded By – Kees Abbenbroek',
    'Saxophone [Tenor] – Lou Castellane', 'Recorded At – Studio Merlijn', 'Pressed By – X' (nothing kept)."""
    m = _DASH.search(text)
    if not m:
        return None
    left, right = text[:m.start()].strip(), text[m.end():].strip()
    if not left or not right or len(left) > 50 or len(left.split()) > 6:
        return None
    roles = exact_roles(left)
    if roles == (rw.IGNORE,):
        return LineReading(ignored=True)
    if roles:
        return _keyed_value(roles, right, scope)
    instruments = instrument_label(left)
    if instruments:
        right, own_scope = trailing_scope(right)
        names = read_names(right)
        if not names:
            return None
        return LineReading(credits=[Credit(name, "performer", instrument, own_scope or scope)
                                    for name, _ in names for instrument in instruments])
    return _work_line(left, right)


def _work_line(title: str, description: str) -> LineReading | None:
    """'Nachtfahrt – Fünf Orchesterlieder nach Gedichten von Ilse Marwede': a work's title above its movements,
    with the credits its description names, scoped to that work."""
    if not title[:1].isupper() or len(title.split()) > 8 or re.search(r"[.!?;:]\s", title):
        return None
    for m in BY_WORD.finditer(description):
        words = description[:m.start()].split()
        by = fold(m.group(0).strip())
        after = description[m.end():].strip(" .")
        for size in range(min(4, len(words)), 0, -1):
            phrase = " ".join(fold(w) for w in words[-size:]) + " " + by
            roles = rw.ROLE_PHRASES.get(phrase)
            if roles and roles != (rw.IGNORE,) and size >= 2 and not set(roles) & set(PSEUDO_ROLES):
                names = read_names(after)
                if names:
                    return LineReading(credits=credits_for(names, roles, strip_quotes(title)))
    return None


def _keyed_value(roles: tuple[str, ...], right: str, scope: str | None,
                 legends: dict[str, list[Credit]] | None = None) -> LineReading | None:
    """The value of a 'Role: value' or 'Role – value' line read for those roles."""
    if set(roles) <= rw.PLACE_ROLES:
        place = studio_name(right)
        return LineReading(credits=[Credit(place, r, None, scope) for r in roles]) if place else None
    pseudo = tuple(r for r in roles if r in PSEUDO_ROLES)
    if pseudo:
        fields = pseudo_fields(pseudo, right)
        return LineReading(fields=fields) if fields else None
    legends, scoped = split_legends(legends or {})
    right, own_scope = trailing_scope(right)
    names = read_names(right)
    if not names and set(roles) & rw.PLACE_ROLE.keys():
        parts = PLACE_SPLIT.split(right, maxsplit=1)
        place = studio_name(parts[1]) if len(parts) == 2 else None
        names = read_names(parts[0]) if place else []
        if names:
            # "Mixage : Hugo Lenoir au Studio de la Fonderie, Nantes": who, and where
            credits = credits_for(names, roles, own_scope or scope)
            credits += [Credit(place, rw.PLACE_ROLE[r], None, own_scope or scope) for r in roles if r in rw.PLACE_ROLE]
            return LineReading(credits=credits + scoped, legends=legends)
    if not names and set(roles) & _COMPANY_ROLES:
        # a design studio or a publisher: a company's name where a person's would be
        place = read_place(right)
        names = [(place, None)] if place and not re.search(r"\d", place) else []
    if not names:
        return None
    credits = credits_for(names, roles, own_scope or scope)
    if set(roles) & rw.PLACE_ROLE.keys():
        credits += places_in_brackets(names, roles, own_scope or scope)
    return LineReading(credits=credits + scoped, legends=legends)


# Roles a guest line names: who plays, without saying what.
_GUEST_ROLES = frozenset({"performer"})
# Roles a company may hold.
_COMPANY_ROLES = frozenset({"cover_designer", "artwork", "art_director", "publisher", "photographer", "label"})


# Keys that after an ensemble's name mean whoever leads it ("Orchestre X, direction : Y", "Chor X, Leitung: Y").
_LEADING_WORDS = frozenset({"direction", "dir", "dir.", "leitung", "direccion", "direzione", "regencia", "rezie",
                            "dyrygent", "dirigent", "conductor", "conducted by", "chef", "diretor", "diretora",
                            "kierownictwo", "prowadzenie", "ledning", "ledelse", "directed by", "leader"})


def _ensemble_and_leader(text: str, scope: str | None) -> LineReading | None:
    """'Orchestre des Pays de l'Aven, direction : Clémence Aubry' / 'Chœur X, chef de chœur : Y': the ensemble
    and the one who leads it."""
    m = re.match(r"^(?P<ensemble>[^,:]{3,80}),\s*(?P<key>[^,:]{2,30}?)\s*:\s*(?P<name>[^,:]{3,60})$", text)
    if not m:
        return None
    ensemble = m.group("ensemble").strip()
    kind = ensemble_role(ensemble)
    words = strip_quotes(ensemble).split()
    # "Chœur de chambre Les Voix d'Ouessant": a capitalised name, though its kind may be in lower case
    if kind is None or len(words) > 9 or not words[0][:1].isupper() or \
            sum(1 for w in words if w[:1].isupper()) < 2:
        return None
    key = fold(m.group("key")).strip(" .")
    if key in _LEADING_WORDS:
        roles: tuple[str, ...] | None = ("chorus_master",) if kind == "choir" else ("conductor",)
    else:
        roles = lookup_roles(m.group("key"))
        if not roles or not set(roles) <= {"conductor", "chorus_master", "concertmaster", "music_director"}:
            return None
    name = m.group("name").strip(" .")
    if not is_name(name):
        return None
    return LineReading(credits=[Credit(strip_quotes(ensemble), kind, None, scope)]
                       + [Credit(name, role, None, scope) for role in roles])


def strip_bullet(text: str) -> str:
    return BULLET.sub("", text)


QUOTES = QUOTE_CHARS
