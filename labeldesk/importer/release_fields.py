"""The release's own fields in a line -> values: label (and the number beside it), catalogue number, barcode,
release date, length, artist, alternate title; and the lines that state a release ('Out 12 April 2024 on
Harbourlight Records (HLR 033)', 'New single out 3 May 2024').

Its own module because a key that names a field (PSEUDO_ROLES) wants a value checked as that field, not names."""

from __future__ import annotations

import re

from labeldesk.importer.catalog_codes import as_code, read_identifier_parts, split_label_and_code
from labeldesk.importer.cjk import parse_cjk_length
from labeldesk.importer.credit_names import read_names
from labeldesk.importer.credit_reading import LineReading
from labeldesk.importer.dates import parse_date
from labeldesk.importer.folding import fold
from labeldesk.importer.shapes import clean_space, strip_quotes
from labeldesk.model.durations import parse_duration


def _identifier_part(part: str) -> dict[str, object] | None:
    # imported here: read_credit_line reads a line's fields through this module
    from labeldesk.importer.credit_lines import read_credit_line

    reading = read_credit_line(part)
    if reading is None or reading.credits or reading.song:
        return None
    return dict(reading.fields)


def pseudo_fields(roles: tuple[str, ...], value: str) -> dict[str, object] | None:
    value = clean_space(value).strip(" .;,")
    out: dict[str, object] = {}
    for role_id in roles:
        if role_id == "label":
            label = strip_quotes(value)
            # a label in a script without capitals ("달무리 레코즈") may open with any letter
            if not label or len(label) > 80 or not (label[0].isupper() or label[0].isdigit() or
                                                    (label[0].isalpha() and label[0].lower() == label[0].upper())):
                return None
            # "Orrery Records – ORR 114", "Discos Tramuntana · Ref. DT-2209": the catalogue number beside it
            label, code = split_label_and_code(label)
            out["label"] = label
            if code:
                out["catalog_number"] = code
        elif role_id == "catalog_number":
            if not value or not any(c.isdigit() for c in value):
                return None
            if not as_code(value):
                # "Référence : VRM 061 — EAN 3760123456784": more identifiers after the number
                more = read_identifier_parts(value, _identifier_part)
                if more and "catalog_number" in more:
                    out.update(more)
                    continue
            if len(value) > 30:
                return None
            out["catalog_number"] = as_code(value) or value
        elif role_id == "alternate_title":
            title = strip_quotes(value)
            if not title or len(title) > 100 or not any(c.isalpha() for c in title):
                return None
            out["alternate_titles"] = [title]
        elif role_id == "release_title":
            title = strip_quotes(value)
            if not title or len(title) > 100 or not any(c.isalpha() for c in title) or title.endswith(".") or \
                    title[:1].islower():
                return None  # "… Album der Pianistin: acht Stücke über das Wattenmeer.": a sentence, no title
            out["title"] = title  # "ALBUM ....... Kireç ve Kül": a fact sheet names the title by its key
        elif role_id == "barcode":
            digits = re.sub(r"[\s-]", "", value)
            if not digits.isdigit() or not 8 <= len(digits) <= 14:
                return None
            out["barcode"] = digits
        elif role_id == "release_date":
            # "17 September 2021 by Lamplight Archive": the date, then the label that issues it
            issued = _ISSUED_BY.match(value)
            if issued and parse_date(issued.group("when")):
                value = issued.group("when")
                out.setdefault("label", issued.group("label").strip(" ."))
            date = parse_date(value)
            if not date and len(roles) == 1:
                # "Lançamento: Sabiá Discos – SAB-009": the release's label and number, not its date
                label, code = split_label_and_code(strip_quotes(value))
                if code and label and label[:1].isupper():
                    out["label"], out["catalog_number"] = label, code
                    continue
            if not date or len(value) > 40:
                return None
            out["release_date"] = date
        elif role_id == "length":
            seconds = parse_duration(value.replace("’", "'").replace("′", "'")) or parse_cjk_length(value)
            dotted = re.fullmatch(r"(\d{1,3})\.([0-5]\d)", value)
            if seconds is None and dotted:
                seconds = int(dotted.group(1)) * 60 + int(dotted.group(2))  # "Total speltid: 40.37"
            if seconds is None:
                return None
            out["length"] = seconds
        elif role_id == "artist":
            names = read_names(value)
            if not names:
                return None
            out["artist"] = [n for n, _ in names]
    return out


# "Out 12 April 2024 on Harbourlight Records (HLR 033)", "Sortie le 7 octobre chez Vermeil", "Erscheint am
# 14. Oktober 2022 bei Nordton": the date, the label it comes out on, its number.
RELEASE_LEAD_WORDS = frozenset("out released release available sortie parution disponible erscheint erschienen "
                                "uscita lanzamiento lancamento utkommer kommer slapps ukaze vychazi".split())


_RELEASE_STATEMENT = re.compile(
    r"^(?P<when>.+?)\s+(?:on|via|through|chez|sur|bei|auf|via|su|per|en|con|pela|pelo|p[åa]|hos|na|w|u|vom)\s+"
    r"(?P<label>[A-ZÀ-Ý][\w&'’.\- ]{1,50}?)\s*(?:\((?P<code>[^()]{2,20})\))?[.!]?$")


_ISSUED_BY = re.compile(r"^(?P<when>.{4,30}?)\s+(?:by|on|via|bei|chez|por|da|door|av)\s+"
                        r"(?P<label>[A-ZÀ-Ý][\w&'’.\- ]{1,50})$")


_OUT_ON_DATE = re.compile(
    r"^(?i:new|nytt|nya|ny|nieuw|nieuwe|neues|neue|nouvel|nouveau|nouvelle|nuevo|nueva|nuovo|nuova|novo|nova)\s+"
    r"(?i:album|single|ep|lp|record|skiva|plade|plate|plaat|platte|disque|disco)\s+"
    r"(?i:out|ute|ude|uit|raus|dehors|fuori)\s+(?:(?i:on|den|am|le|el|il|op)\s+)?(?P<when>\S.{3,30}?)"
    # "… på Granskog Musik": the label it comes out on
    r"(?:\s+(?i:on|p[åa]|bei|auf|chez|sur|su|per|en|op|bij|hos|via)\s+(?P<label>[A-ZÀ-Ý][\w&'’.\- ]{1,50}))?$")


def release_statement(text: str) -> LineReading | None:
    m = _RELEASE_STATEMENT.match(text)
    if not m:
        return None
    date = parse_date(m.group("when"))
    label = m.group("label").strip(" .")
    if not (date or fold(m.group("when")) in ("out now", "out", "available now", "disponible")) or \
            len(label.split()) > 6:
        return None
    fields: dict[str, object] = {"label": label}
    if date:
        fields["release_date"] = date
    code = as_code(m.group("code") or "") if m.group("code") else None
    if code:
        fields["catalog_number"] = code
    return LineReading(fields=fields)


def out_on_date(text: str) -> LineReading | None:
    out_on = _OUT_ON_DATE.match(text)
    if not out_on or not parse_date(out_on.group("when")):
        return None
    # "Nytt album ute 21 februari 2025", "New single out 3 May 2024": the release's date
    fields: dict[str, object] = {"release_date": parse_date(out_on.group("when"))}
    if out_on.group("label"):
        fields["label"] = out_on.group("label").strip(" .")
    return LineReading(fields=fields)
