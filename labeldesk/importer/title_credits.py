"""Credits printed after a track's title in brackets: "Långt bort i skogen (trad., arr. E. Haldorsson)",
"Morning Song (arr. Ana Ruiz)", "Polska (trad.)". The title keeps its own words; the song's writers become its
credits, an initial expanded to the full name the release credits ("E. Haldorsson" -> "Elin Haldorsson")."""

from __future__ import annotations

import re

from labeldesk.importer.folding import fold
from labeldesk.importer.shapes import is_name
from labeldesk.model import Credit

_BRACKETS = re.compile(r"\s*\((?P<inner>[^()]{3,80})\)\s*$")
_TRADITIONAL = re.compile(r"^(?:trad\.?|traditional|traditionnel(?:le)?|tradicional|tradizionale|traditionell|"
                          r"folkvisa|folkemelodi|folk song)$", re.I)
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
        return None  # "(per Nino)", "(titoli di coda)": part of the title
    return title[:m.start()].rstrip(), found


def _full_name(name: str, credits: list[Credit]) -> str:
    """'E. Haldorsson' -> 'Elin Haldorsson' when the release credits one person of that initial and surname."""
    m = _INITIAL.match(name)
    if not m:
        return name
    surname, initial = fold(m.group("surname")), fold(m.group("initial"))
    matches = {c.name for c in credits if fold(c.name).endswith(" " + surname) and fold(c.name)[:1] == initial}
    return matches.pop() if len(matches) == 1 else name
