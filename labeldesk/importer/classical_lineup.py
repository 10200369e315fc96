"""The performers a classical release's cover names under its title:

  Laia Ferrer-Bosch, violoncel
  Orquestra de Cambra del Cap de Creus
  Arnau Vidal-Rius, director

"Name, director" under an orchestra is its conductor; the soloists, the ensemble and its conductor printed
there are the release's artists (its composers are credited as such, not as artists)."""

from __future__ import annotations

import re

from labeldesk.importer.folding import fold
from labeldesk.importer.lines import Line
from labeldesk.importer.shapes import is_name
from labeldesk.model import Credit

_ENSEMBLE_ROLES = frozenset({"orchestra", "choir", "ensemble"})
_ARTIST_ROLES = frozenset({"performer", "orchestra", "choir", "ensemble", "conductor"})
# the word for whoever leads an orchestra, after a comma or a dash
_LEADER = re.compile(r"^(?P<name>[^,–—]{3,60}?)\s*(?:,|\s[–—-])\s*(?P<word>[^\W\d_][\w' ]{1,25})$")
_LEADER_WORDS = frozenset({"director", "directora", "direccio", "direccion", "direction", "direttore",
                           "direttrice", "dirigent", "dirigentin", "leitung", "conductor", "chef", "chef d'orchestre",
                           "maestro", "directeur", "directrice", "dirigente", "regente", "dyrygent"})


def mark_conductors(lines: list[Line]) -> None:
    """'Arnau Vidal-Rius, director' right under an orchestra's line: its conductor (not a film's director)."""
    from labeldesk.importer.credit_reading import LineReading

    for k in range(1, len(lines)):
        above = lines[k - 1]
        if above.kind != "credit":
            continue
        line = lines[k]
        if line.blank_before or line.kind not in ("heading", "prose", "credit", "signature"):
            continue
        if not any(c.role in _ENSEMBLE_ROLES for c in above.data.credits):
            continue
        m = _LEADER.match(line.text)
        if m and fold(m.group("word")).strip() in _LEADER_WORDS and is_name(m.group("name").strip()):
            line.kind, line.data = "credit", LineReading(credits=[Credit(m.group("name").strip(), "conductor")])


def cover_performers(body: list[Line]) -> list[str]:
    """The performers' names in the first run of credit lines under the heading, in order."""
    names: list[str] = []
    started = False
    for line in body:
        if line.kind != "credit":
            if started or line.kind not in ("chrome",):
                break
            continue
        credits = line.data.credits
        if not credits or not all(c.role in _ARTIST_ROLES for c in credits):
            break
        started = True
        for c in credits:
            if fold(c.name) not in {fold(n) for n in names}:
                names.append(c.name)
    return names
