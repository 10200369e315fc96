"""Release dates as people write them, in several languages -> ISO 8601 as precise as the text."""

from __future__ import annotations

import re

from labeldesk.importer.cjk import parse_cjk_date
from labeldesk.importer.folding import fold

MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    ("januari", "januar", "gener", "janeiro", "tammikuu"),
    ("februari", "februar", "febrer"),
    ("maart", "mars", "marc", "marts"),
    ("april", "abril"),
    ("mei", "maj", "mai", "maig"),
    ("juni", "juny"),
    ("juli", "juliol"),
    ("augustus", "augusti", "august", "agost"),
    ("september", "setembre"),
    ("oktober", "octubre", "octobre"),
    ("november", "novembre"),
    ("december", "desember", "desembre"),
), start=1):
    for _name in _names:
        MONTHS.setdefault(fold(_name), _number)
for _number, _names in enumerate((
    ("january", "jan", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januar", "janeiro", "jänner", "janner"),
    ("february", "feb", "fevrier", "fevr", "fev", "febrero", "febbraio", "februar", "fevereiro"),
    ("march", "mar", "mars", "marzo", "marz", "marco", "mär", "maerz"),
    ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
    ("may", "mai", "mayo", "maggio", "mag", "maio"),
    ("june", "jun", "juin", "junio", "giugno", "giu", "juni", "junho"),
    ("july", "jul", "juillet", "juil", "julio", "luglio", "lug", "juli", "julho"),
    ("august", "aug", "aout", "agosto", "ago", "ag"),
    ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"),
    ("october", "oct", "octobre", "octubre", "ottobre", "ott", "oktober", "okt", "outubro"),
    ("november", "nov", "novembre", "noviembre", "november", "novembro"),
    ("december", "dec", "decembre", "diciembre", "dic", "dicembre", "dezember", "dez", "dezembro"),
), start=1):
    for _name in _names:
        MONTHS.setdefault(fold(_name), _number)

# Polish and Czech month names, nominative and genitive ("3 marca 2022", "14. října 2021").
for _number, _names in enumerate((
    ("styczen", "stycznia", "leden", "ledna"),
    ("luty", "lutego", "unor", "unora"),
    ("marzec", "marca", "brezen", "brezna"),
    ("kwiecien", "kwietnia", "duben", "dubna"),
    ("maj", "maja", "kveten", "kvetna"),
    ("czerwiec", "czerwca", "cerven", "cervna"),
    ("lipiec", "lipca", "cervenec", "cervence"),
    ("sierpien", "sierpnia", "srpen", "srpna"),
    ("wrzesien", "wrzesnia", "zari"),
    ("pazdziernik", "pazdziernika", "rijen", "rijna"),
    ("listopad", "listopada", "listopadu"),
    ("grudzien", "grudnia", "prosinec", "prosince"),
), start=1):
    for _name in _names:
        MONTHS.setdefault(fold(_name), _number)

# Greek (nominative and genitive, "8 Δεκεμβρίου 2023") and Turkish ("17 Mayıs 2024") month names.
for _number, _names in enumerate((
    ("ιανουαριος", "ιανουαριου", "ocak"),
    ("φεβρουαριος", "φεβρουαριου", "subat", "şubat"),
    ("μαρτιος", "μαρτιου", "mart"),
    ("απριλιος", "απριλιου", "nisan"),
    ("μαιος", "μαιου", "mayıs", "mayis"),
    ("ιουνιος", "ιουνιου", "haziran"),
    ("ιουλιος", "ιουλιου", "temmuz"),
    ("αυγουστος", "αυγουστου", "agustos", "ağustos"),
    ("σεπτεμβριος", "σεπτεμβριου", "eylul", "eylül"),
    ("οκτωβριος", "οκτωβριου", "ekim"),
    ("νοεμβριος", "νοεμβριου", "kasım", "kasim"),
    ("δεκεμβριος", "δεκεμβριου", "aralık", "aralik"),
), start=1):
    for _name in _names:
        MONTHS.setdefault(fold(_name), _number)

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b")
_YEAR_FIRST_DOTTED = re.compile(r"\b(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?\s+(?:de\s+)?([^\W\d_]{3,12})\.?,?\s+(?:de\s+|del\s+)?(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([^\W\d_]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_MONTH_YEAR = re.compile(r"\b([^\W\d_]{3,12})\.?\s+(?:de\s+|del\s+)?(\d{4})\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def parse_date(text: str) -> str | None:
    """'Released 14 May 2021' -> '2021-05-14'; 'mai 2021' -> '2021-05'; '2021' -> '2021'; None when none."""
    if "年" in text:
        cjk = parse_cjk_date(text)
        if cjk:
            return cjk
    folded = fold(text)
    m = _ISO.search(folded)
    if m and 1 <= int(m.group(2)) <= 12:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
    m = _YEAR_FIRST_DOTTED.search(folded) if "." in folded else None
    if m and 1 <= int(m.group(2)) <= 12:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))  # "2023.11.21"
    m = _DAY_MONTH_YEAR.search(folded)
    if m and fold(m.group(2)) in MONTHS:
        return _iso(int(m.group(3)), MONTHS[fold(m.group(2))], int(m.group(1)))
    m = _MONTH_DAY_YEAR.search(folded)
    if m and fold(m.group(1)) in MONTHS:
        return _iso(int(m.group(3)), MONTHS[fold(m.group(1))], int(m.group(2)))
    m = _NUMERIC.search(folded)
    if m:
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        # day first, as written outside the US; month first only when the day cannot be the first number
        day, month = (b, a) if a <= 12 < b else (a, b)
        return _iso(year, month, day)
    m = _MONTH_YEAR.search(folded)
    if m and fold(m.group(1)) in MONTHS:
        return _iso(int(m.group(2)), MONTHS[fold(m.group(1))], None)
    m = _YEAR.search(folded)
    if m:
        return m.group(1)
    return None


