"""Header lines: a header noun, then names or a value with no colon or by-word between ('Director Anna Zayas &
Omar Calva', 'Label Orrery Records', 'Cat. No. ORR 114').

Its own module because the nouns that may lead such a line are a closed list, narrower than the role phrases
that need a colon or a by-word."""

from __future__ import annotations

from labeldesk.importer import role_words as rw
from labeldesk.importer.credit_names import credits_for, read_names
from labeldesk.importer.credit_reading import LineReading
from labeldesk.importer.folding import fold
from labeldesk.importer.release_fields import pseudo_fields
from labeldesk.importer.role_keys import PSEUDO_ROLES


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


HEADER_FIRST_WORDS = frozenset(k.split(" ")[0] for k in HEADER_NOUNS) | frozenset(
    k.split(" ")[0] for k, v in rw.ROLE_PHRASES.items() if v == (rw.IGNORE,))


def header_form(text: str) -> LineReading | None:
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
            fields = pseudo_fields(pseudo, rest)
            return LineReading(fields=fields) if fields else None
        names = read_names(rest)
        if not names:
            return None
        return LineReading(credits=credits_for(names, roles, None))
    return None
