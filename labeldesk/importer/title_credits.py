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


_WRITERS_LINE = re.compile(r"^\((?P<inner>[^()]{5,120}\s/\s[^()]{3,120})\)$")
_TUNE = re.compile(r"^(?P<tune>.+?),\s*(?:trad\.?|traditional|tradicional|traditionnel|tradizionale)$", re.I)


def read_writers_line(text: str) -> list[Credit] | None:
    """'(Manuela Quintas / Joaquim Vidal)' under a track: its writers, words then music. '(X / Fado Menor, trad.)'
    sets X's words to a traditional tune: X the lyricist, the composer "Traditional"; two names are the song's
    writers (which wrote what is decided with the rest of the list, see writer_columns)."""
    m = _WRITERS_LINE.match(text.strip())
    if not m:
        return None
    parts = [p.strip() for p in m.group("inner").split(" / ")]
    if len(parts) != 2:
        return None
    tunes = [bool(_TUNE.match(p) or _TRADITIONAL.match(p)) for p in parts]
    if not all(t or is_name(p, allow_single=False) for p, t in zip(parts, tunes)) or all(tunes):
        return None
    if any(tunes):
        return [Credit("Traditional", "composer") if t else Credit(p, "lyricist") for p, t in zip(parts, tunes)]
    return [Credit(p, "songwriter") for p in parts]


def writer_columns(tracks: list) -> None:
    """Writers' brackets printed the same way on every track share their columns: when the list shows words
    before a traditional tune on some tracks, the two names of every other track are lyricist and composer."""
    def pair(track) -> list[Credit]:
        return [c for c in track.credits if c.role in ("songwriter", "lyricist", "composer")]

    ordered = [p for p in map(pair, tracks) if len(p) == 2]
    if not any(p[0].role == "lyricist" and p[1].name == "Traditional" for p in ordered):
        return
    for track in tracks:
        writers = pair(track)
        if len(writers) == 2 and all(c.role == "songwriter" for c in writers):
            first, second = writers
            track.credits = [Credit(c.name, "lyricist" if c is first else "composer", c.instrument, c.scope)
                             if c is first or c is second else c for c in track.credits]
