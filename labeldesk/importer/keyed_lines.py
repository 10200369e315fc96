"""Keyed credit lines: a key, a colon or dash, then a value ('Orquestaciones: Pablo Olivas', 'duduk, temir komuz:
Sandro Friedrich', 'Bass – Ruud Okkerse', 'Orchestre X, direction : Y'), also several keys on one line ('Label:
X · Cat. No.: Y'). The key is read as roles, release fields or instruments; the value as names, a place or a
field's value.

Its own module because these shapes split at a separator and read both sides, unlike the by-clauses, which
are read outwards from a by-word."""

from __future__ import annotations

import re

from labeldesk.importer import role_words as rw
from labeldesk.importer.by_clauses import BY_WORD
from labeldesk.importer.credit_names import credits_for, ensemble_role, read_names
from labeldesk.importer.credit_places import (
    PLACE_SPLIT, person_and_place, place_beside_date, place_credits, places_in_brackets, read_place, studio_name,
)
from labeldesk.importer.credit_reading import LineReading
from labeldesk.importer.credit_scopes import exceptions, split_legends, trailing_scope
from labeldesk.importer.folding import fold
from labeldesk.importer.instrument_roles import instrument_lead
from labeldesk.importer.performer_lines import reverse_performer_line
from labeldesk.importer.release_fields import pseudo_fields
from labeldesk.importer.role_keys import PSEUDO_ROLES, exact_roles, instrument_label, is_instrument_list, lookup_roles
from labeldesk.importer.shapes import is_name, strip_quotes
from labeldesk.model import Credit


_COLON = re.compile(r"\s*:\s+|\s+:\s*|:$")


def colon_form(text: str, scope: str | None, single: bool = False) -> LineReading | None:
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
    if roles and _sentence_about_field(left, roles):
        return None
    if "." in right:
        right = _ACADEMIC_TITLE.sub("", right)  # "PhDr. Jiřina Pokorná", "Prof. Dr. A. Weber": the name without them
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
                return LineReading(credits=place_credits(place, roles, scope))
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
_ACADEMIC_TITLE = re.compile(r"(?:^|(?<=[,;&]\s)|(?<=\s(?:and|und)\s)|(?<=\s[ea]\s)|(?<=\set\s))"
                             r"(?:(?:Prof|Doc|Dr|PhDr|MUDr|JUDr|RNDr|PaedDr|Mgr|Ing|Dipl\.-Ing|Bc|Mag|Dott)\.\s*)+"
                             r"(?=[^\W\d][\w'’-]*\s+[^\W\d])")  # "Dr. John" keeps his
_FIELD_IDS = frozenset({"alternate_title", "artist", "barcode", "catalog_number", "label", "length", "release_date",
                        "release_title"})


def _sentence_about_field(key: str, roles: tuple[str, ...]) -> bool:
    """"Albüm iki özel konuğu ağırlıyor: A ve B": a sentence that opens with a field's one word ("album") and
    runs on to a colon is prose, not the field's key; a key of two words or more ("release date in the UK") is."""
    words = fold(key).split()
    if len(words) < 4 or not set(roles) <= _FIELD_IDS:
        return False
    return not any(" ".join(words[i:i + 2]) in rw.ROLE_PHRASES for i in range(len(words) - 1))


def _parts_read(parts: list[str], scope: str | None) -> LineReading | None:
    """Every part of a dotted line read on its own, merged; None when a part reads as nothing."""
    # imported here: read_credit_line reads keyed lines through this module
    from labeldesk.importer.credit_lines import read_credit_line

    merged = LineReading()
    for part in parts:
        reading = read_credit_line(part, scope)
        if not reading or reading.song:
            return None
        merged.add(reading)
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
        reading = colon_form(piece, scope, single=True)
        if reading is None:
            return None
        merged.add(reading)
    if not merged.credits and not merged.fields:
        return LineReading(ignored=True)
    return merged


_DASH = re.compile(r"\s+[–—-]\s+")


def dash_form(text: str, scope: str | None) -> LineReading | None:
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
            credits += place_credits(place, roles, own_scope or scope)
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


def ensemble_and_leader(text: str, scope: str | None) -> LineReading | None:
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
