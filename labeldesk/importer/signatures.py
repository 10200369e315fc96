"""Signature lines under notes, lead-ins above them, and place-date lines.

  Andre Matthias – Composer          (Jesús Calderón, composer of “La Mancha Negra” soundtrack)
  — Helle Page                       Alejandro Karo and Mayra Lepró          Paris, Octobre 2020
  Texte de Gabriel Yared sur le film:
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from labeldesk.importer import role_words as rw
from labeldesk.importer.cjk import is_cjk_name
from labeldesk.importer.dates import MONTHS
from labeldesk.importer.shapes import NAME_PARTICLES, QUOTE_CHARS, clean_space, is_name, split_names
from labeldesk.importer.folding import fold

# Role words a signature may state, folded -> role id (a subset of the credit tables: people who write notes).
_SIGNATURE_ROLES: dict[str, str] = {}
for _role, _words in {
    "composer": "composer composers compositeur compositrice compositeurs compositor compositora compositores "
                "compositore compositrice komponist komponistin music",
    "film_director": "director directors directora directeur realisateur realisatrice realisateurs regisseur "
                     "regisseurin regista diretor diretora filmmaker cineaste cineasta",
    "screenwriter": "screenwriter screenwriters scenariste guionista sceneggiatore sceneggiatrice drehbuchautor "
                    "drehbuchautorin roteirista writer",
    "producer": "producer productrice producteur productor productora produttore produzent produtor",
    "film_producer": "film-producer",
    "performer": "performer musician musicien musicienne musico musicista musiker soloist soliste solista pianist "
                 "pianiste pianista violinist violoniste cellist violoncelliste singer chanteur chanteuse cantante "
                 "sanger sangerin guitarist guitariste guitarrista",
    "conductor": "conductor chef dirigent",
    "orchestrator": "orchestrator orchestrateur orquestador orchestratore",
    "arranger": "arranger arrangeur arreglista arrangiatore",
    "music_supervisor": "supervisor superviseur",
}.items():
    for _w in _words.split():
        _SIGNATURE_ROLES[_w] = _role
_MULTIWORD_ROLES = {
    "music supervisor": "music_supervisor", "superviseur musical": "music_supervisor",
    "film director": "film_director", "executive producer": "executive_producer",
    "director of the film": "film_director", "realisateur du film": "film_director",
}
_DASH_PREFIX = re.compile(r"^[—–\-~]+\s*")
_PLACE_DATE = re.compile(r"^(?P<place>[A-ZÀ-Ý][\w'’.\- ]{1,40}?),\s*(?:(?:le|el|il|am|the|on)\s+)?"
                         r"(?P<date>(?:\d{1,2}(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?)?[^\W\d_]{3,12}\.?\s+(?:de\s+)?(?:19|20)\d\d"
                         r"|(?:19|20)\d\d|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d)$")


@dataclass
class Signature:
    names: list[str]
    roles: list[str] = field(default_factory=list)
    place_date: str | None = None


def read_place_date(text: str) -> str | None:
    """'Paris, Octobre 2020' -> itself; None when the line is not a place and a date."""
    text = clean_space(text).strip(" .")
    m = _PLACE_DATE.match(text)
    if not m:
        return None
    date = m.group("date")
    month = re.search(r"[^\W\d_]{3,12}", date)
    if month and fold(month.group(0)).rstrip(".") not in MONTHS:
        return None
    return text


def roles_in(text: str) -> list[str]:
    """Role ids a signature's role part states: "director and screenwriter of …" -> film_director, screenwriter."""
    folded = fold(text)
    roles: list[str] = []
    for phrase, role_id in _MULTIWORD_ROLES.items():
        if re.search(r"\b" + re.escape(phrase) + r"\b", folded) and role_id not in roles:
            roles.append(role_id)
            folded = folded.replace(phrase, " ")
    for word in re.findall(r"[\w-]+", folded):
        role_id = _SIGNATURE_ROLES.get(word) or _SIGNATURE_ROLES.get(word.rstrip("s"))
        if role_id and role_id not in roles:
            roles.append(role_id)
    return roles


def read_signature(text: str) -> Signature | None:
    """The names (and stated roles, place and date) of a signature line; None when it is not one."""
    text = clean_space(text)
    if not text or len(text) > 160:
        return None
    dashed = bool(_DASH_PREFIX.match(text))
    body = _DASH_PREFIX.sub("", text).strip()
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1].strip()
    place_date = None
    # "Name, Paris, Octobre 2020" / "Name – Paris, octobre 2020"
    tail = re.search(r"(?:,|\s[–—-])\s*([A-ZÀ-Ý][^,]{1,40},\s*[^,]{3,30})$", body)
    if tail and read_place_date(tail.group(1)):
        place_date = tail.group(1).strip()
        body = body[:tail.start()].strip(" ,–—-")
    else:
        # "Name, June 2021": a month and year alone
        bare = re.search(r",\s*((?:[^\W\d_]{3,12}\.?\s+)?(?:19|20)\d\d)$", body)
        if bare and (not re.search(r"[^\W\d_]", bare.group(1)) or
                     fold(re.search(r"[^\W\d_]+", bare.group(1)).group(0)) in MONTHS):
            place_date = bare.group(1).strip()
            body = body[:bare.start()].strip(" ,–—-")
    names_part, role_part = body, ""
    m = re.match(r"^(?P<names>[^,–—(]+?)\s*(?:,|\s[–—-]\s|\()\s*(?P<role>.+?)\)?$", body)
    if m and not _all_names(body):
        names_part, role_part = m.group("names").strip(), m.group("role").strip()
    names = _all_names(names_part)
    if not names:
        return None
    roles = roles_in(role_part) if role_part else []
    if role_part and not roles:
        # "Name, Paris" or "Name, some words": a signature only when the rest is short and has no verb-like run
        if len(role_part.split()) > 6 or role_part[:1].islower() and not dashed:
            return None
    if not dashed and not roles and not place_date and len(names) == 1 and len(names[0].split()) < 2 and \
            not is_cjk_name(names[0]):  # a Japanese name is written without a space
        return None
    return Signature(names, roles, place_date)


