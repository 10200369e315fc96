"""Catalogue numbers as labels print them, and identifier lines that run several fields together:

  Orrery Records – ORR 114          Discos Tramuntana · Ref. DT-2209          Edition of 300, catalogue number CT019
  2CD · FHR2CD077 · Released 2 June 2023          Kranich Klassik KK 20417 · EAN 4 262215 204178 · 1 CD
"""

from __future__ import annotations

import re
from functools import lru_cache

from labeldesk.importer.folding import fold

# "Ref.", "Réf.", "Cat. No.", "Catalogue number", "Kat.-Nr.", "N°": words that announce a catalogue number
_PREFIX = re.compile(r"^(?:r[ée]f(?:[ée]rence)?\.?(?:\s*(?:no|nr|n[°º])\.?)?|cat(?:alog(?:ue)?)?\.?(?:\s*(?:no|nr|number|#)\.?)?|"
                     r"kat(?:alog)?\.?-?\s*nr\.?|catalogus(?:nummer|nr\.?)?|katalognummer|best\.?-?nr\.?|"
                     r"n[°º]|no\.|nr\.)\s*:?\s*", re.I)
_CODE = re.compile(r"^[A-Z][A-Z0-9]*(?:[ \-./][A-Z0-9]+){0,3}$")
# Format words that look like codes: "CD 2", "MP3", "2LP"
_NOT_CODES = re.compile(r"^(?:CD|LP|EP|DVD|BD|MC|SACD|MP\d|CD\s*\d{1,2}|LP\s*\d{1,2}|DISC\s*\d{1,2}|VOL\.?\s*\d+|"
                        r"OP\.?\s*\d+|NR\.?\s*\d+|NO\.?\s*\d+|BWV\s*\d+|KV\s*\d+|[A-H]\d{1,2}|[A-Z]\d?|"
                        r"UK|US|EU|DE|FR|NL|IT|ES)$", re.I)
_STANDARD = re.compile(r"^(?:ean|upc|gtin|isbn|isrc|issn|iswc)\b", re.I)
_FORMAT = re.compile(r"^(?:\d+\s*[x×]\s*)?\d*\s*(?:cd|lp|ep|dvd|blu-?ray|sacd|mc|k7|cassettes?|vinyl|vinyle|vinilo|"
                     r"vinile|digital|digitaal|digitale|digitalt|digitalen|download|streaming|single|album|box(?:\s*set)?|12\"|10\"|7\"|"
                     r"(?:12|10|7)-inch|180\s*g|gatefold|digipak|digipack|jewel\s*case)s?$", re.I)
_FORMAT_EXTRA = frozenset({"digitaal", "digital", "digitale", "digitalt", "numerique", "edition", "limited", "limitee", "deluxe",
                           "remastered", "reissue", "heavyweight", "coloured", "colored", "black", "white", "double"})
_BARCODE = re.compile(r"^(?:(?:ean(?:-?13)?|upc(?:-?a)?|gtin|barcode|bar\s+code|code-barres|streepjescode)\s*:?\s*)?"
                      r"(?P<digits>\d[\d \-]{6,20}\d)$", re.I)
_PARTS = re.compile(r"\s+[–—-]\s+|\s*[·•|]\s*")
_LABEL_WORDS = re.compile(r"\b(?:records?|recordings|music|musique|musik|muziek|musica|música|dischi|discos?|disques?|"
                          r"klassik|classics?|classique|cl[áa]sica|tapes|label|editions?|[ée]ditions|edizioni|"
                          r"ediciones|productions?|produzioni|producciones|produktion|sounds?|audio|phonograph\w*|"
                          r"platen|grammofon|fonogram\w*|ltd|gmbh|b\.v\.|inc|llc|s\.l\.|s\.a\.|s\.r\.l\.|ab|a/s|as|"
                          r"nagrania|wytw[óo]rnia|wydawnictwo|vydavatelstv[íi]|gravadora|skivor|plater|"
                          r"tontr[äa]ger|s\.r\.o\.|ltda)\b",
                          re.I)
_TRAILING_CODE = re.compile(r"^(?P<label>[A-ZÀ-Ý][\w&'’.\-]*(?:\s+[\w&'’.\-]+){0,5}?)\s+"
                            r"(?P<code>[A-Z]{1,6}[ \-]?\d[\d\-]*[A-Z]?)$")