def _iso(year: int, month: int, day: int | None) -> str | None:
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= 31:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def looks_like_date(text: str) -> bool:
    return parse_date(text) is not None


# A release date stated inside a sentence: "Sortie le 24 février 2023", "erscheint am 7. Oktober 2022",
# "released March 3, 2022", "out on 2 June", "verschijnt op 17 maart 2023". Folded text.
_RELEASE_CUE = re.compile(
    r"\b(?:released|release date|releases|is out|out on|out now|available (?:from|on)|in stores|in shops|"
    r"sortie(?: prevue)?|sort|sortira|parait|paraitra|parution|disponible (?:le|des|a partir du)|"
    r"erscheint|erschienen|erscheinen|veroffentlicht|kommt|"
    r"sale a la venta|a la venta|se publica|publicado|publicada|lanzado|lanzada|llega|sale|"
    r"esce|uscira|uscito|uscita|in uscita|disponibile dal|pubblicato|"
    r"verschijnt|verscheen|uitgebracht|komt uit|"
    r"slapper|slapps|slapptes|slappte|utkommer|kommer ut|udkommer|udkom|udgives|utgis|kommer ut|"
    r"surt|sortira|publica|lanca|lancado|lancada|sai|chega)\b"
    r"(?P<gap>[^.!?;]{0,40}?)"
    r"(?P<date>\b\d{1,2}(?:st|nd|rd|th|er|º|°|\.)?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+|del\s+)?\d{4}\b|"
    r"\b[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|"
    r"\b\d{4}-\d{2}-\d{2}\b)")


def release_date_in(text: str) -> str | None:
    """The release date a sentence states with a release cue; None when it states none (a day is required:
    a bare year in prose is too often some other event's)."""
    folded = fold(text)
    for m in _RELEASE_CUE.finditer(folded):
        if len(m.group("gap").split()) > 6:
            continue
        date = parse_date(m.group("date"))
        if date and len(date) == 10:
            return date
    return None