def _all_names(text: str) -> list[str]:
    text = text.strip(" " + QUOTE_CHARS)
    if "," in text and not re.search(r"\s(?:and|&|et|y|und|e|i)\s", text):
        return []  # "Name, Publication": a name and what follows it, not two names
    parts = split_names(text)
    if not parts or len(parts) > 4:
        return []
    if all(is_name(p, max_words=4) and not (len(p.split()) == 1 and roles_in(p))
           and not any(fold(w) in _NOT_PERSON for w in p.split()) for p in parts):
        return parts
    return []


# Words that make a capitalised line an organisation or an event, not a person signing.
_NOT_PERSON = frozenset({"festival", "awards", "award", "records", "recordings", "music", "musique", "soundtrack",
                         "orchestra", "orchestre", "orquesta", "ensemble", "choir", "press", "magazine", "edition",
                         "editions", "studio", "studios", "prize", "prix", "premio", "preis", "selection"})


_LEADIN = re.compile(
    r"^(?:(?:le\s+|la\s+|el\s+|il\s+|the\s+|a\s+|das\s+|der\s+)?(?:texte|text|note|notes|words|mot|mots|message|palabras|"
    r"texto|nota|notas|parole|testo|statement|commentaire|comentario|commento|propos|interview|entretien|"
    r"entrevista|intervista|letter|lettre|carta|lettera|brief|a\s+word|un\s+mot|unas\s+palabras|ein\s+wort)\b)",
    re.I)


# Lead-ins that name where a note is taken from rather than who wrote it.
_SOURCE_LEADIN = re.compile(
    r"^(?:(?:taken\s+|quoted\s+)?from\s+the\s+(?:booklet|liner\s+notes|sleeve(?:\s+notes)?|press\s+release|"
    r"press\s+kit)|(?:extrait|extraits|tir[ée]s?)\s+(?:du|de\s+la)\s+(?:livret|pochette|dossier\s+de\s+presse)|"
    r"(?:del|extra[ií]do\s+del)\s+(?:libreto|folleto|dossier\s+de\s+prensa)|(?:dal|tratto\s+dal)\s+(?:libretto|"
    r"booklet|comunicato)|aus\s+dem\s+(?:booklet|beiheft|pressetext)|uit\s+(?:het\s+boekje|de\s+hoes|het\s+"
    r"persbericht)|fr[åa]n\s+(?:konvolutet|h[äa]ftet)|fra\s+(?:coveret|hæftet|heftet)|do\s+(?:livreto|encarte)|"
    r"del\s+llibret)$", re.I)


# "From X's sleeve notes", "An excerpt from X's liner notes": whose notes follow.
_OWNED_NOTES = re.compile(
    r"^(?:(?:an?\s+)?(?:excerpt|extract)s?\s+)?from\s+(?P<name>[A-ZÀ-Ý][^:]{2,60}?)['’]s?\s+"
    r"(?:(?:original|new)\s+)?(?:sleeve|liner|booklet|album|programme|program)\s*(?:notes?|essay|text)$", re.I)


@dataclass
class LeadIn:
    names: list[str]
    roles: list[str]


def read_lead_in(text: str) -> LeadIn | None:
    """'Texte de Gabriel Yared sur le film:' / 'Words from the director:' -> who the note that follows is by."""
    text = clean_space(text)
    if not text.endswith(":") or len(text) > 120 or text.count(" ") > 14:
        return None
    body = text.rstrip(": ")
    if _SOURCE_LEADIN.match(body):
        return LeadIn([], [])
    owned = _OWNED_NOTES.match(body)
    if owned and is_name(owned.group("name")):
        # "From Rosalind Achterberg's sleeve notes:": the notes' author
        return LeadIn([owned.group("name").strip()], ["liner_notes_author"])  # "From the booklet:", "Extrait du livret :": where the note comes from, not who
    if not _LEADIN.match(body) and not re.search(r"\b(?:about|on|sur|sobre|su|über|zu)\b", body, re.I):
        return None
    names = _names_in(body)
    roles = roles_in(body)
    if not names and not roles:
        return None
    return LeadIn(names, roles)


_NOT_AUTHOR = frozenset({"texte", "text", "note", "notes", "words", "mot", "mots", "palabras", "texto", "testo",
                         "parole", "message", "statement", "letter", "lettre", "carta", "interview", "entretien"})


def _names_in(text: str) -> list[str]:
    """Name-shaped runs of capitalised words (two to four) in a line."""
    found: list[str] = []
    for m in re.finditer(r"(?:[A-ZÀ-Ý][\w'’\-]+(?:\s+(?:de|del|da|di|van|von|le|la|du|dos)?\s*[A-ZÀ-Ý][\w'’\-]+){1,3})",
                         text):
        words = clean_space(m.group(0)).split()
        while words and (fold(words[0]) in _NOT_AUTHOR or fold(words[0]) in NAME_PARTICLES):
            words = words[1:]
        candidate = " ".join(words)
        if len(words) >= 2 and is_name(candidate):
            found.append(candidate)
    return found


def role_phrase_ids(text: str) -> list[str]:
    """Role ids named anywhere in a short phrase, through the credit tables."""
    key = fold(text)
    return [r for phrase, ids in rw.ROLE_PHRASES.items() if phrase in key for r in ids]