_IN_SENTENCE = re.compile(r"\b(?:catalogue|catalog|catalogus|katalog|cat\.|r[ée]f[ée]rence|r[ée]f\.)\s*"
                          r"(?:number|no\.?|nr\.?|nummer|#|num[ée]ro)?\s*:?\s*"
                          r"(?P<code>[A-Z][A-Z0-9]*(?:[ \-./][A-Z0-9]+){0,2})", re.I)


@lru_cache(maxsize=4096)
def as_code(text: str) -> str | None:
    """The catalogue number a short text is ("ORR 114", "Ref. DT-2209"); None when it is not one."""
    text = text.strip(" .,;:()[]")
    had_prefix = bool(_PREFIX.match(text))
    text = _PREFIX.sub("", text).strip(" .,;:")
    if not 3 <= len(text) <= 20 or not any(c.isdigit() for c in text):
        return None
    if not any(c.isalpha() for c in text):
        # digits alone are a catalogue number only after "Ref." or "Cat. No.", and a year is none
        if re.fullmatch(r"(?:19|20)\d\d", text):
            return None
        return text if had_prefix and re.fullmatch(r"\d[\d \-./]*", text) else None
    if not _CODE.match(text) or _NOT_CODES.match(text) or _FORMAT.match(text) or _STANDARD.match(text):
        return None
    if _CALENDAR_WORDS.issuperset(w for w in re.findall(r"[A-Z]+", text.upper())):
        return None  # "FRI 7 MARCH", "MAR 2025": a date in capitals
    if re.fullmatch(r"[^\W\d_]{5,}\s+(?:19|20)\d\d", text):
        return None  # "WIOSNA 2024", "HERBST 2022": a season and its year, in capitals, over a catalogue's pages
    return text


# Weekdays and months (English, abbreviated and whole) a date printed in capitals is made of.
_CALENDAR_WORDS = frozenset(
    "MON TUE TUES WED THU THUR THURS FRI SAT SUN MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY "
    "JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC JANUARY FEBRUARY MARCH APRIL JUNE JULY AUGUST "
    "SEPTEMBER OCTOBER NOVEMBER DECEMBER "
    # French, Spanish, Italian, German, Portuguese and Dutch weekdays and months ("VENDREDI 11 JUILLET")
    "LUNDI MARDI MERCREDI JEUDI VENDREDI SAMEDI DIMANCHE JANVIER FEVRIER FÉVRIER MARS AVRIL MAI JUIN JUILLET AOUT "
    "AOÛT SEPTEMBRE OCTOBRE NOVEMBRE DECEMBRE DÉCEMBRE LUNES MARTES MIERCOLES MIÉRCOLES JUEVES VIERNES SABADO "
    "SÁBADO DOMINGO ENERO FEBRERO MARZO ABRIL MAYO JUNIO JULIO AGOSTO SEPTIEMBRE OCTUBRE NOVIEMBRE DICIEMBRE "
    "LUNEDI MARTEDI MERCOLEDI GIOVEDI VENERDI SABATO GENNAIO FEBBRAIO APRILE MAGGIO GIUGNO LUGLIO SETTEMBRE "
    "OTTOBRE DICEMBRE MONTAG DIENSTAG MITTWOCH DONNERSTAG FREITAG SAMSTAG SONNTAG JANUAR FEBRUAR MÄRZ MAERZ JUNI "
    "JULI OKTOBER DEZEMBER SEGUNDA TERCA TERÇA QUARTA QUINTA SEXTA JANEIRO FEVEREIRO MARCO MARÇO MAIO JUNHO JULHO "
    "SETEMBRO OUTUBRO NOVEMBRO DEZEMBRO MAANDAG DINSDAG WOENSDAG DONDERDAG VRIJDAG ZATERDAG ZONDAG JANUARI "
    "FEBRUARI MAART MEI AUGUSTUS".split())


def has_prefix(text: str) -> bool:
    return bool(_PREFIX.match(text.strip()))


def looks_like_label(text: str) -> bool:
    return bool(_LABEL_WORDS.search(text))


