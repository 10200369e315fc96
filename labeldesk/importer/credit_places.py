"""Studios and venues in credit lines: 'Recorded at Kelp House', 'Mastering: X (Wellenform Mastering, Berlin)',
'Aufnahme: 14.–17. März 2022, Stadthalle Brunsleben'.

A place is credited under the place role of the work done there (recorded_at, mixed_at …); its town and date
are dropped. Its own module because the colon, dash and by-clause shapes all find places the same way."""

from __future__ import annotations

import re

from labeldesk.importer import role_words as rw
from labeldesk.importer.credit_names import ARTICLE, credits_for, ensemble_role, read_names
from labeldesk.importer.credit_reading import LineReading
from labeldesk.importer.shapes import clean_space, strip_quotes
from labeldesk.model import Credit
from labeldesk.model.instruments import is_known_instrument


PLACE_SPLIT = re.compile(r"\s+(?:at|in|en|au|aux|à|a|al|als|presso|bei|im|nos|no|na|em|i|på|op|ved|hos|w|we|v|ve)\s+"
                          # a lower-case studio noun before the name: "no estúdio Casa Amarela", "w studiu X";
                          # an article before it: "presso lo Studio Le Ciminiere"
                          r"(?:(?:the|lo|la|il|le|el|der|die|das|den|het)\s+(?=[A-ZÀ-Ýe-s]))?"
                          r"(?:(?:est[úu]dio|estudio|studio|studiu|studiach|studiu|studion|studioet)\s+)?"
                          r"(?=[\w“\"«]*[A-ZÀ-Ý“\"«])"
                          # "박소율 @ 청음 스튜디오": an at-sign set apart by spaces, before a place in any script
                          r"|\s+@\s+(?=\S)")


_VENUE_WORD = re.compile(r"\b(?:studio|studios|est[úu]dio|estudis|tonstudio|hall|halle|saal|kirche|church|chapel|"
                         r"salle|sala|auditorium|auditorio|[ée]glise|iglesia|chiesa|ko[śs]ci[óo][łl]|kostel|kyrka|"
                         r"kirke|abbey|abbaye|room|house|casa|maison|haus|studion|studiet|filharmonia|konzerthaus)\b",
                         re.I)


def person_and_place(roles: tuple[str, ...], value: str, scope: str | None) -> LineReading | None:
    """'Aufnahme: Lukas Brenner, Studio Elbhang, Dresden' -> the engineer and the studio; 'Aufnahme: Studio
    Elbhang, Dresden' -> the studio alone."""
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if not 2 <= len(parts) <= 4:
        return None
    place_roles = [rw.PLACE_ROLE[r] for r in roles if r in rw.PLACE_ROLE]
    venue = next((k for k, p in enumerate(parts) if _VENUE_WORD.search(p)), None)
    if venue is None or not place_roles:
        return None
    place = studio_name(parts[venue])
    if not place:
        return None
    credits: list[Credit] = []
    if venue > 0:
        names = read_names(", ".join(parts[:venue]))
        if not names or any(ensemble_role(n) for n, _ in names):
            return None
        credits = credits_for(names, roles, scope)
    credits.extend(Credit(place, r, None, scope) for r in place_roles)
    return LineReading(credits=credits)


def read_place(text: str) -> str | None:
    """'lo Studio Ferrante' -> 'Studio Ferrante': a studio or venue name, capitalised, not a sentence."""
    text = strip_quotes(clean_space(text).strip(" .,;"))
    text = ARTICLE.sub("", text) if ARTICLE.match(text) and len(text.split()) > 1 else text
    text = re.sub(r"\s*\([^()]*\)$", "", text).strip()
    if not text or not (text[0].isupper() or _caseless_name(text)) or len(text) > 60 or len(text.split()) > 7:
        return None
    if re.search(r"[!?;:]\s|\.\s+[a-z]", text):
        return None
    return text


def _caseless_name(text: str) -> bool:
    """'청음 스튜디오', '901 마스터링': a name in a script without capitals, perhaps led by a number."""
    first = text.lstrip("0123456789 ")[:1]
    return first.isalpha() and first.lower() == first.upper()


_PLACE_TAIL = re.compile(r"\s*(?:,|\(|\s(?:in|en|im|nel|nello|nella|au|em|i|op|on|during|pendant|durante|"
                         r"während)\s+(?:[^\W\d_]+\s+)?(?:de\s+)?(?:\d|[^\W\d_]+\s+(?:de\s+)?\d{4})"
                         # "… els dies 3, 4 i 5", "… the 3rd of May": lower-case words leading to a day
                         r"|\s+(?:[a-zß-ÿ][^\W\d_]*\s+){1,2}\d)")


def studio_name(text: str) -> str | None:
    """The studio or venue alone: 'Studio Le Fornaci, Lecco' -> 'Studio Le Fornaci'; 'Estudis Cal Pruna (Vic)
    en marzo de 2022' -> 'Estudis Cal Pruna' (town, country and date are where and when, not who)."""
    text = clean_space(text).strip(" .,;")
    m = _PLACE_TAIL.search(text)
    if m and m.start() > 0:
        text = text[:m.start()]
    return read_place(text)


def place_beside_date(value: str) -> str | None:
    parts = [p.strip() for p in re.split(r"\s*[,;·]\s*", value) if p.strip()]
    dated = [p for p in parts if re.search(r"\d", p)]
    places = [p for p in parts if not re.search(r"\d", p)]
    if not dated or not places:
        return None
    return studio_name(places[0])


def places_in_brackets(names: list[tuple[str, str | None]], roles: tuple[str, ...],
                        scope: str | None) -> list[Credit]:
    """'Mastering: Carsten Möbius (Wellenform Mastering, Berlin)': the studio in brackets after the engineer."""
    credits: list[Credit] = []
    for _name, extra in names:
        if not extra or extra.startswith("\x00") or is_known_instrument(extra):
            continue
        place = studio_name(extra)
        if place and not any(c.isdigit() for c in place):
            credits += place_credits(place, roles, scope)
    return credits


def place_credits(place: str, roles: tuple[str, ...], scope: str | None) -> list[Credit]:
    """The place credited under the place role of each role done there ("mixing" -> mixed_at)."""
    return [Credit(place, rw.PLACE_ROLE[r], None, scope) for r in roles if r in rw.PLACE_ROLE]
