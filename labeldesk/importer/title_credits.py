"""Credits printed after a track's title in brackets: "Långt bort i skogen (trad., arr. E. Haldorsson)",
"Morning Song (arr. Ana Ruiz)", "Polska (trad.)", "Kaksi kahvia (säv. Häkkinen, san. Rautio)" (music and words
abbreviated as each language does), "Satamassa sataa (Rautio)" (a surname the release credits). The title keeps its own words; the song's writers become its
credits, an initial expanded to the full name the release credits ("E. Haldorsson" -> "Elin Haldorsson")."""

from __future__ import annotations

import re

from labeldesk.importer.folding import fold
from labeldesk.importer.shapes import is_name
from labeldesk.model import Credit

_BRACKETS = re.compile(r"\s*\((?P<inner>[^()]{3,80})\)\s*$")
_TRADITIONAL = re.compile(r"^(?:trad\.?|traditional|traditionnel(?:le)?|tradicional|tradizionale|traditionell|"
                          r"folkvisa|folkemelodi|folk song|anonim|anonymous|anon\.?|anonyme|an[oó]nimo|anonimo|"
                          r"kansanlaulu|kansansävelmä|ludowa|lidová)$", re.I)
# "music: X", "m. X", "säv. X" (Finnish säveltänyt), "muz. X" (Polish), "müz. X" (Turkish), "μουσ. X" ...
_WRITER_ROLES = (
    (re.compile(r"^(?:m\.|mus\.?|music:?|music by|musique:?|música:?|musica:?|musik:?|säv\.|sävel:?|muz\.|muzyka:?|"
                r"hudba:?|müz\.|müzik:?|μουσ\.|μουσική:?|zene:?)\s*(?P<who>.+)$", re.I), "composer"),
    (re.compile(r"^(?:l\.|w\.|words:?|words by|lyrics:?|lyrics by|paroles:?|letra:?|testo:?|text:?|san\.|sanat:?|"
                r"sł\.|słowa:?|söz\.?|sözler:?|στίχ\.|στίχοι:?|szöveg:?)\s*(?P<who>.+)$", re.I), "lyricist"),
)
_ARRANGED = re.compile(r"^(?:arr\.?|arranged by|arrangement|arr\.\s*by|arrangiert von|arrangé par|arreglo de|"
                       r"arrangiamento di|arranjo de)\s+(?P<who>.+)$", re.I)
_INITIAL = re.compile(r"^(?P<initial>[A-ZÀ-Ý])\.\s*(?P<surname>.+)$")


def credits_in_title(title: str, release_credits: list[Credit]) -> tuple[str, list[Credit]] | None:
    """(title without the brackets, the credits they name); None when the brackets name no writer."""
    m = _BRACKETS.search(title)
    if not m or m.start() == 0:
        return None
    found: list[Credit] = []
    for part in re.split(r"\s*[,;/]\s*", m.group("inner")):
        part = part.strip()
        if _TRADITIONAL.match(part):
            found.append(Credit("Traditional", "composer"))
            continue
        arranged = _ARRANGED.match(part)
        if arranged and is_name(arranged.group("who").strip()):
            found.append(Credit(_full_name(arranged.group("who").strip(), release_credits), "arranger"))
            continue
        writer = _writer(part, release_credits)
        if writer is not None:
            found.append(writer)
            continue
        return None  # "(per Nino)", "(titoli di coda)": part of the title
    return title[:m.start()].rstrip(), found


def _writer(part: str, credits: list[Credit]) -> Credit | None:
    """'säv. Häkkinen' -> the composer; a bare 'Rautio' -> the songwriter, when the release credits one person of
    that surname (a bare word could be a title's own "(Reprise)")."""
    for pattern, role in _WRITER_ROLES:
        m = pattern.match(part)
        if m and is_name(m.group("who").strip()):
            return Credit(_by_surname(_full_name(m.group("who").strip(), credits), credits), role)
    if " " not in part and is_name(part):
        full = _by_surname(part, credits)
        return Credit(full, "songwriter") if full != part else None
    return None


def _by_surname(name: str, credits: list[Credit]) -> str:
    """'Rautio' -> 'Ilkka Rautio' when the release credits exactly one person of that surname."""
    if " " in name:
        return name
    surname = " " + fold(name)
    matches = {c.name for c in credits if fold(c.name).endswith(surname)}
    return matches.pop() if len(matches) == 1 else name


def _full_name(name: str, credits: list[Credit]) -> str:
    """'E. Haldorsson' -> 'Elin Haldorsson' when the release credits one person of that initial and surname."""
    m = _INITIAL.match(name)
    if not m:
        return name
    surname, initial = fold(m.group("surname")), fold(m.group("initial"))
    matches = {c.name for c in credits if fold(c.name).endswith(" " + surname) and fold(c.name)[:1] == initial}
    return matches.pop() if len(matches) == 1 else name