def split_label_and_code(value: str) -> tuple[str, str | None]:
    """'Orrery Records – ORR 114' -> ('Orrery Records', 'ORR 114'); a value without a code stays whole."""
    parts = [p for p in _PARTS.split(value) if p.strip()]
    if len(parts) >= 2:
        code = as_code(parts[-1])
        if code:
            return " ".join(parts[:-1]).strip(" ,"), code
    m = _TRAILING_CODE.match(value.strip())
    if m and as_code(m.group("code")) and not m.group("label").isupper():
        return m.group("label").strip(" ,"), m.group("code")
    return value, None


def code_in_sentence(text: str) -> str | None:
    """'Edition of 300, catalogue number CT019.' -> 'CT019'."""
    low = text.lower()
    if "cat" not in low and "f" not in low:
        return None
    if "cat" not in low and "kat" not in low and "ref" not in low and "réf" not in low:
        return None  # none of the words the pattern starts from: most prose lines end here
    for m in _IN_SENTENCE.finditer(text):
        code = as_code(m.group("code"))
        if code:
            return code
    return None


def read_identifier_parts(text: str, read_part) -> dict[str, object] | None:
    """Fields of a line that strings identifiers together with dots or bars: label and catalogue number, barcode,
    format, date. `read_part` reads a 'Key: value' part (the credit-line reader's fields); None when the line
    is not such a line."""
    parts = [p.strip() for p in _PARTS.split(text) if p.strip()]
    if len(parts) < 2 or len(parts) > 8:
        return None
    fields: dict[str, object] = {}
    unknown: list[str] = []
    prefixed = False
    for part in parts:
        barcode = _BARCODE.match(part)
        if barcode and 8 <= len(re.sub(r"\D", "", barcode.group("digits"))) <= 14:
            fields.setdefault("barcode", re.sub(r"\D", "", barcode.group("digits")))
            continue
        if _FORMAT.match(part) or all(_FORMAT.match(w) or w in _FORMAT_EXTRA or w.isdigit() or w in ("g", "gr")
                                      for w in re.split(r"[\s/,+&]+", fold(part)) if w):
            fields.setdefault("format", part)
            continue
        code = as_code(part)
        if code:
            prefixed = prefixed or has_prefix(part)
            fields.setdefault("catalog_number", code)
            continue
        m = _TRAILING_CODE.match(part)
        if m and as_code(m.group("code")) and looks_like_label(m.group("label")) or \
                m and as_code(m.group("code")) and not m.group("label").isupper() and " " in m.group("label"):
            fields.setdefault("label", m.group("label"))
            fields.setdefault("catalog_number", m.group("code"))
            continue
        found = read_part(part)
        if found is not None:
            for key, value in found.items():
                fields.setdefault(key, value)
            continue
        unknown.append(part)
    formatted = fields.pop("format", None) is not None
    if not ({"catalog_number", "barcode"} & fields.keys()):
        # "CD · Durata totale 38'18"", "LP 180 g / digitale · Data di uscita: 29 novembre 2024": the format,
        # then the release's date or length
        if formatted and not unknown and ({"release_date", "length"} & fields.keys()):
            return fields
        return None
    if unknown:
        # one name beside a code: the label ("Mouette Records — Réf. MOU 45-012")
        if len(unknown) == 1 and "label" not in fields and "catalog_number" in fields and \
                (looks_like_label(unknown[0]) or prefixed) and _name_like(unknown[0]):
            fields["label"] = unknown[0]
        elif len(unknown) == 1 and "catalog_number" in fields and _SERIES.search(unknown[0]):
            pass  # "LAMPLIGHT ARCHIVE SERIES · LAS-019": the series the number belongs to, no label
        elif len(unknown) == 1 and formatted and as_code(parts[0]) == fields.get("catalog_number") and \
                unknown[0] == parts[-1]:
            pass  # "MDZ 041 · 3 CD · box with a booklet": the number, the format, then the packaging described
        else:
            return None
    return fields


_SERIES = re.compile(r"(?i)\b(?:series|s[ée]rie|serien?|reihe|collection|collana|colecci[óo]n|cole[çc][ãa]o|"
                     r"edition|edizione|edici[óo]n)\s*$")


def _name_like(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 6 and words[0][:1].isupper() and not any(c.isdigit() for c in text) and \
        not re.search(r"[.!?;:]\s", text)
